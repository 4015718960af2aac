"""A town opening a hospital's name is the place the text is about ("taken to Colchester
General Hospital"); a name inside a longer hospital name, or a hospital named after no town, is
none; "Metro" between a city and its authority ("Louisville Metro Council") is the city's
merged government, not a town of that name."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import kinds_and_areas as _found


def test_a_town_opening_a_hospitals_name_is_a_place(gaz: Gazetteer) -> None:
    assert "Colchester" in _found(gaz, "A cyclist was taken to Colchester General Hospital.")
    assert "Colchester" in _found(gaz, "She was treated at Colchester Hospital overnight.")
    assert "Limerick" in _found(gaz, "The twins were born at Limerick Maternity Hospital.")


def test_a_county_opening_a_hospitals_name_is_a_place(gaz: Gazetteer) -> None:
    found = _found(gaz, "The driver was flown to the Douglas County Hospital on Sunday.")
    assert "Douglas County" in found


def test_a_name_inside_a_longer_hospital_name_is_no_place(gaz: Gazetteer) -> None:
    found = _found(gaz, "The infection spread through Stoke Mandeville Hospital last year.")
    assert "Mandeville" not in found


def test_a_hospital_named_after_no_town_adds_no_place(gaz: Gazetteer) -> None:
    assert _found(gaz, "Two nurses at Good Samaritan Hospital were praised.") == {}


def test_metro_between_a_city_and_its_authority_is_no_town(gaz: Gazetteer) -> None:
    found = _found(gaz, "The Louisville Metro Council approved the budget on Monday.")
    assert "Louisville" in found and "Metro" not in found
    assert "Metro" not in _found(gaz, "Nashville Metro Police arrested two men.")


def test_metro_in_a_companys_name_is_no_town(gaz: Gazetteer) -> None:
    assert "Metro" not in _found(gaz, "Crews from Rural Metro Fire freed the driver.")


def test_a_country_naming_a_hospital_abroad_is_not_placed_by_it(gaz: Gazetteer) -> None:
    found = _found(gaz, "The wounded were carried to the Indonesia Hospital in Beit Lahia.")
    assert "Indonesia" not in found
