"""Handlers: announce (being written)."""
