"""Story matching: is a new article the same event as one seen lately? (pure: no I/O)

An article's fingerprint is the set of stemmed content words of its title and lead (stems
and stop words of its own language: English, Arabic, Russian or Ukrainian), plus the
LSH band keys of that set's MinHash: two articles whose sets overlap share a
band key with high probability, so the store looks up candidates by band key in an index
instead of comparing against every recent article. Candidates are then confirmed with the
exact Jaccard similarity of the two word sets. Chosen with `bench/stories.py`.

Reports in different languages share no words: an article joins a story told in another
language by its event's key instead (`event_key`): the same town or finer place, the same
kind of event and the same casualty figure, within a day. A report in the same language
whose words differ joins by its incident's key (`incident_key`): the same town or finer
place, the same day its lead dates the incident, the same kind of event and no casualty
figure that differs. A report of a place changing hands joins the story of that place's
capture (or recapture) told in any language within the story window (`takeover_key`): a
town is taken once, and its fall is told over several days.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import TYPE_CHECKING

from bot.records import EventFacts, Place, PlaceMention
from bot.understand.events.where import town_or_finer
from bot.understand.places.distance import distance_km
from bot.understand.places.facts import UNLISTED
from bot.understand.stems import stem, stemmer_for
from bot.understand.stopwords import local_stop_words, stop_words

if TYPE_CHECKING:
    import numpy

BANDS = 24
ROWS = 1
"""LSH banding of a 24-permutation MinHash, one value a band: a pair with Jaccard 0.1
shares a band key with probability 0.92, one with 0.2 with probability 0.995 (64 bands of
two values, before migration 0028: 0.47 and 0.93, in 64 index rows an article against 24).
The keys are fewer, so each is shared by more articles: candidates are those sharing the
most keys (`storage.stories.candidates`), which estimates their likeness."""
THRESHOLD = 0.2
"""Least Jaccard similarity of two word sets told as the same story: on the labelled set
0.16-0.18 lost no precision, but different events in the demo feeds (longer leads) reached
0.19; at 0.2 none did and recall stays above 0.9."""
LEAD_WORDS = 80
"""Only the title and this many first words of the text count: news tells the event first,
and a snippet and the full text of one article then look alike."""
NEAR_DUPLICATE = 0.6
"""An article this like the one it matched adds little to find the story by: its band keys
are not indexed (a story told in a hundred near-identical reports stays cheap to look up)."""
SEED = 1

_WORD = re.compile(r"[\w'’-]+")
_STOP = stop_words("english")


FAR_APART_KM = 40.0
"""Two reports whose events are placed at points farther apart than this tell two
incidents, whatever their words share: a strike told at a village by one outlet and at its
town by another is a few to 20 km off, a camp or a district from its town less; 40 km is
also how far the lead may move the headline's town (`events.where.NEAR_KM`), while two
towns' incidents told alike (Manbij and Tal Refaat, 68 km) are farther."""
POINT_KINDS = frozenset(["city", "town", "village", "neighbourhood", "locality", "camp"])
"""The kinds of place whose point places an event: a populated place, not an area (a
country, a province, a district, a region, a sea), whose point is only its middle."""
POINT_TYPES = frozenset(["Battles", "Explosions/Remote violence", "Violence against civilians"])
"""The kinds of event that happen at a point: reports of one placed far apart are two
incidents; an agreement or a prisoner exchange told at two capitals is not so placed."""


def event_point(event: EventFacts | None) -> tuple[float, float] | None:
    """The point (lat, lon) of an event's place when it is a populated place with its own
    coordinates (not an area's stood in, `approximate`); None otherwise."""
    place = None if event is None or event.place is None else event.place.place
    if place is None or place.kind not in POINT_KINDS or place.approximate:
        return None
    if place.lat is None or place.lon is None:
        return None
    return (place.lat, place.lon)


