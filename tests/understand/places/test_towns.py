"""Small towns the gazetteer leaves out, found where the text places them ("Chiefland, Fla.",
"east of Perham" in a text naming Minnesota), namesakes settled by the state the text is
about, and counties named in a list before "counties"."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer

FLORIDA = "gn:4155751"
MINNESOTA = "gn:5037779"
OHIO = "gn:5165418"
WISCONSIN = "gn:5279468"
GEORGIA_STATE = "gn:4197000"
AUGUSTA_GEORGIA = "gn:4180531"


def test_a_small_town_before_its_state_is_a_place_in_that_state(gaz: Gazetteer) -> None:
    text = (
        "CHIEFLAND, Fla. -- A Chiefland man was arrested after a chase on Monday, "
        "Chiefland police said."
    )
    town = next(m for m in find_places(gaz, text) if m.as_written == "CHIEFLAND")
    assert town.place.name == "Chiefland"
    assert town.place.lat is not None and 29 < town.place.lat < 30
    assert gaz.ancestor_keys(town.place.key)[0] == FLORIDA
    assert [written for _, _, written in town.mentions] == ["CHIEFLAND", "Chiefland", "Chiefland"]


def test_a_small_town_placed_by_a_preposition_in_a_state_the_text_names(gaz: Gazetteer) -> None:
    text = (
        "Minnesota transport officials said the highway east of Perham is closed. "
        "Perham residents were told to stay home."
    )
    town = next(m for m in find_places(gaz, text) if m.place.name == "Perham")
    assert MINNESOTA in gaz.ancestor_keys(town.place.key)
    assert len(town.mentions) == 2


def test_a_small_towns_name_without_its_state_is_no_place(gaz: Gazetteer) -> None:
    assert find_places(gaz, "Perham said the plan was good, and the committee agreed.") == []


def test_a_month_is_no_town(gaz: Gazetteer) -> None:
    found = find_places(gaz, "The fair opens in August, California officials said.")
    assert [m.place.kind for m in found] == ["admin1"]


def test_a_namesake_in_the_state_the_text_is_about(gaz: Gazetteer) -> None:
    text = "Deputies in Butler County, Ohio, said the fire in Monroe destroyed a barn."
    monroe = next(m for m in find_places(gaz, text) if m.as_written == "Monroe")
    assert monroe.place.lat is not None and 39 < monroe.place.lat < 40
    assert OHIO in gaz.ancestor_keys(monroe.place.key)


def test_a_town_and_its_state_bind_each_other(gaz: Gazetteer) -> None:
    text = "Flooding closed a bridge near Augusta, Georgia, on Monday."
    keys = {m.as_written: m.place.key for m in find_places(gaz, text)}
    assert keys == {"Augusta": AUGUSTA_GEORGIA, "Georgia": GEORGIA_STATE}


def test_counties_listed_before_counties(gaz: Gazetteer) -> None:
    text = "Storms hit Walton and Oconee counties, east of Atlanta, Georgia, on Monday."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Walton"].name == "Walton County"
    assert found["Oconee"].name == "Oconee County"
    assert all(GEORGIA_STATE in gaz.ancestor_keys(found[n].key) for n in ("Walton", "Oconee"))


def test_a_states_abbreviation_that_is_also_a_towns_name_after_a_town(gaz: Gazetteer) -> None:
    found = find_places(gaz, "HAYS, Kan. (AP) -- A Hays man was hurt in a crash on Monday.")
    assert [(m.as_written, m.place.name) for m in found] == [("HAYS", "Hays"), ("Kan.", "Kansas")]


def test_a_small_town_before_a_word_for_its_people_in_a_state_the_text_names(
    gaz: Gazetteer,
) -> None:
    text = "A Perham man was hurt on Monday when his truck left a road in Minnesota."
    town = next(m for m in find_places(gaz, text) if m.as_written == "Perham")
    assert MINNESOTA in gaz.ancestor_keys(town.place.key)


def test_a_surname_before_family_is_no_town(gaz: Gazetteer) -> None:
    text = "The Perham family lost their barn to a fire in Minnesota on Monday."
    assert [m.as_written for m in find_places(gaz, text)] == ["Minnesota"]


def test_a_small_town_after_from_or_to_in_a_state_the_text_names(gaz: Gazetteer) -> None:
    text = "The Minnesota relay ran from Perham to Frazee on Saturday."
    names = {m.place.name: m for m in find_places(gaz, text)}
    assert {"Perham", "Frazee"} <= set(names)
    assert MINNESOTA in gaz.ancestor_keys(names["Frazee"].place.key)


def test_a_small_town_listed_after_a_place(gaz: Gazetteer) -> None:
    text = "Home sales rose in the Ohio cities of Newark, Heath and Pataskala last month."
    town = next(m for m in find_places(gaz, text) if m.as_written == "Heath")
    assert OHIO in gaz.ancestor_keys(town.place.key)


def test_a_small_towns_name_of_several_named_states_is_in_the_state_named_most(
    gaz: Gazetteer,
) -> None:
    text = (
        "Wisconsin deputies said a fishing boat sank near Clear Lake on Sunday. Wisconsin "
        "wardens found the two men safe. Anglers from Iowa often visit, Wisconsin officials said."
    )
    town = next(m for m in find_places(gaz, text) if m.as_written == "Clear Lake")
    assert WISCONSIN in gaz.ancestor_keys(town.place.key)


def test_a_capitals_name_is_the_namesake_near_the_places_a_local_text_names(
    gaz: Gazetteer,
) -> None:
    text = (
        "Dublin City Council members met on Monday to rename a street near the Columbus "
        "library in Franklin County. Dublin has about 45,000 residents."
    )
    dublin = next(m for m in find_places(gaz, text) if m.place.name == "Dublin")
    assert dublin.place.country_code == "US"
    assert OHIO in gaz.ancestor_keys(dublin.place.key)
    assert [written for _, _, written in dublin.mentions] == ["Dublin City", "Dublin"]


def test_a_large_citys_name_stays_the_city_when_no_named_place_is_near_a_namesake(
    gaz: Gazetteer,
) -> None:
    text = "Ministers met in Dublin on Monday before flying to Cork for talks in Limerick."
    dublin = next(m for m in find_places(gaz, text) if m.as_written == "Dublin")
    assert dublin.place.country_code == "IE"


def test_a_name_the_text_gives_a_person_is_no_town_of_the_list(gaz: Gazetteer) -> None:
    found = find_places(
        gaz,
        "A judge set bail for a suspect in Ravenel cocaine case. He lied during the "
        "investigation of former South Carolina Treasurer Thomas Ravenel, prosecutors said.",
    )
    assert {m.as_written for m in found} == {"South Carolina"}
    found = find_places(gaz, "A Ravenel man was hurt in a crash, South Carolina police said.")
    assert {m.as_written for m in found} == {"Ravenel", "South Carolina"}


def test_a_town_opening_a_later_line_before_a_colon_is_placed(gaz: Gazetteer) -> None:
    text = (
        "Minnesota roundup\n"
        "update: the roads north of the lakes reopened.\n"
        "Weather: cold. Note: more snow is due.\n"
        "Perham: A fire destroyed a barn on Monday, Minnesota officials said."
    )
    town = next(m for m in find_places(gaz, text) if m.place.name == "Perham")
    assert MINNESOTA in gaz.ancestor_keys(town.place.key)
    assert town.start == text.index("Perham")
