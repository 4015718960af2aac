"""A county named without its state is the one the text's towns lie in, and a county or a
town outside the state the text names is its namesake there (`towns._namesakes`)."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer

TENNESSEE, GEORGIA, INDIANA = "gn:4662168", "gn:4197000", "gn:4921868"


def _states(gaz: Gazetteer, text: str) -> dict[str, set[str]]:
    """Written name -> the keys of the first-level area and country its place lies in."""
    return {
        m.as_written: {m.place.key, *gaz.ancestor_keys(m.place.key)} for m in find_places(gaz, text)
    }


def test_a_county_without_its_state_is_the_one_beside_the_town_the_text_names(
    gaz: Gazetteer,
) -> None:
    found = _states(
        gaz,
        "A Paris man was arrested on Sunday, Henry County deputies said. He lives on Lone "
        "Oak Road, near the hospital.",
    )
    assert TENNESSEE in found["Henry County"]
    assert TENNESSEE in found["Paris"], "the town follows its county"


def test_a_county_seat_settles_the_county(gaz: Gazetteer) -> None:
    found = _states(gaz, "Crews fought a barn fire outside Lebanon, Boone County officials said.")
    assert INDIANA in found["Boone County"]


def test_a_county_outside_the_state_the_text_names_is_its_namesake_there(
    gaz: Gazetteer,
) -> None:
    found = _states(
        gaz,
        "The Gainesville council met on Monday. Hall County officials and Georgia lawmakers "
        "came too.",
    )
    assert GEORGIA in found["Hall County"]
    assert GEORGIA in found["Gainesville"]


def test_a_city_named_like_a_county_beside_the_texts_towns_is_that_county(
    gaz: Gazetteer,
) -> None:
    found = {
        m.as_written: m.place
        for m in find_places(
            gaz,
            'The provincial budget pleased mayors across Ontario. "Housing is badly needed '
            'in Oxford," the Woodstock mayor said, and Tillsonburg council agreed.',
        )
    }
    assert found["Oxford"].kind == "admin2"
    assert found["Oxford"].country_code == "CA"
