"""Fetching feeds and pages over HTTP: limits, redirects, decoding, the SSRF guard.

`fetch_each` fetches many requests from synchronous code, handing results over as they come;
`validate_feed_url` says whether a user may add a URL; `AddressPolicy` and `GuardedResolver`
are the SSRF guard.
"""

from typing import TYPE_CHECKING

from bot.lazy import exports

if TYPE_CHECKING:
    from bot.ingest.fetch.request import FetchLimits, FetchRequest, FetchResult
    from bot.ingest.fetch.ssrf import AddressPolicy, BlockedAddress, GuardedResolver, literal_ip
    from bot.ingest.fetch.thread import fetch_each
    from bot.ingest.fetch.urls import validate_feed_url

__all__ = [
    "AddressPolicy",
    "BlockedAddress",
    "FetchLimits",
    "FetchRequest",
    "FetchResult",
    "GuardedResolver",
    "fetch_each",
    "literal_ip",
    "validate_feed_url",
]

__getattr__ = exports(
    __name__,
    {
        "FetchLimits": "request",
        "FetchRequest": "request",
        "FetchResult": "request",
        "AddressPolicy": "ssrf",
        "BlockedAddress": "ssrf",
        "GuardedResolver": "ssrf",
        "literal_ip": "ssrf",
        "fetch_each": "thread",
        "validate_feed_url": "urls",
    },
)
