"""A strike whose dead and injured were counted on between two languages' reports is one
story; another strike on the town that day, whose injured fell in a later report, stays
apart (real analysis, real store). All sentences are written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.stories import save_report, stories_by_title

MORNING = datetime(2026, 11, 18, 9, tzinfo=UTC)

UKRAINIAN = (
    "Ракетний удар по Ніжину: загинули 9 людей",
    "Сьогодні вранці російська ракета влучила в багатоповерхівку в Ніжині. Загинули 9 людей, "
    "ще 20 отримали поранення, повідомив міський голова.",
)
ENGLISH = (
    "Russian missile strike on Nizhyn apartment block kills 12",
    "A Russian missile slammed into an apartment block in Nizhyn on Wednesday morning, "
    "killing 12 people and injuring 45, the regional governor said as rescuers searched "
    "the rubble.",
)
OTHER = (
    "Drone hits minibus near Nizhyn market",
    "A drone struck a minibus at a bus stop by the Nizhyn market on Wednesday, killing 8 "
    "passengers and injuring 4, police said.",
)


def test_a_toll_counted_on_in_another_language_joins_and_another_strike_stays_apart(
    store: Store, analyzer: Analyzer
) -> None:
    save_report(store, analyzer, "kyivdesk", *UKRAINIAN, MORNING + timedelta(hours=1))
    save_report(store, analyzer, "wire", *ENGLISH, MORNING + timedelta(hours=5))
    save_report(store, analyzer, "courier", *OTHER, MORNING + timedelta(hours=8))
    story_of = stories_by_title(store, MORNING - timedelta(days=2))
    assert story_of[ENGLISH[0]] == story_of[UKRAINIAN[0]]
    assert story_of[OTHER[0]] != story_of[UKRAINIAN[0]]
