"""The newsbot database, one object over its parts (reader-style): `feeds.FeedStore` (feeds,
leases) and `articles.ArticleStore` (articles, queries); the channel side is `ChannelStore`.

SQLite (one file, created on first use) is the default; the same statements run on
PostgreSQL. Each poll of a feed is stored in one transaction, so a crash or kill in the
middle never leaves a half-stored article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import (
    Engine,
    select,
)
from sqlalchemy.exc import SQLAlchemyError

from bot.records import PollOutcome
from bot.storage import migrate
from bot.storage.articles import ArticleStore, FreshArticle
from bot.storage.engine import make_engine
from bot.storage.feeds import FeedStore


class Store(FeedStore, ArticleStore):
    """The newsbot database: feeds, articles, their sources and places."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str, *, apart: bool = False) -> Store:
        """Open (and migrate to the newest schema) the database at `url`; `apart`: migrate
        in a process of its own (`migrate.upgrade_apart`: a long-running process's)."""
        engine = make_engine(url)
        (migrate.upgrade_apart if apart else migrate.upgrade)(engine)
        return cls(engine)

    def save_poll(
        self,
        outcome: PollOutcome,
        fresh: Sequence[FreshArticle] = (),
        seen: Mapping[int, str | None] | None = None,
    ) -> int:
        """Store one poll of one feed in one transaction; returns how many articles are new
        (`saving.save_poll`, imported here: a command that only reads never loads it)."""
        from bot.storage import saving

        return saving.save_poll(self.engine, outcome, fresh, seen)

    def prune_story_bands(self, now: datetime) -> int:
        """Forget the band keys of articles too old for any new article to match
        (`stories.BANDS_KEPT`); how many rows went."""
        from bot.storage import saving

        return saving.prune_story_bands(self.engine, now)

    def not_ready(self) -> str | None:
        """Why the database cannot serve yet (unreachable, or migrations pending), or None."""
        try:
            with self.engine.connect() as conn:
                conn.execute(select(1))
            current = migrate.is_current(self.engine)
        except SQLAlchemyError as exc:
            return f"database unreachable: {type(exc).__name__}"
        return None if current else "database schema is behind: run `newsbot db upgrade`"

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()
