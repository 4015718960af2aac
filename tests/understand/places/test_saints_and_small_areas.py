"""Names that a longer name or a person holds: a surname after a given name and a middle
initial, wherever the text puts it ("into Bell's back"); a place's name after a saint's, a
fort's or a mount's word ("St. Patrick's Day", "Fort Campbell") or a party's or a club's
("United Russia", "Club America"), at every mention; a town of the list whose name starts with
such a word abbreviated ("St. Paris", "Ft. Loramie"); a virus named after a place ("the Reston
ebolavirus"), at every mention; and a small first-level area of GeoNames named like a given
name ("Patrick", a sheading of the Isle of Man), which needs support like a small town."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import kinds_and_areas as _found

OHIO = "gn:5165418"


def _written(gaz: Gazetteer, text: str) -> set[str]:
    return {m.as_written for m in find_places(gaz, text)}


def test_a_name_after_a_saints_or_forts_word_is_no_place(gaz: Gazetteer) -> None:
    assert _written(gaz, "Crowds marked St. Patrick's Day downtown in Boston.") == {"Boston"}
    assert _written(gaz, "Soldiers at Fort Campbell, Kentucky, were deployed.") == {"Kentucky"}


def test_a_town_named_with_an_abbreviated_saint_is_the_listed_town(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "ST. PARIS — Two children died in a fire just west of St. Paris, Ohio, on Saturday, "
        "the sheriff said. A Ft. Loramie man was also hurt.",
    )
    assert found["St. Paris"] == ("town", OHIO)
    assert found["Ft. Loramie"] == ("town", OHIO)
    assert "Paris" not in found and "PARIS" not in found


def test_a_small_area_named_like_a_given_name_needs_support(gaz: Gazetteer) -> None:
    assert _written(gaz, "Patrick worked with the township's open space committee.") == set()
    found = _written(gaz, "Ferries reached Peel on the Isle of Man, and buses ran in Patrick.")
    assert "Patrick" in found


def test_a_surname_after_a_middle_initial_stays_the_person_after_a_preposition(
    gaz: Gazetteer,
) -> None:
    found = _written(
        gaz,
        "The shooting of Tyrise M. Bell in Reno was justified, the inquest found. The "
        "officer pressed his weapon into Bell's back before he fired.",
    )
    assert found == {"Reno"}


def test_a_virus_named_after_a_place_is_no_mention_of_it(gaz: Gazetteer) -> None:
    text = (
        "The strain was first found in Reston, Virginia. Farms were tested for the Reston "
        "ebolavirus, and the Ebola-Reston virus was found in pigs. Marburg virus cases rose."
    )
    found = {m.as_written: len(m.mentions) for m in find_places(gaz, text)}
    assert found == {"Reston": 1, "Virginia": 1}


def test_a_partys_or_clubs_name_holds_no_place_at_any_mention(gaz: Gazetteer) -> None:
    text = (
        "Russia held local elections. The mayor of Murmansk refused to join United Russia, "
        "and United Russia officials said so. Club America will play in Dallas."
    )
    found = {m.as_written: len(m.mentions) for m in find_places(gaz, text)}
    assert found == {"Russia": 1, "Murmansk": 1, "Dallas": 1}
