"""A first-level area named by its capital's name and a word for its kind: "Kaluga Region",
"the Tula oblast" (`with_named_areas`).

Russia's and Ukraine's oblasts, and many provinces elsewhere, are named after the city that
is their capital, and English writes them so: the city's name and "Region", "Oblast",
"Province". GeoNames lists some of these areas only under a transliterated native name
("Kaluzhskaya oblast'"), so the text's "Kaluga Region" is found as the city Kaluga. A city
mentioned right before such a word is the first-level area containing it whose own name
opens with the city's stem (`_STEM` letters of it, or all but its last): the area named after
the city, not an area of another name the city lies in. The mention then takes the kind word
in, as written ("Kaluga Region"), and the city's other mentions stay the city.
"""

from __future__ import annotations

import re

from bot.records import PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key

_KIND_WORD = re.compile(r"\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai)\b")
"""A word for a first-level area right after a name: "Kaluga Region", "Tula oblast"."""
_CITY_KINDS = frozenset({"city", "town"})
_AREA = "admin1"
_STEM = 4
"""Letters of the city's name the area's name must open with (all but the last for a
shorter name: "Tula", "Tul'skaya")."""


def with_named_areas(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` with every city mentioned right before a word for a first-level area read as
    the area named after it (see the module docstring)."""
    found: dict[str, list[tuple[int, int, str]]] = {}
    kept: list[PlaceMention] = []
    for mention in named:
        area = _named_area(gaz, mention) if mention.place.kind in _CITY_KINDS else None
        if area is None:
            kept.append(mention)
            continue
        areas, rest = [], []
        for start, end, written in mention.spans:
            word = _KIND_WORD.match(text, end)
            if word is None:
                rest.append((start, end, written))
            else:
                areas.append((start, word.end(), text[start : word.end()]))
        if not areas:
            kept.append(mention)
            continue
        found.setdefault(area, []).extend(areas)
        left = mention.keeping(tuple(rest))
        if left is not None:
            kept.append(left)
    if not found:
        return named
    for mention in list(kept):
        if mention.place.key in found:
            kept.remove(mention)
            found[mention.place.key].extend(mention.spans)
    for key, spans in found.items():
        spans.sort()
        start, end, written = spans[0]
        kept.append(PlaceMention(written, start, end, gaz.places[key], tuple(spans)))
    return sorted(kept, key=lambda m: m.start)


def _named_area(gaz: Gazetteer, mention: PlaceMention) -> str | None:
    """The key of the first-level area containing the mention's city and named after it."""
    city = name_key(mention.place.name)
    stem = city[: min(_STEM, max(len(city) - 1, 1))]
    for key in gaz.ancestor_keys(mention.place.key):
        area = gaz.get(key)
        if area is not None and area.kind == _AREA and name_key(area.name).startswith(stem):
            return area.key
    return None
