"""Raions the gazetteer does not list, named by their adjective and "район" right before
their oblast ("Любашівського району Одеської області", "в Каменском районе Херсонской
области"; `with_unlisted_raions`).

GeoNames holds Ukraine's raions as they are since 2020, and the news of the years before
names the raions that reform merged away. A raion's words no place was found in, followed by
a first-level area, are a place the gazetteer does not list (`unlisted.PREFIX`) inside that
area, named as written and keyed by its adjective's stem (as `city_districts` keys a city's
district) so that its case forms are one place.
"""

from __future__ import annotations

from bot.records import Place, PlaceMention
from bot.understand.places.city_districts import DISTRICT, add_district

_AREA_KINDS = frozenset(["admin1"])
"""Kinds of the place named right after a raion's words that hold it."""


def with_unlisted_raions(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the raions no place was found in that the text names right before their
    first-level area (see the module docstring), in the order of first mentions."""
    if "район" not in text:
        return named  # a quick test: most texts name no raion
    found: dict[str, PlaceMention] = {}
    for match in DISTRICT.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for m in named for s, e, _ in m.spans):
            continue  # a place the gazetteer lists, or a city's district
        area = _area_after(text, end, named)
        if area is None:
            continue
        add_district(found, match, area)
    if not found:
        return named
    return sorted([*named, *found.values()], key=lambda m: m.start)


def _area_after(text: str, end: int, named: list[PlaceMention]) -> Place | None:
    """The first-level area named right after a raion's words ending at `end`, if one is."""
    if text[end : end + 1] != " ":
        return None
    for mention in named:
        if mention.place.kind in _AREA_KINDS and any(s == end + 1 for s, _, _ in mention.spans):
            return mention.place
    return None
