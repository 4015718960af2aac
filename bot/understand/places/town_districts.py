"""Arabic districts named after their town ("قضاء صور", "بمديرية رداع", "ناحية مندلي";
`with_town_districts`).

Yemen's "مديرية", Syria's "ناحية" and Iraq's and Lebanon's "قضاء" are districts below a
governorate, each named after its seat. The gazetteer holds few of them, and the tagger does
not read the town in such a name (`words.ARABIC_DISTRICT_BEFORE`): the district is meant, not
the town. A district word followed by a town's name the gazetteer knows is that district, a
place the gazetteer does not list (`unlisted.PREFIX`) inside its town (a user following the
town or its governorate gets the report), named as written. Only a known town's name counts:
the words also mean "aspect" ("من ناحية أخرى"), "judiciary" and "directorate" ("مديرية
الصحة").
"""

from __future__ import annotations

import re

from bot.records import Place, PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import ARABIC_MARKS
from bot.understand.places.unlisted import KEY_LENGTH, PREFIX, word_spans

_DISTRICT_WORD = re.compile(r"(?<![^\W_])[وفبل]{0,2}(?:مديرية|ناحية|قضاء) ")
"""A district's word, a prefix joined to it ("بمديرية", "وقضاء"), and the space after it."""
_WORDS_AFTER = re.compile(rf"(?:[^\W\d_]|{ARABIC_MARKS})+(?: (?:[^\W\d_]|{ARABIC_MARKS})+){{0,2}}")
"""Up to three words after a district's word, their short-vowel marks included ("حَّريب"):
a town's name has one to three."""
_MARKS = re.compile(ARABIC_MARKS)
"""Short-vowel marks, which a district's key leaves out: "حَّريب" and "حريب" are one."""
_TOWN_KINDS = frozenset(["city", "town"])
KIND = "district"


def with_town_districts(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the districts the text names by a district's word and their town's name
    (see the module docstring), in the order of first mentions."""
    if "ناحية" not in text and "مديرية" not in text and "قضاء" not in text:
        return named  # a quick test: most texts name no district so
    countries = {m.place.country_code for m in named}
    taken = [(s, e) for m in named for s, e, _ in m.spans]
    found: dict[str, PlaceMention] = {}
    for match in _DISTRICT_WORD.finditer(text):
        words = _WORDS_AFTER.match(text, match.end())
        if words is None:
            continue
        name, town = _town(gaz, words.group(), countries)
        start = match.end()
        end = start + len(name)
        if town is None or any(s < end and start < e for s, e in taken):
            continue
        key = f"{PREFIX}{town.key}/{_MARKS.sub('', name)}"[:KEY_LENGTH]
        if key not in found:
            place = Place(key, name, KIND, town.country_code, town.country, None, 0, town.lat,
                          town.lon, True)  # fmt: skip
            mentions = tuple((s, e, name) for s, e in word_spans(text, name) if s >= start)
            found[key] = PlaceMention(name, start, end, place, mentions)
    if not found:
        return named
    return sorted([*named, *found.values()], key=lambda m: m.start)


def _town(gaz: Gazetteer, words: str, countries: set[str]) -> tuple[str, Place | None]:
    """The longest run of `words`' first words that names a town, and the town: the one in a
    country of the text's places, else the only country's best."""
    parts = words.split(" ")
    for size in range(len(parts), 0, -1):
        name = " ".join(parts[:size])
        towns = [p for p in gaz.lookup(name) if p.kind in _TOWN_KINDS]
        if not towns:
            continue
        placed = [p for p in towns if p.country_code in countries]
        if placed:
            return name, placed[0]
        if len({p.country_code for p in towns}) == 1:
            return name, towns[0]
        return name, None
    return "", None
