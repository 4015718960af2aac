"""A small town the text places with its state ("KENT, Conn.", "New Miami, Ohio") is that
town, not a far, larger namesake read as its name or inside it; a place of that state, or
one the text places elsewhere, keeps its reading."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer

CONNECTICUT = "gn:4831725"
OHIO = "gn:5165418"
KENTUCKY = "gn:6254925"
FLORIDA = "gn:4155751"


def _keys(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Each form the text writes -> the key of the place it names."""
    return {written: m.place.key for m in find_places(gaz, text) for _, _, written in m.spans}


def test_a_small_town_before_its_state_is_not_a_larger_namesake(gaz: Gazetteer) -> None:
    keys = _keys(gaz, "KENT, Conn. — The school board in Kent met on Monday to cut the budget.")
    assert CONNECTICUT in gaz.admin1_keys(keys["KENT"])
    assert keys["Kent"] == keys["KENT"]


def test_a_town_holding_a_city_name_before_its_state_is_that_town(gaz: Gazetteer) -> None:
    keys = _keys(
        gaz,
        "The mayor of New Miami, Ohio, said the village council met. New Miami residents "
        "were angry. Police in Highland Heights, Kentucky, arrested a man.",
    )
    assert OHIO in gaz.admin1_keys(keys["New Miami"])
    assert KENTUCKY in gaz.admin1_keys(keys["Highland Heights"])
    assert "Miami" not in keys and "Highland" not in keys


def test_the_namesake_named_alone_elsewhere_keeps_its_place(gaz: Gazetteer) -> None:
    keys = _keys(
        gaz,
        "The mayor of New Miami, Ohio, flew to Miami, Florida, for the conference on Monday.",
    )
    assert OHIO in gaz.admin1_keys(keys["New Miami"])
    assert FLORIDA in gaz.admin1_keys(keys["Miami"])
