"""Fetching as the poller does (`fetch_each`), with results in request order."""

from __future__ import annotations

from collections.abc import Sequence

from bot.ingest.fetch import FetchLimits, FetchRequest, FetchResult, fetch_each


def fetch_in_order(requests: Sequence[FetchRequest], limits: FetchLimits) -> list[FetchResult]:
    """Every request through `fetch_each`; the results in the order of `requests`."""
    results = dict(fetch_each(requests, limits))
    return [results[index] for index in range(len(requests))]
