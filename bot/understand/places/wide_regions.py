"""A first-level area named like a region above countries is that area only in a text placing
it in its country (issue 18).

GeoNames has Burkina Faso's Sahel region, and French writes the wider Sahel the same way ("la
région du Sahel", "the Sahel region"): a report on attacks "dans la région du Sahel, du Mali au
Niger" is about the belt, not the Burkinabè area. Where the text names no other place of the
area's country, the mention is the wider region (config regions), or dropped where the text
names that region already.

A first-level area named by a bearing alone in French ("Nord", "Est", "Centre-Nord":
Burkina Faso's, Cameroon's, Haiti's regions) is the same in a report about another country
("se sont exfiltrés vers le Nord", the north of Niger): without its country placing it, it is
no place the text names, and is dropped.

Naming the country in a list of others ("le Mali, le Niger, le Burkina Faso") does not place
the area there: its country must hold another of the text's places than itself, or be the
country most of the text's places lie in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.records import PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key

_BEARING = re.compile(r"^(?:Extrême-)?(?:Nord|Sud|Est|Ouest|Centre)(?:-(?:Nord|Sud|Est|Ouest))?$")
"""A first-level area's French name that is a bearing alone: "Nord", "Centre-Est"."""
_WIDE = "region"
"""The kind of a region above countries (config/regions.yaml and config places: "Sahel")."""


def with_wide_regions(gaz: Gazetteer, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` with each first-level area named like a wider region, in a text naming no
    other place of its country, read as that region (see the module docstring)."""
    keys = {m.place.key for m in named}
    kept: list[PlaceMention] = []
    for mention in named:
        wide = _wide_namesake(gaz, mention)
        bearing = mention.place.kind == "admin1" and _BEARING.match(mention.place.name)
        if (wide is None and not bearing) or _placed_in_country(named, mention):
            kept.append(mention)
        elif wide is None:
            continue
        elif wide not in keys:
            kept.append(replace(mention, place=gaz.places[wide]))
            keys.add(wide)
    return kept


def _wide_namesake(gaz: Gazetteer, mention: PlaceMention) -> str | None:
    """The key of the region above countries whose own name is a first-level area's own name
    ("Sahel"; not Kashmir, which "Jammu and Kashmir" only names as an alias)."""
    if mention.place.kind != "admin1":
        return None
    own = name_key(mention.place.name)
    for hit in gaz.names.get(own, ()):
        place = gaz.places[hit.key]
        if place.kind == _WIDE and not place.country_code and name_key(place.name) == own:
            return place.key
    return None


def _placed_in_country(named: list[PlaceMention], mention: PlaceMention) -> bool:
    """Whether another of the text's places below a country lies in the area's country, or
    that country is the one most of the text's other places lie in."""
    country = mention.place.country_code
    others = [m for m in named if m is not mention and m.place.country_code]
    if any(m.place.country_code == country and m.place.kind != "country" for m in others):
        return True
    counts = Counter(m.place.country_code for m in others).most_common()
    return (
        bool(counts)
        and counts[0][0] == country
        and (len(counts) == 1 or counts[1][1] < counts[0][1])
    )
