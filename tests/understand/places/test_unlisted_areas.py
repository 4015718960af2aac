"""Areas no package lists (British historic and ceremonial counties, Pakistan's former tribal
agencies, the Soviet Union as Russia), US and Canadian postal codes after a town, "the suburb
of X", and a town whose name opens a longer unlisted name ("X Municipal District area")."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _found(gaz: Gazetteer, text: str) -> dict[str, tuple[str, str]]:
    """Written name -> the key and country of the place found there."""
    return {m.as_written: (m.place.key, m.place.country_code) for m in find_places(gaz, text)}


def _spans(gaz: Gazetteer, text: str, key: str) -> list[str]:
    """Every mention (as written) of the place `key` in `text`."""
    return [w for m in find_places(gaz, text) if m.place.key == key for _, _, w in m.spans]


def test_a_historic_english_county_is_a_place_of_britain(gaz: Gazetteer) -> None:
    found = _found(gaz, "The race moves to Croft in Yorkshire, then to Northamptonshire.")
    assert found["Yorkshire"] == ("cfg:yorkshire", "GB")
    assert found["Northamptonshire"] == ("cfg:northamptonshire", "GB")


def test_a_former_tribal_agency_of_pakistan_is_a_place_there(gaz: Gazetteer) -> None:
    found = _found(gaz, "Troops opened a road through South Waziristan Agency, in Pakistan.")
    assert found["South Waziristan Agency"] == ("cfg:south-waziristan", "PK")
    found = _found(gaz, "Voters in FATA went to the polls; the fata of the region was unclear.")
    assert list(found) == ["FATA"]


def test_the_soviet_union_is_russia(gaz: Gazetteer) -> None:
    assert _found(gaz, "The weapon was developed by the Soviet Union.")["Soviet Union"] == (
        "cc:RU",
        "RU",
    )


def test_a_postal_code_after_a_town_names_its_state_or_province(gaz: Gazetteer) -> None:
    found = _found(gaz, "PORTLAND, OR (AP) — A bridge was closed in Austin, TX on Monday.")
    assert found["OR"] == _found(gaz, "Rain fell across Oregon.")["Oregon"]
    assert found["TX"] == _found(gaz, "Rain fell across Texas.")["Texas"]
    found = _found(gaz, "The mill near Castlegar, BC will close, its owner said.")
    assert found["BC"] == _found(gaz, "Fires burn in British Columbia.")["British Columbia"]
    assert found["Castlegar"][1] == "CA"


def test_a_postal_code_after_a_county_names_its_state(gaz: Gazetteer) -> None:
    found = _found(gaz, "HORRY COUNTY, SC - A fire destroyed two homes overnight.")
    assert found["SC"] == _found(gaz, "Storms hit South Carolina.")["South Carolina"]


def test_a_code_that_is_a_word_or_a_degree_names_no_state(gaz: Gazetteer) -> None:
    assert "MD" not in _found(gaz, "Jane Doe, MD said the ward in Baltimore was full.")
    assert "OK" not in _found(gaz, "Fine, OK then, the mayor of Austin said.")
    assert "IN" not in _found(gaz, "DALLAS, IN TEXAS, SAW RAIN ON MONDAY.")


def test_a_postal_code_adds_a_mention_to_a_state_the_text_names(gaz: Gazetteer) -> None:
    text = "Texas officials met in Austin, TX on Monday."
    texas = _found(gaz, text)["Texas"][0]
    assert _spans(gaz, text, texas) == ["Texas", "TX"]


def test_the_suburb_of_x_is_a_place_in_the_city(gaz: Gazetteer) -> None:
    text = "Boys train in Cairo's gated suburb of Zahrana. Beyond Zahrana, the club has a branch."
    found = _found(gaz, text)
    assert found["Zahrana"][0].startswith("unlisted:")
    assert found["Zahrana"][1] == "EG"
    assert _spans(gaz, text, found["Zahrana"][0]) == ["Zahrana", "Zahrana"]


def test_a_town_keeps_its_mentions_beside_a_longer_name_holding_it(gaz: Gazetteer) -> None:
    text = (
        "Gardaí in Tipperary said families in Cahir were rehoused. There are 28 contracts in "
        "Cahir Municipal District area. Most applicants live in Cahir."
    )
    found = _found(gaz, text)
    assert "Cahir Municipal District" in found
    assert _spans(gaz, text, found["Cahir"][0]) == ["Cahir", "Cahir"]
