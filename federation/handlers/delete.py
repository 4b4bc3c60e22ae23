"""Handlers: delete (being written)."""
