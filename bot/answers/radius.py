"""Radius watches: "within 30 km of Goma" or "within 50 km of 36.2,37.1".

A watch is a subscription of kind "near" whose target is its centre and radius
("36.2000,37.1000,30"). It matches an article whose event happened within the radius: the
event place's point, whatever name the article used for it; for an article without an event
place, the points of the town-level places it names. Countries, first-level areas and regions
above countries never match: their points are too rough to measure from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from math import atan2, cos, degrees, radians, sin

from bot.records import Place, StoredArticle, Story, Target
from bot.understand import Gazetteer, distance_km, resolve_query

MIN_KM, MAX_KM = 1.0, 500.0
FORMS = "`within 30 km of Goma` or `within 50 km of 36.2,37.1`"
ROUGH = {"country": "a country", "admin1": "a first-level area", "region": "a region"}
"""Kinds of place whose point is too rough for a radius, as a sentence names them."""

_RADIUS = re.compile(
    r"^within\s+(?P<number>[\d.]+)\s*(?P<unit>[^\W\d_]+)?\s+(?:of|from|around)\s+(?P<around>\S.*)$",
    re.IGNORECASE,
)
_KM = {"km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"}
_POINT = re.compile(r"^(?P<lat>[+-]?\d+(?:\.\d+)?)\s*,\s*(?P<lon>[+-]?\d+(?:\.\d+)?)$")


@dataclass(frozen=True)
class Radius:
    """`within N km of X`, parsed: the radius, and the place named or the point given."""

    km: float
    around: str
    point: tuple[float, float] | None = None


@dataclass(frozen=True)
class RadiusResolution:
    """What a radius watch is around: its target, or the places a misspelt name may mean."""

    radius: Radius
    target: Target | None
    suggestions: list[Place]


def parse_radius(query: str) -> Radius | None:
    """ "within 30 km of Goma" -> Radius(30, "Goma"); None for text not starting with
    "within"; raises ValueError saying how for a radius it cannot read."""
    text = " ".join(query.split())
    if text.split(" ", 1)[0].lower() != "within":
        return None
    found = _RADIUS.match(text)
    if found is None:
        raise ValueError(f"write a radius as {FORMS}")
    unit = (found["unit"] or "").lower()
    if unit not in _KM:
        raise ValueError(f"give the radius in km, e.g. {FORMS}")
    try:
        km = float(found["number"])
    except ValueError:
        raise ValueError(f"`{found['number']}` is no distance: write e.g. {FORMS}") from None
    _check_km(km)
    around = found["around"].strip()
    point = _POINT.match(around)
    if point is None:
        return Radius(km, around)
    lat, lon = float(point["lat"]), float(point["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(
            f"`{around}` is no point: latitude runs from -90 to 90, longitude from -180 to 180"
        )
    return Radius(km, around, (lat, lon))


def _check_km(km: float) -> None:
    """Raises ValueError saying the range when `km` is out of it."""
    if not MIN_KM <= km <= MAX_KM:
        raise ValueError(f"a radius runs from {MIN_KM:g} to {MAX_KM:g} km (not {km:g} km)")


def watch_key(lat: float, lon: float, km: float) -> str:
    """A watch as stored: "36.2000,37.1000,30"."""
    return f"{lat:.4f},{lon:.4f},{km:g}"


def read_watch(key: str) -> tuple[float, float, float]:
    """ "36.2000,37.1000,30" -> (36.2, 37.1, 30.0)."""
    lat, lon, km = (float(part) for part in key.split(","))
    return lat, lon, km


def pinpoint(place: Place) -> bool:
    """Whether a radius can be measured from the place: it has a point that is no country's
    or first-level area's rough one."""
    return place.lat is not None and place.lon is not None and place.kind not in ROUGH


