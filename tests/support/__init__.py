"""Test helpers: a local feed server."""
