"""Corroboration thresholds: reading "when 2+ outlets report it within 2 h" and matching on
when the story's outlets first reported it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.answers.subscriptions import Matcher, parse_subscribe
from bot.records import Corroboration, StoredPlace, Subscription
from bot.understand.analyzer import Analyzer
from tests.support.records import NOW, stored_article, subscription

H = timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "query", "mode", "least", "outlets", "within"),
    [
        ("Sudan alerts when 2+ outlets report it within 2 h", "Sudan", "alerts", None, 2, 2 * H),
        ("Sudan alerts when 2+ outlets", "Sudan", "alerts", None, 2, 6 * H),
        ("Sudan when 3+ sources within 6h", "Sudan", "daily", None, 3, 6 * H),
        ("Sudan when at least 3 outlets within 90 min hourly", "Sudan", "hourly", None, 3, 1.5 * H),
        ("Sudan alerts 2+ outlets reported it within an hour", "Sudan", "alerts", None, 2, H),
        ("Sudan alerts when 5+ killed and 2+ outlets", "Sudan", "alerts", 5, 2, 6 * H),
        ("Sudan when 2+ outlets and 5+ killed alerts", "Sudan", "alerts", 5, 2, 6 * H),
        (
            "within 30 km of Goma when 2+ outlets alerts",
            "within 30 km of Goma",
            "alerts",
            None,
            2,
            6 * H,
        ),
        ("news sources alerts", "news sources", "alerts", None, None, None),
        ("open source intelligence hourly", "open source intelligence", "hourly", None, None, None),
    ],
)
def test_a_threshold_reads_with_the_schedule_and_toll(
    text: str,
    query: str,
    mode: str,
    least: int | None,
    outlets: int | None,
    within: timedelta | None,
) -> None:
    request = parse_subscribe(text)
    told = None if outlets is None or within is None else Corroboration(outlets, within)
    assert (request.query, request.mode, request.min_killed, request.corroboration) == (
        query,
        mode,
        least,
        told,
    )


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("Sudan alerts when 1+ outlets", "ask for 2 to 20 outlets (not 1)"),
        ("Sudan alerts when 21+ outlets", "ask for 2 to 20 outlets (not 21)"),
        ("Sudan alerts when many outlets", "`many` is no number of outlets"),
        ("Sudan alerts 2 outlets", "say the least number of outlets"),
        ("Sudan alerts when 2+ outlets within 5 min", "runs from 10 min to 24 h"),
        ("Sudan alerts when 2+ outlets within 2 days", "runs from 10 min to 24 h"),
        ("Sudan alerts when 2+ outlets within", "say within how long"),
        ("when 2+ outlets Sudan alerts", "put the outlets after the place or topic"),
        ("Sudan when 2+ outlets Darfur alerts", "put the outlets after the place or topic"),
    ],
)
def test_a_threshold_it_cannot_read_says_how(text: str, error: str) -> None:
    with pytest.raises(ValueError, match=re.escape(error)):
        parse_subscribe(text)


def _told(kind: str, target: str, outlets: int, within: timedelta) -> Subscription:
    sub = replace(subscription(kind, target), mode="alerts", daily_at=None)  # type: ignore[arg-type]
    return replace(sub, corroboration=Corroboration(outlets, within))


def test_a_threshold_counts_outlets_within_the_window_of_the_first_report(
    analyzer: Analyzer,
) -> None:
    darfur = analyzer.gazetteer.lookup("El Fasher")[0]
    there = StoredPlace(darfur.key, darfur.name, darfur.kind, "SD", "El Fasher")
    strike = replace(stored_article("Drone strike on El Fasher", [there]), story_id=3)
    matcher = Matcher(analyzer.gazetteer)
    two = [_told("place", "cc:SD", 2, 2 * H)]
    alone = replace(strike, story_outlets=(NOW,))
    assert matcher.select([alone], two) == [], "one outlet"
    seconded = replace(strike, story_outlets=(NOW, NOW + 2 * H))
    assert matcher.select([seconded], two) == [seconded], "a second outlet at the window's end"
    assert matcher.matched([seconded], two) == two
    late = replace(strike, story_outlets=(NOW, NOW + 2 * H + timedelta(minutes=1)))
    assert matcher.select([late], two) == [], "a second outlet after the window"
    three = [_told("place", "cc:SD", 3, 2 * H)]
    assert matcher.select([seconded], three) == []
    assert matcher.select([replace(strike, story_outlets=())], two) == [], "outlets not known"
    plain = [replace(two[0], corroboration=None)]
    assert matcher.select([alone], plain) == [alone]
