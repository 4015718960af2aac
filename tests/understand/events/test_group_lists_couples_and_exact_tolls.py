"""Figures read as a reader adds them up: a list of groups is summed however its nouns are
qualified ("Four US troops and an Iraqi interpreter": 5) and in a headline joined by commas
alone ("Two soldiers, four militants killed": 6); a married couple is two people; a lead's
rounded toll gives way to the exact one the report gives a little later ("more than 50" ...
"54 people killed"), unless the sources go on to differ; a time frame a superlative ranks
the event against ("one of the deadliest incidents in the region this year") makes no tally.

Traps: sources that differ after the rounded toll keep it; an exact figure far above the
rounded one is no restatement of it; a year's toll stays a tally; a part named between
commas ("Five people, three of them children, killed") is not added. All sentences are
written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, read_event


def figures(rules: EventRules, title: str, text: str, language: str = "en") -> tuple[object, ...]:
    facts = read_event(rules.for_language(language), title, text)
    assert facts is not None
    return facts.killed.min, facts.injured.min


@pytest.mark.parametrize(
    ("title", "text", "killed"),
    [
        (
            "Roadside bomb hits patrol",
            "Four US troops and an Iraqi interpreter were killed when a roadside bomb hit their "
            "patrol south of the capital on Saturday, the military said.",
            5,
        ),
        (
            "Roadside bomb hits patrol",
            "Three American soldiers and two Afghan policemen were killed when a roadside bomb "
            "hit their patrol on Saturday, officials said.",
            5,
        ),
        (
            "Two soldiers, four militants killed in border gunfight",
            "A gunfight broke out after troops surrounded a house near the border on Monday.",
            6,
        ),
        (
            "5 rebels, 3 soldiers killed in forest clash",
            "Troops came under fire during a search of the forest, the army said.",
            8,
        ),
    ],
)
def test_a_list_of_groups_is_summed(rules: EventRules, title: str, text: str, killed: int) -> None:
    assert figures(rules, title, text)[0] == killed


def test_a_part_named_between_commas_is_not_added(rules: EventRules) -> None:
    title = "Five people, three of them children, killed in strike on a house"
    text = "A drone struck a house on the edge of the town overnight, the governor said."
    assert figures(rules, title, text)[0] == 5


@pytest.mark.parametrize(
    ("language", "title", "text", "want"),
    [
        (
            "uk",
            "Обстріл села на півдні",
            "Через обстріл села загинуло подружжя – чоловік та жінка, повідомили в ОВА.",
            (2, None),
        ),
        (
            "uk",
            "Удар дрона по селу",
            "Внаслідок удару дрона поранено подружжя, повідомив начальник ОВА.",
            (None, 2),
        ),
        (
            "ru",
            "Обстрел села",
            "В результате обстрела погибли супруги, еще три человека ранены, сообщил губернатор.",
            (2, 3),
        ),
    ],
)
def test_a_married_couple_is_two_people(
    rules: EventRules, language: str, title: str, text: str, want: tuple[int | None, int | None]
) -> None:
    assert figures(rules, title, text, language) == want


def test_a_later_exact_toll_replaces_the_lead_s_rounded_one(rules: EventRules) -> None:
    title = "Suicide bomber kills more than 50 at a rally"
    text = (
        "A suicide bomber killed more than 50 people at a political rally on Sunday.\n"
        "It was the deadliest attack in the district in years. More than 100 people were "
        "injured and 54 people killed, several of them children."
    )
    assert figures(rules, title, text) == (54, 100)


def test_sources_that_differ_keep_the_lead_s_rounded_toll(rules: EventRules) -> None:
    title = "Twin blasts hit the capital"
    text = (
        "Twin blasts near a ministry killed more than 20 people on Tuesday.\n"
        "A health official said 23 people had been killed in the blasts.\n"
        "A police spokesman put the death toll at 21."
    )
    assert figures(rules, title, text)[0] == 20


def test_an_exact_figure_far_above_the_rounded_one_is_another_count(rules: EventRules) -> None:
    title = "Car bomb kills more than 20"
    text = (
        "A car bomb killed more than 20 people at a market on Friday.\n"
        "The health ministry said 45 people were killed in bombings across the province."
    )
    assert figures(rules, title, text)[0] == 20


def test_a_ranking_against_the_year_makes_no_tally(rules: EventRules) -> None:
    title = "Governor confirms killings in border attack"
    text = (
        "The governor on Sunday confirmed that at least 59 people were killed in the border "
        "village, in one of the deadliest incidents in the state this year."
    )
    assert figures(rules, title, text)[0] == 59


def test_a_year_s_toll_stays_a_tally(rules: EventRules) -> None:
    title = "Drone strike hits a village"
    text = (
        "A drone strike hit a village on Monday, wounding four people.\n"
        "At least 300 people have been killed in the state this year, the worst toll in a "
        "decade."
    )
    assert figures(rules, title, text) == (None, 4)
