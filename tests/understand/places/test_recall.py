"""Places that news about towns names in ways the tagger used to miss: a name the text once
puts after a capitalised word ("South Arlington", "Generation Charleston") is still the town
where the text writes it as a place; streets are places inside their town."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer

ARLINGTON_TEXAS = "gn:4671240"
CHARLESTON_WEST_VIRGINIA = "gn:4801859"


def test_a_part_of_town_is_no_given_name(gaz: Gazetteer) -> None:
    text = (
        "Two people were hurt in a crash in South Arlington on Monday. "
        "Arlington police closed the road for three hours."
    )
    [mention] = find_places(gaz, text)
    assert mention.place.key == ARLINGTON_TEXAS
    assert [written for _, _, written in mention.mentions] == ["Arlington", "Arlington"]


def test_a_town_written_as_a_place_stays_one_beside_an_organisation_named_after_it(
    gaz: Gazetteer,
) -> None:
    text = (
        "CHARLESTON, W.Va. -- Volunteers will clean up the river banks in Charleston on "
        "Saturday, said Mary Ellis of Generation Charleston."
    )
    found = {m.place.key: m for m in find_places(gaz, text)}
    town = found[CHARLESTON_WEST_VIRGINIA]
    assert [written for _, _, written in town.mentions] == ["CHARLESTON", "Charleston"]
    assert town.place.lat is not None and 38 < town.place.lat < 39


def test_a_surname_in_a_text_that_never_places_it_stays_a_person(gaz: Gazetteer) -> None:
    text = "Producer Andrew Trapani said the film took a year. Trapani said he was pleased."
    assert find_places(gaz, text) == []


def test_a_given_name_starting_a_sentence_makes_the_name_after_it_a_person(
    gaz: Gazetteer,
) -> None:
    text = (
        "Deputies were called to a house in rural North Carolina on Friday. Margaret Wilson, "
        "58, was charged with assault. Officers said Wilson had been drinking."
    )
    assert [m.as_written for m in find_places(gaz, text)] == ["North Carolina"]


def test_a_town_named_like_a_given_name_before_a_surname_is_a_person(gaz: Gazetteer) -> None:
    text = (
        "A jury in Dayton, Ohio, heard the case on Tuesday. Gary Fairfield told the court he "
        "was at home. Fairfield was released on bail."
    )
    assert {m.as_written for m in find_places(gaz, text)} == {"Dayton", "Ohio"}


def test_a_surname_after_a_middle_initial_is_a_person_through_the_text(gaz: Gazetteer) -> None:
    text = (
        "An inquest in North Las Vegas ruled that the shooting of Tyrise M. Bell on Jan. 23 "
        "was lawful. An officer shot Bell after a foot chase, and Bell died at the scene."
    )
    assert [m.as_written for m in find_places(gaz, text)] == ["North Las Vegas"]


def test_a_place_after_a_name_with_a_middle_initial_stays_a_place(gaz: Gazetteer) -> None:
    text = "A plaque for John F. Kennedy was unveiled in Dallas. Kennedy visited the city in 1963."
    assert [m.as_written for m in find_places(gaz, text)] == ["Dallas"]


@pytest.mark.parametrize("first", ["In", "Around", "Flooding"])
def test_a_word_starting_a_sentence_before_a_town_is_no_given_name(
    gaz: Gazetteer, first: str
) -> None:
    text = f"{first} Wilson, North Carolina, the river rose overnight. Wilson schools closed."
    written = [w for m in find_places(gaz, text) for _, _, w in m.mentions]
    assert written.count("Wilson") == 2


def test_a_street_is_a_place_in_its_town_and_a_street_named_after_a_city_is_no_city(
    gaz: Gazetteer,
) -> None:
    text = (
        "Police in Wichita Falls said the crash happened on Wichita Drive, near Main Street. "
        "Wichita Drive was closed for an hour."
    )
    found = {m.as_written: m for m in find_places(gaz, text)}
    assert set(found) == {"Wichita Falls", "Wichita Drive", "Main Street"}
    town = found["Wichita Falls"].place
    for name in ("Wichita Drive", "Main Street"):
        street = found[name].place
        assert street.kind == "street"
        assert gaz.ancestors(street.key)[0] == town.key
        assert (street.lat, street.lon) == (town.lat, town.lon)
    assert len(found["Wichita Drive"].mentions) == 2


@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        ("He was charged at his home, 2517 Memphis St., in Alexandria, Va.", "Memphis St.",
         "Alexandria"),
        ("Traffic was backed up along Old Lexington Highway in Winchester, Ky.",
         "Old Lexington Highway", "Winchester"),
    ],
)  # fmt: skip
def test_streets_written_short_or_long(gaz: Gazetteer, text: str, street: str, town: str) -> None:
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found[street].kind == "street"
    assert gaz.ancestors(found[street].key)[0] == found[town].key


@pytest.mark.parametrize(
    ("text", "roads", "town"),
    [
        ("Two lorries collided on the A38 near Plymouth this morning.", ["A38"], "Plymouth"),
        ("The A614 between Nottingham and the coast reopened at noon.", ["A614"], "Nottingham"),
        ("Drivers leaving Leicester are sent via the A6, A47 and A5199 instead.",
         ["A6", "A47", "A5199"], "Leicester"),
        ("Queues built up along the M62 towards Leeds after the storm.", ["M62"], "Leeds"),
    ],
)  # fmt: skip
def test_a_british_road_by_its_number_is_a_street_of_the_town_beside_it(
    gaz: Gazetteer, text: str, roads: list[str], town: str
) -> None:
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    for road in roads:
        assert found[road].kind == "street"
        assert gaz.ancestors(found[road].key)[0] == found[town].key


@pytest.mark.parametrize(
    "text",
    [
        "Troops near Kharkiv were issued the M4 carbine and trained on the M777 howitzer.",
        "The A330 landed in Manchester after a bird strike.",
        "Printers in Bristol ran short of the A4 paper the council orders.",
    ],
)
def test_a_weapon_an_airliner_or_a_paper_size_is_no_road(gaz: Gazetteer, text: str) -> None:
    assert [m.place.kind for m in find_places(gaz, text)] == ["city"]


def test_saint_before_a_name_is_no_street(gaz: Gazetteer) -> None:
    text = "Fans of the St. Louis Cardinals gathered in St. Petersburg, Florida."
    assert [m.place.kind for m in find_places(gaz, text)] == ["city", "city", "admin1"]


def test_a_dateline_in_capitals_is_the_place_even_when_the_name_is_a_first_name(
    gaz: Gazetteer,
) -> None:
    text = "Council approves budget. COLUMBUS (AP) -- The city council approved the budget."
    [mention] = find_places(gaz, text)
    assert mention.as_written == "COLUMBUS"
    assert mention.place.country_code == "US" and mention.place.kind == "city"
    assert mention.place.lat is not None


def test_a_name_in_capitals_elsewhere_is_no_dateline(gaz: Gazetteer) -> None:
    text = "The council met on Monday. He said the replica COLUMBUS (a ship) sailed on."
    assert find_places(gaz, text) == []


def test_a_park_is_a_place_in_its_town_but_a_town_named_park_stays_the_town(
    gaz: Gazetteer,
) -> None:
    found = {m.as_written: m.place for m in find_places(gaz, "A fire closed Knox Park in Dallas.")}
    assert found["Knox Park"].kind == "park"
    assert gaz.ancestors(found["Knox Park"].key)[0] == found["Dallas"].key
    [town, state] = find_places(gaz, "Police in Highland Park, Illinois, said two were hurt.")
    assert (town.as_written, town.place.kind) == ("Highland Park", "city")
    assert state.place.kind == "admin1"


def test_a_street_in_a_sentence_naming_no_place_is_in_the_town_the_text_is_about(
    gaz: Gazetteer,
) -> None:
    text = (
        "Dublin weighs a street name. Residents of Wichita Drive asked for the change. "
        "The Dublin City Council will vote in May."
    )
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Wichita Drive"].kind == "street"
    assert gaz.ancestors(found["Wichita Drive"].key)[0] == found["Dublin"].key


@pytest.mark.parametrize("credit", ["REUTERS/Mohammad Ismail", "(AFP/Ismail)"])
def test_a_photo_credits_name_is_no_place(gaz: Gazetteer, credit: str) -> None:
    text = f"Smoke rose over Gaza City after the strike on Monday. {credit}"
    assert [m.as_written for m in find_places(gaz, text)] == ["Gaza City"]


def test_a_family_named_after_a_town_is_no_place(gaz: Gazetteer) -> None:
    text = "Members of the Hebron family were killed in the strike on Gaza on Monday."
    assert [m.as_written for m in find_places(gaz, text)] == ["Gaza"]
