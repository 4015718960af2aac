"""Which of several places a name stands for, where local and world news used to get it
wrong: a county list's names the text took for cities, towns of the state most of the text's
places lie in, a name listed among states or provinces, "the state of X", a country named
like a state the text's places lie in, a country's name that a city of it bears too, a
country among its region's countries, and "North America" (not "America")."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import kinds_and_areas as _found

GEORGIA, OHIO, NEBRASKA, MICHIGAN = "gn:4197000", "gn:5165418", "gn:5073708", "gn:5001836"
DELAWARE, WASHINGTON_STATE, QUEBEC = "gn:4142224", "gn:5815135", "gn:6115047"
WASHINGTON_DC = "gn:4140963"


def test_names_of_a_county_list_taken_for_cities_are_the_counties(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "Contestants who live or work in Butler, Clermont, Hamilton or Warren counties may "
        "enter, organisers in Cincinnati said. A Peoria, Ill., judge will attend.",
    )
    for county in ("Butler", "Clermont", "Hamilton", "Warren"):
        assert found[county] == ("admin2", OHIO), county


def test_towns_are_read_in_the_state_most_of_the_text_lies_in(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "NORFOLK, Neb. — Scout troops across northeast Nebraska collected food this weekend. "
        "Troops from Wayne, Pierce and Stanton helped, and a pack from Battle Creek brought "
        "canned goods to the Norfolk pantry in Madison County.",
    )
    assert found["Wayne"][1] == NEBRASKA
    assert found["Battle Creek"][1] == NEBRASKA


def test_a_town_stays_in_the_state_the_text_names_itself(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "Lawmakers in Lansing, Michigan, praised Battle Creek officials. Nebraska towns "
        "Norfolk, Pierce and Stanton were also cited.",
    )
    assert found["Battle Creek"] == ("city", MICHIGAN)


def test_a_name_listed_among_states_is_the_state(gaz: Gazetteer) -> None:
    found = _found(gaz, "Cases were confirmed in Arkansas, Delaware and Idaho on Friday.")
    assert found["Delaware"] == ("admin1", DELAWARE)


def test_a_name_in_a_tally_by_province_is_the_province(gaz: Gazetteer) -> None:
    found = _found(
        gaz, "Of the new cases, twelve are in Ontario, eight in Alberta and one in Quebec."
    )
    assert found["Quebec"] == ("admin1", QUEBEC)


def test_the_city_before_its_own_area_stays_the_city(gaz: Gazetteer) -> None:
    found = _found(gaz, "She moved to Washington, D.C. last year.")
    assert found["Washington"][0] == "city"
    assert found["Washington"][1] != WASHINGTON_STATE


def test_the_state_of_a_name_is_the_state(gaz: Gazetteer) -> None:
    found = _found(gaz, "The first case was found in the state of Washington in 2003.")
    assert found["Washington"] == ("admin1", WASHINGTON_STATE)


def test_a_country_named_like_the_state_the_text_lies_in_is_the_state(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "Floods closed roads in Hall, Jackson and Banks counties, the Georgia Department of "
        "Transportation said.",
    )
    assert found["Georgia"] == ("admin1", GEORGIA)


def test_a_country_of_former_soviet_places_stays_the_country(gaz: Gazetteer) -> None:
    found = _found(gaz, "Talks in Tbilisi and Sukhumi: Georgia and Russia met again.")
    assert found["Georgia"] == ("country", "cc:GE")


def test_a_country_s_name_alone_is_the_country_not_its_capital(gaz: Gazetteer) -> None:
    text = "Schools in Mexico City were closed. Officials in Mexico said 20 people had died."
    places = {m.place.key: [w for _, _, w in m.mentions] for m in find_places(gaz, text)}
    assert places["cc:MX"] == ["Mexico"]
    assert places["gn:3530597"] == ["Mexico City"]


def test_north_and_south_america_are_continents_not_the_united_states(gaz: Gazetteer) -> None:
    found = _found(gaz, "The fungus spread from North America to South America.")
    assert found["North America"] == ("region", "cfg:north-america")
    assert found["South America"] == ("region", "cfg:south-america")


def test_a_country_among_its_region_s_countries_beats_a_town_of_a_country_named(
    gaz: Gazetteer,
) -> None:
    found = _found(
        gaz,
        "The U.S. envoy met Syrian officials. Hezbollah is in Lebanon, and Israel wants it out.",
    )
    assert found["Lebanon"] == ("country", "cc:LB")
