"""Never invent a figure: conflict reports whose numbers are not the event's killed or
injured (ages, units, people arrested or displaced, things destroyed, weapons launched,
distances, times, dates, percentages, money, earlier events' and wars' tolls, vague words),
and controls whose true figures stand beside such numbers. The sentences
(tests/data/events/no_figure.jsonl) are written for this test, each tagged with its class
of trap number."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, load_event_rules
from tests.understand.events.own_sets import assert_figures, case_ids, read_cases

CASES = read_cases("no_figure")


@pytest.fixture(scope="module")
def rules() -> EventRules:
    return load_event_rules()


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_figures_are_the_events_or_none(rules: EventRules, case: dict[str, object]) -> None:
    assert_figures(rules, case)


def test_the_set_covers_its_classes() -> None:
    negatives = [c for c in CASES if c["class"] != "control"]
    assert len(negatives) >= 60
    assert {c["lang"] for c in negatives} == {"en", "ru", "uk", "fr", "ar"}
