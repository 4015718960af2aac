"""Times that are not the event's (issue 17): a toll told over a period ("in the first two
weeks of November", "since January", "за тиждень", "منذ بداية الشهر") is no one event's; a
place told with an earlier time ("captured in Bakhmut in 2023", "during the siege of
Mariupol"), a state named as a go-between ("mediated by the United Arab Emirates") and a
name cited in quotation marks ("calls the capital “Kiev”") are not the event's place; a
month ("the March attack", "since March") is no protest march. The sentences
(tests/data/events/times.jsonl) are written for this test, each tagged with its class,
controls beside the traps."""

from __future__ import annotations

import pytest

from bot.understand.analyzer import Analyzer
from bot.understand.events import EventRules, read_event
from bot.understand.events.kinds import classify
from tests.understand.events.own_sets import assert_figures, case_ids, read_cases

CASES = read_cases("times")


def _cases(check: str) -> list[dict[str, object]]:
    return [c for c in CASES if c["check"] == check]


def _ids(check: str) -> list[str]:
    return case_ids(_cases(check))


@pytest.mark.parametrize("case", _cases("figures"), ids=_ids("figures"))
def test_a_toll_over_a_period_is_no_events(rules: EventRules, case: dict[str, object]) -> None:
    assert_figures(rules, case)


@pytest.mark.parametrize("case", _cases("kind"), ids=_ids("kind"))
def test_a_month_is_no_march(rules: EventRules, case: dict[str, object]) -> None:
    facts = read_event(rules.for_language(str(case["lang"])), str(case["title"]), str(case["text"]))
    assert (facts.event_type == "Protests") is case["protest"], facts.sub_event_type


@pytest.mark.parametrize("case", _cases("place"), ids=_ids("place"))
def test_a_past_events_place_is_not_the_events(analyzer: Analyzer, case: dict[str, object]) -> None:
    event = analyzer.analyze(str(case["title"]), str(case["text"])).event
    assert event is not None
    found = None if event.place is None else event.place.as_written
    if case["place"] is not None:
        assert found == case["place"]
    assert found != case["not_place"]


def test_the_set_covers_its_classes() -> None:
    traps = [c for c in CASES if c["class"] != "control"]
    assert len(traps) >= 30
    classes = {"period", "past_place", "mediator", "quoted_name", "month"}
    assert {c["class"] for c in traps} == classes
    assert {c["lang"] for c in traps if c["class"] == "period"} == {"en", "fr", "ru", "uk", "ar"}


@pytest.mark.parametrize(
    "case",
    [c for c in _cases("kind") if not c["protest"]],
    ids=[i for i, c in zip(_ids("kind"), _cases("kind"), strict=True) if not c["protest"]],
)
def test_a_month_counts_for_no_crowd(rules: EventRules, case: dict[str, object]) -> None:
    """Not only the winning type: no protest or riot type scores from a month."""
    local = rules.for_language(str(case["lang"]))
    verdict = classify(local, str(case["title"]), [str(case["text"])])
    crowds = {name: verdict.scores[name] for name in local.crowds}
    assert not any(crowds.values()), crowds
