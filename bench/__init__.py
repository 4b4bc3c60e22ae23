"""Benchmarks: run by hand (`python bench/feed.py`), never by the test suite."""
