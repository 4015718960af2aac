"""A toll that grows after it is first given, and figures of a later incident. A toll told
as risen ("the toll has since climbed to 15") replaces a smaller figure read before it; a
headline's figure of one group ("kills 9 kids") grows to the body's sum of parts holding it
("nine children and nine adults"); a sentence opening on a later time that tells an act of
its own ("Later that night a drone hit a house, killing one more") is another incident,
whose dead are not added. All sentences are written for this test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules
from tests.support.events import english_figures


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Toll from market bombing climbs",
            "A car bomb went off in a busy market in the town on Saturday, killing 11 people, "
            "police said. The toll has since climbed to 15, a hospital official said.",
            (15, None),
        ),
        (
            "Shelling of bus station kills civilians",
            "Artillery shells hit a bus station in the city on Thursday, killing six people. "
            "The death toll later rose to nine as two of the wounded died in hospital.",
            (9, None),
        ),
        (  # a headline's risen toll stands beside a smaller figure the body gives first
            "Toll in mosque attack rises to 30",
            "Gunmen stormed a mosque in the village during Friday prayers, killing 24 "
            "worshippers. The death toll rose to 30 overnight, a local official said.",
            (30, None),
        ),
    ],
)
def test_a_toll_told_as_risen_replaces_the_smaller_one(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Missile kills 9 kids in northern town",
            "A missile struck an apartment block in the town on Tuesday evening, killing nine "
            "children and nine adults, the regional governor said.",
            (18, None),
        ),
        (
            "Air strike kills 4 women at well",
            "An air strike hit a crowd at a water well in the village on Monday, killing four "
            "women and three men and wounding 12, medics said.",
            (7, 12),
        ),
        (  # a sum that does not hold the headline's figure is no whole of it
            "Roadside bomb kills 5 soldiers",
            "A roadside bomb hit an army truck near the border on Thursday, killing five "
            "soldiers. In a clash nearby, troops killed two officers and six fighters of the "
            "group.",
            (5, None),
        ),
    ],
)
def test_a_headline_figure_grows_to_the_sum_of_parts_that_holds_it(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Missile kills 9 kids in northern town",
            "A missile struck an apartment block in the town on Tuesday evening, killing nine "
            "children and nine adults, the regional governor said. Later that night a drone "
            "hit a house on the outskirts, killing one more person.",
            (18, None),
        ),
        (
            "Missile strike kills 7 in city centre",
            "A missile hit a shopping street in the city on Friday, killing seven people and "
            "wounding 20, officials said. Hours later a drone struck a village nearby, killing "
            "two more people.",
            (7, 20),
        ),
        (  # later news of the same event, no act of its own: its dead are added
            "Drone strike kills 5 at bus stop",
            "A drone hit a bus stop in the city on Wednesday, killing five people. Later that "
            "day two more people died of their wounds, doctors said.",
            (7, None),
        ),
    ],
)
def test_a_later_act_is_another_incident(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected
