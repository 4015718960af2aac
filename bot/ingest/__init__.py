"""Ingest: due feeds fetched, parsed and handed to understanding, then stored (`poll`)."""
