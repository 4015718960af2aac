"""A town a local paper names in full, then by its first words alone ("Avondale Estates",
then "Avondale"): the short name is that town, not a far namesake of it, unless the text
places the namesake itself or it is a country, a state or a large city."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer

GEORGIA = "gn:4197000"
ILLINOIS = "gn:4896861"
BRITISH_COLUMBIA = "gn:5909050"
KANSAS = "gn:4273857"


def _keys(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Each form the text writes -> the key of the place it names."""
    return {written: m.place.key for m in find_places(gaz, text) for _, _, written in m.spans}


def test_a_town_named_by_its_first_word_is_the_town_named_in_full(gaz: Gazetteer) -> None:
    keys = _keys(
        gaz,
        "Leaders of Decatur and Avondale Estates in DeKalb County met on Tuesday to discuss "
        "the annexation. Shop owners in Avondale objected to the plan, the mayor said.",
    )
    assert keys["Avondale"] == keys["Avondale Estates"]
    assert GEORGIA in gaz.admin1_keys(keys["Avondale"])


def test_a_city_named_without_its_last_word_is_that_city(gaz: Gazetteer) -> None:
    keys = _keys(
        gaz,
        "The school board of Fairview Heights, Illinois, cut its budget on Monday. Fairview "
        "teachers said the cuts were the deepest in a decade.",
    )
    assert keys["Fairview"] == keys["Fairview Heights"]
    assert ILLINOIS in gaz.admin1_keys(keys["Fairview"])


def test_a_namesake_the_text_places_stays_itself(gaz: Gazetteer) -> None:
    keys = _keys(
        gaz,
        "The school board of Fairview Heights, Illinois, cut its budget on Monday. Teachers "
        "in Fairview, British Columbia, faced the same cuts.",
    )
    assert keys["Fairview"] != keys["Fairview Heights"]
    assert BRITISH_COLUMBIA in gaz.admin1_keys(keys["Fairview"])


def test_a_state_keeps_its_name_beside_a_city_named_after_it(gaz: Gazetteer) -> None:
    keys = _keys(gaz, "Voters in Kansas City and across Kansas went to the polls on Tuesday.")
    assert keys["Kansas"] == KANSAS
