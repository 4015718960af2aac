"""Where an event happened, as an event line says it: the place, then the town or area that
places it within its country, then the country ("Hajin, Deir ez-Zor, Syria"), so that a
reader can find it at a glance and tell namesakes apart ("Novoselivka, Donetsk, Ukraine",
"Novoselivka, Poltava, Ukraine"). At most one place between the place and its country:

- a town: its first-level area (else the nearest area of its country that holds it: "Gaza
  Strip"), named without its area word ("Deir ez-Zor", not "Deir ez-Zor Governorate"), and
  none when the area goes by the town's name ("Deir ez-Zor, Syria", "Kyiv, Ukraine");
- a village the gazetteer does not list: the place the text put it in or near ("Al-Bahra,
  near Hajin, Syria"; "Al-Bahra, Deir ez-Zor, Syria" when the text gave only the province);
- a district, camp or base of a town: its town ("Shujaiya, Gaza, Palestinian Territory");
- an area: just its name and country ("Deir ez-Zor Governorate, Syria"); a country, a region
  of several countries or a sea: just its name.

A country whose GeoNames name is long and formal goes by the short name English reporting
uses (config/country_names.yaml: "Khan Yunis, Gaza Strip, Palestine", "Goma, North Kivu, DR
Congo"); the gazetteer, JSON and CSV keep GeoNames' name.

Nothing the line already says is said twice ("Shevchenkivskyi District (Kharkiv), Ukraine").
A place the gazetteer no longer knows keeps its bare name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from typing import Protocol

import yaml

from bot.folders import REPO_CONFIG_DIR
from bot.records import Place, Story
from bot.understand import Gazetteer
from bot.understand.places.facts import UNLISTED
from bot.understand.places.normalize import name_key

TOWN_KINDS = frozenset(["city", "town", "village", "locality"])
"""Kinds of place that are towns: what a district, a camp or a village is placed by."""

WHOLE_KINDS = frozenset(["country", "sea"])
"""Kinds of place named alone."""

AREA_KINDS = frozenset(["admin1", "admin2", "region"])
"""Kinds of area a town lies in; an area itself is named with its country only."""

WIDE_KINDS = frozenset(["admin1", "region"])
"""Kinds of area named with their country only (a second-level area takes its first-level
one: "Pokrovski raion, Donetsk, Ukraine")."""

NEAR_KINDS = frozenset(["village", "town"])
"""Kinds of unlisted place that the text puts near the town it names, not in it."""

AREA_WORDS = frozenset(
    [
        "governorate",
        "province",
        "state",
        "oblast",
        "oblast'",
        "region",
        "department",
        "prefecture",
        "district",
        "division",
        "raion",
        "rayon",
        "territory",
        "county",
    ]
)
"""Words for a kind of area that end an area's name and that a line naming the area after a
town leaves out ("Hajin, Deir ez-Zor" for Deir ez-Zor Governorate)."""


COUNTRY_NAMES = REPO_CONFIG_DIR / "country_names.yaml"
"""The short names of countries GeoNames names long, by ISO code."""


@cache
def short_country_names() -> Mapping[str, str]:
    """config/country_names.yaml: a line's name for a country, by its ISO code ("PS" ->
    "Palestine")."""
    with COUNTRY_NAMES.open(encoding="utf-8") as file:
        return {str(code): str(name) for code, name in yaml.safe_load(file).items()}


def country_name(code: str, name: str) -> str:
    """The name a line gives the country of ISO `code` that GeoNames calls `name`."""
    return short_country_names().get(code, name)


class Named(Protocol):
    """A place as a line names it: a gazetteer place, or a place stored with an article."""

    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...


def place_line(gazetteer: Gazetteer, place: Named) -> str:
    """Where `place` is, as an event line names it (see the module's note)."""
    listed = gazetteer.get(place.key)
    if place.kind == "country" and listed is not None:
        return country_name(listed.country_code, place.name)
    if place.kind in WHOLE_KINDS or place.key in gazetteer.regions:
        return place.name
    found = [gazetteer.get(key) for key in gazetteer.ancestor_keys(place.key)]
    chain = [p for p in found if p is not None and p.key not in gazetteer.regions]
    country = next(((p.name, p.country_code) for p in chain if p.kind == "country"), None)
    if country is None and listed is not None and listed.country:
        country = (listed.country, listed.country_code)
    parts = [place.name]
    middle = _middle(gazetteer, place, [p for p in chain if p.kind != "country"])
    if middle and not _said(middle.removeprefix("near "), parts):
        parts.append(middle)
    if country and not _said(country[0], parts):
        parts.append(country_name(country[1], country[0]))
    return ", ".join(parts)


def _said(name: str, parts: list[str]) -> bool:
    """Whether the line's `parts` already name `name` ("Shevchenkivskyi District (Kharkiv)"
    says Kharkiv)."""
    return name_key(name) in name_key(" ".join(parts))


def _middle(gazetteer: Gazetteer, place: Named, inside: list[Place]) -> str | None:
    """What places `place` within its country: its town or its area (None: nothing, or an
    area going by the town's name)."""
    if place.key.startswith(UNLISTED):
        parent = inside[0] if inside else None
        if parent is None:
            return None
        if parent.kind in TOWN_KINDS:
            return f"near {parent.name}" if place.kind in NEAR_KINDS else parent.name
        return area_name(gazetteer, parent.name)
    if place.kind in WIDE_KINDS:
        return None
    if place.kind not in TOWN_KINDS:
        town = next((p for p in inside if p.kind in TOWN_KINDS), None)
        if town is not None:
            return town.name
    areas = [p for p in inside if p.kind in AREA_KINDS and p.kind != place.kind]
    area = next((p for p in areas if p.kind == "admin1"), areas[0] if areas else None)
    if area is None or _goes_by(gazetteer, area, place):
        return None
    return area_name(gazetteer, area.name)


def area_name(gazetteer: Gazetteer, name: str) -> str:
    """An area's name without the word for its kind at its end ("Deir ez-Zor Governorate"
    -> "Deir ez-Zor"), unless the rest names a country or a sea ("Red Sea State")."""
    words = name.split()
    if len(words) < 2 or words[-1].casefold() not in AREA_WORDS:
        return name
    rest = " ".join(words[:-1])
    for hit in gazetteer.names.get(name_key(rest), ()):
        other = gazetteer.get(hit.key)
        if other is not None and other.kind in WHOLE_KINDS:
            return name
    return rest


def _goes_by(gazetteer: Gazetteer, area: Named, place: Named) -> bool:
    """Whether `area` goes by `place`'s name: the province named after its capital
    ("Deir ez-Zor" Governorate, "Kyiv"), in any of the place's spellings ("Dimashq")."""
    if gazetteer.capital_of.get(place.key) == area.key:
        return True
    short = name_key(area_name(gazetteer, area.name))
    if short == name_key(place.name):
        return True
    return any(hit.key == place.key for hit in gazetteer.names.get(short, ()))


def event_place_lines(gazetteer: Gazetteer, stories: Iterable[Story]) -> dict[str, str]:
    """`place_line` of the event place of each article of the stories, by the place's key:
    what the front ends' event lines name a story's place with (its lead's, or the report
    with its highest toll's)."""
    lines: dict[str, str] = {}
    for story in stories:
        for article in story.articles:
            place = article.event.place if article.event is not None else None
            if place is not None and place.key not in lines:
                lines[place.key] = place_line(gazetteer, place)
    return lines
