"""Protesters fired on by an armed group the headline and lead name, with no state force
doing it there, are civilians attacked (ACLED's excessive force is a state's); an attack or
a blast at a funeral, or a verb of shooting at its mourners, tells an incident whose figures
are read, while a headline burying the dead ("bury", "buries") is a funeral's and gives
none; a crowd that "demonstrated" after a massacre is a protest, the massacre's toll not its
own; "nearly 70" is below 70 and gives no minimum.

Traps: "Gunmen opened fire on a protest"; "5 killed, 8 hurt in attack at funeral", "funeral
suicide blast";
"Villagers bury 10 killed by soldiers"; "demonstrated ... after militants massacred 130".
Controls: police or troops firing on protesters stay excessive force, also when gunmen are
named beside them; a funeral headline with no incident still gives no figure. All sentences
are written for this test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, read_event


def read(rules: EventRules, title: str, text: str) -> tuple[str, int | None, int | None]:
    facts = read_event(rules.for_language("en"), title, text)
    assert facts is not None
    return facts.sub_event_type, facts.killed.min, facts.injured.min


@pytest.mark.parametrize(
    ("title", "text", "killed", "injured"),
    [
        (
            "Gunmen open fire on protest, killing five",
            "Unidentified gunmen opened fire on a protest in the city centre on Tuesday, "
            "killing five demonstrators and wounding 20, officials said.",
            5,
            20,
        ),
        (
            "Armed men shoot at demonstrators in the capital",
            "Masked armed men shot at demonstrators camped in the main square overnight, "
            "wounding 11 of them, witnesses said.",
            None,
            11,
        ),
        (
            "Protesters killed as militants storm sit-in",
            "At least seven protesters were killed when militants stormed a sit-in outside "
            "the provincial council on Sunday, medics said.",
            7,
            None,
        ),
    ],
)
def test_an_armed_group_firing_on_protesters_is_an_attack_on_civilians(
    rules: EventRules, title: str, text: str, killed: int | None, injured: int | None
) -> None:
    assert read(rules, title, text) == ("Attack", killed, injured)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Troops fire on protesters, killing 12",
            "Security forces opened fire on protesters in the city on Friday, killing 12 "
            "and wounding 30.",
        ),
        (
            "Police fire on protesters after gunmen attack convoy",
            "Police opened fire on protesters in the city on Friday, killing 12 and wounding "
            "30, hours after gunmen attacked a convoy nearby.",
        ),
    ],
)
def test_a_state_force_firing_on_protesters_stays_excessive_force(
    rules: EventRules, title: str, text: str
) -> None:
    assert read(rules, title, text)[0] == "Excessive force against protesters"


@pytest.mark.parametrize(
    ("title", "text", "killed", "injured"),
    [
        (
            "5 killed, 8 hurt in attack at funeral",
            "Five mourners were killed and eight wounded when gunmen opened fire on a funeral "
            "procession in the hill town on Thursday, police said.",
            5,
            8,
        ),
        (
            "Nine killed as soldiers shoot at mourners",
            "At least nine mourners were killed on Saturday when soldiers opened fire on a "
            "funeral procession in the suburb, activists said.",
            9,
            None,
        ),
        (
            "Over 20 die in funeral suicide blast",
            "More than 20 people died and 35 were wounded when a suicide bomber blew himself "
            "up among mourners at a funeral in the river town on Monday.",
            20,
            35,
        ),
    ],
)
def test_an_attack_at_a_funeral_is_an_incident(
    rules: EventRules, title: str, text: str, killed: int, injured: int | None
) -> None:
    _, got_killed, got_injured = read(rules, title, text)
    assert (got_killed, got_injured) == (killed, injured)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Villagers bury 10 killed by soldiers",
            "Ten farmers were buried on Saturday in the village. Two more died of their wounds "
            "overnight, raising the number killed in Friday's shooting to 12.",
        ),
        (
            "Thousands attend funeral of commander",
            "Thousands of mourners attended the funeral of the commander, who was killed in an "
            "air strike on Tuesday with four of his guards.",
        ),
    ],
)
def test_a_funeral_s_headline_still_gives_no_figure(
    rules: EventRules, title: str, text: str
) -> None:
    assert read(rules, title, text)[1:] == (None, None)


def test_a_crowd_that_demonstrated_after_a_massacre_is_a_protest(rules: EventRules) -> None:
    title = "Residents march for protection after massacre"
    text = (
        "Hundreds of residents demonstrated in the market town on Tuesday to demand "
        "protection after militants massacred more than 130 villagers nearby."
    )
    assert read(rules, title, text) == ("Peaceful protest", None, None)


def test_nearly_a_figure_gives_no_minimum(rules: EventRules) -> None:
    title = "Blast kills 20 at market"
    text = (
        "A bomb ripped through a crowded market on Monday, killing 20 people, police said. "
        "Nearly 70 others were injured."
    )
    assert read(rules, title, text)[1:] == (20, None)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Missiles hit homes in the port city",
            "What the strike demonstrated is that no district is out of range: ballistic "
            "missiles hit a residential neighbourhood on Monday, killing three people.",
        ),
        (
            "Coach: we demonstrated our character",
            "What we demonstrated tonight is that both teams played with courage, the coach "
            "said after the match.",
        ),
    ],
)
def test_demonstrated_as_showed_is_no_protest(rules: EventRules, title: str, text: str) -> None:
    """ "Demonstrated" is a protest only where people demonstrate somewhere or against
    something ("demonstrated in", "against", "outside"); "what we demonstrated is" showed."""
    facts = read_event(rules.for_language("en"), title, text)
    assert facts is None or facts.sub_event_type != "Peaceful protest"
