"""A short name two countries share ("Congo", "Korea") is a place: the country the text's
other places point to, else the one news most often means by it."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _countries(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Written name -> country code of each country found."""
    return {
        m.as_written: m.place.country_code
        for m in find_places(gaz, text)
        if m.place.kind == "country"
    }


def test_eastern_congo_is_the_democratic_republic(gaz: Gazetteer) -> None:
    text = "Fighting in eastern Congo has forced thousands from their homes this week."
    assert _countries(gaz, text) == {"Congo": "CD"}


def test_congo_beside_brazzaville_is_the_republic(gaz: Gazetteer) -> None:
    text = "Police in Congo detained three opposition activists in Brazzaville on Friday."
    assert _countries(gaz, text) == {"Congo": "CG"}


def test_congo_beside_a_kivu_province_is_the_democratic_republic(gaz: Gazetteer) -> None:
    text = "Rebels advanced through Congo's North Kivu province towards the lakeside city."
    assert _countries(gaz, text) == {"Congo": "CD"}


def test_the_congo_river_is_no_country(gaz: Gazetteer) -> None:
    text = "Barges on the Congo River carried maize downstream after the rains."
    assert _countries(gaz, text) == {}


def test_korea_alone_is_the_south_and_beside_pyongyang_the_north(gaz: Gazetteer) -> None:
    assert _countries(gaz, "Korea's car exports rose five percent in May.") == {"Korea": "KR"}
    beside = "Pyongyang said Korea would answer the drills with its own tests."
    assert _countries(gaz, beside) == {"Korea": "KP"}
