"""An article's event is stored with it and comes back with its place."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.records import (
    Analysis,
    Casualties,
    EventFacts,
    ParsedEntry,
    Place,
    PlaceMention,
    PollOutcome,
    Relevance,
)
from bot.storage import FreshArticle, Store

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
HAJIN = Place("gn:174506", "Hajin", "city", "SY", "Syria", 174506, 29237)


def entry(n: int) -> ParsedEntry:
    link = f"https://news.example/e/{n}"
    return ParsedEntry(link, link, link, f"Report {n}", f"Text {n}.", "", T0)


def test_the_event_and_its_figures_are_stored_with_the_article(store: Store) -> None:
    feed = store.add_feed("https://one.example/rss", title="One")
    mention = PlaceMention("Hajin", 0, 5, HAJIN)
    event = EventFacts(
        "Explosions/Remote violence",
        "Air/drone strike",
        killed=Casualties(4, False, "killing at least four"),
        injured=Casualties(None, False, "dozens"),
        place=mention,
    )
    relevance = Relevance(3.0, True, ("air strike",))
    with_event = Analysis(relevance, [mention], "S.", event=event)
    without = Analysis(relevance, [mention], "S.")
    polled = PollOutcome(feed.id, T0, T0 + timedelta(minutes=30))
    store.save_poll(polled, [FreshArticle(entry(1), with_event), FreshArticle(entry(2), without)])
    stored = {a.title: a for a in store.place_articles([HAJIN.key], T0 - timedelta(days=1))}
    got = stored["Report 1"].event
    assert got is not None
    assert got.event_type == "Explosions/Remote violence"
    assert got.sub_event_type == "Air/drone strike"
    assert (got.killed, got.injured) == (Casualties(4, False), Casualties(None, False))
    assert got.place is not None and (got.place.key, got.place.name) == (HAJIN.key, "Hajin")
    assert stored["Report 2"].event is None