def far_apart(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> bool:
    """Whether two events' points (lat, lon; None: not placed at a point) are farther apart
    than FAR_APART_KM; unknown: not."""
    (lat1, lon1), (lat2, lon2) = a, b
    if lat1 is None or lon1 is None or lat2 is None or lon2 is None:
        return False
    return distance_km(lat1, lon1, lat2, lon2) > FAR_APART_KM


DAYS_APART = timedelta(days=1)
"""Most days between the incident days two reports' leads give (`incident.incident_day`)
for their words to join them: a report dated a day late, or by the page's date stamp, still
joins, an incident two days or more apart (another strike on the same city) does not."""


def days_agree(day: date | None, other: date | None) -> bool:
    """Whether two reports' incident days allow one story: either is unknown, or they
    are at most DAYS_APART apart."""
    return day is None or other is None or abs(day - other) <= DAYS_APART


CROSS_LANGUAGE_WINDOW = timedelta(hours=24)
"""Reports in two languages are one event only when published within this much of each
other (the same town is struck again on other days)."""


@dataclass(frozen=True)
class EventKey:
    """What tells one incident from another whatever language reports it."""

    place_key: str
    """The event's place: a town or finer (`town_or_finer`)."""
    event_type: str
    """The ACLED event type: outlets, and the cues of two languages, often differ on the
    sub-event type of one event."""
    killed: int | None
    """The killed figure's minimum; None: no figure, and then `injured` is one."""
    injured: int | None


def event_key(language: str | None, event: EventFacts | None) -> EventKey | None:
    """The key by which a report joins a story told in another language: None when its
    language is not told, or its event has no place as precise as a town, or no casualty
    figure (a town sees several events a day: the kind alone does not tell them apart)."""
    place = _local_place(language, event)
    if place is None or event is None:
        return None
    killed, injured = event.killed.min, event.injured.min
    if killed is None and injured is None:
        return None
    return EventKey(place, event.event_type, killed, injured)


@dataclass(frozen=True)
class IncidentKey:
    """What tells one incident from another told in the same language."""

    place_key: str
    """The event's place: a town or finer (`town_or_finer`)."""
    day: date
    """The day the lead dates the incident (`incident.incident_day`)."""
    event_type: str
    killed: int | None
    injured: int | None
    """The figures' minimums, None when not given: a report that gives one and another
    that does not can be one incident, two that give different ones are not."""


def incident_key(
    language: str | None, event: EventFacts | None, day: date | None
) -> IncidentKey | None:
    """The key by which a report joins a story told in its own language in other words:
    None when its language is not told, its lead dates no incident, or its event has no
    place as precise as a town (a province sees several incidents a day)."""
    place = _local_place(language, event)
    if place is None or event is None or day is None:
        return None
    return IncidentKey(place, day, event.event_type, event.killed.min, event.injured.min)


TAKEOVERS = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
"""The ACLED sub-event types by which a place changes hands: the entry into a town, the
seizure of its airport and its full control are told over days, in reports that date them
differently, as one takeover (a town is not taken twice in a few days)."""


@dataclass(frozen=True)
class TakeoverKey:
    """What tells one place's change of hands from other events there."""

    place_key: str
    """The place taken: a town or finer (`town_or_finer`)."""
    event_type: str
    sub_event_type: str
    """One of TAKEOVERS: a capture and a recapture are two events."""


def takeover_key(language: str | None, event: EventFacts | None) -> TakeoverKey | None:
    """The key by which a report of a place's capture joins the story of that capture in
    any language, whatever day it dates it and whatever figures it gives: None when its
    language is not told, its event is no takeover (TAKEOVERS), or its place is not as
    precise as a town (a province is taken town by town)."""
    place = _local_place(language, event)
    if place is None or event is None or event.sub_event_type not in TAKEOVERS:
        return None
    return TakeoverKey(place, event.event_type, event.sub_event_type)


def _local_place(language: str | None, event: EventFacts | None) -> str | None:
    """The key of the event's place when the report's language is told and the place is a
    town or finer (`town_or_finer`), else None."""
    if not language or language == "und" or event is None or event.place is None:
        return None
    return event.place.place.key if town_or_finer(event.place) else None


PARTS_OF_TOWNS = frozenset({"district", "neighbourhood", "street", "park"})
"""Kinds of the places a text alone makes known (`places.unlisted`) that lie within a town:
outlets place one strike at the town or at its district, street or neighbourhood."""
NEIGHBOURHOOD_KM = 10.0
"""Farthest a neighbourhood the gazetteer lists lies from the town it is part of: Gaza
City's and Rafah's quarters, a few km from their centres (a town 10 km off is another
town's outskirts, not its quarter)."""


def story_event(event: EventFacts | None, places: Iterable[PlaceMention]) -> EventFacts | None:
    """The event as story keys read it: one whose place is a part of a town and whose town
    the report also names, town or finer, is placed at that town, where other outlets place
    it; any other event as it is. A part of a town is a district, street or neighbourhood
    the text alone makes known (PARTS_OF_TOWNS: "the Hodan district of Mogadishu", "Main
    Street"), whose town is in its key, or a neighbourhood the gazetteer lists ("Tal
    al-Sultan"), whose town is the one named nearest it, within NEIGHBOURHOOD_KM. The stored
    event keeps its own place; reports at an unlisted part are found at the town
    (`storage.stories._within_town`)."""
    if event is None or event.place is None:
        return event
    place = event.place.place
    if place.key.startswith(UNLISTED) and place.kind in PARTS_OF_TOWNS:
        parent = place.key.removeprefix(UNLISTED).rpartition("/")[0]
        town = next((m for m in places if m.place.key == parent and town_or_finer(m)), None)
    elif place.kind == "neighbourhood":
        town = _nearest_town(place, places)
    else:
        return event
    return event if town is None else replace(event, place=town)


def area_key(place: Place) -> str | None:
    """The key of an unlisted town or village (`places.unlisted`, no part of a town:
    PARTS_OF_TOWNS) keyed by its country, not by the place the text put it in:
    "unlisted:cc:NG/yelwata" for "unlisted:gn:2347266/yelwata" (Yelwata in Benue) and for
    "unlisted:gn:2595348/yelwata" (in Nasarawa, where another outlet's text put it, a
    border town named with both states). For story matching, one such name in one country
    within the story window is one place (`storage.saving`); None for a listed place, a
    part of a town or a place with no country."""
    if not place.key.startswith(UNLISTED) or place.kind in PARTS_OF_TOWNS:
        return None
    if not place.country_code:
        return None
    slug = place.key.rpartition("/")[2]
    return f"{UNLISTED}cc:{place.country_code}/{slug}" if slug else None


def _nearest_town(part: Place, places: Iterable[PlaceMention]) -> PlaceMention | None:
    """Of the towns the report names (town or finer, no part of a town), the nearest to a
    neighbourhood within NEIGHBOURHOOD_KM, if any."""
    if part.lat is None or part.lon is None:
        return None
    near = [
        (distance_km(part.lat, part.lon, m.place.lat, m.place.lon), m)
        for m in places
        if town_or_finer(m)
        and m.place.kind not in PARTS_OF_TOWNS
        and m.place.lat is not None
        and m.place.lon is not None
    ]
    near = [(km, m) for km, m in near if km <= NEIGHBOURHOOD_KM]
    return min(near, key=lambda found: found[0])[1] if near else None


TOLL_CLOSE = 2 / 3
"""Least share of the higher killed figure the lower may be for two reports of one place
and day to be one event whose toll grew between outlets (30, 35 and 40 killed at one
school; 14 and 20 as a count is revised): a report giving a third of another's toll tells
another incident."""
PARTLY_ALIKE = 0.1
"""Least Jaccard similarity of the word sets of two reports in one language that other
evidence joins: tolls that differ only as tolls grow (`tolls_agree`) at the same place, day
and kind, or a name rare in the whole store (`anchors.rare_story`). Half of THRESHOLD,
which words alone must reach."""
ALIKE_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})
"""ACLED event types our readers give one event told two ways: a strike that kills
civilians is typed an explosion by one outlet's words ("air strike", "shelling") and an
attack on civilians by another's ("killed civilians", "massacre")."""


