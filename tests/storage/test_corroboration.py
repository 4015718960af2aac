"""Corroboration thresholds in the store: a subscription's outlets and window, and when each
outlet that reported an article's story first did."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.records import (
    Analysis,
    Casualties,
    Corroboration,
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
SUDAN = Target("place", "cc:SD", "Sudan")
TWO_IN_2H = Corroboration(2, timedelta(hours=2))


def test_a_threshold_is_stored_changed_and_cleared(store: Store) -> None:
    channels = ChannelStore(store.engine)
    made = (SUDAN, "alerts", None, "U1", NOW, timedelta(0))
    sub, new = channels.subscribe("T1", "C1", *made, corroboration=TWO_IN_2H)
    assert new and sub.corroboration == TWO_IN_2H
    three = Corroboration(3, timedelta(minutes=90))
    changed, new = channels.subscribe("T1", "C1", *made, 5, corroboration=three)
    assert not new and (changed.min_killed, changed.corroboration) == (5, three)
    assert [s.corroboration for s in channels.active_subscriptions()] == [three]
    cleared, _ = channels.subscribe("T1", "C1", *made)
    assert cleared.corroboration is None


def _report(store: Store, n: int, site: str, at: datetime) -> None:
    outlet, title, text = CLASHES[n % len(CLASHES)]
    feed = store.add_feed(f"https://{site}/rss", title=outlet)
    link = f"https://{site}/clashes"
    entry = ParsedEntry(link, link, link, title, text, "", at)
    event = EventFacts("Battles", "Armed clash", Casualties(None))
    analysis = Analysis(Relevance(9.0, True), [], text, event=event)
    store.save_poll(
        PollOutcome(feed.id, at, at + timedelta(hours=1)),
        [FreshArticle(entry, analysis, fingerprint(title, text))],
    )


def test_each_article_gets_its_story_outlets_first_report_times(store: Store) -> None:
    _report(store, 0, "levantwire.com", NOW)
    _report(store, 1, "feeds.levantwire.com", NOW + timedelta(minutes=20))
    _report(store, 2, "desertpost.com", NOW + timedelta(minutes=50))
    found = store.conflict_articles_since(NOW - timedelta(hours=1))
    assert len({a.story_id for a in found}) == 1, "three reports of one story"
    assert all(a.story_outlets == () for a in found), "filled only when asked"
    told = store.with_story_outlets(found)
    expected = (NOW, NOW + timedelta(minutes=50))
    assert [a.story_outlets for a in told] == [expected] * 3, "one site under two hosts is one"
