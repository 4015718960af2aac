"""Stories joined by an incident's facts when a lead dates nothing or a toll was revised
between languages; other incidents at the town stay apart."""

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

SAFIRA = Place("gn:163806", "As Safirah", "city", "SY", "Syria", 163806, 60000, 36.07, 37.37)
WEDNESDAY = datetime(2026, 11, 18, 9, tzinfo=UTC)
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
ATTACK = ("Violence against civilians", "Attack")


def save(
    store: Store,
    outlet: str,
    title: str,
    text: str,
    published: datetime,
    killed: int | None,
    language: str = "en",
    kind: tuple[str, str] = SHELLING,
) -> None:
    """Store a report in `language` of an event of `kind` at As Safirah (written "Safira"
    in the text) that killed `killed` (None: it gives no figure)."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash((title, published)))}"
    entry = ParsedEntry(link, link, link, title, text, "", published)
    at = len(title) + 2 + text.index("Safira")
    mention = PlaceMention("Safira", at, at + 6, SAFIRA)
    event = EventFacts(*kind, killed=Casualties(killed, False), place=mention)
    analysis = Analysis(Relevance(9.0, True), [mention], event=event, language=language)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, published, published + timedelta(hours=1)), [fresh])


def story_count(store: Store) -> int:
    return len({a.story_id for a in store.conflict_articles_since(WEDNESDAY - timedelta(days=9))})


DATED = (
    "Rockets hit Safira bakery queue, 11 dead",
    "Rockets landed among people queuing outside a bakery in Safira on Wednesday morning, "
    "killing 11, the civil defence said.",
)
UNDATED_NO_FIGURE = (
    "Shells fall on northern Syrian town",
    "Artillery struck residential streets of Safira, sending families running for shelter, "
    "witnesses told our reporter.",
)


def test_a_report_dating_nothing_joins_the_incident_of_its_publication_day(
    store: Store,
) -> None:
    """A wire's lead often gives no day: published the day a report dates its incident at
    its town, of its kind and with no other figure, it tells that incident."""
    save(store, "levant", *DATED, WEDNESDAY + timedelta(hours=2), 11)
    save(store, "cedar", *UNDATED_NO_FIGURE, WEDNESDAY + timedelta(hours=6), None)
    assert story_count(store) == 1


def test_a_report_dating_nothing_stays_apart_from_the_day_befores_incident(
    store: Store,
) -> None:
    """The town's incident told the day before (dated Tuesday) is not the one a report
    published on Wednesday and dating nothing tells."""
    tuesday = (DATED[0], DATED[1].replace("on Wednesday morning", "on Tuesday morning"))
    save(store, "levant", *tuesday, WEDNESDAY - timedelta(hours=2), 11)
    save(store, "cedar", *UNDATED_NO_FIGURE, WEDNESDAY + timedelta(hours=6), None)
    assert story_count(store) == 2


def test_a_report_dating_nothing_with_another_toll_stays_apart_from_the_days_incident(
    store: Store,
) -> None:
    save(store, "levant", *DATED, WEDNESDAY + timedelta(hours=2), 11)
    other_toll = (
        "Four killed as shells hit Syrian town",
        "Mortar fire on the outskirts of Safira left four farmers dead, a monitor reported.",
    )
    save(store, "cedar", *other_toll, WEDNESDAY + timedelta(hours=7), 4)
    assert story_count(store) == 2


FRENCH_NINE = (
    "Syrie : neuf morts dans des tirs sur Safira",
    "Neuf personnes ont été tuées par des obus tombés sur un quartier de Safira, selon la "
    "défense civile.",
)
ENGLISH_TWELVE = (
    "Death toll from Safira shelling climbs to 12",
    "Twelve people are now known dead after shells slammed into a neighbourhood of Safira, "
    "rescuers said.",
)


def test_a_toll_revised_between_languages_is_one_story(store: Store) -> None:
    """A French report gives nine killed, an English one later twelve, and each language's
    cues type the strike differently: at one town within a day, with close tolls, one
    incident."""
    save(store, "sahel", *FRENCH_NINE, WEDNESDAY, 9, "fr", ATTACK)
    save(store, "levant", *ENGLISH_TWELVE, WEDNESDAY + timedelta(hours=8), 12)
    assert story_count(store) == 1


def test_a_far_other_toll_in_another_language_stays_apart(store: Store) -> None:
    save(store, "sahel", *FRENCH_NINE, WEDNESDAY, 9, "fr")
    forty = (ENGLISH_TWELVE[0].replace("12", "40"), ENGLISH_TWELVE[1].replace("Twelve", "Forty"))
    save(store, "levant", *forty, WEDNESDAY + timedelta(hours=8), 40)
    assert story_count(store) == 2


def test_a_toll_close_to_two_stories_in_another_language_joins_neither(store: Store) -> None:
    """Two incidents at the town that day in French, with tolls near the English report's:
    words cannot tell which it is, so it stays alone."""
    save(store, "sahel", *FRENCH_NINE, WEDNESDAY, 9, "fr")
    market = (
        "Roquettes sur un marché syrien",
        "Dix civils ont péri quand des engins sont tombés entre les étals à Safira, "
        "racontent des commerçants.",
    )
    save(store, "atlas", *market, WEDNESDAY + timedelta(hours=3), 10, "fr")
    assert story_count(store) == 2
    save(store, "levant", *ENGLISH_TWELVE, WEDNESDAY + timedelta(hours=8), 12)
    assert story_count(store) == 3


GROWN_FIRST = (
    "Shelling kills nine in Safira",
    "Shelling of a residential quarter of Safira killed nine people, including children, "
    "the civil defence said.",
)


def grown_later(day: str) -> tuple[str, str]:
    """A later report dating the shelling on `day`, its toll grown to 12, in words partly
    like GROWN_FIRST's."""
    return (
        "Toll climbs after attack on Syrian town",
        f"Twelve people have now died from {day}'s shelling of Safira, children among them, "
        "rescuers said, as more bodies were found.",
    )


