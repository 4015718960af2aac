"""Never invent a figure: conflict reports whose numbers are not the event's killed or
injured (ages, units, people arrested or displaced, things destroyed, weapons launched,
distances, times, dates, percentages, money, earlier events' and wars' tolls, vague words),
and controls whose true figures stand beside such numbers. The sentences
(tests/data/events/no_figure.jsonl) are written for this test, each tagged with its class
of trap number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.understand.events import EventRules, load_event_rules, read_event

CASES = [
    json.loads(line)
    for line in (Path(__file__).parents[2] / "data" / "events" / "no_figure.jsonl")
    .read_text("utf-8")
    .splitlines()
    if line.strip()
]


@pytest.fixture(scope="module")
def rules() -> EventRules:
    return load_event_rules()


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{c['class']}-{c['lang']}-{i}" for i, c in enumerate(CASES)]
)
def test_figures_are_the_events_or_none(rules: EventRules, case: dict[str, object]) -> None:
    facts = read_event(rules.for_language(str(case["lang"])), str(case["title"]), str(case["text"]))
    assert (facts.killed.min, facts.injured.min) == (case["killed"], case["injured"]), (
        facts.killed.as_written,
        facts.injured.as_written,
    )


def test_the_set_covers_its_classes() -> None:
    negatives = [c for c in CASES if c["class"] != "control"]
    assert len(negatives) >= 60
    assert {c["lang"] for c in negatives} == {"en", "ru", "uk", "fr", "ar"}
