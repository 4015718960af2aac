"""Counties named in a list before "counties": "Walton and Oconee counties", "Clarke,
Madison and Oglethorpe counties". Each name is "<name> County" of the gazetteer, the one in
a state the text's places lie in; where no name of the list has a county there, the one in
the state holding most of the list's counties, when at least two and more than any other
state (a list names neighbours: "Clarke, Oconee and Oglethorpe counties" are Georgia's
whatever else the text names). A name with no such county is left out."""

from __future__ import annotations

import re
from collections import Counter

from bot.records import Place, PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.towns import areas_named, load_towns

_NAME = r"[A-Z][\w'’]+(?: [A-Z][\w'’]+)?"
_SEPARATOR_WORDS = r", and |, or |, | and | or "
_LIST = re.compile(rf"((?:{_NAME}(?:{_SEPARATOR_WORDS}))+{_NAME}) counties\b")
_SEPARATOR = re.compile(_SEPARATOR_WORDS)
_SHARED_STATE = 2
"""How many of a list's names must be counties of one state for the list to be read there."""


def with_counties(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the counties listed before "counties" (see the module docstring)."""
    if " counties" not in text:
        return named
    towns = load_towns()
    if towns is None:
        return named
    areas = {area.key for area, _ in areas_named(gaz, towns, named).values()}
    taken = [(s, e) for m in named for s, e, _ in m.mentions or ((m.start, m.end, ""),)]
    added: dict[str, PlaceMention] = {}
    for match in _LIST.finditer(text):
        at = match.start(1)
        listed = []
        for name in _SEPARATOR.split(match.group(1)):
            start = text.index(name, at)
            at = end = start + len(name)
            if not any(s < end and start < e for s, e in taken):
                listed.append((name, start, end, _counties(gaz, name)))
        within = _list_areas(gaz, areas, [counties for *_, counties in listed])
        for name, start, end, counties in listed:
            place = next((p for p in counties if within.intersection(gaz.admin1_keys(p.key))), None)
            if place is None:
                continue
            span = (start, end, name)
            if place.key in added:
                old = added[place.key]
                added[place.key] = PlaceMention(
                    old.as_written, old.start, old.end, place, (*old.mentions, span)
                )
            else:
                added[place.key] = PlaceMention(name, start, end, place, (span,))
    if not added:
        return named
    return sorted([*named, *added.values()], key=lambda m: m.start)


def _counties(gaz: Gazetteer, name: str) -> list[Place]:
    """The gazetteer's counties called "<name> County", best first."""
    return [p for p in gaz.lookup(f"{name} County") if p.kind == "admin2"]


def _list_areas(gaz: Gazetteer, areas: set[str], listed: list[list[Place]]) -> set[str]:
    """The first-level areas a list's counties are read in: the text's `areas` where a name
    has a county there, else the one state holding most of the names' counties (at least
    `_SHARED_STATE`, more than any other), else none."""
    states = [{k for p in counties for k in gaz.admin1_keys(p.key)} for counties in listed]
    if any(areas.intersection(keys) for keys in states):
        return areas
    ranked = [*Counter(k for keys in states for k in keys).most_common(2), ("", 0)]
    (best, most), (_, second) = ranked[0], ranked[1]
    return {best} if most >= _SHARED_STATE and most > second else set()