def test_a_grown_toll_joins_an_earlier_report_dating_nothing_published_that_day(
    store: Store,
) -> None:
    """The first report dates nothing (its incident is that of its publication day); a
    later one dates it and gives a grown toll in partly alike words: one strike."""
    save(store, "levant", *GROWN_FIRST, WEDNESDAY, 9)
    save(store, "cedar", *grown_later("Wednesday"), WEDNESDAY + timedelta(hours=20), 12)
    assert story_count(store) == 1


def test_a_grown_toll_of_two_days_before_stays_apart_from_a_report_dating_nothing(
    store: Store,
) -> None:
    save(store, "levant", *GROWN_FIRST, WEDNESDAY, 9)
    save(store, "cedar", *grown_later("Monday"), WEDNESDAY + timedelta(hours=11), 12)
    assert story_count(store) == 2


def test_another_strike_of_the_day_with_the_same_toll_stays_apart_from_a_report_dating_nothing(
    store: Store,
) -> None:
    """Two shellings of one town on one day that kill alike: the later report names its
    day and its site, the first dates nothing; no toll grew, so nothing ties them."""
    save(store, "levant", *GROWN_FIRST, WEDNESDAY, 9)
    evening = (
        "Shelling kills nine at Safira bus depot",
        "Shelling of the bus depot of Safira killed nine passengers on Wednesday evening, "
        "drivers said.",
    )
    save(store, "cedar", *evening, WEDNESDAY + timedelta(hours=11), 9)
    assert story_count(store) == 2


IDLIB = Place("gn:169388", "Idlib", "city", "SY", "Syria", 169388, 128840, 35.93, 36.63)


def test_a_report_with_no_figure_naming_other_towns_joins_by_its_headlines_town(
    store: Store,
) -> None:
    """A report in a language whose casualty cues we lack names the struck town in its
    headline and another town further down ("Idlib was also hit"): it is the one story
    told at the headline's town that day."""
    save(store, "levant", *DATED, WEDNESDAY + timedelta(hours=2), 11)
    title = "Razzi su una fila davanti a un forno di Safira"
    text = "Mercoledì mattina i razzi hanno colpito la folla. Anche Idlib è stata bombardata."
    feed = store.add_feed("https://tevere.example/rss", title="tevere")
    entry = ParsedEntry("t1", "https://tevere.example/1", None, title, text, "", WEDNESDAY)
    at = title.index("Safira")
    idlib = len(title) + 2 + text.index("Idlib")
    places = [
        PlaceMention("Safira", at, at + 6, SAFIRA),
        PlaceMention("Idlib", idlib, idlib + 5, IDLIB),
    ]
    analysis = Analysis(Relevance(9.0, True), places, language="it")
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    polled = WEDNESDAY + timedelta(hours=5)
    store.save_poll(PollOutcome(feed.id, polled, polled + timedelta(hours=1)), [fresh])
    assert story_count(store) == 1


DATED_NINE = (
    "Shelling kills nine in Safira",
    "Shelling of a residential quarter of Safira killed nine people on Wednesday, including "
    "children, the civil defence said.",
)
NEXT_DAY_TWELVE = (
    "Syrian town buries its dead as toll rises",
    "Families in Safira buried twelve people killed by shelling, as rescuers cleared the "
    "rubble of three houses and the hospital appealed for blood donors.",
)


def test_a_toll_revised_the_next_day_joins_the_first_report_of_the_strike(
    store: Store,
) -> None:
    """The next afternoon, more than a day after the first report, another outlet gives the
    grown toll without naming the day: the strike of the day before, in partly alike words."""
    save(store, "levant", *DATED_NINE, WEDNESDAY, 9)
    save(store, "cedar", *NEXT_DAY_TWELVE, WEDNESDAY + timedelta(hours=30), 12)
    assert story_count(store) == 1


def test_a_grown_toll_the_next_day_stays_apart_from_a_report_dating_nothing(
    store: Store,
) -> None:
    """Neither report dates its strike and they were published a day apart: they may tell
    two strikes on the town, however their tolls compare."""
    save(store, "levant", *GROWN_FIRST, WEDNESDAY, 9)
    save(store, "cedar", *NEXT_DAY_TWELVE, WEDNESDAY + timedelta(hours=30), 12)
    assert story_count(store) == 2
