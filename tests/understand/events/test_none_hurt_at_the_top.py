"""A report whose headline or opening says nobody was hurt ("No injuries were reported")
gives the figures of its later paragraphs to other incidents: the strikes that answered
an earlier attack, a later exchange of fire, an earlier raid on the same post. A report
that tells a casualty at the top, or denies only deaths, still reads its later figures.
All sentences are written for this test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules
from tests.support.events import english_figures


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Mortar round lands near border town",
            "A mortar round fired across the border landed in a field outside the town on "
            "Thursday, the army said. No one was hurt. After the weekend's rocket fire, jets "
            "bombed two militant compounds across the border. Three farmers were killed by "
            "debris, local officials said.",
            (0, 0),
        ),
        (
            "Rocket hits empty school, no casualties",
            "A rocket struck an empty school in the northern suburb early on Saturday, the "
            "mayor said. There were no casualties. Fighters shelled the suburb again hours "
            "later and the army answered with artillery. Five soldiers were wounded in the "
            "exchange, a medic said.",
            (0, 0),
        ),
        (
            "Grenade thrown at police post",
            "Unknown attackers threw a grenade at a police post in the market area on Monday "
            "evening. No injuries were reported, police said. The post has been targeted "
            "repeatedly; gunmen wounded four constables there at the weekend.",
            (0, 0),
        ),
    ],
)
def test_figures_after_a_denial_at_the_top_are_another_incidents(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # only deaths denied: the wounded are the event's
            "Drone hits fuel depot",
            "A drone struck a fuel depot on the outskirts of the port city overnight, the "
            "governor said. No deaths were reported. Four workers were injured and taken to "
            "hospital.",
            (0, 4),
        ),
        (  # the top tells dead: "no one else" denies nobody's later wounds
            "Explosion at depot kills two guards",
            "An explosion at an ammunition depot killed two guards on Friday. No one else was "
            "hurt, officials said. Three firefighters were injured while tackling the blaze.",
            (2, 3),
        ),
    ],
)
def test_a_top_telling_casualties_keeps_its_later_figures(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected
