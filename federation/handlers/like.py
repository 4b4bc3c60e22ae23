"""Handlers: like (being written)."""