@dataclass(frozen=True)
class Told:
    """The event facts of a report that a word match weighs (`facts_conflict`)."""

    event_type: str | None
    sub_event_type: str | None
    killed: int | None
    """The killed figure's minimum; None: none given."""
    rose: bool = False
    """Whether the report says its toll rose or is not final (`risen_toll`,
    `provisional_toll`): its figure may then differ from an earlier report's of the same
    incident by any amount."""


def facts_conflict(report: Told, other: Told) -> bool:
    """Whether two reports alike in words tell two incidents by their facts (issue 16: a
    drone strike on a market killing five and a shelling of a neighbourhood killing two, at
    one town on one day): both give a sub-event type and these differ, unless one report is
    typed an explosion and the other an attack on civilians (ALIKE_TYPES: one strike told
    two ways); and both give a killed figure and these differ otherwise than as a toll grows
    (`tolls_agree`, `report` told later: its figure higher, or close, or it says its toll
    rose or is not final). Either alone is how outlets tell one incident differently (a
    missile told as a drone; a toll revised); both together are not."""
    if report.sub_event_type is None or other.sub_event_type is None:
        return False
    if report.sub_event_type == other.sub_event_type:
        return False
    told_alike = {report.event_type, other.event_type} == ALIKE_TYPES
    if told_alike or report.killed is None or other.killed is None:
        return False
    return not tolls_agree(report.killed, True, other.killed, report.rose)


