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
