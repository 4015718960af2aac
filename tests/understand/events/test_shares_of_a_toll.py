"""A toll told first and then shared out: "eight of those killed were children" or "four
soldiers were killed" followed by a share told as added ("three women were also killed",
"troops also killed 16 militants") that makes up the toll exactly is its last share, not
more dead; a share that goes past the toll is still added. A lead listing several shares
between commas ("28 people, including five civilians, 10 soldiers and 13 militants, were
killed") still gives the toll. All sentences are written for this test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules
from tests.support.events import english_figures


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Air strike hits crowded market",
            "An air strike killed 12 people at a crowded market on Monday, medics said. Five "
            "of those killed were children, the hospital said. Four women and three men were "
            "also killed.",
            (12, None),
        ),
        (
            "Fighting near the border",
            "At least 20 people were killed in fighting near the border on Sunday, officials "
            "said. Four soldiers were killed, the army said. Troops also killed 16 militants.",
            (20, None),
        ),
        (
            "Attacks in the northwest",
            "At least 28 people, including five civilians, 10 soldiers and 13 militants, were "
            "killed in two attacks in the northwest on Tuesday, the military said.",
            (28, None),
        ),
    ],
)
def test_a_share_that_makes_up_the_toll_is_no_more_dead(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


def test_a_share_beyond_the_toll_is_added(rules: EventRules) -> None:
    text = (
        "An air strike killed 12 people at a crowded market on Monday, medics said. Five of "
        "those killed were children, the hospital said. Two rescuers were also killed."
    )
    assert english_figures(rules, "Air strike hits crowded market", text) == (14, None)
