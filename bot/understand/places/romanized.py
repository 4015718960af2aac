"""Admin areas and large towns of Arabic-speaking countries, Iran and Afghanistan named in
another romanization than the gazetteer's (`with_romanized`).

English news spells a name of Arabic or Persian origin its own way: Egypt's governorates
"Menoufia", "Daqahliya" and "Beni Suef" are GeoNames' "Al Minufiyah"/"Monufia",
"Ad Daqahliyah"/"Dakahlia" and "Bani Suwayf". `romanized_key` folds the alternations such
spellings differ by into one key: the article ("al-", "el-", "ad-", "ash-", written apart or
joined by a hyphen) dropped, "q" read "k", a final "h" after a vowel dropped ("-iyah"), every
run of vowels (with "w" and "y": "ou", "oo", "iya", "ei", "ay", "-e"/"-a") one mark, double
letters single ("Beni"/"Bani", "Menoufia"/"Minufiyah" alike). The build (`romanized_index`)
keys the names of those countries' first- and second-level areas and of their towns of
`TOWN_POPULATION` or more, and keeps a key only where it names exactly one such place and no
common English word or first name of the config. A capitalised name in a text that no place
was read in is then one dict probe; it is taken only
- written with three consonants or more in its key (`_SHORTEST`), capitalised word by word,
  with no capitalised word before or after it (a person's name comes in pairs);
- nowhere written in lower case in the text (a common word opening a sentence);
- where the text puts something in a place: after a preposition of place or "from" ("in
  Menoufia", "a woman from Daqahliya"), after a word for a place and "of" ("the town of
  Baqouba"), before a word for an area ("Beni Suef governorate"), or after a place and a
  comma in a list ("Sennar, and Blue Nile"; "Israel and Hamas" is no list of places);
- in a country of the places the text already names.
English stop words (sumy's: "There" opening a sentence) key no place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from bot.records import Place, PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from bot.understand.places.words import PLACE_PREPOSITIONS

COUNTRIES = frozenset(
    ["SY", "IQ", "YE", "SD", "LY", "EG", "SA", "JO", "LB", "PS", "DZ", "MA", "TN", "MR", "KW",
     "BH", "QA", "AE", "OM", "IR", "AF"]
)  # fmt: skip
"""Countries whose place names are Arabic or Persian and romanized many ways."""
TOWN_POPULATION = 100_000
"""Towns of at least this many people are keyed (a smaller one's variant is too often some
other word's spelling)."""
_SHORTEST = 3
"""Consonants a key holds, at least ("Suef" alone is too short to be sure of)."""

_ARTICLE = re.compile(r" (?:al|el|ad|ed|as|es|ash|esh|az|ez|at|et|ath|ar|er|an|en) ")
_FINAL_H = re.compile(r"(?<=[aeiouwy])h(?= )")
_VOWELS = re.compile(r"[aeiouwy]+")
_DOUBLE = re.compile(r"([^\W\d_*])\1+")
_CONSONANT = re.compile(r"[^\W\d_*]")
_NAME = re.compile(
    r"(?<![\w\-’'])[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?"
    r"(?:[ \-](?:(?:[ae][lsdzrnt]h?)[ \-])?[A-Z][a-z]+(?:['’](?!s\b)[a-z]+)?){0,2}"
    r"(?![\w\-])"
)
"""A run of one to three capitalised words, with a lower-case article between ("Kafr
el-Sheikh")."""
_CAPITALISED_BEFORE = re.compile(
    r"(?:[A-Z][\w’']*(?<!['’]s)|(?<![\w.])[A-Z][a-z]{1,3}\.|(?:[A-Z]\.)+)[ \-]$"
)
"""A capitalised word right before a name (not a possessive, "Egypt's Menoufia"), or a
title's abbreviation ("Dr.", "Gen.") or initials ("U.S.")."""
_CAPITALISED_AFTER = re.compile(r"[ \-][A-Z]")
_AREA_WORDS = (" governorate ", " province ", " region ", " district ", " state ")
_AREA_AFTER = re.compile(rf" (?i:{'|'.join(w.strip() for w in _AREA_WORDS)})\b")
_CUE_BEFORE = PLACE_PREPOSITIONS | {"from"}
_PLACE_OF = re.compile(
    r"\b(?:town|city|province|governorate|district|region|state|village)s? of $", re.IGNORECASE
)
_LIST_BEFORE = re.compile(r",(?: and| or)? $")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def romanized_key(folded: str) -> str:
    """The key a folded name (`normalize.name_key`) shares with its other romanizations
    (see the module docstring): " al minufiyah " and " menoufia " -> "m*n*f*"."""
    padded = f" {folded.strip()} "
    for word in _AREA_WORDS:
        if padded.endswith(word) and len(padded) > len(word):
            padded = padded[: -len(word) + 1]
    padded = _ARTICLE.sub(" ", _ARTICLE.sub(" ", padded))
    padded = _FINAL_H.sub("", padded.replace("q", "k").replace("'", ""))
    return _DOUBLE.sub(r"\1", _VOWELS.sub("*", padded.strip()))


_text_key = functools.lru_cache(maxsize=8192)(romanized_key)
"""`romanized_key` of the names a text writes, the last 8,192 remembered."""


def romanized_index(
    places: Iterable[tuple[Place, Iterable[str]]],
    parents: Mapping[str, Sequence[str]],
    common: Iterable[str],
) -> dict[str, tuple[str, ...]]:
    """Key -> the place key for `places` (each with its folded names), keeping the keys that
    name exactly one place, hold `_SHORTEST` consonants and are no key of a `common` folded
    word. A key of a town and of the area it lies in and is named after (Egypt's Bani Suwayf
    and its governorate) keeps both, the town first: a text's area word chooses."""
    found: dict[str, set[str]] = {}
    for place, names in places:
        for folded in names:
            if folded.isascii():
                found.setdefault(romanized_key(folded), set()).add(place.key)
    taken = {romanized_key(word) for word in common}
    index: dict[str, tuple[str, ...]] = {}
    for key, owners in sorted(found.items()):
        if key in taken or len(_CONSONANT.findall(key)) < _SHORTEST:
            continue
        if len(owners) == 1:
            index[key] = tuple(owners)
        elif len(owners) == 2:
            one, other = sorted(owners)
            if other in parents.get(one, ()):
                index[key] = (one, other)
            elif one in parents.get(other, ()):
                index[key] = (other, one)
    return index


def keyed(place: Place) -> bool:
    """Whether the build keys `place`'s names (see `TOWN_POPULATION`)."""
    if place.country_code not in COUNTRIES:
        return False
    return place.kind in ("admin1", "admin2") or (
        place.kind == "city" and place.population >= TOWN_POPULATION
    )


def with_romanized(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the areas and large towns of the text's countries that it names in a
    romanization the gazetteer lacks (see the module docstring), in mention order."""
    countries = {m.place.country_code for m in named} & COUNTRIES
    if not countries or not gaz.romanized:
        return named
    taken = [(s, e) for m in named for s, e, _ in m.spans]
    ends = {e for _, e in taken}
    keys = {m.place.key for m in named}
    lower = text.lower()
    added: dict[str, PlaceMention] = {}
    for match in _NAME.finditer(text):
        start, end = match.span()
        written = match.group()
        folded = name_key(written)
        owners = gaz.romanized.get(_text_key(folded), ())
        if not owners or folded in gaz.names:
            continue  # no such romanization, or a name the tagger read and did not take there
        if any(s < end and start < e for s, e in taken) or not _alone(text, start, end):
            continue
        if not _cued(folded, text, start, end, ends) or _written_lower(text, lower, written):
            continue
        key = owners[-1] if _area_word(folded, text, end) else owners[0]
        if key in keys:
            continue
        place = gaz.places[key]
        if place.country_code not in countries:
            continue
        mention = (start, end, written)
        ends.add(end)
        first = added.get(key)
        if first is None:
            added[key] = PlaceMention(written, start, end, place, (mention,))
        else:
            added[key] = replace(first, mentions=(*first.mentions, mention))
    if not added:
        return named
    return sorted([*named, *added.values()], key=lambda m: m.start)


def _area_word(folded: str, text: str, end: int) -> bool:
    """Whether the name ends with or is followed by a word for an area ("Governorate")."""
    return folded.endswith(_AREA_WORDS) or _AREA_AFTER.match(text, end) is not None


def _cued(folded: str, text: str, start: int, end: int, ends: set[int]) -> bool:
    """Whether the text puts something in a place named `folded` at `start` (see the module
    docstring; `ends`: where the names of places end)."""
    before = text[max(0, start - 40) : start]
    if _area_word(folded, text, end) or _PLACE_OF.search(before):
        return True
    listed = _LIST_BEFORE.search(before)
    if listed:
        return start - len(listed.group()) in ends
    word = _WORD_BEFORE.search(before)
    return word is not None and word.group(1).lower() in _CUE_BEFORE


def _alone(text: str, start: int, end: int) -> bool:
    """Whether no capitalised word is written right before or after the name."""
    before = text[max(0, start - 30) : start]
    return not _CAPITALISED_BEFORE.search(before) and not _CAPITALISED_AFTER.match(text, end)


def _written_lower(text: str, lower: str, written: str) -> bool:
    """Whether the text writes the name's first word in lower case somewhere."""
    word = written.split()[0].split("-")[0].lower()
    at = lower.find(word)
    while at >= 0:
        if text[at] == word[0] and (at == 0 or not text[at - 1].isalpha()):
            return True
        at = lower.find(word, at + 1)
    return False
