"""Whether a body sentence opens on a scene apart from the one the headline and lead tell:
"In the Zaporizhzhia region, shelling killed two people" in a report of a strike on a depot
near Donetsk tells another event, whose figures and place are not the article's."""

from __future__ import annotations

import re
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


_WHOLES = frozenset({"country", "region", "continent"})
"""Kinds of place that hold scenes far apart: "in Ukraine" places no figure apart."""
_PLACED_WITHIN = 3
"""Words a place may stand after its preposition ("in the Kherson region", "near the town
of X")."""
_OF_THE_TOWN = re.compile(
    r"(?:,\s*)?\s(?:of|in)\s(?:the|this)\s(?:\w+\s)?(?:city|town|village|capital)\b",
    re.IGNORECASE,
)
"""A place said to be in the event's town ("the Kyivskyi district of the city"), whatever
namesake the gazetteer took it for."""
_DESCRIBING = re.compile(r"\s+(?:[\w-]+\s+){1,3}?of\s+(?:the\s+)?", re.IGNORECASE)
"""Words after a name that make it describe the place named after "of" ("the Somali
capital of Mogadishu", "the Ukrainian port city of Odesa"): that place is the one meant."""


def _describes(text: str, last: int, places: list[PlaceMention]) -> bool:
    """Whether the name ending at `last` describes a place finer than a region that `places`
    name right after `_DESCRIBING` words: "Somali" in "the Somali capital of Mogadishu"."""
    found = _DESCRIBING.match(text, last)
    return found is not None and any(
        first == found.end() and m.place.kind not in _WHOLES
        for m in places
        for first, _, _ in m.spans
    )


def placed_elsewhere(
    sentence: str,
    start: int,
    text: str,
    places: list[PlaceMention],
    scene: list[Place],
    openers: tuple[str, ...],
    not_scenes: tuple[str, ...],
    ancestors: Callable[[str], Sequence[str]] | None,
) -> bool:
    """Whether `sentence` (at `start` in `text`, which `places` were found in) places what
    it tells, by a preposition (`openers`: "killed two people in Kherson"), only at places
    apart from every place of the event's `scene`: another scene, whose figures are not the
    event's. A country or a region of several places nothing; neither does a place named
    with no preposition before it ("Kherson's governor said"), one whose preposition
    follows a word of `not_scenes` (where something was said or someone treated: "said in
    New York", "taken to hospital in X"), or one said to be in the town ("the X district of
    the city") or describing a place after it ("the Somali capital of Mogadishu")."""
    if ancestors is None or not scene:
        return False
    end = start + len(sentence)
    placed = []
    for mention in places:
        if mention.place.kind in _WHOLES:
            continue
        for first, last, _ in mention.spans:
            if not start <= first < end or _OF_THE_TOWN.match(text, last):
                continue
            if _describes(text, last, places):
                continue
            before = [w.strip(',.;:"“”') for w in text[start:first].lower().split()]
            reach = range(len(before) - 1, max(len(before) - _PLACED_WITHIN - 2, -1), -1)
            at = next((i for i in reach if before[i] in openers), None)
            if at is not None and not any(w in not_scenes for w in before[max(at - 3, 0) : at]):
                placed.append(mention.place)
    return bool(placed) and not any(
        _related(place, other, ancestors) for place in placed for other in scene
    )
