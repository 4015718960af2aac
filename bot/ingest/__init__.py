"""Ingest: due feeds fetched, parsed and handed to understanding, then stored (`poll`)."""

from typing import TYPE_CHECKING

from bot.lazy import exports

if TYPE_CHECKING:
    from bot.ingest.feedlist import load_feed_list
    from bot.ingest.fetch import (
        AddressPolicy,
        BlockedAddress,
        GuardedResolver,
        literal_ip,
        validate_feed_url,
    )
    from bot.ingest.fulltext import MODES
    from bot.ingest.poll import Poller, fetch_limits

__all__ = [
    "MODES",
    "AddressPolicy",
    "BlockedAddress",
    "GuardedResolver",
    "Poller",
    "fetch_limits",
    "literal_ip",
    "load_feed_list",
    "validate_feed_url",
]

__getattr__ = exports(
    __name__,
    {
        "load_feed_list": "feedlist",
        "AddressPolicy": "fetch",
        "BlockedAddress": "fetch",
        "GuardedResolver": "fetch",
        "literal_ip": "fetch",
        "validate_feed_url": "fetch",
        "MODES": "fulltext",
        "Poller": "poll",
        "fetch_limits": "poll",
    },
)
