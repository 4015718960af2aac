"""A town the gazetteer lacks is keyed by the place its text puts it in, and two outlets may
put a border town in two states: for story matching it is one place in its country. Real
analysis and store; the reports are written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.stories import save_report, stories_by_title

SATURDAY = datetime(2026, 6, 13, 8, tzinfo=UTC)

IN_BENUE = (
    "Gunmen kill 40 in Benue village",
    "Gunmen killed 40 people in Yelwata, a village in Benue State, on Friday night, police said.",
)
NEAR_NASARAWA = (
    "Herders' raid leaves dozens dead near state border",
    "Forty residents were killed when armed herders burst into homes in Yelwata, close to the "
    "Nasarawa State line, late on Friday, torching dozens of homes, community leaders told "
    "reporters.",
)
OTHER_RAID = (
    "Farmers shot dead in raid near state border",
    "Armed bandits shot dead 12 farmers guarding crops in Yelwata, close to the Nasarawa State "
    "line, late on Friday, a community leader told reporters.",
)


def test_a_border_town_put_in_two_states_is_one_story(store: Store, analyzer: Analyzer) -> None:
    save_report(store, analyzer, "makurdi", *IN_BENUE, SATURDAY)
    save_report(store, analyzer, "lafia", *NEAR_NASARAWA, SATURDAY + timedelta(hours=5))
    found = stories_by_title(store, SATURDAY - timedelta(days=2))
    assert found[IN_BENUE[0]] == found[NEAR_NASARAWA[0]]


def test_another_raid_on_the_town_that_night_stays_apart(store: Store, analyzer: Analyzer) -> None:
    save_report(store, analyzer, "makurdi", *IN_BENUE, SATURDAY)
    save_report(store, analyzer, "lafia", *OTHER_RAID, SATURDAY + timedelta(hours=5))
    found = stories_by_title(store, SATURDAY - timedelta(days=2))
    assert found[IN_BENUE[0]] != found[OTHER_RAID[0]]
