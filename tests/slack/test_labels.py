"""Briefings say what they leave out, and nothing that contradicts itself."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import utcnow
from tests.answers.test_delivery import add_article
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness


def whatsnew(harness: SlackHarness, text: str, name: str) -> str:
    assert harness.command("/whatsnew", text, response=name) == (200, "")
    [answer] = harness.fake.wait_for(f"response:{name}")
    assert_valid_blocks(answer.body["blocks"])
    return text_of(answer.body["blocks"])


def test_a_capped_briefing_says_how_many_more_stories_there_are(harness: SlackHarness) -> None:
    syria = harness.bot.gazetteer.lookup("Syria")[0]
    now = utcnow()
    for i in range(14):
        add_article(
            harness.bot.store,
            f"Shelling report number {i} from Syria",
            syria,
            now - timedelta(hours=i),
        )
    shown = whatsnew(harness, "Syria", "syria")
    listed = sum(f"Shelling report number {i} from" in shown for i in range(14))
    assert listed == 10
    assert "4 more stories not shown" in shown


def test_a_place_without_news_says_so_once(harness: SlackHarness) -> None:
    shown = whatsnew(harness, "Kharkiv", "quiet")
    assert "Nothing published since" in shown
    assert "latest before" not in shown
    assert "No conflict articles name this place yet." in shown
