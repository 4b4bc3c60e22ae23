"""Handlers: follow (being written)."""
