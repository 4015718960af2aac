"""The project's own sentence sets for event facts (tests/data/events/*.jsonl): traps a
reader must not take a figure, kind or place from, and controls it must keep."""

from __future__ import annotations

import json
from pathlib import Path

from bot.understand.events import EventRules, read_event

DATA = Path(__file__).parents[2] / "data" / "events"


def read_cases(name: str) -> list[dict[str, object]]:
    """The cases of `tests/data/events/<name>.jsonl`, one JSON object a line."""
    lines = (DATA / f"{name}.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def case_ids(cases: list[dict[str, object]]) -> list[str]:
    """A readable test id for each case: its class, language and place in the set."""
    return [f"{c['class']}-{c['lang']}-{i}" for i, c in enumerate(cases)]


def assert_figures(rules: EventRules, case: dict[str, object]) -> None:
    """The killed and injured figures read from the case are those it is coded with (none
    when the reader finds no event: a situation report)."""
    facts = read_event(rules.for_language(str(case["lang"])), str(case["title"]), str(case["text"]))
    if facts is None:
        assert (case["killed"], case["injured"]) == (None, None)
        return
    assert (facts.killed.min, facts.injured.min) == (case["killed"], case["injured"]), (
        facts.killed.as_written,
        facts.injured.as_written,
    )
