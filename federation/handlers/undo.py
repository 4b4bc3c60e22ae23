"""Handlers: undo (being written)."""
