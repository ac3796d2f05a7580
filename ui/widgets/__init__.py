"""Reusable widgets: result band, camera preview, status bar pieces."""
