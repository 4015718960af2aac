"""Whether a body sentence opens on a scene apart from the one the headline and lead tell:
"In the Zaporizhzhia region, shelling killed two people" in a report of a strike on a depot
near Donetsk tells another event, whose figures and place are not the article's."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.records import Place, PlaceMention
from bot.understand.places.distance import distance_km

_OPENING_WORDS = 4
"""Words a place frame's place may stand after its preposition ("In the northern X region,")."""
SAME_SCENE_KM = 25.0
"""Places this close are one scene: a city and its districts, whatever their parents say."""


def _related(place: Place, other: Place, ancestors: Callable[[str], Sequence[str]]) -> bool:
    """Whether one place is the other, lies inside it or within `SAME_SCENE_KM` of it."""
    if place.key == other.key or other.key in ancestors(place.key):
        return True
    if place.key in ancestors(other.key):
        return True
    if place.lat is None or place.lon is None or other.lat is None or other.lon is None:
        return False
    return distance_km(place.lat, place.lon, other.lat, other.lon) <= SAME_SCENE_KM


def opens_elsewhere(
    sentence: str,
    start: int,
    places: list[PlaceMention],
    told: list[Place],
    openers: tuple[str, ...],
    ancestors: Callable[[str], Sequence[str]] | None,
) -> bool:
    """Whether `sentence` (at `start` in the text `places` were found in) opens with a place
    frame (`openers`, "in ...,") whose place is none of the places `told` by the headline and
    lead, holds none of them and lies in none of them."""
    if ancestors is None or not told:
        return False
    words = sentence.split()
    if not words or words[0].lower() not in openers or "," not in sentence:
        return False
    frame_end = start + sentence.index(",")
    limit = start + len(" ".join(words[: _OPENING_WORDS + 1]))
    framed = [
        m.place
        for m in places
        for first, _, _ in m.spans
        if start < first < min(frame_end, limit + 1)
    ]
    return bool(framed) and not any(
        _related(place, other, ancestors) for place in framed for other in told
    )
