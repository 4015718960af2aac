"""Protesters shot by the state, told in wordings with no "fire on" or "were shot": a
passive headline ("Protesters shot in ..."), "shot dead ... demonstrators" with a longer
description between, "fired into a crowd of demonstrators", a demonstrator dying "after
being shot by" security forces, are excessive force with their figures. A strike on a
shop or a market told in Ukrainian or Russian by the guided or free-fall bomb's short name
in any case ("КАБів", "КАБами", "ФАБ", "УМПК") is an air strike, not an attack on civilians
(ACLED types by the weapon, not the target).

Controls: a protest with nobody shot stays peaceful; a strike on a shop told with a missile
stays a missile attack. All sentences are written for this test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules
from tests.support.events import sub_type_and_figures


@pytest.mark.parametrize(
    ("title", "text", "killed", "injured"),
    [
        (
            "Protesters Shot in the Capital",
            "Three demonstrators were wounded near the parliament on Tuesday, medics said.",
            None,
            3,
        ),
        (
            "Troops fire into crowd of demonstrators, killing four",
            "Soldiers fired into a crowd of demonstrators in the old town on Friday, "
            "killing four, witnesses said.",
            4,
            None,
        ),
        (
            "Protesters shot dead in the south",
            "Police shot dead at least nine unarmed anti-government demonstrators and "
            "wounded 25 in the port city, doctors said.",
            9,
            25,
        ),
        (
            "Demonstrator dies after being shot by security forces",
            "A demonstrator died in hospital on Sunday, a medical source said.",
            1,
            None,
        ),
    ],
)
def test_protesters_shot_by_the_state_are_excessive_force(
    rules: EventRules, title: str, text: str, killed: int | None, injured: int | None
) -> None:
    assert sub_type_and_figures(rules, "en", title, text) == (
        "Excessive force against protesters",
        killed,
        injured,
    )


def test_a_protest_with_nobody_shot_stays_peaceful(rules: EventRules) -> None:
    sub_event, _, _ = sub_type_and_figures(
        rules,
        "en",
        "Protesters march in the capital",
        "Thousands of protesters marched to the parliament on Saturday, chanting slogans.",
    )
    assert sub_event == "Peaceful protest"


@pytest.mark.parametrize(
    ("language", "title", "text", "killed", "injured"),
    [
        (
            "uk",
            "Удар КАБів по гіпермаркету: загинули 5 мирних жителів",
            "Внаслідок удару загинули п'ятеро мирних жителів, ще 12 поранені.",
            5,
            12,
        ),
        (
            "ru",
            "Удар КАБов по гипермаркету: погибли 5 мирных жителей",
            "В результате удара погибли пять мирных жителей, еще 12 ранены.",
            5,
            12,
        ),
        (
            "uk",
            "Росіяни скинули ФАБ на торговельний центр",
            "Ворог скинув на місто фугасну бомбу з УМПК, загинули троє цивільних.",
            3,
            None,
        ),
    ],
)
def test_a_guided_bomb_on_a_shop_is_an_air_strike(
    rules: EventRules,
    language: str,
    title: str,
    text: str,
    killed: int | None,
    injured: int | None,
) -> None:
    assert sub_type_and_figures(rules, language, title, text) == (
        "Air/drone strike",
        killed,
        injured,
    )


def test_a_missile_on_a_shop_stays_a_missile_attack(rules: EventRules) -> None:
    sub_event, killed, _ = sub_type_and_figures(
        rules,
        "ru",
        "Ракетный удар по супермаркету: погибли 14 мирных жителей",
        "Россия нанесла ракетный удар по супермаркету, погибли 14 мирных жителей.",
    )
    assert (sub_event, killed) == ("Shelling/artillery/missile attack", 14)
