"""Figures of another incident a report recalls, and an arrest told with the attack it
answers. A sentence counting the event in a series ("the second such attack in a week")
then telling an earlier one, a clause pointing back at an incident ("killed in that
blast"), one told "the week before", parts added to a toll told as risen, a numeral
counting a place ("in one place") and an arrest "on suspicion of" aiding an attack give no
figure of their own to the event.
All sentences are written for this test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules
from tests.support.events import english_figures, sub_type_and_figures


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Gunmen burn checkpoint on northern highway",
            "Gunmen set fire to an empty police checkpoint on the northern highway late on "
            "Thursday, officials said. It was the second such attack in a week: a roadside "
            "bomb killed six policemen on Monday near the same bridge.",
            (None, None),
        ),
        (
            "Grenade lobbed at bus stand, nobody hurt",
            "A grenade was thrown at the bus stand in the old town on Friday and went off "
            "without harming anyone, police said. It was the third such attack this month, "
            "after a blast at the fruit market wounded 14 shoppers.",
            (None, None),
        ),
        (  # an apposition counting the event in its series keeps its figure
            "Car bomb hits army convoy",
            "A car bomb struck an army convoy on the coastal road on Sunday. The blast, the "
            "third such attack on the road this month, killed 12 soldiers, an officer said.",
            (12, None),
        ),
    ],
)
def test_a_series_sentence_tells_the_earlier_incident(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Explosive device found under bridge",
            "An explosive device went off under a bridge near the village on Tuesday without "
            "hurting anyone, police said. A similar blast hit the market square last month. "
            "Four policemen were killed in that blast.",
            (None, None),
        ),
        (
            "Rebels raid mining camp",
            "Rebels raided a gold mining camp in the hills on Wednesday and took fuel and "
            "radios, residents said. The same group attacked two farms in March; nine "
            "farmers died during those raids.",
            (None, None),
        ),
        (  # the event named with "the" keeps its figures
            "Mortar fire hits school yard",
            "Mortar rounds landed in a school yard in the town on Monday. Two pupils were "
            "killed in the attack and five were wounded, the mayor said.",
            (2, 5),
        ),
    ],
)
def test_a_clause_pointing_back_tells_another_incident(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers died in a shootout with rebels who had killed two other soldiers the "
        "week before, the army said.",
        "Three soldiers died in a shootout on Monday with rebels suspected of killing two "
        "other soldiers the previous week, the army said.",
    ],
)
def test_the_week_before_is_an_earlier_incident(rules: EventRules, text: str) -> None:
    assert english_figures(rules, "Soldiers killed in shootout", text) == (3, None)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Toll from hotel bombing climbs",
            "The number of people killed in the bombing of a hotel in the capital has risen "
            "to at least 27, the health minister said on Thursday. Rescue teams pulled the "
            "bodies of four more people from the rubble overnight, he said.",
            (27, None),
        ),
        (  # a part added to a toll not told as risen still adds
            "Shelling kills civilians in river town",
            "Shelling killed five people in the river town on Saturday, the governor said. "
            "Two more people died later in hospital, he added.",
            (7, None),
        ),
    ],
)
def test_no_part_is_added_to_a_risen_toll(
    rules: EventRules, title: str, text: str, expected: tuple[int | None, int | None]
) -> None:
    assert english_figures(rules, title, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fighters herded the farmers into one place and executed them, a witness said.",
        "The attackers lined the passengers up at one spot and executed the men, a driver said.",
    ],
)
def test_a_numeral_counting_a_place_is_no_victim(rules: EventRules, text: str) -> None:
    assert english_figures(rules, "", text) == (None, None)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Police arrest two guards on suspicion of aiding hotel suicide bombing",
            "Police arrested two hotel guards on suspicion of helping a suicide bomber who "
            "killed 19 people at the hotel last week, officials said on Monday.",
            ("Arrests", None, None),
        ),
        (  # a weak cue ("suspected") anchors no charge
            "",
            "Suspected rebels stormed a village over the weekend, killing nine people and "
            "burning houses, officials said.",
            ("Attack", 9, None),
        ),
    ],
)
def test_an_arrest_on_suspicion_is_no_attack(
    rules: EventRules, title: str, text: str, expected: tuple[str, int | None, int | None]
) -> None:
    assert sub_type_and_figures(rules, "en", title, text) == expected
