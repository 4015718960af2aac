"""Storage: all SQL. The schema and its migrations, the engine (SQLite by default,
PostgreSQL by URL), `Store` for feeds and articles, `ChannelStore` for what each Slack
channel follows and was sent."""

from typing import TYPE_CHECKING

from bot.lazy import exports

if TYPE_CHECKING:
    from bot.storage.articles import FreshArticle
    from bot.storage.channels import ChannelStore
    from bot.storage.deliveries import LEASE, DeliveryLog, Intent, Part
    from bot.storage.engine import make_engine
    from bot.storage.feed_reach import RECOVERED, FeedReach
    from bot.storage.store import Store
    from bot.storage.wait import open_when_reachable

__all__ = [
    "LEASE",
    "RECOVERED",
    "ChannelStore",
    "DeliveryLog",
    "FeedReach",
    "FreshArticle",
    "Intent",
    "Part",
    "Store",
    "make_engine",
    "open_when_reachable",
]

__getattr__ = exports(
    __name__,
    {
        "FreshArticle": "articles",
        "ChannelStore": "channels",
        "LEASE": "deliveries",
        "DeliveryLog": "deliveries",
        "Intent": "deliveries",
        "Part": "deliveries",
        "make_engine": "engine",
        "RECOVERED": "feed_reach",
        "FeedReach": "feed_reach",
        "Store": "store",
        "open_when_reachable": "wait",
    },
)
