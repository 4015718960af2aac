"""Ingest: due feeds fetched, parsed and handed to understanding, then stored (`poll`)."""

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