@dataclass(frozen=True)
class TollKey:
    """What a report whose toll another outlet tells differently shares with it."""

    place_key: str
    """The event's place: a town or finer (`town_or_finer`)."""
    day: date
    """The day its lead dates the incident (`incident.incident_day`)."""
    event_types: tuple[str, ...]
    """Its ACLED event type, and the one told alike (ALIKE_TYPES)."""
    killed: int
    last_day: date | None = None
    """The last day it may tell of when that is not `day` alone (a report whose feed gave no
    date and whose lead dates nothing: the day it was first seen, `day` the one before)."""


def toll_key(
    language: str | None, event: EventFacts | None, day: date | None, last_day: date | None = None
) -> TollKey | None:
    """The key by which a report joins a story told in its own language whose toll another
    outlet gave differently: None when its language is not told, its lead dates no
    incident (`day`, up to `last_day` when its days are bounded only), or its event has no
    place as precise as a town or no killed figure."""
    place = _local_place(language, event)
    if place is None or event is None or day is None or event.killed.min is None:
        return None
    alike = ALIKE_TYPES if event.event_type in ALIKE_TYPES else {event.event_type}
    return TollKey(place, day, tuple(sorted(alike)), event.killed.min, last_day)


def tolls_agree(killed: int, later: bool, other: int, provisional: bool = False) -> bool:
    """Whether a report's killed figure and another's of the same place and day differ
    only as a toll grows: the report told `later` gives the higher figure, or both are
    close (TOLL_CLOSE: outlets revise and round a count), or the report gives the lower
    figure and says it is not final (`provisional`: "the final toll is still being
    determined"), whenever it was told. A figure of none ("no one was killed") grows into no
    toll: a report of no dead and one of dead at one town tell two incidents."""
    if killed == other:
        return True
    if killed == 0 or other == 0:
        return False
    if provisional and killed < other:
        return True
    return (killed > other) == later or tolls_close(killed, other)


