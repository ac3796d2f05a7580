"""The site's side of sync: register once, then push the outbox and pull the centre's log."""
