"""A story's event line in Slack: type, place and figures, only when the story has an event."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.records import Casualties, StoredArticle, StoredEvent, StoredPlace, Story
from bot.slack.blocks.stories import story_blocks
from tests.slack.checks import assert_valid_blocks, text_of

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
