"""Unlisted places: lists closed by "villages", settlements, local government areas."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.unlisted import PREFIX


def _found(gaz: Gazetteer, text: str) -> dict[str, str]:
    return {m.as_written: m.place.key for m in find_places(gaz, text)}


def test_each_name_of_a_list_closed_by_villages_is_a_village(gaz: Gazetteer) -> None:
    text = "Shells hit Korvani, Elumbal and Tirappu villages in Jaffna district overnight."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    for name in ("Korvani", "Elumbal", "Tirappu"):
        assert found[name].kind == "village"
        assert gaz.ancestors(found[name].key)[0] == found["Jaffna district"].key


def test_peoples_and_faiths_closing_a_list_of_villages_are_no_villages(gaz: Gazetteer) -> None:
    found = _found(gaz, "Militias shelled Druze and Christian villages near Sweida.")
    assert list(found) == ["Sweida"]


def test_a_local_government_area_is_a_district_of_its_state(gaz: Gazetteer) -> None:
    text = "Bandits raided Tudun Wada village in Giwanka local government area of Kaduna State."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Giwanka"].kind == "admin2"
    assert gaz.ancestors(found["Giwanka"].key)[0] == found["Kaduna State"].key


def test_a_district_named_by_its_word_places_a_name_a_preposition_places(
    gaz: Gazetteer,
) -> None:
    text = "In Sri Lanka, jets bombed homes in Koddaivil in the Kovilkulam district."
    found = _found(gaz, text)
    assert gaz.ancestors(found["Koddaivil"])[0] == found["Kovilkulam"]


def test_a_settlement_named_after_its_word_is_a_village(gaz: Gazetteer) -> None:
    text = "Settlers from the nearby settlement of Givat Harel attacked farmers near Nablus."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Givat Harel"].kind == "village"
    assert gaz.ancestors(found["Givat Harel"].key)[0] == found["Nablus"].key


@pytest.mark.parametrize(
    "text",
    [
        "The settlement of Harlan's claims took years in Texas.",
        "A judge approved the settlement of Brandt Mills claims in Ohio.",
    ],
)
def test_a_settlement_of_claims_is_no_place(gaz: Gazetteer, text: str) -> None:
    assert all(not m.place.key.startswith(PREFIX) for m in find_places(gaz, text))


@pytest.mark.parametrize(
    "text",
    [
        "Bombs hit a hardware store in Kharkiv, the governor of Kharkiv Oblast wrote in Telegram.",
        "Shells fell on a market in Kherson Oblast, officials said in Facebook posts.",
    ],
)
def test_a_messaging_service_after_a_preposition_is_no_town(gaz: Gazetteer, text: str) -> None:
    found = _found(gaz, text)
    assert "Telegram" not in found and "Facebook" not in found
    assert found


def test_each_name_after_towns_such_as_is_a_town_of_the_area_named(gaz: Gazetteer) -> None:
    text = "Floodwater cut off outback Queensland towns such as Yarrabin, Koorilla, and Bendoo."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    for name in ("Yarrabin", "Koorilla", "Bendoo"):
        assert found[name].kind == "town"
        assert gaz.ancestors(found[name].key)[0] == found["Queensland"].key


def test_each_name_after_villages_including_is_a_village(gaz: Gazetteer) -> None:
    text = "Raiders burned villages including Tunga Kurmi and Dalli in Katsina State on Friday."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Tunga Kurmi"].kind == found["Dalli"].kind == "village"
    assert gaz.ancestors(found["Dalli"].key)[0] == found["Katsina State"].key


def test_each_name_of_a_list_closed_by_local_government_areas_is_a_district(
    gaz: Gazetteer,
) -> None:
    text = "Gunmen struck Tafowa, Gurmida and Ushafa local government areas of Niger State."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    for name in ("Tafowa", "Gurmida", "Ushafa"):
        assert found[name].kind == "admin2"
        assert gaz.ancestors(found[name].key)[0] == found["Niger State"].key


def test_each_name_of_a_list_closed_by_areas_or_suburbs_lies_in_the_town_named(
    gaz: Gazetteer,
) -> None:
    text = "Police in Telford said cars were broken into in the Hollinfield and Marshend areas."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    for name in ("Hollinfield", "Marshend"):
        assert gaz.ancestors(found[name].key)[0] == found["Telford"].key
    text = "Power was cut in the Wandabri and Kellyton suburbs of Brisbane after the storm."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Kellyton"].kind == "neighbourhood"
    assert gaz.ancestors(found["Wandabri"].key)[0] == found["Brisbane"].key


@pytest.mark.parametrize(
    "text",
    [
        "Car bombs hit Sunni and Shiite areas of Baghdad on Sunday.",
        "Turnout rose in Democratic and Republican areas of Ohio alike.",
        "Police patrolled Black and Hispanic neighborhoods of Chicago.",
        "Shelling hit Kurdish and Arab areas near Kirkuk.",
        "Shops closed in Christian and Muslim suburbs of Beirut.",
    ],
)
def test_peoples_faiths_and_parties_closing_a_list_of_areas_are_no_places(
    gaz: Gazetteer, text: str
) -> None:
    assert not any(key.startswith(PREFIX) for key in _found(gaz, text).values())


def test_a_street_named_by_a_colour_stays_a_street(gaz: Gazetteer) -> None:
    text = "Firefighters were called to a house on White Street in Wichita, Kansas."
    assert any(key.endswith("/white-street") for key in _found(gaz, text).values())
