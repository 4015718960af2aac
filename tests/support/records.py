"""Stored articles and subscriptions built in memory, for tests of matching and delivery."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.records import Kind, StoredArticle, StoredEvent, StoredPlace, Subscription

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def stored_article(
    title: str,
    places: list[StoredPlace],
    first_seen: datetime = NOW,
    event: StoredEvent | None = None,
) -> StoredArticle:
    """A conflict article first seen (and published) at `first_seen`, naming `places`."""
    return StoredArticle(
        id=abs(hash(title)) % 10_000,
        uid=title,
        title=title,
        link=None,
        summary="",
        published_at=first_seen,
        first_seen_at=first_seen,
        relevance=10.0,
        is_conflict=True,
        places=tuple(places),
        event=event,
    )


def subscription(
    kind: Kind, target: str, start: datetime = NOW - timedelta(days=1), label: str = ""
) -> Subscription:
    """A daily 08:00 subscription of channel C in team T, made at `start`."""
    return Subscription(
        1, "T", "C", kind, target, label or target, "daily", "08:00", "U", start, start
    )
