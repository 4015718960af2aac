"""A date's numbers are no victims (issue 17): the day of a date or dateline in any language
the bot reads ("27 janvier", "Jan. 27", "27 de enero", "9 мая", "14 березня", "14 تشرين
الأول", "12 جويلية") and a name made of a capital and digits ("M23", "AK47") never count
people; figures in digits beside a date and written-out numbers still do ("dix morts",
"десять", "عشرة"). The sentences (tests/data/events/dates.jsonl) are written for this test,
each tagged with its class, controls beside the traps."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules
from bot.understand.events.numbers import in_date, tokenize
from tests.understand.events.own_sets import assert_figures, case_ids, read_cases

CASES = read_cases("dates")


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_a_dates_numbers_are_no_victims(rules: EventRules, case: dict[str, object]) -> None:
    assert_figures(rules, case)


def test_the_set_covers_its_classes() -> None:
    traps = [c for c in CASES if c["class"] != "control"]
    assert len(traps) >= 20
    assert {c["class"] for c in CASES} == {"date", "group_name", "control"}
    assert {c["lang"] for c in traps if c["class"] == "date"} == {"en", "fr", "ru", "uk", "ar"}


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("le 27 janvier 2025", True),
        ("el 27 de enero", True),
        ("am 27. Januar", True),
        ("il 1° novembre", True),
        ("on Jan. 27", True),
        ("le 14 févr. 2025", True),
        ("27 set 2024", True),
        ("5 out of 10", False),
        ("the 27 set pieces", False),
        ("32 janvier", False),
        ("27 civils", False),
    ],
)
def test_a_day_is_told_by_its_month(sentence: str, day: bool) -> None:
    words = [t.text for t in tokenize(sentence)]
    at = next(i for i, w in enumerate(words) if w.isdigit())
    assert in_date(words, at) is day


@pytest.mark.parametrize(
    ("sentence", "token"),
    [
        ("the M23 rebels", "m23"),
        ("an AK47 rifle", "ak47"),
        ("Бои с М23", "м23"),
        ("a Mi-8", "mi-8"),
    ],
)
def test_a_name_of_a_capital_and_digits_is_one_word(sentence: str, token: str) -> None:
    assert token in [t.text for t in tokenize(sentence)]


def test_an_arabic_conjunction_before_digits_stays_apart() -> None:
    assert [t.text for t in tokenize("قتيلا و23 جريحا")][1:3] == ["و", "23"]
