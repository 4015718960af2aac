"""Which of several places a name stands for when the text gives little: a first-level area
named like a city of another country, a large city beside its namesake's state, a city
beside the small towns the text places, a placed name the tagger let go, a small namesake
that only another place of its state supports, and a country named like a town beside the
text's places (`resolve._rank`, `resolve._dwarfed`, `towns._large_namesake`,
`towns.with_towns`, `towns._town_or_city`, `towns._countries_or_towns`)."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import kinds_and_areas as _found

ONTARIO, VIRGINIA, GEORGIA, MINNESOTA = "gn:6093943", "gn:6254928", "gn:4197000", "gn:5037779"
OREGON = "gn:5744337"
NEW_YORK, DISTRICT_OF_COLUMBIA, ILLINOIS = "gn:5128638", "gn:4138106", "gn:4896861"


def test_an_area_named_like_a_city_abroad_is_the_area(gaz: Gazetteer) -> None:
    found = _found(gaz, "Hospitals across Ontario will get new funding this spring.")
    assert found["Ontario"] == ("admin1", ONTARIO)
    found = _found(gaz, "Graduation rates rose again, the Virginia Department of Education said.")
    assert found["Virginia"] == ("admin1", VIRGINIA)


def test_a_state_named_like_a_small_city_of_its_country_is_the_state(gaz: Gazetteer) -> None:
    found = _found(gaz, "Chicago doctors who back the Oregon law spoke on Monday.")
    assert found["Oregon"] == ("admin1", OREGON)


def test_a_city_and_the_area_of_its_name_in_one_country_stay_the_city(gaz: Gazetteer) -> None:
    assert _found(gaz, "Tourists crowded New York on Saturday.")["New York"] == ("city", NEW_YORK)
    assert _found(gaz, "Talks resumed in Washington on Monday.")["Washington"] == (
        "city",
        DISTRICT_OF_COLUMBIA,
    )


def test_a_large_city_in_a_text_on_its_namesakes_state_is_the_namesake(gaz: Gazetteer) -> None:
    found = _found(gaz, "Albany police arrested a man on Wednesday, Georgia investigators said.")
    assert found["Albany"] == ("city", GEORGIA)


def test_a_capital_in_a_text_on_a_state_with_a_small_namesake_stays(gaz: Gazetteer) -> None:
    found = _found(gaz, "Georgia lawmakers said on Wednesday that the bill now goes to Washington.")
    assert found["Washington"] == ("city", DISTRICT_OF_COLUMBIA)


def test_a_city_beside_the_towns_the_text_places_is_their_states(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "The team won in Belle Plaine on Friday and wrestles at the section meet in "
        "Montgomery next week, Minnesota coaches said.",
    )
    assert found["Belle Plaine"] == ("town", MINNESOTA)
    assert found["Montgomery"][1] == MINNESOTA


def test_a_dateline_the_tagger_let_go_is_the_city_of_the_state_named_most(
    gaz: Gazetteer,
) -> None:
    found = _found(
        gaz,
        "ATLANTA — Georgia families will get help with rent, Georgia officials said, and "
        "Georgia schools will share the cost with a Texas charity. United Way of "
        "Metropolitan Atlanta leads the effort.",
    )
    assert found["ATLANTA"] == ("city", GEORGIA)


def test_a_city_of_the_same_state_does_not_make_a_capital_a_small_town(gaz: Gazetteer) -> None:
    found = _found(
        gaz, "Flights from Chicago resume next week, and officials in Washington praised them."
    )
    assert found["Washington"] == ("city", DISTRICT_OF_COLUMBIA)


def test_a_city_of_the_same_state_still_settles_a_comparable_namesake(gaz: Gazetteer) -> None:
    found = _found(gaz, "Lawmakers drove from Chicago to Springfield for the vote.")
    assert found["Springfield"] == ("city", ILLINOIS)


def test_a_country_named_like_a_town_beside_the_texts_places_is_the_town(
    gaz: Gazetteer,
) -> None:
    found = _found(
        gaz, "Jordan students raised $500 for the library. A store in Shakopee matched it."
    )
    assert found["Jordan"] == ("town", MINNESOTA)


def test_a_country_with_no_town_of_its_name_beside_the_texts_places_stays(
    gaz: Gazetteer,
) -> None:
    found = _found(gaz, "Marines from Texas trained in Jordan last spring.")
    assert found["Jordan"] == ("country", "cc:JO")


def test_a_small_city_beside_its_regions_city_keeps_it_against_a_large_one_abroad(
    gaz: Gazetteer,
) -> None:
    places = find_places(gaz, "Після ударів по Дніпру Самар залишився без світла, а Росія мовчить.")
    samar = next(m.place for m in places if m.as_written == "Самар")
    assert samar.country_code == "UA"
