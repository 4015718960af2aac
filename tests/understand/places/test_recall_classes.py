"""Places local and world news name in ways the tagger used to miss: a list of counties whose
state the text does not name, a dateline in capitals run on after the headline, a state's
abbreviation before a noun and a township named with its capitalised word."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import kinds_and_areas as _found

GEORGIA, TEXAS, CONNECTICUT = "gn:4197000", "gn:4736286", "gn:4831725"
KENTUCKY, ILLINOIS = "gn:6254925", "gn:4896861"


def test_a_list_of_counties_without_its_state_is_read_in_the_state_holding_them(
    gaz: Gazetteer,
) -> None:
    found = _found(
        gaz,
        "Unemployment in the metro area - Clarke, Madison, Oconee and Oglethorpe counties - "
        "rose to 7 percent in February.",
    )
    for county in ("Clarke", "Madison", "Oconee", "Oglethorpe"):
        assert found[county] == ("admin2", GEORGIA)


def test_a_county_list_joined_by_or_is_read_too_and_a_name_of_another_state_left_out(
    gaz: Gazetteer,
) -> None:
    found = _found(gaz, "Riders from Cooke, Grayson or Love counties may enter the rodeo.")
    assert found["Cooke"] == ("admin2", TEXAS)
    assert found["Grayson"] == ("admin2", TEXAS)
    assert "Love" not in found, "Love County is Oklahoma's, not in the list's state"


def test_counties_shared_by_no_one_state_are_left_out(gaz: Gazetteer) -> None:
    found = _found(gaz, "Snow closed schools across Greene and Clay counties on Monday.")
    assert "Greene" not in found and "Clay" not in found, "both are counties of many states"


def test_a_dateline_run_on_after_the_headline_names_the_town(gaz: Gazetteer) -> None:
    found = _found(
        gaz,
        "Stonemason charged with theft. BANTAM — A Danbury man appeared in Bantam Superior "
        "Court on Tuesday, police said.",
    )
    assert found["BANTAM"] == ("town", CONNECTICUT)


def test_capitals_after_a_sentence_before_no_dash_are_no_dateline(gaz: Gazetteer) -> None:
    found = _found(gaz, "Voters met in Danbury. BANTAM, the group, spoke too.")
    assert "BANTAM" not in found


def test_a_states_abbreviation_before_a_noun_is_the_state(gaz: Gazetteer) -> None:
    assert _found(gaz, "Cincinnati man dies in Ky. jail.")["Ky."] == ("admin1", KENTUCKY)
    assert _found(gaz, "Missing Ill. man found in car in lake.")["Ill."] == ("admin1", ILLINOIS)


def test_an_abbreviation_alone_ending_a_sentence_stays_no_place(gaz: Gazetteer) -> None:
    assert _found(gaz, "He felt ill. Doctors saw him. Mo. Smith won the race.") == {}


def test_a_township_named_with_its_capitalised_word_is_a_place_in_the_text_s_town(
    gaz: Gazetteer,
) -> None:
    [township] = [
        m
        for m in find_places(
            gaz, "Officials in Hamilton Township outside Cincinnati say the population grew."
        )
        if m.as_written == "Hamilton"
    ]
    assert township.place.kind == "district"
    assert "gn:4508722" in gaz.ancestor_keys(township.place.key), "inside Cincinnati"
