"""Storage: all SQL. The schema and its migrations, the engine (SQLite by default,
PostgreSQL by URL), `Store` for feeds and articles, `ChannelStore` for what each Slack
channel follows and was sent."""

from bot.storage.articles import FreshArticle
from bot.storage.channels import ChannelStore
from bot.storage.engine import make_engine
from bot.storage.feed_reach import RECOVERED, FeedReach
from bot.storage.store import Store

__all__ = ["RECOVERED", "ChannelStore", "FeedReach", "FreshArticle", "Store", "make_engine"]
