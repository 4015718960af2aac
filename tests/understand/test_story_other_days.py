"""A report dating its strike is not joined by its words to the story of another strike on
the same town two days before, through a follow-up of that story which names no day (real
analysis, real store). All sentences are written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.stories import save_report

MONDAY = datetime(2026, 11, 16, 9, tzinfo=UTC)

FIRST = (
    "Russian missiles hit Sumy bakery, killing 6",
    "Russian missiles struck a bakery in Sumy on Monday morning, killing 6 workers and "
    "injuring 14, the regional governor said.",
)
FOLLOW_UP = (
    "Sumy bakery destroyed by Russian missiles mourns workers",
    "The Sumy bakery destroyed by Russian missiles mourned its 6 workers killed in the strike "
    "as the regional governor said rescuers had cleared the rubble and 14 injured were in "
    "hospital.",
)
LATER = (
    "Russian missiles hit Sumy warehouse, regional governor says",
    "Russian missiles struck a warehouse in Sumy on Wednesday, killing 3 workers and "
    "injuring 9, the regional governor said as rescuers cleared the rubble.",
)


def test_a_strike_two_days_on_does_not_join_by_an_undated_follow_up(
    store: Store, analyzer: Analyzer
) -> None:
    save_report(store, analyzer, "wire", *FIRST, MONDAY + timedelta(hours=2))
    save_report(store, analyzer, "daily", *FOLLOW_UP, MONDAY + timedelta(hours=20))
    save_report(store, analyzer, "courier", *LATER, MONDAY + timedelta(days=2, hours=3))
    found = store.conflict_articles_since(MONDAY - timedelta(days=2))
    story_of = {a.title: a.story_id for a in found}
    assert story_of[FOLLOW_UP[0]] == story_of[FIRST[0]]
    assert story_of[LATER[0]] != story_of[FIRST[0]]
