"""Figures as a reader counts them: another source's estimate of a toll already given
("Another official put the death toll at 21") is never added to it; a toll told as "the
number of deaths" or "the death count" is a toll; a tally sentence repeating the event's
figure ("so far, 40 people were found dead and 95 are injured") gives the other kind's;
wounded people all told to have died later ("injuring three policemen, who were taken to
hospital where they succumbed"; "... However, they later succumbed") are killed, not
injured; the funeral of an incident's dead counts them ("the funeral of fourteen martyrs");
a town's name before "District" after an oblast that does not hold it is a district of the
oblast, not the far town.

Traps: a further group ("Another 5 people were killed in a neighbouring village", "two more
people died") is still added; a year's tally keeps its figures; some of the wounded dying
("one of whom later died") does not make all of them dead; a funeral headline and a funeral
of another time's dead give no figure; a district named after a town inside the oblast is
left as it was. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer
from bot.understand.events import EventRules
from tests.support.events import english_figures

_LEAD = (
    "At least 20 people were killed when gunmen attacked a village in the north of the "
    "country on Sunday, a police spokesman said. "
)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (_LEAD + "Another official put the death toll at 21.", 20),
        (_LEAD + "The army also said 21 people died.", 20),
        (_LEAD + "Another local source gave a toll of 23 dead.", 20),
        (_LEAD + "Another 5 people were killed in a neighbouring village.", 25),
        (_LEAD + "Another senior official said two more people died in hospital.", 22),
    ],
)
def test_another_source_s_estimate_is_not_added(rules: EventRules, text: str, killed: int) -> None:
    assert english_figures(rules, "Gunmen attack village", text)[0] == killed


@pytest.mark.parametrize(
    ("title", "text", "killed"),
    [
        (
            "Suicide bombing in market town",
            "The number of deaths in Sunday's suicide bombing at a market in the town has risen to "
            "56, an official said.",
            56,
        ),
        (
            "Death count in market bombing rises to 31",
            "Doctors said several of the wounded were in a critical condition.",
            31,
        ),
        (
            "Suicide bombing in market town",
            "The number of people killed in the bombing rose to 14 on Monday.",
            14,
        ),
    ],
)
def test_a_number_of_deaths_is_a_toll(
    rules: EventRules, title: str, text: str, killed: int
) -> None:
    assert english_figures(rules, title, text)[0] == killed


def test_a_year_s_number_of_deaths_stays_a_tally(rules: EventRules) -> None:
    text = (
        "A bomb exploded at a bus station in the city on Monday. The number of deaths in such "
        "attacks since January has risen to 560."
    )
    assert english_figures(rules, "Bomb hits bus station", text)[0] is None


def test_a_tally_repeating_the_toll_gives_the_wounded(rules: EventRules) -> None:
    text = (
        'A suicide bomber blew himself up among a crowd at a market on Tuesday. "According to '
        'the police tally, so far, 40 people were found dead and 95 are injured," the governor '
        "said."
    )
    assert english_figures(rules, "Death toll in market bombing at 40", text) == (40, 95)


def test_a_year_s_tally_gives_no_wounded(rules: EventRules) -> None:
    text = (
        "A suicide bomber blew himself up among a crowd at a market on Tuesday. So far this "
        "year, 300 people were killed and 900 injured in such attacks."
    )
    assert english_figures(rules, "Death toll in market bombing at 40", text) == (40, None)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Gunmen attack police checkpoint",
            "Gunmen opened fire on a checkpoint on Monday, injuring three policemen, who were "
            "taken to a hospital where they succumbed.",
            (3, None),
        ),
        (
            "Gunmen attack police checkpoint",
            "Gunmen opened fire on a checkpoint on Monday. Two guards were seriously wounded in "
            "the attack. However, they later succumbed to their injuries.",
            (2, None),
        ),
        (
            "Three injured soldiers succumb",
            "The soldiers were hurt when their vehicle hit a mine near the border last week.",
            (3, None),
        ),
    ],
)
def test_wounded_people_who_all_died_are_killed(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


def test_some_of_the_wounded_dying_does_not_kill_them_all(rules: EventRules) -> None:
    text = "A bomb wounded 12 people at a market on Monday, one of whom later died in hospital."
    assert english_figures(rules, "Bomb blast at market", text)[1] == 12
    text = (
        "Gunmen opened fire on a checkpoint, wounding three policemen who were rushed to "
        "hospital, where two of them died."
    )
    assert english_figures(rules, "Gunmen attack police checkpoint", text)[0] != 3


def test_the_funeral_of_an_incident_s_dead_counts_them(rules: EventRules) -> None:
    text = (
        "An air strike hit a crowded market in the town on Sunday. On Monday thousands attended "
        "the funeral of fourteen martyrs in the town."
    )
    assert english_figures(rules, "Air strike hits market", text)[0] == 14


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Soldiers killed in ambush laid to rest",
            "Hundreds attended the funeral of four soldiers.",
        ),
        (
            "Air strike hits market",
            "An air strike hit a crowded market in the town on Sunday. Mourners attended the "
            "funerals of the 14 soldiers killed in an ambush last month.",
        ),
    ],
)
def test_other_funerals_give_no_figure(rules: EventRules, title: str, text: str) -> None:
    assert english_figures(rules, title, text)[0] is None


def place_of(analyzer: Analyzer, title: str, text: str) -> tuple[str, str] | None:
    event = analyzer.analyze(title, text).event
    assert event is not None
    if event.place is None:
        return None
    return event.place.as_written, event.place.place.kind


def test_a_district_after_its_oblast_is_not_a_far_town(analyzer: Analyzer) -> None:
    title = "Air defences down drone over Kaluga Region"
    text = (
        "Air defences destroyed a drone over the Kaluga Region overnight, the governor said. "
        '"The drone was shot down over the Dzerzhinsky District," he wrote. No one was hurt.'
    )
    assert place_of(analyzer, title, text) == ("Dzerzhinsky District", "district")


def test_a_district_named_after_a_town_of_the_oblast_is_left_alone(analyzer: Analyzer) -> None:
    title = "Air defences down drone over Bryansk Region"
    text = (
        "Air defences destroyed a drone over the Bryansk Region overnight, the governor said. "
        '"The drone was shot down over the Klintsy District," he wrote. No one was hurt.'
    )
    assert place_of(analyzer, title, text) == ("Klintsy", "city")
