"""A town the text names in full, then by its first words alone.

Local news names a town in full once ("Avondale Estates", "Fairview Heights") and then often
by its first words ("lots in Avondale", "Fairview teachers"). Read alone, the short name is a
far namesake (Avondale, Arizona; Fairview, Vancouver). It is the town named in full where the
place it was read as is a town or city lying more than NEIGHBOUR_KM from it, smaller than
NAMESAKE_POPULATION (a famous namesake, "Paris" beside "Paris Hill", stays itself), and the
text names no area holding that place but its country ("Avondale, Arizona" stays Arizona's).
Countries and states keep their names ("Kansas" beside "Kansas City", "Mexico" beside
"Mexico City"): only towns and cities are read so, on both sides.
"""

from __future__ import annotations

from bot.records import Place, PlaceMention
from bot.understand.places.clusters import NEIGHBOUR_KM
from bot.understand.places.distance import distance_km
from bot.understand.places.facts import NAMESAKE_POPULATION
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key

TOWN_KINDS = frozenset(["city", "town", "village"])
"""The kinds of place a town named in full and its short name may be read as."""


def with_short_towns(gaz: Gazetteer, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named`, each mention of a town's first words alone (see the module docstring) moved
    to the town the text names in full."""
    towns = sorted((m for m in named if m.place.kind in TOWN_KINDS), key=_longest)
    full = {key: mention for mention in towns for key in _first_words(mention)}
    if not full:
        return named
    moved: dict[str, list[tuple[int, int, str]]] = {}
    kept = []
    for mention in named:
        town = _town_of_short(gaz, mention, full, named)
        if town is None:
            kept.append(mention)
        else:
            moved.setdefault(town.place.key, []).extend(mention.spans)
    if not moved:
        return named
    return sorted(
        (m.with_spans(moved[m.place.key]) if m.place.key in moved else m for m in kept),
        key=lambda m: m.start,
    )


def _longest(mention: PlaceMention) -> int:
    """The length of the mention's longest name: of several towns whose first words a short
    name writes, the longest named is its town ("A B" of "A B C" is moved there too)."""
    return max(len(written) for _, _, written in mention.spans)


def _first_words(mention: PlaceMention) -> set[str]:
    """The folded first words (`name_key`) of the mention's names written with more words,
    each but the last: "Avondale" of "Avondale Estates"."""
    firsts: set[str] = set()
    for _, _, written in mention.spans:
        words = written.split()
        firsts.update(name_key(" ".join(words[:n])) for n in range(1, len(words)))
    return firsts


def _town_of_short(
    gaz: Gazetteer, mention: PlaceMention, full: dict[str, PlaceMention], named: list[PlaceMention]
) -> PlaceMention | None:
    """The town named in full whose first words every span of `mention` writes, where the
    place `mention` was read as is a far, not famous, namesake the text does not place."""
    place = mention.place
    keys = {name_key(written) for _, _, written in mention.spans}
    town = full.get(next(iter(keys))) if len(keys) == 1 else None
    if town is None or town.place.key == place.key or place.kind not in TOWN_KINDS:
        return None
    if place.population >= NAMESAKE_POPULATION or not _far(place, town.place):
        return None
    others = [m.place for m in named if m is not mention and m is not town]
    return None if _placed(gaz, place, others) else town


def _placed(gaz: Gazetteer, place: Place, others: list[Place]) -> bool:
    """Whether one of `others` is, or lies in, an area holding `place` other than its
    country ("Arizona", "Phoenix" for Avondale, Arizona)."""
    holding = set(gaz.enclosing(place.key))
    return any(
        other.key in holding or not holding.isdisjoint(gaz.enclosing(other.key)) for other in others
    )


def _far(place: Place, other: Place) -> bool:
    """Whether the two places lie more than NEIGHBOUR_KM apart (False without a point)."""
    if place.lat is None or place.lon is None or other.lat is None or other.lon is None:
        return False
    return distance_km(place.lat, place.lon, other.lat, other.lon) > NEIGHBOUR_KM
