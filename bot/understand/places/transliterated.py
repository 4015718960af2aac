"""Places Russian and Ukrainian write in a spelling the gazetteer lacks (`with_transliterated`).

GeoNames holds few Cyrillic names for places outside the Cyrillic-writing countries, and the
news spells Arabic and African names its own way ("Умдурман", GeoNames' "Омдурман"; "Хан-Юнус",
"Дейр эль-Балах"). A capitalised Cyrillic name that no place was found in is read in Latin
letters, without a case ending ("Умдурмане" -> "umdurman"), and looked up among the gazetteer's
Latin names: as it is, with "х" as "h" as well as "kh" ("Бахри" -> "bahri"; a locative "-е"
also for a final "-и" that Russian declines as if it were an ending, "в Бахре"), else among the
names that sound the same (`normalize.phonetic_keys`) and are spelt nearly the same
("umdurman" ~ "omdurman"). Most capitalised words are people or organisations whose letters
come close to some town somewhere, so a name is taken only
- in a country of the places the text already names, not a Cyrillic-writing one;
- of 15,000 people or more (`facts.SMALL_POPULATION`) or one of the project's own places, read
  with five letters or more ("Тире" is not "tire"); by a near spelling, read with six letters
  or more, of 50,000 people or more (`resolve.WEAK_POPULATION`) or the project's own ("Хамасе"
  is not Al Khamis);
- where the text puts something in a place: after a preposition or a word for a place or a
  part of one ("в Умдурмане", "по Хан-Юнісу", "города Дейр эль-Балах", "на юге Хан-Юнуса"),
  or after another place in a list ("в Умдурмане, Бахре и ...", "городах Бахри и Омдурман");
- with no capitalised word after it (people's names come in pairs, "Абдель Фаттах").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import replace

from rapidfuzz.distance import DamerauLevenshtein

from bot.records import Place, PlaceMention
from bot.understand.places.facts import SMALL_POPULATION
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.geodata import CYRILLIC_COUNTRIES
from bot.understand.places.normalize import name_forms, phonetic_keys
from bot.understand.places.resolve import WEAK_POPULATION
from bot.understand.places.scripts import CYRILLIC_IN_LATIN
from bot.understand.places.words import PLACE_PREPOSITIONS_CYRILLIC, PLACE_WORDS_CYRILLIC

_UPPER = "А-ЯЁІЇЄҐ"
_LOWER = "а-яёіїєґ"
_ARTICLE = "(?:[АаЭэЕе]ль?|[АаЭэЕе][зсшдрнт])"
"""The Arabic article as Russian and Ukrainian write it ("аль", "эль", "ель", "аз", "эш")."""
_NAME = re.compile(
    rf"[{_UPPER}](?<![\w\-].)[{_LOWER}]+"
    rf"(?:-(?:{_ARTICLE}-)?[{_UPPER}][{_LOWER}]+)*(?: {_ARTICLE}-[{_UPPER}][{_LOWER}]+)?(?![\w\-])"
)
_CAPITALISED_AFTER = re.compile(rf"[ \-]+[{_UPPER}]")
_LIST_WORDS = frozenset(["и", "і", "й", "та"])
_ENDINGS = (
    "ом", "ой", "ей", "ем", "ах", "ям", "ою", "ею", "ів", "а", "у", "е", "і", "ы", "и", "ю", "я"
)  # fmt: skip
"""Case endings taken off the last word ("Умдурмане", "Хан-Юнуса")."""
_LAST_WORD = re.compile(r"[^ \-]+$")
_SHORTEST = 4
"""Letters a name keeps without its ending, at least."""
_SHORTEST_READING = 5
"""Letters a reading in Latin letters has, at least ("Тире" is not "tire")."""
_SHORTEST_NEAR = 6
"""Letters a reading has, at least, to be matched by a near spelling ("Синае" is no "Sanandaj")."""
READINGS_KEPT = 4096
"""Names whose readings are remembered (a story's places recur in its many reports)."""
CLOSE_SPELLING = 0.8
"""Similarity (Damerau-Levenshtein, 0-1) of a name that sounds the same, at least."""


def with_transliterated(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the places of the text's countries that it names in a Cyrillic spelling
    the gazetteer lacks (see the module docstring), in the order of their first mentions."""
    countries = {m.place.country_code for m in named} - CYRILLIC_COUNTRIES - {""}
    if not countries or not any("\u0400" <= m.as_written[0] <= "\u04ff" for m in named):
        return named  # a text in Cyrillic names some place in Cyrillic
    taken = sorted((s, e) for m in named for s, e, _ in m.spans)
    starts = [s for s, _ in taken]
    reach = list(itertools.accumulate((e for _, e in taken), max))  # the furthest end so far
    ends = {e for _, e in taken}
    keys = {m.place.key for m in named}
    added: dict[str, PlaceMention] = {}
    for match in _NAME.finditer(text):
        start, end = match.span()
        before = bisect.bisect_left(starts, end)  # the names starting before this one ends
        if (before and reach[before - 1] > start) or not _cued(text, start, end, ends):
            continue
        place = _place(gaz, match.group(), countries)
        if place is None or place.key in keys:
            continue
        mention = (start, end, match.group())
        first = added.get(place.key)
        if first is None:
            added[place.key] = PlaceMention(match.group(), start, end, place, (mention,))
        else:
            added[place.key] = replace(first, mentions=(*first.mentions, mention))
        ends.add(end)
    if not added:
        return named
    return sorted([*named, *added.values()], key=lambda m: m.start)


def _cued(text: str, start: int, end: int, ends: set[int]) -> bool:
    """Whether the text puts something in a place named at `start` (see the module
    docstring; `ends`: where the names of places end) and no capitalised word follows."""
    if _CAPITALISED_AFTER.match(text, end):
        return False
    gap = start
    while gap > 0 and text[gap - 1].isspace():
        gap -= 1
    if text[gap - 1 : gap] == ",":
        return gap - 1 in ends  # after a place in a list
    first = gap
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    word = text[first:gap].lower()
    if word in _LIST_WORDS:
        return first - 1 in ends
    return word in PLACE_PREPOSITIONS_CYRILLIC or word.startswith(PLACE_WORDS_CYRILLIC)


def _place(gaz: Gazetteer, written: str, countries: set[str]) -> Place | None:
    """The place of one of `countries` that `written` spells in Latin letters, if one does."""
    readings = _readings(written)
    for latin, _ in readings:
        if _letters(latin) < _SHORTEST_READING:
            continue
        exact = [
            p
            for h in gaz.names.get(latin, ())
            if (p := gaz.places[h.key]).country_code in countries and _known(p, SMALL_POPULATION)
        ]
        if exact:
            return max(exact, key=lambda p: p.population)
    close: list[tuple[float, Place]] = []
    for latin, sound in readings:
        if _letters(latin) < _SHORTEST_NEAR:
            continue
        for name in gaz.phonetic.get(sound, ()):
            similarity = DamerauLevenshtein.normalized_similarity(latin.strip(), name.strip())
            if similarity < CLOSE_SPELLING:
                continue
            close += [
                (similarity, p)
                for h in gaz.names[name]
                if (p := gaz.places[h.key]).country_code in countries and _known(p, WEAK_POPULATION)
            ]
    if not close:
        return None
    return max(close, key=lambda sp: (sp[0], sp[1].population))[1]


def _letters(latin: str) -> int:
    """How many letters a reading has."""
    return len(latin) - latin.count(" ")


def _known(place: Place, population: int) -> bool:
    """Whether a place is one a spelling the gazetteer lacks may name: a city of `population`
    or more, or one of the project's own places."""
    return place.population >= population or place.key.startswith("cfg:")


@functools.lru_cache(maxsize=READINGS_KEPT)
def _readings(written: str) -> tuple[tuple[str, str], ...]:
    """`written` in Latin letters (`normalize.name_key`), with and without a case ending on its
    last word, "х" read "kh" and "h", each with its sound (`normalize.phonetic_keys`)."""
    last = _LAST_WORD.search(written)
    word = last.group() if last else written
    stems = [written] + [
        written[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= _SHORTEST
    ]
    if word.endswith("е") and len(word) > _SHORTEST:  # "в Бахре": Bahri's "-и" read as an ending
        stems.append(f"{written[:-1]}и")
    readings: list[str] = []
    for key, _ in name_forms([stem.lower().translate(CYRILLIC_IN_LATIN) for stem in stems]):
        for reading in (key, key.replace("kh", "h")):
            if reading and reading not in readings:
                readings.append(reading)
    return tuple(zip(readings, phonetic_keys(readings), strict=True)) if readings else ()
