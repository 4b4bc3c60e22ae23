"""Polder: a federated community server for Dutch area processes."""

__version__ = "0.1.0"
