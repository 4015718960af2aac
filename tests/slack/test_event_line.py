"""A story's event line in Slack: type, place (with the area and country that place it) and
figures, only when the story has an event."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.clock import utcnow
from bot.records import Casualties, StoredArticle, StoredEvent, StoredPlace, Story
from bot.slack.blocks.stories import story_blocks
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
