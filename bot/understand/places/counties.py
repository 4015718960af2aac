"""Counties named in a list before "counties": "Walton and Oconee counties", "Clarke,
Madison and Oglethorpe counties". Each name is "<name> County" of the gazetteer, the one in
a state the text's places lie in (with none, or none there, the name is left out)."""

from __future__ import annotations

import re

from bot.records import PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.towns import areas_named, load_towns

_NAME = r"[A-Z][\w'’]+(?: [A-Z][\w'’]+)?"
_LIST = re.compile(rf"((?:{_NAME}(?:, and |, | and ))+{_NAME}) counties\b")
_SEPARATOR = re.compile(r", and |, | and ")


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
        for name in _SEPARATOR.split(match.group(1)):
            start = text.index(name, at)
            at = end = start + len(name)
            if any(s < end and start < e for s, e in taken):
                continue
            place = next(
                (
                    p
                    for p in gaz.lookup(f"{name} County")
                    if p.kind == "admin2" and areas.intersection(gaz.ancestor_keys(p.key))
                ),
                None,
            )
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
