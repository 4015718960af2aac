"""Names of several places each, none settled by the text, read where their namesakes lie
beside each other: two counties named together in a local paper are the neighbouring counties
of one state, not the largest county of each name in two states far apart. The readings of
one country only: a world story's "Paris" stays France's beside "Lebanon"; a place and the
area holding it or named after it are one place, not namesakes apart ("Gaza", "England");
and a name the next capitalised word carries on ("Washington Drive") places nothing beside
it. A small namesake that needs the text's support is chosen beside the text's other names
when the name is a place anyway: a town of a county the text names, not a larger city far
from it."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import kinds_and_areas as _found

IOWA = "gn:4862182"
GEORGIA = "gn:4197000"
ILE_DE_FRANCE = "gn:3012874"
TEXAS = "gn:4736286"
GAZA_STRIP = "cfg:gaza-strip"


def test_two_counties_named_together_are_neighbours(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "Henry County supervisors and Washington County engineers will split the cost of "
        "the new bridge.",
    )
    assert found["Henry County"] == ("admin2", IOWA)
    assert found["Washington County"] == ("admin2", IOWA)


def test_a_small_town_beside_its_county_is_that_countys_town(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "The Decatur city council and DeKalb County commissioners still disagree over "
        "who pays for the new sewer line.",
    )
    assert found["Decatur"] == ("city", GEORGIA)
    assert found["DeKalb County"] == ("admin2", GEORGIA)


def test_a_world_story_keeps_the_largest_namesakes_of_other_countries(gaz: Gazetteer) -> None:
    found = _found(gaz, "Leaders met in Paris on Monday to discuss aid to Lebanon.")
    assert found["Paris"] == ("city", ILE_DE_FRANCE)
    assert found["Lebanon"] == ("country", "cc:LB")


def test_a_street_named_after_a_city_places_no_namesake(gaz: Gazetteer) -> None:
    found = _found(gaz, "Drilling near Washington Drive worries Arlington residents.")
    assert found["Arlington"] == ("city", TEXAS)


def test_a_place_and_the_area_holding_it_are_not_namesakes_apart(gaz: Gazetteer) -> None:
    found = _found(
        gaz, "Air strikes hit Gaza overnight, and families in Khan Younis and Rafah fled south."
    )
    assert found["Gaza"] == ("region", GAZA_STRIP)
    found = _found(gaz, "Fans in England and Scotland watched the final in Manchester and Glasgow.")
    assert found["England"] == ("country", "cc:GB")
