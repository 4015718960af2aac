"""A weapon fired from afar: the event is where it hit, not where it was launched from; a
state's forces killed by it are its victims, not a clash; a site where weapons are made,
kept or launched is what a strike hit, not what struck. The sentences are written for these
tests."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer
from bot.understand.events import EventRules
from bot.understand.events.kinds import classify


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Missile strike kills three",
            "A missile that took off from Belgorod hit a school in Kharkiv on Tuesday, killing "
            "three people.",
            "Kharkiv",
        ),
        (
            "Cruise missile kills four",
            "A cruise missile from Sevastopol hit a port warehouse in Odesa overnight, killing "
            "four workers.",
            "Odesa",
        ),
        (
            "Drone strike wounds five",
            "Belgorod-launched drones hit a bus station in Kharkiv, wounding five people.",
            "Kharkiv",
        ),
        (
            "Drone strike kills two",
            "A drone fired from an area north of Belgorod struck a bus in Kharkiv, killing two.",
            "Kharkiv",
        ),
    ],
)
def test_a_launch_site_is_not_the_event_place(
    analyzer: Analyzer, title: str, text: str, place: str
) -> None:
    event = analyzer.analyze(title, text).event
    assert event is not None and event.place is not None
    assert event.place.as_written == place


def test_a_place_struck_stays_the_event_place(analyzer: Analyzer) -> None:
    event = analyzer.analyze(
        "Strike kills two", "Drones struck a market in Tyre on Monday, killing two people."
    ).event
    assert event is not None and event.place is not None
    assert event.place.as_written == "Tyre"


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        (
            "Russian attack kills 20 soldiers at brigade ceremony",
            [
                "The soldiers were killed by a ballistic missile on a village near the front, "
                "the army said."
            ],
            "Shelling/artillery/missile attack",
        ),
        (
            "Troops killed as missile hits barracks",
            ["At least 30 soldiers died when a missile hit a school used as barracks."],
            "Shelling/artillery/missile attack",
        ),
        (
            "Soldiers killed in drone attack on base",
            ["Four soldiers were killed when a drone struck the dining hall of an army base."],
            "Air/drone strike",
        ),
        (
            "Gunmen ambush army patrol, killing 12 soldiers",
            [
                "Gunmen ambushed an army patrol on Sunday, killing 12 soldiers, the army said.",
                "A drone later struck the attackers' hideout.",
            ],
            "Armed clash",
        ),
        (
            "Militants attack army post, killing seven soldiers",
            [
                "Militants attacked an army post overnight, killing seven soldiers.",
                "Rockets were later found near the post.",
            ],
            "Armed clash",
        ),
    ],
)
def test_forces_hit_by_a_weapon_fired_from_afar_are_its_victims(
    rules: EventRules, title: str, body: list[str], sub_event: str
) -> None:
    assert classify(rules, title, body).sub_event == sub_event


@pytest.mark.parametrize(
    ("title", "body", "sub_event"),
    [
        (
            "Missile strike hits drone launch site",
            ["A missile strike destroyed a drone launch site near the border overnight."],
            "Shelling/artillery/missile attack",
        ),
        (
            "Drone strike hits missile depot",
            ["A drone struck a missile depot near the border overnight, the ministry said."],
            "Air/drone strike",
        ),
    ],
)
def test_a_weapons_site_is_what_was_hit(
    rules: EventRules, title: str, body: list[str], sub_event: str
) -> None:
    assert classify(rules, title, body).sub_event == sub_event
