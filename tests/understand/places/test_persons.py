"""People named like towns, told by the words around the name (`persons`): a relative's word,
an age, a quotation and its verb, a common given name before the name, or a surname after a
given name that is also a place's; the places beside them stay places."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _written(gaz: Gazetteer, text: str) -> list[str]:
    return [written for m in find_places(gaz, text) for _, _, written in m.mentions]


def test_the_speaker_after_a_quotation_is_a_person_through_the_text(gaz: Gazetteer) -> None:
    text = (
        "Noma opened a case at the police station in Cape Town. “Nobody called me back,” "
        "said Noma. Noma works as a cleaner."
    )
    assert _written(gaz, text) == ["Cape Town"]


def test_a_country_before_its_ministers_title_after_a_quotation_stays_the_country(
    gaz: Gazetteer,
) -> None:
    text = "“The farms will be closed,” said Poland's minister of agriculture on Monday."
    assert _written(gaz, text) == ["Poland"]


def test_a_weak_name_between_a_quotation_and_its_verb_is_a_person(gaz: Gazetteer) -> None:
    text = "“We will appeal,” Fairfield said on Monday in Columbus, Ohio."
    assert "Fairfield" not in _written(gaz, text)


def test_a_name_speaking_twice_is_a_person_but_once_may_be_its_council(
    gaz: Gazetteer,
) -> None:
    twice = "Barry said the rent in Cardiff was low. Barry admitted the house was cold."
    assert _written(gaz, twice) == ["Cardiff"]
    once = "The march was peaceful, and organisers in Wales said Barry said no to the plan."
    assert "Barry" in _written(gaz, once)


def test_a_town_after_a_preposition_before_a_verb_of_speaking_stays_the_town(
    gaz: Gazetteer,
) -> None:
    text = "Officials in Ramadi said the road was open. A doctor in Ramadi said two were hurt."
    assert _written(gaz, text) == ["Ramadi", "Ramadi"]


@pytest.mark.parametrize(
    "text",
    [
        "The boy drowned while his father Zachary slept, police in Phoenix said.",
        "Her son, Parker, 8, was treated at a hospital in Charleston, S.C.",
        "The games were held in Denver, Colorado, on Sunday. (Ann Parker/AP)",
    ],
)
def test_a_relatives_word_an_age_or_a_credit_makes_the_name_a_person(
    gaz: Gazetteer, text: str
) -> None:
    written = _written(gaz, text)
    assert "Zachary" not in written and "Parker" not in written
    assert written in (["Phoenix"], ["Charleston", "S.C."], ["Denver", "Colorado"])


def test_a_place_after_a_common_given_name_is_a_surname(gaz: Gazetteer) -> None:
    text = "Mining minister Victor Cano met the delegation in Caracas, Venezuela."
    assert _written(gaz, text) == ["Caracas", "Venezuela"]


def test_a_saints_name_before_a_city_is_no_given_name(gaz: Gazetteer) -> None:
    text = "The team from St. Joseph London came second in the quiz."
    assert _written(gaz, text) == ["London"]


@pytest.mark.parametrize(
    "text",
    [
        "The series, shot in British Columbia, was created by Victoria Rowell last year.",
        "The driver, Virginia L. Lane, 77, was hurt.",
        "Tickets are sold by Sydney McClain at the library.",
    ],
)
def test_a_given_name_that_is_a_places_before_a_surname_is_a_person(
    gaz: Gazetteer, text: str
) -> None:
    assert _written(gaz, text) in ([], ["British Columbia"])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Virginia Department of Education will publish the figures.", "Virginia"),
        ("She studied at Virginia Commonwealth University for two years.", "Virginia"),
        ("Tourists crowded the viewpoints above Victoria Falls this week.", "Victoria Falls"),
    ],
)
def test_a_given_name_that_is_a_places_before_an_organisations_name_stays_the_place(
    gaz: Gazetteer, text: str, place: str
) -> None:
    assert place in _written(gaz, text)
