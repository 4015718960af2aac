"""A name is the city whose own name it is, not a city of comparable size that GeoNames gives
it only as another name ("Cancun" is not Changchun); a far larger city keeps a former name
("Calcutta")."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _countries(gaz: Gazetteer, text: str) -> dict[str, str]:
    return {m.as_written: m.place.country_code for m in find_places(gaz, text)}


def test_a_citys_own_name_beats_a_comparable_citys_other_name(gaz: Gazetteer) -> None:
    assert _countries(gaz, "Her parents finally took a trip to Cancun last winter.") == {
        "Cancun": "MX"
    }
    assert _countries(gaz, "Negotiators met again in Islamabad on Monday.") == {"Islamabad": "PK"}


def test_a_far_larger_city_keeps_its_former_name(gaz: Gazetteer) -> None:
    assert _countries(gaz, "Street vendors in Calcutta were trained.") == {"Calcutta": "IN"}
