"""A place named only for a bearing is not where the event was: a country's border in a
headline's capitals, a sea crossed or setting a town, places pairing in a headline's label
for a running story. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Rockets Land Near Lebanon Border",
            "Two rockets landed in an open field in northern Israel on Sunday, the army said.",
            "Israel",
        ),
        (
            "Drone strike on port kills two",
            "Drones launched across the Azov Sea struck the port of Yeysk, killing two people.",
            "Yeysk",
        ),
        (
            "Drone hits hotel",
            "A drone struck a hotel in Eilat, on the Red Sea, on Monday, wounding three people.",
            "Eilat",
        ),
        (
            "Drone hits port",
            "A drone struck a warehouse in Yeysk on the Sea of Azov, wounding four people.",
            "Yeysk",
        ),
        (
            "Israel and Gaza strikes: drone kills two",
            "An Israeli drone struck a car in southern Lebanon on Tuesday, killing two people.",
            "southern Lebanon",
        ),
    ],
)
def test_a_bearing_is_not_the_event_place(
    analyzer: Analyzer, title: str, text: str, place: str
) -> None:
    event = analyzer.analyze(title, text).event
    assert event is not None and event.place is not None
    assert event.place.as_written == place


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Missile hits cargo ship in Red Sea",
            "A missile hit a cargo ship in the Red Sea on Friday, wounding two sailors.",
            "Red Sea",
        ),
        (
            "Gaza: air strike kills five",
            "An air strike killed five people on Wednesday, medics said.",
            "Gaza",
        ),
    ],
)
def test_a_place_named_alone_stays_the_event_place(
    analyzer: Analyzer, title: str, text: str, place: str
) -> None:
    event = analyzer.analyze(title, text).event
    assert event is not None and event.place is not None
    assert event.place.as_written == place
