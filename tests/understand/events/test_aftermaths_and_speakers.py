"""A headline about what follows an incident or answers it (a reward offered, troops
deployed, a sentence passed, compensation paid, the dead's bodies handed over, prisoners
swapped, an anniversary marked), telling no incident of its own, gives no figure: the dead
its article names are earlier events'. A headline that tells an incident with a verb (a
blast on an anniversary, a clash beside reinforcements) keeps its figures. And people who
tell of the harm are not its victims: a figure before a verb of saying ("two witnesses said
12 were killed") counts the speakers, never the dead; "to death" after a court's verdict
("condemned to death") is a sentence passed, no death. All sentences are written for this
test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules
from tests.support.events import english_figures


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Government offers bounty for bandit leader",
            "The state offered 20 million naira for the capture of the bandit leader. His "
            "men raided a market in March, an attack that left 31 traders dead.",
            (None, None),
        ),
        (
            "Army to deploy 5,000 more soldiers along the northern frontier",
            "The ministry will send the soldiers within a month. The two armies fought a "
            "skirmish that killed 14 soldiers and wounded 30.",
            (None, None),
        ),
        (
            "Court jails four men for bus station bombing",
            "A court sentenced four men to 30 years each for the bombing, which killed 18 "
            "commuters and injured 60.",
            (None, None),
        ),
        (
            "Russia hands over bodies of fallen soldiers to Kyiv",
            "Russia handed over the bodies of 500 soldiers killed in the east, officials said.",
            (None, None),
        ),
        (
            "Town marks fifth anniversary of mosque massacre",
            "Hundreds gathered to remember the 44 worshippers shot dead at the mosque.",
            (None, None),
        ),
        (
            "Families of bus bombing victims receive compensation",
            "The state paid compensation to the families of 23 passengers killed in the bombing.",
            (None, None),
        ),
        (
            # control: bodies found, not handed over, are the event's dead
            "Bodies of 12 villagers found after raid",
            "Soldiers found the bodies of 12 villagers killed in the raid on Sunday.",
            (12, None),
        ),
        (
            # control: an incident on an anniversary, not an anniversary marked
            "Bomb blast on anniversary of independence",
            "A bomb exploded at a parade on the anniversary of independence, killing 6 "
            "people and wounding 20.",
            (6, 20),
        ),
        (
            # control: a clash told with a verb beside the reinforcements
            "Troops clash with rebels as army sends reinforcements",
            "Troops clashed with rebels near the river, killing 11 of them, and the army "
            "sent reinforcements.",
            (11, None),
        ),
        (
            # control: the headline tells an incident with a verb, its figures stay
            "Gunmen kill 9 villagers as army deploys troops to the district",
            "Gunmen killed nine villagers on Sunday, and the army sent troops to the area.",
            (9, None),
        ),
        (
            # control: an incident's own headline, no aftermath
            "Bombing at bus station kills 18",
            "A bomb at the bus station killed 18 commuters and injured 60, police said.",
            (18, 60),
        ),
    ],
)
def test_an_aftermath_gives_no_figure(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A nurse and three farmers said 12 were killed in the raid on the village.", (12, None)),
        ("Two elders told reporters that 7 people were wounded in the raid.", (None, 7)),
        ("Three residents said soldiers were killed in the raid on the village.", (None, None)),
        # control: the figure's own clause, a source told after it
        ("Two farmers were killed in the raid on the village, residents said.", (2, None)),
    ],
)
def test_speakers_are_not_victims(
    rules: EventRules, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, "Gunmen raid village", text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Verdict in the bus station case",
            "Three men were condemned to death on Monday for the bus station bombing.",
            (None, None),
        ),
        (
            "Verdict in the bus station case",
            "Harbour, May 4: Two men were sentenced to death today for the bus station bombing.",
            (None, None),
        ),
        # control: a death by violence told with "to death"
        ("Mob attack in the harbour", "Three men were beaten to death by a mob.", (3, None)),
    ],
)
def test_a_verdict_of_death_is_no_death(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected
