"""A city's district named in Russian or Ukrainian by an adjective and "район" ("в Ленинском
районе Донецка", "у Шевченківському районі Запоріжжя"; `with_city_districts`), or "округ"
right before its city ("в Сеймском округе Курска").

Cities' districts share their adjectives with raions elsewhere (Дзержинский, Ленинский,
Центральный район: dozens each), and the gazetteer holds few of them. A district named so
is one of a city's:
- of the city named right after it, in the genitive ("Ленинском районе Донецка"), unless the
  gazetteer's raion of that name lies in the city's first-level area or near it; an area
  named there makes it that area's raion ("Ленинском районе Донецкой области");
- of the city named last before it where a word for "the city" follows ("в Никитовском
  районе города"), else of the one city the sentence names where the text names several;
- else of the one city the text names (and no area but the city's own), unless the
  gazetteer's raion of that name lies in the city's country, not far from it or in a text
  naming the city only once ("в Покровском районе" beside "в Киеве заявили").
It becomes a place the gazetteer does not list (`unlisted.PREFIX`) inside the city, named as
written, keyed by its adjective's stem so that its case forms are one place.
"""

from __future__ import annotations

import itertools
import re

from bot.records import Place, PlaceMention
from bot.understand.places.centres import centre_names
from bot.understand.places.distance import distance_km
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from bot.understand.places.resolve import Span
from bot.understand.places.unlisted import KEY_LENGTH, PREFIX

_ADJECTIVE = (
    r"(?<![\w\-])(?P<adjective>[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ'’\-]*?"
    r"(?P<ending>ьому|ього|ому|ого|ему|его|ом|ым|им|ім|ем|ий|ый|ій|ой))"
)
DISTRICT = re.compile(rf"{_ADJECTIVE} (?:район(?:е|і|а|у|ом)?|р-(?:н|на|ну|не|ні|ном))(?![\w\-])")
"""An adjective and the singular "район" in any case, or its abbreviation "р-н" ("Ленинском
районе", "Київського району", "Шевченківському р-ні")."""
_OKRUG = re.compile(rf"{_ADJECTIVE} (?:округ(?:е|а|у|ом)?|окрузі)(?![\w\-])")
"""An adjective and the singular "округ" in any case ("Сеймском округе"): a city's okrug only
where the city is named right after it ("в Сеймском округе Курска"), since "округ" is also a
Russian municipality's word ("в Шебекинском округе")."""
_NOUNS = ("район", "р-н", "округ", "окруз")
"""How `DISTRICT`'s and `_OKRUG`'s nouns begin: a quick test that a text names neither."""
_CITY_KINDS = frozenset(["city", "town"])
_AREA_KINDS = frozenset(["admin1", "admin2", "region", "country"])
"""Kinds of a reading of the name after a district's words that may make it that area's
raion ("Покровском районе Донецкой области")."""
_OTHER_AREA_KINDS = frozenset(["admin1", "admin2"])
_CITY_WORDS = (" города", " міста")
"""A word for "the city" right after a district's words: the city named after it, else the
one last named before."""
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")
"""Kinds of area a text naming a district without its city may name only where they hold the
one city it names: a text naming another oblast or raion may mean a raion of it."""
_NEAR_KM = 25.0
"""How far from a city named right after the district's words a raion of their name may lie
and be the place meant."""
_REGION_KM = 300.0
"""How far from the one city a text names a raion of a district's name may lie and be the
place meant, in its country."""
KIND = "district"


def without_district_raions(text: str, found: list[Span]) -> list[Span]:
    """`found` without the names that are a city's district's words, wherever the text
    writes them ("Ленинском районе" too where it writes "Ленинского района Донецка"): the
    raion the gazetteer reads in them would pull the city's reading towards itself.
    `with_city_districts` puts the districts back once the places are resolved."""
    if "район" not in text and "р-н" not in text:
        return found  # a quick test: most texts name no district
    stems = {
        district_stem(match)
        for span, after in itertools.pairwise(found)
        if after.start == span.end + 1 and (match := _before_city(text, span, after)) is not None
    }
    if not stems:
        return found
    return [
        span
        for span in found
        if (match := DISTRICT.fullmatch(span.written)) is None or district_stem(match) not in stems
    ]


def _before_city(text: str, span: Span, after: Span) -> re.Match[str] | None:
    """The district's words `span` holds when the name `after` follows it and some of its
    readings are cities, none areas ("Ленинском районе Донецка"), and the gazetteer holds
    the district in none of those cities (as it holds Дніпровський район in Києва)."""
    kinds = {reading.place.kind for reading in after.facts.readings}
    if text[span.end : span.end + 1] != " " or not kinds & _CITY_KINDS or kinds & _AREA_KINDS:
        return None
    cities = [r.place for r in after.facts.readings if r.place.kind in _CITY_KINDS]
    if any(_near(r.place, city) for r in span.facts.readings for city in cities):
        return None
    return DISTRICT.fullmatch(span.written)


def _near(place: Place, city: Place) -> bool:
    """Whether `place` lies `_NEAR_KM` from `city` (neither without a point)."""
    if place.lat is None or place.lon is None or city.lat is None or city.lon is None:
        return False
    return distance_km(place.lat, place.lon, city.lat, city.lon) <= _NEAR_KM


def district_stem(match: re.Match[str]) -> str:
    """The folded stem of a district's adjective, the same in every case ("ленинск")."""
    return name_key(match.group("adjective")[: -len(match.group("ending"))]).strip()


