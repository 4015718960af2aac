"""A look-back giving no figure, days after the story window closed, joins the story told at
its town on the day its lead names, and only that day's (real analysis, real store). All
sentences are written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.stories import save_report, stories_by_title

FRIDAY = datetime(2026, 11, 20, 19, tzinfo=UTC)

STRIKE = (
    "Kherson : une frappe de missile russe fait 9 morts",
    "Une frappe de missile russe a tué 9 personnes vendredi soir à Kherson, dont deux "
    "enfants, et en a blessé 30 autres, selon le gouverneur régional.",
)
LOOK_BACK = (
    "Kherson families mourn those lost near a playground",
    "Neighbours in Kherson still gather at the playground where a Russian missile strike "
    "killed and wounded dozens of civilians last Friday evening, bringing flowers and toys "
    "for the children who died there.",
)
OTHER_DAY = (
    "Kherson families mourn those lost at a bus stop",
    "Neighbours in Kherson still gather at the bus stop where a Russian missile strike "
    "killed and wounded dozens of civilians on Tuesday morning, bringing flowers and "
    "candles for the passengers who died there.",
)


def test_a_look_back_days_on_joins_the_story_told_at_its_town_that_day(
    store: Store, analyzer: Analyzer
) -> None:
    save_report(store, analyzer, "quotidien", *STRIKE, FRIDAY + timedelta(hours=2))
    save_report(store, analyzer, "weekly", *LOOK_BACK, FRIDAY + timedelta(days=6))
    story_of = stories_by_title(store, FRIDAY - timedelta(days=1))
    assert story_of[LOOK_BACK[0]] == story_of[STRIKE[0]]


def test_a_look_back_to_another_day_stays_apart(store: Store, analyzer: Analyzer) -> None:
    save_report(store, analyzer, "quotidien", *STRIKE, FRIDAY + timedelta(hours=2))
    save_report(store, analyzer, "weekly", *OTHER_DAY, FRIDAY + timedelta(days=6))
    story_of = stories_by_title(store, FRIDAY - timedelta(days=1))
    assert story_of[OTHER_DAY[0]] != story_of[STRIKE[0]]
