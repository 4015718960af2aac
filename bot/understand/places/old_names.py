"""A Ukrainian name that one town bears as its own and others as an old name of theirs
(`without_old_names`): "Софіївка" is a Sofiivka, not Lazurne or Vilniansk, which GeoNames
also lists under it."""

from __future__ import annotations

import re

from anyascii import anyascii

from bot.records import Place
from bot.understand.places.facts import NAMESAKE_POPULATION
from bot.understand.places.normalize import name_key

_ALIKE = 0.8
"""A town's name this alike to the name transliterated (normalised Damerau-Levenshtein
similarity of their `_skeleton`s) is the name itself."""

_UKRAINIAN_LETTERS = frozenset("іїєґ")
"""Letters of Ukrainian's alphabet that Russian's lacks: a name written with one is
Ukrainian."""


def without_old_names(name: str, places: list[Place]) -> list[Place]:
    """`places` but, for a name written in Ukrainian, the GeoNames towns of a country that bear
    it only as another name of theirs (an old name: "Софіївка" of Lazurne, "Новоолександрівка"
    of Velyka Oleksandrivka) where a town of that country bears it as its own (its name
    transliterated alike, `_ALIKE`): a village's current name is no other village's old one.
    A large city (NAMESAKE_POPULATION or more) keeps its other names, and so does a town that
    GeoNames names in a Russian transliteration (`_RUSSIAN_SPELLED`: "Zheleznodorozhnoye" for
    Zaliznychne, in Crimea), whose other names are its own in Ukrainian."""
    if not _UKRAINIAN_LETTERS.intersection(name):
        return places
    # imported here: a place question in another script (a terminal `whatsnew`) never loads it
    from rapidfuzz.distance import DamerauLevenshtein

    latin = _skeleton(anyascii(name))

    def own(place: Place) -> bool:
        spelled = _skeleton(name_key(place.name))
        return DamerauLevenshtein.normalized_similarity(latin, spelled) >= _ALIKE

    countries = {p.country_code for p in places if p.kind == "city" and own(p)}
    if not countries:
        return places
    return [
        p
        for p in places
        if p.kind != "city"
        or not p.key.startswith("gn:")
        or p.country_code not in countries
        or p.population >= NAMESAKE_POPULATION
        or own(p)
        or _RUSSIAN_SPELLED.search(p.name) is not None
    ]


_RUSSIAN_SPELLED = re.compile(r"(?:oye|aya|yy|iy|ye|ovka|evka|ino|ovo|evo)$")
"""Endings of a Russian name transliterated ("Rovnoye", "Belaya", "Konstantinovka",
"Zarechye"), which a Ukrainian one's lacks ("Rivne", "Bila", "Kostiantynivka", "Zarichchia")."""


def _skeleton(latin: str) -> str:
    """A transliterated Ukrainian name with the letters transliterations write differently made
    one ("Hvardiyske", "gvardiiske": "hvardiske")."""
    folded = latin.strip().lower().replace("g", "h").replace("y", "i").replace("'", "")
    return re.sub(r"i+", "i", folded)
