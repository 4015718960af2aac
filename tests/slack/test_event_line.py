"""A story's event line in Slack: type, place (with the area and country that place it) and
figures, only when the story has an event."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.clock import utcnow
from bot.records import Casualties, StoredArticle, StoredEvent, StoredPlace, Story
from bot.slack.blocks.stories import story_blocks
from tests.answers.test_delivery import add_article
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_commands import ask
from tests.slack.test_posting import subscribe
from tests.slack.test_story_updates import report, top_level

WHEN = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)
HAJIN = StoredPlace("gn:174506", "Hajin", "city", "SY", "Hajin")
ARTICLE = StoredArticle(
    id=1,
    uid="1",
    title="Air strike hits town",
    link="https://news.example/1",
    summary="An air strike hit the town.",
    published_at=WHEN,
    first_seen_at=WHEN,
    relevance=9.0,
    is_conflict=True,
    sources=("Levant Monitor", "Wire"),
    places=(HAJIN,),
)


def test_a_story_with_an_event_shows_its_line() -> None:
    event = StoredEvent(
        "Explosions/Remote violence",
        "Air/drone strike",
        killed=Casualties(4, False),
        injured=Casualties(9, True),
        place=HAJIN,
    )
    blocks = story_blocks(Story.alone(replace(ARTICLE, event=event)))
    assert_valid_blocks(blocks)
    shown = text_of(blocks)
    assert "Air/drone strike · Hajin · at least 4 killed (Levant Monitor) · 9 injured" in shown


def test_figures_the_text_does_not_give_are_left_out() -> None:
    event = StoredEvent("Battles", "Armed clash", Casualties(), Casualties(0, True))
    text = text_of(story_blocks(Story.alone(replace(ARTICLE, event=event))))
    assert "Armed clash · none injured (Levant Monitor)" in text
    assert "killed" not in text


def test_a_story_without_an_event_has_no_line() -> None:
    lines = text_of(story_blocks(Story.alone(ARTICLE))).split("\n")
    assert lines[1].startswith("2 sources: ")


def test_alerts_their_updates_and_briefings_name_the_town_with_its_province(
    harness: SlackHarness,
) -> None:
    bot = harness.bot
    subscribe(harness, "Syria alerts")
    hajin = next(p for p in bot.gazetteer.lookup("Hajin") if p.country == "Syria")
    now = utcnow() + timedelta(minutes=3)
    report(bot.store, hajin, "Desert Post", 2, utcnow())
    assert bot.jobs.alerts(now) == 1
    [post] = top_level(harness)
    assert_valid_blocks(post["blocks"])
    line = "Armed clash · Hajin, Deir ez-Zor, Syria · at least 2 killed (Desert Post)"
    assert line in text_of(post["blocks"])

    report(bot.store, hajin, "Levant Daily", 7, utcnow())
    assert bot.jobs.alerts(now + timedelta(minutes=3)) == 1
    [post] = top_level(harness)  # updated in place: the same line, the new toll
    line = "Armed clash · Hajin, Deir ez-Zor, Syria · at least 7 killed (Levant Daily)"
    assert line in text_of(post["blocks"])

    briefing = text_of(ask(harness, "/whatsnew", "Hajin", "brief")["blocks"])
    assert line in briefing


def listed_lines(blocks: list[dict[str, Any]]) -> list[str]:
    """The one-line stories of a message ("• ...")."""
    return [line for line in text_of(blocks).splitlines() if line.startswith("• ")]


def test_a_weekly_digest_gives_each_story_its_event_line(harness: SlackHarness) -> None:
    bot = harness.bot
    slot = utcnow().replace(minute=0, second=0, microsecond=0) + timedelta(hours=2)
    subscribe(harness, f"Syria weekly on {slot:%A} at {slot:%H}:00")
    hajin = next(p for p in bot.gazetteer.lookup("Hajin") if p.country == "Syria")
    report(bot.store, hajin, "Desert Post", 4, utcnow())
    assert bot.jobs.digests(slot + timedelta(minutes=1)) == 1
    [digest] = top_level(harness)
    assert_valid_blocks(digest["blocks"])
    assert "Weekly digest: Syria" in text_of(digest["blocks"])
    [line] = listed_lines(digest["blocks"])
    assert "· Armed clash · Hajin, Deir ez-Zor, Syria · at least 4 killed (Desert Post) ·" in line


def test_a_new_subscriptions_recap_gives_each_story_its_event_line(
    harness: SlackHarness,
) -> None:
    bot = harness.bot
    khan_yunis = next(p for p in bot.gazetteer.lookup("Khan Yunis") if p.kind == "city")
    report(bot.store, khan_yunis, "Coast Wire", 3, utcnow() - timedelta(hours=2))
    said = ask(harness, "/subscribe", "Gaza Strip alerts", "sub")
    assert_valid_blocks(said["blocks"])
    [line] = listed_lines(said["blocks"])
    # the country by the short name reporting uses, not GeoNames' "Palestinian Territory"
    assert (
        "· Armed clash · Khan Yunis, Gaza Strip, Palestine · at least 3 killed (Coast Wire)" in line
    )


def test_the_stories_a_briefing_left_out_keep_their_event_lines(harness: SlackHarness) -> None:
    bot = harness.bot
    hajin = next(p for p in bot.gazetteer.lookup("Hajin") if p.country == "Syria")
    now = utcnow()
    report(bot.store, hajin, "Desert Post", 5, now - timedelta(days=2))
    for i in range(10):  # ten later stories fill the briefing
        add_article(bot.store, f"Hajin talks, round {i}", hajin, now - timedelta(hours=i))
    briefing = ask(harness, "/whatsnew", "Hajin", "brief")
    [more] = [
        e
        for b in briefing["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "briefing_more"
    ]
    assert harness.action("briefing_more", more["value"], response="more") == (200, "")
    [rest] = harness.fake.wait_for("response:more")
    assert_valid_blocks(rest.body["blocks"])
    [line] = listed_lines(rest.body["blocks"])
    assert "· Armed clash · Hajin, Deir ez-Zor, Syria · at least 5 killed (Desert Post) ·" in line
