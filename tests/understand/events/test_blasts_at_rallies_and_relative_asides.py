"""A bomb that went off at a rally, march or demonstration is the blast's event, not a
protest, so its toll is read ("a suicide bombing at a political rally", "rally blast"); a
relative clause between commas after a figure and its noun is passed over, so the figure
counts for the casualty word after it ("Two soldiers, who were injured in the blast on
Monday, have succumbed": killed, not injured); each name of a list closed by a word for
districts ("over the Pogarsky, Starodubsky and Klimovsky districts") is a district of the
area the text puts the list in, not a town.

Traps: a protest over a bombing elsewhere stays a peaceful protest with no figure; a
relative clause that tells what the people were doing leaves the casualty word after it
in charge ("Two soldiers, who were patrolling the border, were injured"); a listed city of
the list is no parent of the others. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer
from bot.understand.events import EventRules, read_event
from bot.understand.places.unlisted import PREFIX


def read(rules: EventRules, title: str, text: str) -> tuple[str, int | None, int | None]:
    facts = read_event(rules.for_language("en"), title, text)
    assert facts is not None
    return facts.sub_event_type, facts.killed.min, facts.injured.min


@pytest.mark.parametrize(
    ("title", "text", "killed"),
    [
        (
            "Nearly 50 dead from rally blast",
            "Officials said the death toll from Sunday's suicide bombing at a political rally "
            "in the north of the country has risen to 56. The blast happened during a "
            "convention of a religious party.",
            56,
        ),
        (
            "Blast at opposition rally kills four",
            "A blast tore through a rally of opposition supporters in the capital on Sunday, "
            "killing four people and injuring 40, police said. Protesters had gathered to "
            "demand the resignation of the government.",
            4,
        ),
    ],
)
def test_a_blast_at_a_rally_is_the_blast_s_event(
    rules: EventRules, title: str, text: str, killed: int
) -> None:
    sub_event, got, _ = read(rules, title, text)
    assert sub_event != "Peaceful protest"
    assert got == killed


def test_a_protest_over_a_bombing_elsewhere_stays_a_protest(rules: EventRules) -> None:
    sub_event, killed, _ = read(
        rules,
        "Protesters march after bombing kills 12",
        "Hundreds of protesters marched through the city on Saturday after a bomb blast killed "
        "12 people at a market on Friday, demanding better security.",
    )
    assert (sub_event, killed) == ("Peaceful protest", None)


@pytest.mark.parametrize(
    ("title", "text", "figures"),
    [
        (
            "Soldiers succumb to injuries after IED blast",
            "Two soldiers, who were injured in the IED blast in the district on Monday, have "
            "succumbed to their injuries, officials said on Wednesday.",
            (2, None),
        ),
        (
            "Injured policemen die in hospital",
            "Three policemen, who had been wounded when militants attacked their post on "
            "Sunday, died in hospital on Tuesday, police said.",
            (3, None),
        ),
        (
            "Soldiers injured in IED blast",
            "Two soldiers, who were patrolling the border, were injured in an IED blast on "
            "Monday, officials said.",
            (None, 2),
        ),
        (
            "Civilians killed in shelling",
            "Four civilians, who were sheltering in a school, were killed when shells hit the "
            "building on Sunday, officials said.",
            (4, None),
        ),
    ],
)
def test_a_relative_clause_after_the_figure_is_passed_over(
    rules: EventRules, title: str, text: str, figures: tuple[int | None, int | None]
) -> None:
    assert read(rules, title, text)[1:] == figures


def test_each_name_of_a_list_of_districts_is_a_district_of_the_area(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "Drones downed over Bryansk Region",
        "Air defences destroyed six drones over the Bryansk Region overnight, the governor "
        "said. The drones were shot down over the Pogarsky, Starodubsky and Klimovsky "
        "districts, he wrote.",
    )
    found = {m.as_written: m.place for m in analysis.places}
    for name in ("Pogarsky", "Starodubsky", "Klimovsky"):
        assert found[name].kind == "admin2"
        assert found[name].key == f"{PREFIX}{found['Bryansk Region'].key}/{name.lower()}"


def test_a_listed_city_of_the_list_is_no_parent_of_the_others(analyzer: Analyzer) -> None:
    analysis = analyzer.analyze(
        "Shelling hits border villages",
        "Shelling hit villages in the Belgorod Region on Sunday, the governor said. Two "
        "civilians were injured in the Shebekino and Graivoron districts.",
    )
    found = {m.as_written: m.place for m in analysis.places}
    assert found["Graivoron"].key == f"{PREFIX}{found['Belgorod Region'].key}/graivoron"
