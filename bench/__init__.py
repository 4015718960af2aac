"""Benchmarks: each script prints its figures (python bench/NAME.py)."""
