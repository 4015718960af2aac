"""The first-level areas of the Russian or Ukrainian front directions a text names ("на
Покровском направлении", "на Покровському напрямку": Donetsk Oblast), which settle the
villages of each front line that namesakes elsewhere share (`front_areas`, `area_before`).

A direction is named by an adjective made from its town's name (`centres.centre_names`
reads it back); its villages lie around that town, and a report listing them seldom names
their oblast. Of the towns the adjective may name, the largest gives the direction its
name. A report going through several directions names each before its villages.
"""

from __future__ import annotations

import bisect
import re

from bot.understand.places.centres import centre_names
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key

_COUNTRIES = frozenset(["UA", "RU"])
_TOWN_KINDS = frozenset(["city", "town"])
_DIRECTION = re.compile(
    r"(?<![\w\-])(?P<adjective>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+?)"
    r"(?:ому|ого|ом|ім|ой|ий|ый|ій|ое|е)"
    r" (?:направлени[еяюи]|направлением|напрям(?:ок|ку|ком|і|у))(?![\w\-])"
)
"""A direction's adjective in any case and "направление"/"напрямок" in any case."""


def front_areas(gaz: Gazetteer, text: str) -> list[tuple[int, str]]:
    """Where each front direction the text names ends and the key of the first-level area
    of its town, for the directions whose town the gazetteer lists in Russia or Ukraine."""
    if "направлени" not in text and "напрям" not in text:
        return []  # a quick test: most texts name no direction
    found = []
    for match in _DIRECTION.finditer(text):
        stem = name_key(match.group("adjective")).strip()
        towns = [
            place
            for name in centre_names(stem)
            for place in gaz.lookup(name)
            if place.kind in _TOWN_KINDS and place.country_code in _COUNTRIES
        ]
        if towns:
            town = max(towns, key=lambda place: place.population)
            areas = gaz.admin1_keys(town.key)
            if areas:
                found.append((match.end(), areas[0]))
    return found


def area_before(fronts: list[tuple[int, str]], at: int) -> str | None:
    """The area of the last of `fronts` (`front_areas`) named before position `at`, if any."""
    index = bisect.bisect_left(fronts, (at, "")) - 1
    return fronts[index][1] if index >= 0 else None
