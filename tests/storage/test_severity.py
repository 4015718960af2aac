"""Severity thresholds in the store: a subscription's least toll, and each article's story
toll (the highest killed figure of the story's articles)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.records import (
    Analysis,
    Casualties,
    EventFacts,
    ParsedEntry,
    PollOutcome,
    Relevance,
    Target,
)
from bot.storage import ChannelStore, FreshArticle, Store
from bot.understand.stories import fingerprint
from tests.slack.test_story_threads import CLASHES

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
SYRIA = Target("place", "cc:SY", "Syria")


def test_a_threshold_is_stored_and_changed_by_subscribing_again(store: Store) -> None:
    channels = ChannelStore(store.engine)
    sub, new = channels.subscribe("T1", "C1", SYRIA, "alerts", None, "U1", NOW, timedelta(0), 5)
    assert new and sub.min_killed == 5
    channels.subscribe("T1", "C2", SYRIA, "daily", "08:00", "U1", NOW, timedelta(0))
    changed, new = channels.subscribe(
        "T1", "C1", SYRIA, "alerts", None, "U1", NOW, timedelta(0), 12
    )
    assert not new and changed.id == sub.id and changed.min_killed == 12
    assert [(s.channel_id, s.min_killed) for s in channels.active_subscriptions()] == [
        ("C1", 12),
        ("C2", None),
    ]
    cleared, _ = channels.subscribe("T1", "C1", SYRIA, "alerts", None, "U1", NOW, timedelta(0))
    assert cleared.min_killed is None


def _report(store: Store, n: int, killed: int | None, at: datetime) -> None:
    outlet, title, text = CLASHES[n]
    url = f"https://outlet{n}.example/rss"
    feed = store.add_feed(url, title=outlet)
    link = f"https://outlet{n}.example/clashes"
    entry = ParsedEntry(link, link, link, title, text, "", at)
    event = EventFacts("Battles", "Armed clash", Casualties(killed, True))
    analysis = Analysis(Relevance(9.0, True), [], text, event=event)
    store.save_poll(
        PollOutcome(feed.id, at, at + timedelta(hours=1)),
        [FreshArticle(entry, analysis, fingerprint(title, text))],
    )


def test_each_article_carries_its_story_toll(store: Store) -> None:
    _report(store, 0, 2, NOW)
    [first] = store.conflict_articles_since(NOW - timedelta(hours=1))
    assert first.story_killed == 2
    _report(store, 1, 6, NOW + timedelta(minutes=30))
    articles = store.conflict_articles_since(NOW - timedelta(hours=1))
    assert len({a.story_id for a in articles}) == 1, "both reports are one story"
    assert [(a.event and a.event.killed.min, a.story_killed) for a in articles] == [(6, 6), (2, 6)]
    assert store.article(first.id) == next(a for a in articles if a.id == first.id)
