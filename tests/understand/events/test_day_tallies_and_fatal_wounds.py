"""Classes read from real reporting (issue 17): a day's tally over many places gives no
figure ("over the past 24 hours", "au cours des dernières 24 heures"), nor does a count
over "less than a week"; a fatal wound or a death after wounding is killed, not injured
("смертельні травми", "умерла в больнице"); "no one hurt" said with words between
("пострадавших среди жителей нет"); French "abattus" of people is killed, of aircraft
nothing; a "Read also" line links another article, whose figures are not this one's. The
sentences (tests/data/events/day_tallies_and_fatal_wounds.jsonl) are written for this
test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, load_event_rules
from tests.understand.events.own_sets import assert_figures, case_ids, read_cases

CASES = read_cases("day_tallies_and_fatal_wounds")


@pytest.fixture(scope="module")
def rules() -> EventRules:
    return load_event_rules()


@pytest.mark.parametrize("case", CASES, ids=case_ids(CASES))
def test_figures_are_the_events_or_none(rules: EventRules, case: dict[str, object]) -> None:
    assert_figures(rules, case)