def with_city_districts(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` with each city's district the text names (see the module docstring) in place
    of the raion of its name that the gazetteer gave, in the order of first mentions."""
    if not any(noun in text for noun in _NOUNS):
        return named  # a quick test: most texts name no district
    districts = [match.span() for match in DISTRICT.finditer(text)]
    kept = list(named)
    found: dict[str, PlaceMention] = {}
    for match in itertools.chain(DISTRICT.finditer(text), _OKRUG.finditer(text)):
        start, end = match.span()
        city, explicit = _city(gaz, text, start, end, kept, districts)
        okrug = match.re is _OKRUG
        if city is None or _named_after(match, city) or (okrug and not _right_after(city, end)):
            continue
        overlapping = [m for m in kept if any(s < end and start < e for s, e, _ in m.spans)]
        if any(_raion_meant(gaz, m.place, city, explicit) for m in overlapping):
            continue
        if add_district(found, match, city.place, "okrug" if okrug else "raion"):
            kept = [m for m in kept if m not in overlapping]
    return sorted([*kept, *found.values()], key=lambda m: m.start)


def add_district(
    found: dict[str, PlaceMention],
    match: re.Match[str],
    parent: Place,
    noun: str = "raion",
    point: Place | None = None,
) -> bool:
    """Add the district `match` names (a `DISTRICT` match, or one of another unit's `noun`)
    inside `parent` to `found`, by its key (a later mention joins the first's spans), at
    `point`'s coordinates (else `parent`'s); False when its key would be too long."""
    key = f"{PREFIX}{parent.key}/{district_stem(match).replace(' ', '-')}-{noun}"
    if len(key) > KEY_LENGTH:
        return False
    start, end = match.span()
    keep_district(found, key, parent, point or parent, start, end, match.group())
    return True


def keep_district(
    found: dict[str, PlaceMention],
    key: str,
    parent: Place,
    at: Place,
    start: int,
    end: int,
    written: str,
) -> None:
    """Add the district `key`, written text[start:end] inside `parent` at `at`'s
    coordinates, to `found`: a new place, or a later mention joining the first's spans."""
    first = found.get(key)
    if first is None:
        place = Place(key, written, KIND, parent.country_code, parent.country, None, 0,
                      at.lat, at.lon, True)  # fmt: skip
        found[key] = PlaceMention(written, start, end, place, ((start, end, written),))
    else:
        spans = (*first.spans, (start, end, written))
        found[key] = PlaceMention(first.as_written, first.start, first.end, first.place, spans)


def _city(
    gaz: Gazetteer,
    text: str,
    start: int,
    end: int,
    named: list[PlaceMention],
    districts: list[tuple[int, int]],
) -> tuple[PlaceMention | None, bool]:
    """The city a district at `start`..`end` belongs to, and whether the text names it right
    after the district: the place named there if that is a city (none if it is anything
    else: "Ленинском районе Донецкой области"), else the one city the text names, if it
    names no area but the city's own (`_OTHER_AREA_KINDS`) outside its `districts`' words."""
    if text[end : end + 1] == " ":
        for mention in named:
            if any(s == end + 1 for s, _, _ in mention.spans):
                return (mention if mention.place.kind in _CITY_KINDS else None), True
    others = [
        m for m in named if not any(a < e and s < b for s, e, _ in m.spans for a, b in districts)
    ]
    cities = [m for m in others if m.place.kind == "city"]
    word = next((w for w in _CITY_WORDS if text.startswith(w, end)), None)
    if word is not None:  # "в Никитовском районе города": the city named last before
        after = end + len(word) + 1
        named_after = [m for m in cities if any(s == after for s, _, _ in m.spans)]
        if named_after:
            return named_after[0], True  # "районе города Донецка"
        before = [(s, m) for m in cities for s, _, _ in m.spans if s < start]
        return (max(before, key=lambda pair: pair[0])[1] if before else None), True
    city = cities[0] if len(cities) == 1 else _sentence_city(text, start, cities)
    if city is None:
        return None, False
    own = {city.place.key, *gaz.admin1_keys(city.place.key)}
    areas = {m.place.key for m in others if m.place.kind in _OTHER_AREA_KINDS}
    return (city if areas <= own else None), False


def _right_after(city: PlaceMention, end: int) -> bool:
    """Whether `city` is named right after a district's words ending at `end`."""
    return any(s == end + 1 for s, _, _ in city.spans)


def _named_after(match: re.Match[str], city: PlaceMention) -> bool:
    """Whether the district's adjective is made from the city's name as the text writes it:
    the raion around the town ("Климово Климовского района", "Суми ... Сумського району"),
    no district inside it."""
    names = centre_names(district_stem(match))
    return any(name_key(written).strip() in names for _, _, written in city.spans)


def _sentence_city(text: str, start: int, cities: list[PlaceMention]) -> PlaceMention | None:
    """The one city named in the sentence of a district's words at `start`, before them, if
    one ("У Харкові влучання також у Немишлянському районі" in a text naming other
    cities)."""
    opening = max(text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1
    inside = [m for m in cities if any(opening <= s < start for s, _, _ in m.spans)]
    return inside[0] if len(inside) == 1 else None


def _raion_meant(gaz: Gazetteer, place: Place, city: PlaceMention, explicit: bool) -> bool:
    """Whether the gazetteer's `place` for a district's words is the one meant beside `city`:
    it lies in the city's first-level area, or `_NEAR_KM` from a city named right after it;
    else, in the city's country, `_REGION_KM` from it or in a text naming the city only once
    ("в Покровском районе" in a text naming Киев once is the raion of Покровск)."""
    if set(gaz.admin1_keys(place.key)) & set(gaz.admin1_keys(city.place.key)):
        return True
    if explicit or place.country_code != city.place.country_code:
        return _near(place, city.place)
    if len(city.spans) < 2:
        return True
    lat, lon = city.place.lat, city.place.lon
    if place.lat is None or place.lon is None or lat is None or lon is None:
        return False
    return distance_km(place.lat, place.lon, lat, lon) <= _REGION_KM