def around_place(place: Place, km: float) -> Target:
    """The watch of radius `km` around `place`; raises ValueError saying why a place cannot
    be the centre of one."""
    _check_km(km)
    if place.kind in ROUGH:
        raise ValueError(
            f"{place.label} is {ROUGH[place.kind]}, too large to measure a radius from: name a "
            "town in it or give a point, e.g. `within 30 km of 36.2,37.1`"
        )
    if place.lat is None or place.lon is None:
        raise ValueError(
            f"I have no coordinates for {place.label}: give a point instead, e.g. "
            "`within 30 km of 36.2,37.1`"
        )
    return Target("near", watch_key(place.lat, place.lon, km), f"within {km:g} km of {place.label}")


def resolve_radius(gazetteer: Gazetteer, radius: Radius) -> RadiusResolution:
    """The watch a parsed radius means: around its point, or around the place named (any
    spelling the place queries accept; the first place of that name with a point). A
    misspelt name gets the closest places with a point as suggestions; raises ValueError
    when no place fits."""
    if radius.point is not None:
        lat, lon = radius.point
        label = f"within {radius.km:g} km of {lat:g},{lon:g}"
        return RadiusResolution(radius, Target("near", watch_key(lat, lon, radius.km), label), [])
    found = resolve_query(gazetteer, radius.around)
    if found.best is not None and found.exact:
        named = [found.best, *found.alternatives]
        place = next((p for p in named if pinpoint(p)), found.best)
        return RadiusResolution(radius, around_place(place, radius.km), [])
    suggestions = [p for p in found.suggestions if pinpoint(p)]
    if not suggestions:
        raise ValueError(
            f"No place is called “{radius.around}”: check the spelling, or give a point, e.g. "
            "`within 30 km of 36.2,37.1`"
        )
    return RadiusResolution(radius, None, suggestions)


def event_places(gazetteer: Gazetteer, article: StoredArticle) -> list[tuple[Place, bool]]:
    """Where an article's event happened, as places with a point, each with whether that
    point is only its area's (a village the gazetteer lacks, placed in its district): its
    event place, else (no event place) the town-level places it names; none for a rough
    place."""
    event = article.event.place if article.event is not None else None
    named = [event] if event is not None else list(article.places)
    found = []
    for stored in named:
        place = located(gazetteer, stored.key)
        if place is None or place.lat is None or place.lon is None or place.kind in ROUGH:
            continue
        found.append((place, place.approximate or place.key != stored.key))
    return found


def event_points(gazetteer: Gazetteer, article: StoredArticle) -> list[tuple[float, float]]:
    """Where an article's event happened: its event place's point, else (no event place) the
    points of the town-level places it names; none for a rough place."""
    return [
        (p.lat, p.lon)
        for p, _ in event_places(gazetteer, article)
        if p.lat is not None and p.lon is not None
    ]


def located(gazetteer: Gazetteer, key: str) -> Place | None:
    """The place `key` names when it has a point (what radius watches measure from, and the
    coordinates exports give a stored place); else the nearest place containing it that
    has one: a village the gazetteer does not list (`understand.places.unlisted`) is where
    the text put it, a hand-kept place without coordinates (a district, a camp) is in its
    city."""
    place = gazetteer.get(key)
    if place is not None and place.lat is not None:
        return place
    around = (gazetteer.get(k) for k in gazetteer.ancestors(key))
    return next((p for p in around if p is not None and p.lat is not None), place)


def within(key: str, points: Iterable[tuple[float, float]]) -> bool:
    """Whether any of the points lies within the watch `key`."""
    lat, lon, km = read_watch(key)
    return any(distance_km(lat, lon, plat, plon) <= km for plat, plon in points)


def incidents(
    gazetteer: Gazetteer, key: str, articles: Iterable[StoredArticle]
) -> list[StoredArticle]:
    """The articles with an event (what happened, how many were hurt) within the watch `key`."""
    return [a for a in articles if a.event is not None and within(key, event_points(gazetteer, a))]


COMPASS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")


def compass(lat1: float, lon1: float, lat2: float, lon2: float) -> str:
    """Which way the second point lies from the first, on an 8-point compass ("NE"): the
    initial great-circle bearing, each point covering 45 degrees around its direction."""
    phi1, phi2, dlon = radians(lat1), radians(lat2), radians(lon2 - lon1)
    x = sin(dlon) * cos(phi2)
    y = cos(phi1) * sin(phi2) - sin(phi1) * cos(phi2) * cos(dlon)
    bearing = (degrees(atan2(x, y)) + 360) % 360
    return COMPASS[round(bearing / 45) % 8]


