"""Which channels a feed matters to: those it served lately (an article of it was posted
there), and those told it was failing and not yet told it recovered."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import Engine, select

from bot.storage.schema import article_sources, feed_notices, posted_messages

RECOVERED = "ok:"
"""Prefix of the `feed_notices` streak under which a streak's recovery notice is claimed."""


class FeedReach:
    """The channels to tell about one feed's failures and recoveries."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def served(self, feed_id: int, since: datetime) -> set[tuple[str, str]]:
        """(team, channel) pairs sent an article of this feed since `since`."""
        query = (
            select(posted_messages.c.team_id, posted_messages.c.channel_id)
            .join(article_sources, article_sources.c.article_id == posted_messages.c.article_id)
            .where(
                article_sources.c.feed_id == feed_id,
                posted_messages.c.ts.is_not(None),
                posted_messages.c.claimed_at >= since,
            )
            .distinct()
        )
        with self.engine.connect() as conn:
            return {(row.team_id, row.channel_id) for row in conn.execute(query)}

    def told_failing(self, feed_id: int) -> dict[str, list[tuple[str, str]]]:
        """Failure streak -> the (team, channel) pairs told of it and not of its recovery."""
        query = select(feed_notices.c.team_id, feed_notices.c.channel_id, feed_notices.c.streak)
        with self.engine.connect() as conn:
            rows = conn.execute(query.where(feed_notices.c.feed_id == feed_id)).all()
        recovered = {
            (r.team_id, r.channel_id, r.streak.removeprefix(RECOVERED))
            for r in rows
            if r.streak.startswith(RECOVERED)
        }
        told: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for r in rows:
            key = (r.team_id, r.channel_id, r.streak)
            if not r.streak.startswith(RECOVERED) and key not in recovered:
                told[r.streak].append((r.team_id, r.channel_id))
        return dict(told)
