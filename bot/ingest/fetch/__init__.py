"""Fetching feeds and pages over HTTP: limits, redirects, decoding, the SSRF guard."""
