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

A town's name right before "District" or "Raion" ("the Dzerzhinsky District") after a
first-level area named in its sentence or the one before ("over the Kaluga Region") is a
district of that area (`_with_area_districts`), when the town of that name lies outside it:
raions are named after their centres, and many share a name ("Dzerzhinsky", "Leninsky"), so
the listed town of the name elsewhere (Dzerzhinsky of Moscow Oblast) is the district's
namesake, not the place. The district is a place the gazetteer does not list
(`unlisted.PREFIX`) inside the area, named as written, as `city_districts` makes a city's.
"""

from __future__ import annotations

import re

from bot.records import Place, PlaceMention
from bot.understand.places.city_districts import keep_district
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from bot.understand.places.unlisted import KEY_LENGTH, PREFIX

_KIND_WORD = re.compile(r"\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai)\b")
"""A word for a first-level area right after a name: "Kaluga Region", "Tula oblast"."""
_DISTRICT_WORD = re.compile(r"\s+(?:[Dd]istrict|[Rr]aion|[Rr]ayon)\b")
"""A word for a district right after a town's name: "Dzerzhinsky District"."""
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
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
        areas, rest = [], []
        for start, end, written in mention.spans:
            word = _KIND_WORD.match(text, end)
            if word is None:
                rest.append((start, end, written))
            else:
                areas.append((start, word.end(), text[start : word.end()]))
        area = _named_area(gaz, mention) if areas and mention.place.kind in _CITY_KINDS else None
        if area is None:  # the city's area is looked up only where a kind word follows it
            kept.append(mention)
            continue
        found.setdefault(area, []).extend(areas)
        left = mention.keeping(tuple(rest))
        if left is not None:
            kept.append(left)
    if not found:
        return _with_area_districts(gaz, text, named)
    for mention in list(kept):
        if mention.place.key in found:
            kept.remove(mention)
            found[mention.place.key].extend(mention.spans)
    for key, spans in found.items():
        spans.sort()
        start, end, written = spans[0]
        kept.append(PlaceMention(written, start, end, gaz.places[key], tuple(spans)))
    return _with_area_districts(gaz, text, sorted(kept, key=lambda m: m.start))


def _with_area_districts(
    gaz: Gazetteer, text: str, named: list[PlaceMention]
) -> list[PlaceMention]:
    """`named` with a town's mentions right before a word for a district, after a
    first-level area named in their sentence or the one before and not holding the town,
    read as a district of that area (see the module docstring)."""
    areas = sorted(
        ((end, mention.place) for mention in named if mention.place.kind == _AREA
         for _, end, _ in mention.spans),
        key=lambda area: area[0],
    )  # fmt: skip
    if not areas:
        return named
    districts: dict[str, PlaceMention] = {}
    kept: list[PlaceMention] = []
    for mention in named:
        if mention.place.kind not in _CITY_KINDS:
            kept.append(mention)
            continue
        rest = []
        for start, end, written in mention.spans:
            word = _DISTRICT_WORD.match(text, end)
            area = _area_before(text, start, areas) if word else None
            if (
                word is None
                or area is None
                or area.key in gaz.ancestor_keys(mention.place.key)
                or not _add_district(districts, area, start, word.end(), text)
            ):
                rest.append((start, end, written))
        left = mention.keeping(tuple(rest))
        if left is not None:
            kept.append(left)
    if not districts:
        return named
    return sorted([*kept, *districts.values()], key=lambda m: m.start)


def _area_before(text: str, at: int, areas: list[tuple[int, Place]]) -> Place | None:
    """The first-level area of `areas` (by where each mention ends) named last before `at`,
    in its sentence or the one before."""
    before = [(end, area) for end, area in areas if end <= at]
    if not before:
        return None
    end, area = before[-1]
    return area if len(_SENTENCE_END.findall(text, end, at)) <= 1 else None


def _add_district(
    found: dict[str, PlaceMention], area: Place, start: int, end: int, text: str
) -> bool:
    """Add the district written text[start:end] inside `area` to `found`, by its key (a
    later mention joins the first's spans); False when its key would be too long."""
    written = text[start:end]
    key = f"{PREFIX}{area.key}/{name_key(written).strip().replace(' ', '-')}"
    if len(key) > KEY_LENGTH:
        return False
    keep_district(found, key, area, area, start, end, written)
    return True


def _named_area(gaz: Gazetteer, mention: PlaceMention) -> str | None:
    """The key of the first-level area containing the mention's city and named after it."""
    city = name_key(mention.place.name)
    stem = city[: min(_STEM, max(len(city) - 1, 1))]
    for key in gaz.ancestor_keys(mention.place.key):
        area = gaz.get(key)
        if area is not None and area.kind == _AREA and name_key(area.name).startswith(stem):
            return area.key
    return None
