"""Towns of the towns list, which the gazetteer leaves out, read where the text's other names
lie: a local paper's towns beside each other place a city of several namesakes in their
state, and are chosen there themselves. A town of the list named after a famous place is not
chosen by its neighbours (the list holds a small Moscow or Cairo beside a small Washington in
several states), and a name that was no place stays none."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import kinds_and_areas as _found

NEW_HAMPSHIRE = "gn:5090174"
MOSCOW_AREA = "gn:524894"
DISTRICT_OF_COLUMBIA = "gn:4138106"


def test_towns_of_the_list_place_a_city_beside_them(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "Firefighters from Alton and Gilford were called to the lake on Sunday, and the "
        "injured boater was flown to a hospital in Concord.",
    )
    assert found["Concord"] == ("city", NEW_HAMPSHIRE)
    assert found["Alton"] == ("town", NEW_HAMPSHIRE)
    assert found["Gilford"] == ("town", NEW_HAMPSHIRE)


def test_a_town_of_the_list_supports_a_city_it_lies_beside(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "After the Alton school board met on Tuesday, its chairman drove to Concord to "
        "speak before a committee of the legislature.",
    )
    assert found["Concord"] == ("city", NEW_HAMPSHIRE)
    assert "Alton" not in found


def test_a_famous_place_is_not_a_small_town_of_the_list(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "Envoys who flew from Moscow to Washington on Friday will stop in Petersburg and "
        "Cairo on their way home.",
    )
    assert found["Moscow"] == ("city", MOSCOW_AREA)
    assert found["Washington"] == ("city", DISTRICT_OF_COLUMBIA)
