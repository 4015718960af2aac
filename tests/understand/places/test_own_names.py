"""A name is the city whose own name it is, not a city of comparable size that GeoNames gives
it only as another name ("Cancun" is not Changchun); a far larger city keeps a former name
("Calcutta"); another spelling of a city's own name ("Odessa") stays its reading."""

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


def test_another_spelling_of_a_citys_own_name_stays_a_reading(gaz: Gazetteer) -> None:
    """Odesa's older spelling "Odessa" is also a city of its own in Texas: the text's
    places decide."""
    assert _countries(gaz, "Russian drones struck Odessa overnight, officials said.") == {
        "Odessa": "UA"
    }
    texas = "Police in Odessa, Texas, arrested the suspect near Midland."
    assert _countries(gaz, texas)["Odessa"] == "US"
