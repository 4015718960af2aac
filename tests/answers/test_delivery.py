"""Digests and alerts: what goes to which channel when, across restarts and processes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.answers.delivery import Deliveries, due_slot, slot_key
from bot.answers.subscriptions import Matcher
from bot.records import (
    Analysis,
    ChannelPrefs,
    Mute,
    ParsedEntry,
    Place,
    PlaceMention,
    PollOutcome,
    Relevance,
    Target,
)
from bot.settings import Settings
from bot.storage import ChannelStore, FreshArticle, Store
from bot.understand.analyzer import Analyzer

DAY = datetime(2026, 11, 25, tzinfo=UTC)
FEED = "https://wire.example/rss"


def add_article(
    store: Store, title: str, place: Place | None, seen: datetime, conflict: bool = True
) -> int:
    """Store one article first seen at `seen`, naming `place`; its id (0 when not about
    conflict: the store's conflict queries do not return it)."""
    feed = store.feed_by_url(FEED) or store.add_feed(FEED, title="Test wire")
    link = "https://wire.example/" + "-".join(title.lower().split())
    entry = ParsedEntry(title, link, link, title, f"{title}. More.", "", seen)
    mentions = [PlaceMention(place.name, 0, len(place.name), place)] if place else []
    analysis = Analysis(Relevance(10.0 if conflict else 0.0, conflict), mentions, f"{title}.")
    store.save_poll(
        PollOutcome(feed.id, seen, seen + timedelta(hours=1)), [FreshArticle(entry, analysis)]
    )
    found = store.conflict_articles_since(seen, limit=500)
    return next((a.id for a in found if a.title == title), 0)


@pytest.fixture
def parts(store: Store, analyzer: Analyzer, settings: Settings) -> tuple[ChannelStore, Deliveries]:
    channels = ChannelStore(store.engine)
    return channels, Deliveries(store, channels, Matcher(analyzer.gazetteer), settings)


def deir(analyzer: Analyzer) -> Place:
    return analyzer.gazetteer.lookup("Deir ez-Zor")[0]


def subscribe(
    channels: ChannelStore,
    place: Place,
    mode: str = "daily",
    at: str | None = "08:00",
    now: datetime = DAY,
    channel: str = "C1",
) -> None:
    channels.subscribe(
        "T1",
        channel,
        Target("place", place.key, place.name),
        mode,  # type: ignore[arg-type]
        at,
        "U1",
        now,
        timedelta(days=1),
    )


def test_slots_in_the_channels_time_zone() -> None:
    paris = ZoneInfo("Europe/Paris")
    now = datetime(2026, 11, 25, 7, 30, tzinfo=UTC)  # 08:30 in Paris
    assert due_slot("daily 08:00", paris, now) == datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    assert due_slot("daily 08:00", ZoneInfo("UTC"), now) == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    assert due_slot("hourly", ZoneInfo("UTC"), now) == datetime(2026, 11, 25, 7, 0, tzinfo=UTC)
    assert slot_key("hourly", now) == "hourly@2026-11-25T07:30Z"


def test_one_digest_per_slot_new_articles_only(
    store: Store, analyzer: Analyzer, parts: tuple[ChannelStore, Deliveries]
) -> None:
    channels, deliveries = parts
    place = deir(analyzer)
    subscribe(channels, place, now=DAY + timedelta(hours=1))
    add_article(store, "Old news from Deir ez-Zor", place, DAY - timedelta(days=3))
    first = add_article(store, "Shelling in Deir ez-Zor", place, DAY + timedelta(hours=2))
    add_article(
        store, "Not conflict in Deir ez-Zor", place, DAY + timedelta(hours=2), conflict=False
    )
    add_article(store, "Elsewhere", None, DAY + timedelta(hours=2))
    eight = DAY + timedelta(hours=8)
    [digest] = deliveries.due_digests(eight)
    assert [a.id for a in digest.articles] == [first]
    deliveries.delivered(digest, {first: "1.1"}, eight)
    assert deliveries.due_digests(eight + timedelta(minutes=1)) == []
    # the next day: only what is new since, nothing posted twice
    second = add_article(store, "Clashes east of Deir ez-Zor", place, eight + timedelta(hours=3))
    [digest] = deliveries.due_digests(eight + timedelta(days=1))
    assert [a.id for a in digest.articles] == [second]


def test_restart_neither_repeats_nor_skips(
    store: Store, analyzer: Analyzer, settings: Settings, parts: tuple[ChannelStore, Deliveries]
) -> None:
    channels, deliveries = parts
    place = deir(analyzer)
    subscribe(channels, place, now=DAY)
    add_article(store, "Shelling in Deir ez-Zor", place, DAY + timedelta(hours=1))
    # down over 08:00 and over the next day's: back at 11:00 the day after, one digest
    back = DAY + timedelta(days=1, hours=11)
    [missed] = deliveries.due_digests(back)
    deliveries.delivered(missed, {a.id: "1.1" for a in missed.articles}, back)
    restarted = Deliveries(store, ChannelStore(store.engine), Matcher(analyzer.gazetteer), settings)
    assert restarted.due_digests(back + timedelta(minutes=2)) == []


def test_two_processes_claim_a_slot_once(
    store: Store, analyzer: Analyzer, settings: Settings, parts: tuple[ChannelStore, Deliveries]
) -> None:
    channels, web = parts
    worker = Deliveries(store, ChannelStore(store.engine), Matcher(analyzer.gazetteer), settings)
    place = deir(analyzer)
    subscribe(channels, place, now=DAY)
    add_article(store, "Shelling in Deir ez-Zor", place, DAY + timedelta(hours=1))
    eight = DAY + timedelta(hours=8)
    assert len(web.due_digests(eight)) + len(worker.due_digests(eight)) == 1


def test_nothing_new_posts_nothing_unless_all_quiet(
    analyzer: Analyzer, parts: tuple[ChannelStore, Deliveries]
) -> None:
    channels, deliveries = parts
    place = deir(analyzer)
    subscribe(channels, place, now=DAY, channel="C1")
    subscribe(channels, place, now=DAY, channel="C2")
    channels.set_prefs("T1", "C2", ChannelPrefs("Europe/Paris", all_quiet=True))
    eight = DAY + timedelta(hours=8)
    [quiet] = deliveries.due_digests(eight)
    assert (quiet.channel_id, quiet.articles, quiet.timezone) == ("C2", [], "Europe/Paris")


def test_a_mute_silences_until_it_expires(
    store: Store, analyzer: Analyzer, parts: tuple[ChannelStore, Deliveries]
) -> None:
    channels, deliveries = parts
    place = deir(analyzer)
    subscribe(channels, place, mode="hourly", at=None, now=DAY)
    add_article(store, "Shelling in Deir ez-Zor", place, DAY + timedelta(minutes=10))
    channels.mute("T1", "C1", Mute("place", place.key, place.name, DAY + timedelta(hours=2)), "U1")
    assert deliveries.due_digests(DAY + timedelta(hours=1)) == []
    add_article(store, "Clashes in Deir ez-Zor", place, DAY + timedelta(hours=2, minutes=30))
    [digest] = deliveries.due_digests(DAY + timedelta(hours=3))
    assert [a.title for a in digest.articles] == ["Clashes in Deir ez-Zor"], "silenced, not held"


def test_alerts_batch_a_burst_over_the_window(
    store: Store, analyzer: Analyzer, parts: tuple[ChannelStore, Deliveries]
) -> None:
    channels, deliveries = parts
    place = deir(analyzer)
    subscribe(channels, place, mode="alerts", at=None, now=DAY)
    start = DAY + timedelta(hours=1)
    add_article(store, "Drone strike in Deir ez-Zor", place, start)
    add_article(store, "Second strike in Deir ez-Zor", place, start + timedelta(seconds=50))
    assert deliveries.due_alerts(start + timedelta(seconds=60)) == [], "within the window"
    [batch] = deliveries.due_alerts(start + timedelta(seconds=120))
    assert len(batch.articles) == 2 and batch.kind == "alert"
    deliveries.delivered(batch, {a.id: "1.1" for a in batch.articles}, start)
    assert deliveries.due_alerts(start + timedelta(minutes=10)) == []


def test_a_failed_post_gives_the_articles_back(
    store: Store, analyzer: Analyzer, parts: tuple[ChannelStore, Deliveries]
) -> None:
    channels, deliveries = parts
    place = deir(analyzer)
    subscribe(channels, place, now=DAY)
    add_article(store, "Shelling in Deir ez-Zor", place, DAY + timedelta(hours=1))
    [digest] = deliveries.due_digests(DAY + timedelta(hours=8))
    paused = deliveries.undeliverable(digest, "not_in_channel")
    assert [s.paused_reason for s in channels.subscriptions("T1", ["C1"])] == ["not_in_channel"]
    assert [s.created_by for s in paused] == ["U1"]
    assert deliveries.due_digests(DAY + timedelta(days=1, hours=8)) == [], "paused"
    subscribe(channels, place, now=DAY + timedelta(days=1))  # /subscribe again resumes
    [digest] = deliveries.due_digests(DAY + timedelta(days=2, hours=8))
    assert [a.title for a in digest.articles] == ["Shelling in Deir ez-Zor"]


def test_an_alert_a_mute_covered_is_dropped_not_sent_when_the_mute_ends(
    store: Store, analyzer: Analyzer, parts: tuple[ChannelStore, Deliveries]
) -> None:
    channels, deliveries = parts
    place = deir(analyzer)
    subscribe(channels, place, mode="alerts", at=None, now=DAY)
    channels.mute("T1", "C1", Mute("place", place.key, place.name, DAY + timedelta(hours=2)), "U1")
    add_article(store, "Drone strike in Deir ez-Zor", place, DAY + timedelta(hours=1))
    assert deliveries.due_alerts(DAY + timedelta(hours=1, minutes=5)) == []
    assert deliveries.due_alerts(DAY + timedelta(hours=3)) == [], "silenced, not held"
    add_article(store, "Clashes in Deir ez-Zor", place, DAY + timedelta(hours=3))
    [batch] = deliveries.due_alerts(DAY + timedelta(hours=3, minutes=5))
    assert [a.title for a in batch.articles] == ["Clashes in Deir ez-Zor"]
