"""Where the event was when the headline and lead name only a country or tell it only as
near a town: an administrative area the gazetteer lacks, named with its word ("the Zarbandou
department", "the Yagandi province"), is a place of the country, and is where when no town
is; an area of the country the next sentences name is where when they name no town; a town
the lead puts the event near gives way to a town beside it the next sentences name.

Traps: a people's word before "province" ("the Mozambican province of Cabo Delgado") names
no area; a town the lead puts the event in keeps it against a nearby town named for
something else. The places Zarbandou and Yagandi are made up, as the gazetteer must not
know them; all sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Soldiers killed in ambush in Niger",
            "Niamey, Niger – At least 12 soldiers were killed in an ambush in western Niger on "
            "Friday, the defence ministry said. The toll could rise.\nThe patrol came under "
            "fire in the northern part of the Zarbandou department, the ministry said.",
            "Zarbandou",
        ),
        (
            "Gunmen kill villagers in Burkina Faso",
            "At least nine villagers were killed by gunmen in eastern Burkina Faso on Monday, a "
            "local official said.\nThe attack took place in a village in the Yagandi province, "
            "the regional governor said.",
            "Yagandi",
        ),
        (
            "Gunmen kill six in attack in Kenya",
            "Suspected militants killed six people in an attack in northeastern Kenya on "
            "Sunday, police said. Several homes were burned.\nThe gunmen struck a village in "
            "Mandera County at dawn, a police report says.",
            "Mandera County",
        ),
    ],
)
def test_an_area_of_the_country_is_where_no_town_is_named(
    analyzer: Analyzer, title: str, text: str, place: str
) -> None:
    event = analyzer.analyze(title, text).event
    assert event is not None and event.place is not None
    assert event.place.as_written == place


def test_a_people_s_word_before_province_names_no_area(analyzer: Analyzer) -> None:
    title = "Gunmen kill villagers in Mozambique"
    text = (
        "At least nine villagers were killed by gunmen in northern Mozambique on Monday, a "
        "local official said.\nThe attack hit a village in the Mozambican province of Cabo "
        "Delgado, officials said."
    )
    places = [m.as_written for m in analyzer.analyze(title, text).places]
    assert "Mozambican" not in places
    event = analyzer.analyze(title, text).event
    assert event is not None and event.place is not None
    assert event.place.as_written == "Cabo Delgado"


@pytest.mark.parametrize(
    ("verb", "place"),
    [
        ("attacked a police post near Islamabad", "Tarnol"),
        ("attacked a police post in Islamabad", "Islamabad"),
    ],
)
def test_a_town_beside_the_one_the_lead_names_near_is_where(
    analyzer: Analyzer, verb: str, place: str
) -> None:
    title = "Gunmen attack police post"
    text = (
        f"Gunmen {verb} on Saturday, wounding three officers, police said. No group claimed "
        "the attack.\nOfficers searched houses in Tarnol in the outskirts of Islamabad, "
        "officials said."
    )
    event = analyzer.analyze(title, text).event
    assert event is not None and event.place is not None
    assert event.place.as_written == place
