"""A place's activity from a real store: one strike from two outlets counts once, killed per
week takes each story's highest figure, and the window holds the last 30 days only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.answers import place_activity
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
from bot.understand.stories import fingerprint

NOW = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)
KHARKIV = Place("gn:706483", "Kharkiv", "city", "UA", "Ukraine", 706483, 1430885)
UKRAINE = Place("cc:UA", "Ukraine", "country", "UA", "Ukraine", None, None)
STRIKE = [
    (
        "Reuters",
        "Russian drone strike on Kharkiv apartment block kills four, governor says",
        "A Russian drone strike on a nine-storey apartment building in Kharkiv killed four "
        "people and wounded 17 overnight, governor Oleh Syniehubov said.",
        4,
    ),
    (
        "AP",
        "Five dead as drones hit residential building in Ukraine's Kharkiv",
        "Russian drones slammed into a residential high-rise in Kharkiv overnight, killing "
        "five people and injuring 17, Governor Oleh Syniehubov said.",
        5,
    ),
]
CLASH = (
    "Kyiv Independent",
    "Ukrainian forces repel assault north of Kharkiv",
    "Ukrainian troops repelled a Russian infantry assault near Vovchansk north of Kharkiv "
    "on Monday, the general staff said; two soldiers were killed.",
    2,
)


def save(
    store: Store,
    report: tuple[str, str, str, int],
    published: datetime,
    event_type: str = "Explosions/Remote violence",
) -> None:
    outlet, title, text, killed = report
    site = f"https://{outlet.replace(' ', '')}.example"
    feed = store.feed_by_url(f"{site}/rss") or store.add_feed(f"{site}/rss", title=outlet)
    link = f"{site}/{abs(hash((title, published)))}"
    mention = PlaceMention("Kharkiv", 0, 7, KHARKIV)
    event = EventFacts(event_type, "Air/drone strike", killed=Casualties(killed, True, str(killed)))
    analysis = Analysis(Relevance(9.0, True), [mention], "S.", [UKRAINE], event=event)
    fresh = FreshArticle(
        ParsedEntry(link, link, link, title, text, "", published),
        analysis,
        fingerprint(title, text),
    )
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


def test_one_strike_from_two_outlets_counts_once_with_its_highest_killed(store: Store) -> None:
    strike_day = NOW - timedelta(days=3)
    for n, report in enumerate(STRIKE):
        save(store, report, strike_day + timedelta(minutes=40 * n))
    save(store, CLASH, NOW - timedelta(days=10), "Battles")
    save(store, (*CLASH[:1], "Old clash near Kharkiv", "Older text.", 9), NOW - timedelta(days=40))

    found = place_activity(store, UKRAINE, [], NOW)

    assert len(found.days) == 30 and found.days[-1] == NOW.date()
    assert found.days[0] == (NOW - timedelta(days=29)).date()
    assert list(found.incidents) == ["Battles", "Explosions/Remote violence"]
    strikes = found.incidents["Explosions/Remote violence"]
    assert sum(strikes) == 1 and strikes[found.days.index(strike_day.date())] == 1
    assert sum(found.incidents["Battles"]) == 1
    assert found.weeks[-1] == "2026-W49" and len(found.killed) == len(found.weeks)
    by_week = dict(zip(found.weeks, found.killed, strict=True))
    assert by_week["2026-W49"] == 5  # the story's highest figure, not 4 + 5
    assert by_week["2026-W48"] == 2
    assert sum(found.killed) == 7  # the 40-day-old clash is outside the window


def test_a_place_without_events_has_no_activity(store: Store) -> None:
    assert place_activity(store, KHARKIV, [], NOW).empty
