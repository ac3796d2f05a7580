"""Replication between sites and the centre: see sync/protocol.py for the wire schema."""