@dataclass(frozen=True)
class Distance:
    """How far from a watch point, and which way, an event happened: "12 km NE"."""

    km: float
    bearing: str
    """One of COMPASS; "" when the event is at the watch point itself (under 1 km)."""
    centre: str
    """The watch point as its watch names it: "Izaz, Syria", "36.2,37.1"."""
    approximate: bool = False
    """Measured to a stand-in point: the area's around a village no gazetteer lists, or a
    district's (the mean of its places)."""

    @property
    def short(self) -> str:
        """ "12 km NE", "under 1 km", "12 km NE (approx.)"."""
        far = "under 1 km" if self.km < 1 else f"{self.km:.0f} km {self.bearing}".rstrip()
        return f"{far} (approx.)" if self.approximate else far

    @property
    def label(self) -> str:
        """ "12 km NE of Izaz, Syria"; "under 1 km from Izaz, Syria (approx.)"."""
        far = "under 1 km" if self.km < 1 else f"{self.km:.0f} km {self.bearing}".rstrip()
        about = " (approx.)" if self.approximate else ""
        return f"{far} {'from' if self.km < 1 else 'of'} {self.centre}{about}"


def centre_of(label: str) -> str:
    """The watch point a watch's label names: "within 30 km of Goma, ..." -> "Goma, ..."."""
    head, sep, centre = label.partition(" km of ")
    return centre if sep and head.startswith("within ") else label


def distance_from(
    gazetteer: Gazetteer, key: str, article: StoredArticle, centre: str = ""
) -> Distance | None:
    """How far from the watch `key`'s point the article's event happened (its nearest event
    point) and which way; None when no event point of it lies within the watch."""
    lat, lon, km = read_watch(key)
    measured = [
        (distance_km(lat, lon, p.lat, p.lon), approximate, compass(lat, lon, p.lat, p.lon))
        for p, approximate in event_places(gazetteer, article)
        if p.lat is not None and p.lon is not None
    ]
    inside = [m for m in measured if m[0] <= km]
    if not inside:
        return None
    far, approximate, bearing = min(inside)
    return Distance(far, bearing if far >= 1 else "", centre, approximate)


def nearest(distances: Iterable[Distance | None]) -> Distance | None:
    """The shortest of these distances (None when there is none)."""
    return min((d for d in distances if d is not None), key=lambda d: d.km, default=None)


@dataclass(frozen=True)
class Incident:
    """A story with an event within a watch: how far from its point, and which way."""

    story: Story
    distance: Distance

    @property
    def first_reported(self) -> datetime:
        """When the first of its outlets reported it (its lead's time when none is known)."""
        times = [s.published_at for s in self.story.sources]
        return min(times, default=self.story.lead.published_at)


def story_incidents(
    gazetteer: Gazetteer,
    key: str,
    stories: Sequence[Story],
    centre: str = "",
    by: str = "time",
) -> list[Incident]:
    """Stories whose listed articles' events lie within the watch `key`, one incident each,
    measured at its nearest event point, the article that gave it leading the story (so the
    event type and place shown are those measured); newest first reported first, or
    (`by="distance"`) nearest first."""
    found = []
    for story in stories:
        measured = [
            (distance, n)
            for n, article in enumerate(story.articles)
            if (distance := distance_from(gazetteer, key, article, centre)) is not None
        ]
        if not measured:
            continue
        distance, at = min(measured, key=lambda m: (m[0].km, m[1]))
        articles = (story.articles[at], *story.articles[:at], *story.articles[at + 1 :])
        found.append(Incident(replace(story, articles=articles), distance))
    if by == "distance":
        return sorted(found, key=lambda i: (i.distance.km, -i.first_reported.timestamp()))
    return sorted(found, key=lambda i: i.first_reported, reverse=True)
