"""Handlers: flag (being written)."""
