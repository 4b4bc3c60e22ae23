"""Handlers: accept (being written)."""
