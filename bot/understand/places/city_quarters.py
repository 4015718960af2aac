"""Arabic city quarters the gazetteer lacks, named after a quarter's word (`with_city_quarters`).

Arabic reports place a strike or a clash in a city's quarter: "حي القصور", "بحي الصناعة",
"أحياء الجورة والقصور وهرابش", "حيي الطحطوح والصناعة". GeoNames lists few quarters, so each
is read as a place the gazetteer does not list (`unlisted.PREFIX`), inside the city the
sentence names, else the one city the text names most (a user following the city gets the
report), named as written. The words also mean "alive" ("بقي حيا", "أحياء تحت الأنقاض")
and are followed by words that describe quarters rather than name them ("حي سكني", "أحياء
المدينة", "حي خاضع لسيطرة"), so a quarter's name is taken only where it is a definite noun
("حي القصور") or opens with a word that starts names ("حي الشيخ مقصود", "حي كرم الطراب");
further names of a list after a plural are taken as they are after "و" ("والقصور وهرابش")
and so restricted after a comma, two after the dual; a word of
`words.ARABIC_QUARTER_NOT_NAMES` ends the list.
A name the tagger already reads as a quarter is left to it, and one it reads as a place of
another kind ("أحياء حلب") ends the list.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.records import Place, PlaceMention
from bot.understand.places.normalize import name_key
from bot.understand.places.unlisted import KEY_LENGTH, PREFIX, word_spans
from bot.understand.places.words import ARABIC_NAME_OPENERS, ARABIC_QUARTER_NOT_NAMES

_NOT_NAMES = frozenset(name_key(word).strip() for word in ARABIC_QUARTER_NOT_NAMES)
_OPENERS = frozenset(name_key(word).strip() for word in ARABIC_NAME_OPENERS)

_QUARTER_WORD = re.compile(r"(?<![^\W_])[وفبل]{0,2}(?:(حي)|(حيي)|(أحياء)) ")
"""A word for a city's quarter (group 1), two quarters (group 2) or quarters (group 3), a
prefix joined to it ("بحي", "وأحياء"), and the space after it. Not "احياء", which is also
"إحياء" (reviving: "احياء الذكرى") written without its hamza."""
_REVELATION = "من وحي "
""""inspired by" ("من وحي الذاكرة"): "وحي" is no "و" and "حي" there."""
_WORD = re.compile(r"[^\W\d_]+")
_AND = re.compile(r"\s*،\s*(?:و\s?)?|\s+و\s?(?=[^\W\d_])")
"""What joins the names of a list: a comma, "و" joined to the next name or standing alone."""
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_CITY_KINDS = frozenset(["city", "town"])
KIND = "neighbourhood"


def with_city_quarters(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the quarters the text names after a quarter's word (see the module
    docstring), in the order of first mentions."""
    if "حي" not in text:
        return named  # a quick test: most texts name no quarter so
    cities = [m for m in named if m.place.kind in _CITY_KINDS]
    if not cities:
        return named
    taken = [(s, e, m.place.kind) for m in named for s, e, _ in m.spans]
    found: dict[str, PlaceMention] = {}
    for match in _QUARTER_WORD.finditer(text):
        if text.startswith(_REVELATION, match.start() - 3):
            continue
        city = _city_of(text, match.start(), cities)
        if city is None:
            continue
        count = 1 if match.group(1) else 2 if match.group(2) else None
        for start, name in _names(text, match.end(), count):
            end = start + len(name)
            kinds = {kind for s, e, kind in taken if s < end and start < e}
            if kinds - {KIND}:
                break  # a place of another kind: the city whose quarters the list names
            if kinds:
                continue
            key = f"{PREFIX}{city.key}/{name}"[:KEY_LENGTH]
            if key not in found:
                place = Place(key, name, KIND, city.country_code, city.country, None, 0, city.lat,
                              city.lon, True)  # fmt: skip
                spans = {(start, end), *((s, e) for s, e in word_spans(text, name) if s > start)}
                mentions = tuple((s, e, name) for s, e in sorted(spans))
                found[key] = PlaceMention(name, start, end, place, mentions)
    if not found:
        return named
    return sorted([*named, *found.values()], key=lambda m: m.start)


def _names(text: str, at: int, count: int | None) -> list[tuple[int, str]]:
    """The names (start, name as written) after a quarter's word ending at `at`: `count` at
    most, one after the singular, two after the dual (in "حيي الطحطوح والصناعة، المحاصرين" the
    word after them describes them), every name of the list a plural opens (`count` None; see
    the module docstring)."""
    names: list[tuple[int, str]] = []
    while True:
        name = _name(text, at, definite=not names or "،" in text[names[-1][0] : at])
        if name is None:
            return names
        names.append((at, name))
        joined = _AND.match(text, at + len(name))
        if len(names) == count or joined is None:
            return names
        at = joined.end()


def _name(text: str, at: int, definite: bool) -> str | None:
    """The quarter's name at `at`: a word, two where the first opens names ("الشيخ ياسين");
    with `definite` (a list's first name, or one after a comma), only a definite noun or one
    opened so; none for a word that is no name."""
    word = _WORD.match(text, at)
    if word is None:
        return None
    folded = name_key(word.group()).strip()
    if folded in _NOT_NAMES:
        return None
    if folded in _OPENERS:
        second = (
            _WORD.match(text, word.end() + 1) if text[word.end() : word.end() + 1] == " " else None
        )
        return None if second is None else text[at : second.end()]
    if definite and not (folded.startswith("ال") and len(folded) > 4):
        return None
    return word.group() if len(folded) > 2 else None


def _city_of(text: str, at: int, cities: list[PlaceMention]) -> Place | None:
    """The city a quarter's word at `at` lies in: the nearest city the sentence names, else
    the one city the text names most."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_END.search(text, at)
    end = stop.start() if stop else len(text)
    near = [(abs(s - at), m.place) for m in cities for s, _, _ in m.spans if start <= s < end]
    if near:
        return min(near, key=lambda d: d[0])[1]
    counts = Counter({m.place.key: len(m.spans) for m in cities}).most_common(2)
    if len(counts) == 2 and counts[0][1] == counts[1][1]:
        return None
    return next(m.place for m in cities if m.place.key == counts[0][0])