def injured_agree(
    injured: int | None, later: bool, other: int | None, killed: int, other_killed: int
) -> bool:
    """Whether two reports' injured figures allow one strike told twice, their killed
    figures `killed` and `other_killed`: either gives none, or they are equal or close
    (TOLL_CLOSE), or both counts grew between them (the report told `later` gives more dead
    and more injured: "11 killed, 22 injured" by eleven, "14 killed, 61 injured" by one). A
    higher injured figure beside the same dead is another strike's as often as a revised
    count."""
    if injured is None or other is None or injured == other:
        return True
    if injured == 0 or other == 0:
        return False
    if tolls_close(injured, other):
        return True
    return killed != other_killed and (killed > other_killed) == later == (injured > other)


def tolls_close(killed: int, other: int) -> bool:
    """Whether two killed figures are close enough for one strike whose toll was revised
    between outlets (TOLL_CLOSE), whichever was told first: what two languages' reports
    of it must share, since their words cannot be compared."""
    low, high = sorted((killed, other))
    return low >= TOLL_CLOSE * high


_PROVISIONAL = re.compile(
    r"\b(?:(?:final|full|exact)\s+(?:death\s+)?toll\s+(?:is\s+|was\s+|remains\s+)?"
    r"(?:(?:still\s+|yet\s+)?(?:being|to\s+be)\s+(?:determined|established|confirmed|counted)"
    r"|not\s+(?:yet\s+)?(?:known|clear|determined)|unknown|unclear)"
    r"|(?:toll|number\s+of\s+(?:dead|deaths|casualties|victims))\s+(?:is\s+|was\s+)?"
    r"(?:expected|likely|feared)\s+to\s+(?:rise|climb|increase|grow)"
    r"|(?:toll|figure)s?\s+(?:could|may|might|will\s+likely)\s+(?:rise|climb|increase|grow)"
    r"|(?:preliminary|provisional|initial)\s+(?:death\s+)?(?:toll|figures?|count)"
    r"|bilan\s+(?:encore\s+)?provisoire|bilan\s+(?:pourrait|devrait|risque\s+de)\s+s['’]alourdir)",
    re.IGNORECASE,
)
"""What says a toll is not final, in English and French: "the final death toll is still
being determined", "the toll is expected to rise", "a preliminary toll", "bilan provisoire"."""


def headline_and_lead(title: str, text: str) -> str:
    """The headline and the text's first LEAD_WORDS words as one string (the rest of the text
    left unsplit): where a report says what it tells."""
    lead = " ".join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS])
    return f"{title}. {lead}"


def provisional_toll(title: str, text: str) -> bool:
    """Whether the headline or lead (LEAD_WORDS) says the report's toll is not final
    (`_PROVISIONAL`): another outlet's far higher figure for the same strike then agrees
    with it (`tolls_agree`)."""
    return bool(_PROVISIONAL.search(headline_and_lead(title, text)))


TOLL_RISES_DAYS = timedelta(days=2)
"""Most days a report telling a toll that rose may date after its incident, beyond
DAYS_APART (`risen_toll`): "the death toll rose to 40 today", told three days after a
strike, dates the count, not the strike."""

