"""What place a user means by a query, whatever the spelling: exact names first, then
transliterations, sound-alikes and close spellings as suggestions."""

from __future__ import annotations

import math
from dataclasses import dataclass

from bot.records import Place
from bot.understand.places.facts import rank
from bot.understand.places.gazetteer import Gazetteer, return_freed_memory
from bot.understand.places.normalize import name_key, phonetic_keys, transliterate


@dataclass(frozen=True)
class QueryResolution:
    """What place a user's query means."""

    best: Place | None
    alternatives: list[Place]
    """Other places going by the same name, best first (the other Tripoli, the governorate)."""
    suggestions: list[Place]
    """Closest names when nothing matches exactly (typos), best first."""
    exact: bool


SUGGESTION_CUTOFF = 75.0
"""Similarity (0-100, Damerau-Levenshtein) below which a name is not suggested."""


CLEAR_LEAD = 4.0
"""A typo's best suggestion becomes `best` when it leads the next place by this much."""


SOUND_BONUS = 6.0
"""Added to a name's similarity when it sounds the same (`normalize.phonetic_keys`)."""


def resolve_query(gaz: Gazetteer, query: str) -> QueryResolution:
    """Resolve a `whatsnew` query: exact name (any spelling), else the closest names.

    A name in another script (Hindi, Greek, ...) is also tried transliterated. Close names
    are scored by spelling similarity (transpositions count once: "Dier"), plus a bonus when
    they sound the same ("Thiban" for Dhiban), plus a little for the focus countries.
    """
    found = _ranked(gaz, gaz.lookup(query))
    if found:
        return QueryResolution(found[0], found[1:], [], True)
    folded = name_key(query).strip()
    if not folded:
        return QueryResolution(None, [], [], False)
    latin = folded if folded.isascii() else name_key(transliterate(query)).strip()
    found = _ranked(gaz, gaz.lookup(latin)) if latin != folded else []
    if found:
        return QueryResolution(found[0], [], found, False)
    scored: dict[str, tuple[float, Place]] = {}
    for name, score in _close_names(gaz, latin):
        for hit in gaz.names[f" {name} "]:
            place = gaz.places[hit.key]
            weight = score + (3.0 if place.country_code in gaz.focus else 0.0)
            weight -= 3.0 if hit.key in gaz.small else 0.0
            if weight > scored.get(place.key, (-1.0, place))[0]:
                scored[place.key] = (weight, place)
    ranked = sorted(scored.values(), key=lambda sp: (sp[0], *rank(sp[1])), reverse=True)
    suggestions = [place for _, place in ranked[:5]]
    if not ranked:
        return QueryResolution(None, [], [], False)
    top = ranked[0][1]
    related = {top.key, *gaz.ancestors(top.key)}
    rivals = [
        w for w, p in ranked[1:] if p.key not in related and top.key not in gaz.ancestors(p.key)
    ]
    clear = not rivals or ranked[0][0] - rivals[0] >= CLEAR_LEAD
    return QueryResolution(top if clear else None, [], suggestions, False)


def _ranked(gaz: Gazetteer, places: list[Place]) -> list[Place]:
    """Exact matches: countries and named regions first, then the focus countries' places."""
    return sorted(places, key=lambda p: (rank(p)[0], p.country_code in gaz.focus, *rank(p)[1:]),
                  reverse=True)  # fmt: skip


def _close_names(gaz: Gazetteer, latin: str) -> list[tuple[str, float]]:
    """Names close to the query with their similarity (0-100, plus SOUND_BONUS); rapidfuzz is
    imported here, so a query a name answers (`newsbot whatsnew Kharkiv`) never loads it."""
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein

    sound = phonetic_keys([latin])[0]
    alike = {name.strip() for name in gaz.phonetic.get(sound, ())}
    # a name whose length differs by more than the cutoff allows cannot reach it
    least = SUGGESTION_CUTOFF / 100
    lengths = (math.floor(len(latin) * least), math.ceil(len(latin) / least))
    found = {
        name: score * 100 + (SOUND_BONUS if name in alike else 0.0)
        for name, score, _ in process.extract(
            latin,
            gaz.names_between(*lengths),
            scorer=DamerauLevenshtein.normalized_similarity,
            limit=25,
            score_cutoff=SUGGESTION_CUTOFF / 100,
        )
    }
    for name in alike - set(found):
        found[name] = DamerauLevenshtein.normalized_similarity(latin, name) * 100 + SOUND_BONUS
    return_freed_memory()  # the fuzzy pass copied every name; 1 ms against a 100 ms pass
    return [(n, s) for n, s in found.items() if s >= SUGGESTION_CUTOFF]
