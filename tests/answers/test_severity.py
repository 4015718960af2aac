"""Severity subscriptions: reading "when 5+ killed" and matching on the story's toll."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.answers.subscriptions import Matcher, parse_subscribe
from bot.records import Casualties, StoredArticle, StoredEvent, StoredPlace, Subscription
from bot.understand.analyzer import Analyzer
from tests.support.records import NOW, stored_article, subscription


@pytest.mark.parametrize(
    ("text", "query", "mode", "daily_at", "least"),
    [
        ("Syria alerts when 5+ killed", "Syria", "alerts", None, 5),
        ("Syria when 5+ killed daily 08:00", "Syria", "daily", "08:00", 5),
        ("Syria when 5+ killed", "Syria", "daily", "08:00", 5),
        ("Syria daily when 12+ dead 17:30", "Syria", "daily", "17:30", 12),
        ("within 30 km of Goma alerts when 1+ killed", "within 30 km of Goma", "alerts", None, 1),
        ("Deir al-Zor hourly 5+ killed", "Deir al-Zor", "hourly", None, 5),
        ("Syria alerts when at least 5 killed", "Syria", "alerts", None, 5),
        ("Syria at least 20 deaths alerts", "Syria", "alerts", None, 20),
        ("Syria alerts when 10,000+ people killed", "Syria", "alerts", None, 10_000),
        ("Syria alerts When 3 Killed", "Syria", "alerts", None, 3),
        ('"Mosul dam" when 2+ killed', '"Mosul dam"', "daily", "08:00", 2),
        ("journalists killed alerts", "journalists killed", "alerts", None, None),
        ("Dead Sea hourly", "Dead Sea", "hourly", None, None),
    ],
)
def test_a_threshold_reads_before_or_after_the_schedule(
    text: str, query: str, mode: str, daily_at: str | None, least: int | None
) -> None:
    request = parse_subscribe(text)
    assert (request.query, request.mode, request.daily_at, request.min_killed) == (
        query,
        mode,
        daily_at,
        least,
    )


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("Syria alerts when many killed", "`many` is no number of people killed: write e.g."),
        ("Syria alerts when killed", "give a number of people killed"),
        ("Syria alerts when at least killed", "give a number of people killed"),
        ("Syria alerts when 0+ killed", "a toll runs from 1 to 10,000 killed (not 0)"),
        ("Syria when 100000+ killed", "a toll runs from 1 to 10,000 killed (not 100,000)"),
        ("Syria alerts 5 killed", "say the least number killed: write e.g. `when 5+ killed`"),
        ("when 5+ killed Syria alerts", "put the toll after the place or topic"),
        ("Syria when 5+ killed in Idlib", "put the toll after the place or topic"),
        ("when 5+ killed alerts", "name a place or a topic before the toll"),
        ("Syria alerts when 5+ killed 25:00", "`25:00` is not a time of day"),
    ],
)
def test_a_threshold_it_cannot_read_says_how(text: str, error: str) -> None:
    with pytest.raises(ValueError, match=re.escape(error)):
        parse_subscribe(text)


def _reporting(article: StoredArticle, killed: int | None, story: int | None) -> StoredArticle:
    """The article with its own killed figure and its story's toll as the store gives them."""
    event = StoredEvent("Explosions/Remote violence", "Air/drone strike", Casualties(killed), None)
    return replace(article, event=event, story_id=7, story_killed=story)


def _severe(kind: str, target: str, least: int | None) -> Subscription:
    return replace(subscription(kind, target), mode="alerts", daily_at=None, min_killed=least)  # type: ignore[arg-type]


def test_a_threshold_takes_the_story_toll_not_the_article_figure(analyzer: Analyzer) -> None:
    deir = analyzer.gazetteer.lookup("Deir ez-Zor")[0]
    in_deir = StoredPlace(deir.key, deir.name, deir.kind, "SY", "Deir ez-Zor")
    strike = stored_article("Drone strike in Deir ez-Zor", [in_deir])
    matcher = Matcher(analyzer.gazetteer)
    five = [_severe("place", "cc:SY", 5)]
    early = _reporting(strike, killed=2, story=2)
    assert matcher.select([early], five) == [], "2 killed is below 5"
    risen = _reporting(strike, killed=2, story=6)
    assert matcher.select([risen], five) == [risen], "another report of the story says 6"
    assert matcher.matched([risen], five) == five
    assert matcher.matched([early], five) == []
    exact = _reporting(strike, killed=5, story=5)
    assert matcher.select([exact], five) == [exact], "5 is 5+"
    unknown = _reporting(strike, killed=None, story=None)
    assert matcher.select([unknown], five) == [], "no figure is no toll"
    assert matcher.select([unknown], [_severe("place", "cc:SY", None)]) == [unknown]
    assert matcher.select([risen], [_severe("place", "cc:IQ", 5)]) == [], "still its place"


def test_any_of_a_channels_subscriptions_may_take_an_article(analyzer: Analyzer) -> None:
    deir = analyzer.gazetteer.lookup("Deir ez-Zor")[0]
    in_deir = StoredPlace(deir.key, deir.name, deir.kind, "SY", "Deir ez-Zor")
    strike = _reporting(stored_article("Drone strike in Deir ez-Zor", [in_deir]), killed=2, story=2)
    matcher = Matcher(analyzer.gazetteer)
    both = [_severe("place", "cc:SY", 5), _severe("place", deir.key, None)]
    assert matcher.select([strike], both) == [strike]
    assert matcher.matched([strike], both) == both[1:], "the header names what took it"
    later = replace(both[0], created_at=NOW + timedelta(hours=1))
    assert matcher.select([replace(strike, story_killed=9)], [later]) == [], "not news to it"