_RISEN = re.compile(
    r"\b(?:(?:death\s+)?toll|deaths|fatalities"
    r"|number\s+of\s+(?:people\s+)?(?:dead|deaths|victims|casualties|killed))"
    r"\s+(?:[\w'’-]+\s+){0,6}?(?:has\s+|had\s+|have\s+)?"
    r"(?:(?:rose|risen|rises|rise|climbed|climbs|climb|increased|increases|jumped|jumps|grew|"
    r"grown|mounted|raised)\s+(?:to|above|past)\b"
    r"|(?:rose|risen|rises|climbed|climbs|increased|increases|jumped|jumps|grew|grown|mounted)"
    r"(?:\s+(?:in|from|after|on)\b|\s*(?:[.:;]|$))"
    r"|continu(?:es|ed|ing)\s+to\s+(?:rise|climb|grow|mount)\b)"
    r"|\brais(?:e|es|ed|ing)\s+(?:the\s+|its\s+)?(?:death\s+)?toll\s+(?:[\w'’-]+\s+){0,6}?to\b"
    r"|\bbilan\s+(?:s['’]est\s+alourdi|s['’]alourdit|est\s+pass[ée]|a\s+grimp[ée])\s+[àa]\b"
    r"|\b(?:кількість|число|количество)\s+(?:загиблих|загинулих|вбитих|жертв|погибших|"
    r"убитых)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:зросл[аои]|зроста[єю]|збільшил(?:ася|ось|ась)|возросл[аои]|выросл[аои]|"
    r"увеличил(?:ось|ась)|раст[её]т)\s+до\b"
    r"|(?<!\w)و?(?:ارتفعت|ارتفع|ارتفاع)\s+(?:حصيلة|عدد\s+(?:القتلى|الشهداء|الضحايا))(?!\w)",
    re.IGNORECASE,
)
"""What says a report's toll rose since earlier reports, in English, French, Ukrainian,
Russian and Arabic: "the death toll from Saturday's strike has risen to 40", "deaths climb to
40", a headline's "Death toll rises in Dnipro missile strike" or "Death toll from the strike
on Sumy rises", "the number of killed rose to 19", "the death toll continued to rise",
"officials raised the death toll from the strike to 40", "le bilan s'est alourdi à 40",
"кількість загиблих зросла до 40", "число погибших возросло до 40", "ارتفعت حصيلة القتلى
إلى 40". A bare "rise" or "climb" says so only before its figure ("is expected to rise" does
not)."""


def risen_toll(title: str, text: str) -> bool:
    """Whether the headline or lead (LEAD_WORDS) says the report's toll rose (`_RISEN`): a
    follow-up, whose lead's day may be that of the count, up to TOLL_RISES_DAYS after the
    incident's (`storage.saving._grown_toll`)."""
    return bool(_RISEN.search(headline_and_lead(title, text)))


def untold_town(
    language: str | None,
    event: EventFacts | None,
    places: Iterable[PlaceMention],
    headline: int = 0,
) -> str | None:
    """The town of a report that tells no casualty figure, by which it joins the one story
    told at that town in other languages, or in its own in words partly alike
    (`storage.stories.lone_story`): its event's place
    when that is a town or finer, else, with no event place, the one town or finer place it
    names, or of several the one its headline names (its first `headline` characters: the
    text's other towns are where else the war went on, "other cities were hit too"); None
    when its language is not told, it gives a figure (then its event's key tells its
    incident), or it names no such town, or several and its headline not one alone."""
    if not language or language == "und":
        return None
    if event is not None:
        if event.killed.min is not None or event.injured.min is not None:
            return None
        if event.place is not None:
            return event.place.place.key if town_or_finer(event.place) else None
    named = [mention for mention in places if town_or_finer(mention)]
    towns = {mention.place.key for mention in named}
    if len(towns) > 1:
        towns = {m.place.key for m in named if any(at < headline for at, _, _ in m.spans)}
    return towns.pop() if len(towns) == 1 else None


def event_town(event: EventFacts | None) -> str | None:
    """The key of an event's place when it is a town or finer (`town_or_finer`), else
    None: where a report tells its incident, for the reports giving no figure stored
    there before it (`storage.stories.lone_reports`)."""
    if event is None or event.place is None or not town_or_finer(event.place):
        return None
    return event.place.place.key


def untold_days(lead_day: date | None, published: datetime, guessed: bool) -> frozenset[date]:
    """The days a report may tell of, for `storage.stories.lone_story` (a report giving no
    figure) and the same-day key of a report whose lead dates nothing: the day its lead
    dates, else its publication day, and, when its feed gave no date
    (`guessed`: `published` is when it was first seen, which comes after it was written),
    the day before too."""
    if lead_day is not None:
        return frozenset({lead_day})
    day = published.date()
    return frozenset({day, day - timedelta(days=1)}) if guessed else frozenset({day})


LOOK_BACK = timedelta(days=7)
"""Most days a report giving no figure may date its incident before its own publication
and still be read as telling it (`told_around`): a look-back a week on ("the strike last
Friday killed 19 people") is of that strike; a date further back is background."""


