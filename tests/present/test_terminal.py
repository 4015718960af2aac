"""The terminal briefing says what it leaves out, and nothing contradictory."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console

from bot.answers import Briefing
from bot.present.terminal import render_briefing, story_block
from bot.records import Place, StoredArticle, Story, StorySource

SYRIA = Place("cc:SY", "Syria", "country", "SY", "Syria")
SINCE = datetime(2026, 11, 1, tzinfo=UTC)


def printed(answer: Briefing) -> str:
    console = Console(record=True, width=100)
    render_briefing(console, answer)
    return console.export_text()


def test_a_capped_briefing_says_how_many_more_stories_there_are() -> None:
    capped = Briefing("Syria", SYRIA, True, [], [], SINCE, [], False, [], [], more_stories=4)
    assert "4 more stories in that time are not shown" in printed(capped)


def test_nothing_new_and_nothing_before_says_so_once() -> None:
    empty = Briefing("Syria", SYRIA, True, [], [], SINCE, [], True, [], [])
    shown = printed(empty)
    assert "Nothing new since 2026-11-01 00:00 UTC." in shown
    assert "latest known before" not in shown


def test_a_story_not_in_english_names_its_language() -> None:
    def story(language: str) -> Story:
        article = StoredArticle(
            1, "1", "Title", None, "", SINCE, SINCE, 9.0, True, ("Outlet",), language=language
        )
        return Story(1, (article,), (StorySource(1, "Outlet", None, SINCE),))

    def shown(language: str) -> str:
        console = Console(record=True, width=100)
        console.print(story_block(story(language)))
        return console.export_text()

    assert "single source · 2026-11-01 00:00 UTC · Ukrainian" in shown("uk")
    assert "· 2026-11-01 00:00 UTC\n" in shown("en")
