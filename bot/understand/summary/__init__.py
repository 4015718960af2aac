"""Summaries: sentences split, clutter cleaned, one article or many summarized."""
