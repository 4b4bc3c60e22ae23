"""Handlers: create (being written)."""
