"""A report joined by the names its town's story writes only when their days agree: the same
names at one town two days apart tell another incident there."""

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
from bot.understand.stories import fingerprint

HAJIN = Place("gn:174506", "Hajin", "city", "SY", "Syria", 174506, 29237)
DEIR_EZZOR = Place("gn:170792", "Deir ez-Zor Governorate", "admin1", "SY", "Syria", 170792, 0)
TUESDAY = datetime(2026, 11, 17, 9, tzinfo=UTC)
EXPLOSION = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def save(
    store: Store,
    outlet: str,
    language: str,
    title: str,
    text: str,
    published: datetime,
    killed: int | None = None,
) -> None:
    """Store a conflict report in `language` of an explosion at Hajin (in the Deir ez-Zor
    governorate) that killed `killed` (None: it gives no figure)."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    start = text.index("Hajin")
    mention = PlaceMention("Hajin", start, start + 5, HAJIN)
    event = EventFacts(*EXPLOSION, killed=Casualties(killed, False), place=mention)
    analysis = Analysis(
        Relevance(9.0, True), [mention], containing=[DEIR_EZZOR], event=event, language=language
    )
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


def story_count(store: Store) -> int:
    return len({a.story_id for a in store.conflict_articles_since(TUESDAY - timedelta(days=9))})


MARKET_BOMB = (
    "Car bomb tears through Hajin livestock market",
    "A car bomb exploded at the Abu Salem livestock market in Hajin on Monday, killing 47 "
    "people, the regional Health Directorate said. Commander Rafiq Hamdo blamed sleeper cells.",
)


def test_a_report_sharing_the_names_of_its_towns_story_of_that_day_joins_it(
    store: Store,
) -> None:
    save(store, "levant", "en", *MARKET_BOMB, TUESDAY, killed=47)
    save(
        store,
        "sol",
        "es",
        "Explosión en un mercado de ganado",
        "Una explosión sacudió el lunes el mercado Abu Salem de Hajin; el comandante Rafiq "
        "Hamdo culpó a células durmientes.",
        TUESDAY + timedelta(hours=5),
    )
    assert story_count(store) == 1


FUNERALS = (
    "Funerals for Hajin market bomb victims",
    "Funerals were held in Hajin for the 47 people killed when a car bomb exploded at the Abu "
    "Salem livestock market on Monday. Commander Rafiq Hamdo blamed sleeper cells.",
)


def test_a_report_sharing_those_names_two_days_later_tells_another_incident(
    store: Store,
) -> None:
    """A second bomb at the same market two days on, told while Monday's story is still
    told (its funerals): the market's and the commander's names are that story's, the day
    is not."""
    save(store, "levant", "en", *MARKET_BOMB, TUESDAY, killed=47)
    save(store, "cedar", "en", *FUNERALS, TUESDAY + timedelta(hours=21), killed=47)
    assert story_count(store) == 1
    save(
        store,
        "sol",
        "es",
        "Nueva explosión en un mercado de ganado",
        "Una explosión sacudió el miércoles el mercado Abu Salem de Hajin; el comandante "
        "Rafiq Hamdo culpó a células durmientes.",
        TUESDAY + timedelta(days=1, hours=5),
    )
    assert story_count(store) == 2
