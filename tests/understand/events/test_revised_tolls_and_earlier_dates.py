"""Figures a report gives that are not its event's, and figures it gives in a roundabout way.
A body sentence dated by a calendar date ("On June 3, ...") when the headline and lead date
the event by a day of the week tells an earlier event: news names this week's days and
dates older ones. A first report's toll ("initially", "initial reports") is revised by a
later one ("has since risen to 30"). A headline of a hanging is an aftermath, no incident.
"Five dead and as many injured" gives five injured; "two soldiers were injured and later
succumbed to their wounds" gives two dead, no injured; "the second bomb in two days" counts
a series, so its figure is the event's, no tally. All sentences are written for this
test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules
from tests.support.events import english_figures


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Gunmen attack checkpoint in northern province",
            "Gunmen attacked a police checkpoint outside the town on Tuesday night, officials "
            "said. On June 3, a roadside blast killed 8 passengers on a bus in the district.",
            (None, None),
        ),
        (
            "Rebels raid border post",
            "Rebels attacked a border post on Friday and clashed with troops for an hour, the "
            "army said. The post guards a road to the north. On 14 March, 23 soldiers were "
            "killed and 30 wounded at a barracks in the province.",
            (None, None),
        ),
        (
            "Drone hits fuel depot",
            "A drone hit a fuel depot in the port city on Wednesday, setting it ablaze. The "
            "depot was last struck on Feb. 2, when three workers were killed.",
            (None, None),
        ),
    ],
)
def test_a_sentence_dated_before_this_week_tells_an_earlier_event(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # the headline and lead date the event by its month: the date is the event's
            "Air strike hits school",
            "An air strike hit a school in the valley on June 3, the council said. On June 3, "
            "the strike killed 12 pupils and wounded 20, teachers said.",
            (12, 20),
        ),
        (  # the date of a statement, not of an incident
            "Drone hits fuel depot in the port city",
            "A drone hit a fuel depot on Wednesday, the governor said. He said on 15 March "
            "that two workers were killed in the blaze.",
            (2, None),
        ),
        (  # a day of the week in the body: the same week's news of the event
            "Shelling hits frontline town",
            "Shelling hit the town on Monday. On Tuesday, officials said four civilians were "
            "killed and nine wounded.",
            (4, 9),
        ),
    ],
)
def test_a_date_of_the_event_or_of_a_statement_keeps_its_figures(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Hotel siege in the capital ends",
            "Initial reports said 38 people had been killed in the attack on the hotel. By "
            "Sunday at least 89 people were known to have been killed, officials said.",
            (89, None),
        ),
        (
            "Suicide bomber strikes wedding party",
            "A suicide bomber struck a wedding party in the east on Saturday. The blast "
            "initially killed 12 guests, but the toll has since risen to 30, doctors said.",
            (30, None),
        ),
        (
            "Blast at a bus station in the north",
            "A bomb went off at a bus station on Monday. Preliminary figures showed 14 people "
            "were killed. The governor later said 21 people had died and 40 were wounded.",
            (21, 40),
        ),
    ],
)
def test_a_first_reports_toll_gives_way_to_the_later_one(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (  # nothing revises it
            "Rocket strike on the port city",
            "A rocket struck the port city on Tuesday. The strike initially killed five "
            "people, the mayor said.",
            (5, None),
        ),
        (  # a part added, not a revision
            "Bomb hits checkpoint in the east",
            "A bomb hit an army checkpoint on Monday, initially killing four soldiers. Two "
            "more soldiers died in hospital later, the army said.",
            (6, None),
        ),
    ],
)
def test_a_first_reports_toll_stands_or_grows_by_its_parts(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Five men hanged over cinema bombing",
            "The five were hanged at dawn for the bombing of a cinema, in which 41 people "
            "were killed and 70 wounded, prison officials said.",
            (None, None),
        ),
        (
            "Country hangs three militants convicted of killing 19 soldiers",
            "The three were hanged on Tuesday in the central prison.",
            (None, None),
        ),
    ],
)
def test_a_hanging_gives_no_figure(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Militants ambush army convoy in north-west",
            "Militants ambushed an army convoy in the district on Wednesday, leaving five "
            "personnel dead and as many injured, the military said.",
            (5, 5),
        ),
        (
            "Ambush on police convoy",
            "Gunmen ambushed a police convoy on Thursday. Three policemen were wounded and as "
            "many killed.",
            (3, 3),
        ),
        (  # an earlier event's "as many" stays background
            "Car bomb in the market",
            "A car bomb went off in a market on Friday, killing nine people. It was the "
            "deadliest attack in the town since 2019, when 30 people were killed and as many "
            "injured.",
            (9, None),
        ),
        (
            "Two soldiers killed as militants attack patrol",
            "Militants attacked a patrol on Tuesday. Two soldiers were injured in the firing "
            "and later succumbed to their wounds in hospital.",
            (2, None),
        ),
        (
            "Second bus bomb in two days injures 14",
            "A bomb tore through a city bus on Friday, the second such attack in two days. "
            "Fourteen passengers were injured, police said.",
            (None, 14),
        ),
        (
            "2nd market blast in 3 days wounds 9",
            "A blast hit the central market on Sunday morning, police said.",
            (None, 9),
        ),
    ],
)
def test_figures_told_in_roundabout_ways(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected
