"""A report that places the event at the capital of the officials it quotes ("the ministry in
Khartoum said") and names the town where it was joins the other outlets' story of it; another
strike on that town the same day stays apart (real analysis, real store). All sentences are
written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.stories import save_report, stories_by_title

SUNDAY = datetime(2026, 11, 22, 8, tzinfo=UTC)

FRENCH = (
    "Soudan : des obus frappent le marché d'El Fasher",
    "Au moins 20 personnes ont été tuées dimanche par des obus tirés sur le marché central "
    "d'El Fasher, selon des secouristes.",
)
SEAT = (
    "Khartoum accuses paramilitary of shelling market, 20 dead",
    "The foreign ministry in Khartoum said on Sunday that shelling by the Rapid Support Forces "
    "killed 20 people at the central market in El Fasher.",
)
OTHER = (
    "Drone hits maternity ward in El Fasher",
    "Doctors in El Fasher counted 6 dead after a drone slammed into the maternity ward of the "
    "main hospital before dawn, and nurses carried newborns to safety.",
)


def test_a_report_placed_at_its_officials_capital_joins_the_story_of_the_town(
    store: Store, analyzer: Analyzer
) -> None:
    save_report(store, analyzer, "sahel", *FRENCH, SUNDAY)
    save_report(store, analyzer, "nile", *OTHER, SUNDAY + timedelta(hours=2))
    save_report(store, analyzer, "levant", *SEAT, SUNDAY + timedelta(hours=5))
    story_of = stories_by_title(store, SUNDAY - timedelta(days=2))
    assert story_of[SEAT[0]] == story_of[FRENCH[0]]
    assert story_of[OTHER[0]] != story_of[FRENCH[0]]
