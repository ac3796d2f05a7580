"""Dialogs that ask for what an action needs without losing the scan."""
