"""What the place tests read from a text's places."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def kinds_and_areas(gaz: Gazetteer, text: str) -> dict[str, tuple[str, str]]:
    """Written name -> (kind, first-level area or own key) of each place found."""
    found = {}
    for mention in find_places(gaz, text):
        areas = gaz.admin1_keys(mention.place.key)
        found[mention.as_written] = (mention.place.kind, areas[0] if areas else mention.place.key)
    return found


def found(gaz: Gazetteer, text: str, language: str | None = None) -> dict[str, str]:
    """Place key -> the words naming it first, the text's language given as ingest gives it."""
    return {m.place.key: m.as_written for m in find_places(gaz, text, language=language)}


def keys_by_written(gaz: Gazetteer, text: str, language: str) -> dict[str, str]:
    """Each form the text writes -> the key of the place it names."""
    return {
        written: m.place.key
        for m in find_places(gaz, text, language=language)
        for _, _, written in m.spans
    }


def areas_found(gaz: Gazetteer, text: str, language: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(key, name, first-level areas) of each place found."""
    return [
        (m.place.key, m.place.name, gaz.admin1_keys(m.place.key))
        for m in find_places(gaz, text, language=language)
    ]


def names_in_area(gaz: Gazetteer, text: str, language: str, area: str) -> set[str]:
    """Names of the places found that lie in the first-level area `area`."""
    return {name for _, name, areas in areas_found(gaz, text, language) if area in areas}


def named_by_stem(names: set[str], stem: str) -> bool:
    """Whether a unit named by an adjective of `stem`, in whatever case, is among `names`."""
    return any(name.startswith(stem) for name in names)
