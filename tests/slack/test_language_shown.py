"""Slack names the language of an article not in English, and of no article in English."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.records import StoredArticle, Story, StorySource
from bot.slack.blocks import article_detail, recap_blocks
from bot.slack.blocks.stories import story_blocks
from tests.slack.checks import text_of

WHEN = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)


def story(title: str, language: str | None) -> Story:
    article = StoredArticle(
        id=1,
        uid="1",
        title=title,
        link="https://news.example/1",
        summary="Shelling hit the city.",
        published_at=WHEN,
        first_seen_at=WHEN,
        relevance=9.0,
        is_conflict=True,
        sources=("Levant Monitor",),
        language=language,
    )
    return Story(1, (article,), (StorySource(1, "Levant Monitor", article.link, WHEN),))


def test_an_arabic_article_line_names_its_language() -> None:
    arabic = story("غارة جوية على ريف إدلب", "ar")
    assert "(Arabic)" in text_of(story_blocks(arabic))
    assert "(Arabic)" in text_of(recap_blocks([arabic], 24))
    assert "(Arabic)" in text_of(article_detail(arabic).blocks)


def test_an_english_or_undetermined_article_line_names_none() -> None:
    for language in ("en", "und", None):
        shown = text_of(story_blocks(story("Drone strike hits Kharkiv", language)))
        assert "(" not in shown.split("\n")[0]