def told_around(lead_day: date | None, published: datetime) -> datetime:
    """When the reports of the incident a report giving no figure tells were published, for
    `storage.stories.lone_story`: around its own publication, or, when it came more than
    CROSS_LANGUAGE_WINDOW after the end of the day its lead dates and at most LOOK_BACK
    after that day began (a look-back days on, past the story window), the end of that
    day: the story told at its town then is the one it tells of."""
    if lead_day is None:
        return published
    start = datetime.combine(lead_day, time.min, published.tzinfo)
    end = start + timedelta(days=1)
    return end if end + CROSS_LANGUAGE_WINDOW < published <= start + LOOK_BACK else published


@dataclass(frozen=True)
class Fingerprint:
    """What story matching keeps of one article."""

    terms: frozenset[str]
    bands: tuple[int, ...]
    """Signed 32-bit keys, one per LSH band (empty when the text has no content words): the
    high half of each band's 64-bit digest; migration 0028 made the stored ones anew from
    their articles' word sets. A chance collision only adds a candidate, which the exact
    comparison turns away."""


def terms_of(title: str, text: str, language: str | None = None) -> frozenset[str]:
    """Stemmed content words of the title and the lead of the text: stemmed and told from
    stop words in the article's `language` (ISO 639-1) when `config/stopwords/` lists that
    language's (Arabic, Russian, Ukrainian), else in English."""
    words = _WORD.findall(headline_and_lead(title, text).lower())
    local = None if language is None else local_stop_words(language)
    if local is None:
        return frozenset(stem(w) for w in words if len(w) > 1 and w not in _STOP)
    stem_of = stemmer_for(language)
    kept = [word.translate(_APOSTROPHES) for word in words]
    return frozenset(stem_of(w) for w in kept if len(w) > 1 and w not in local)


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
"""The apostrophes news writes, as one: "пʼять" and "п'ять"."""


def band_keys(terms: Iterable[str]) -> tuple[int, ...]:
    """The LSH band keys of a word set's MinHash."""
    encoded = [term.encode() for term in sorted(terms)]
    if not encoded:
        return ()
    from bot.understand.minhash import signature  # numpy: only where fingerprints are made

    values = signature(encoded, _permutations()).tobytes()  # each band: its ROWS values' bytes
    size = ROWS * 4
    digests = [
        hashlib.blake2b(prefix + values[start : start + size], digest_size=8).digest()[:4]
        for prefix, start in zip(_BAND_PREFIXES, range(0, BANDS * size, size), strict=True)
    ]
    return _BAND_KEYS.unpack(b"".join(digests))


_BAND_PREFIXES = tuple(band.to_bytes(2, "big") for band in range(BANDS))
"""What each band's digest reads before its values: the band's number."""
_BAND_KEYS = struct.Struct(f">{BANDS}i")
"""The band keys from their digests' first four bytes, each a signed big-endian number."""


@cache
def _permutations() -> numpy.ndarray:
    """The MinHash permutations of every fingerprint (made at the first one)."""
    from bot.understand.minhash import permutations

    return permutations(BANDS * ROWS, SEED)


def fingerprint(title: str, text: str, language: str | None = None) -> Fingerprint:
    """The fingerprint of one article in `language` (ISO 639-1; None: English)."""
    terms = terms_of(title, text, language)
    return Fingerprint(terms, band_keys(terms))


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard similarity of two word sets (the union counted, not built)."""
    shared = len(a & b)
    union = len(a) + len(b) - shared
    return shared / union if union else 0.0


def best_match(
    terms: frozenset[str], candidates: Iterable[tuple[int, frozenset[str]]]
) -> tuple[int, float] | None:
    """The key of the candidate most like `terms` and how alike they are, when at least
    THRESHOLD alike."""
    best: tuple[int, float] | None = None
    for key, other in candidates:
        score = similarity(terms, other)
        if score >= (best[1] if best else THRESHOLD):
            best = (key, score)
    return best
