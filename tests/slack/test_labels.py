"""Briefings say what they leave out, and nothing that contradicts itself."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.clock import utcnow
from bot.runtime import demo
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
    listed = {i for i in range(14) if f"Shelling report number {i} from" in shown}
    assert listed == set(range(10)), "the latest ten"
    assert "4 more stories not shown" in shown

    [briefing] = harness.fake.calls_to("response:syria")
    [more] = [
        e
        for b in briefing.body["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "briefing_more"
    ]
    assert more["text"]["text"] == "Show the 4 more"
    assert harness.action("briefing_more", more["value"], response="more") == (200, "")
    [rest] = harness.fake.wait_for("response:more")
    assert rest.body["response_type"] == "ephemeral" and rest.body["replace_original"] is False
    assert_valid_blocks(rest.body["blocks"])
    lines = [line for line in text_of(rest.body["blocks"]).splitlines() if line.startswith("• ")]
    assert len(lines) == 4
    assert {i for i in range(14) for line in lines if f"number {i} from" in line} == {
        10,
        11,
        12,
        13,
    }


def test_a_place_without_news_says_so_once(harness: SlackHarness) -> None:
    shown = whatsnew(harness, "Kharkiv", "quiet")
    assert "Nothing published since" in shown
    assert "latest before" not in shown
    assert "No conflict articles name this place yet." in shown


def test_a_storys_subscribe_button_offers_where_it_happened(
    harness: SlackHarness, monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = demo.ingest_samples(harness.services)  # asked the day after the newest sample
    monkeypatch.setattr(harness.bot, "clock", lambda: samples.newest_published + timedelta(days=1))
    assert harness.command("/whatsnew", "Deir ez-Zor 90 days", response="deir") == (200, "")
    [answer] = harness.fake.wait_for("response:deir")
    blocks = answer.body["blocks"]
    offered: dict[str, str] = {}
    for i, block in enumerate(blocks):
        buttons = [e for e in block.get("elements", []) if e.get("action_id") == "subscribe_place"]
        if buttons and i > 0 and blocks[i - 1]["type"] == "section":
            offered[blocks[i - 1]["text"]["text"].split("|", 1)[1].split(">", 1)[0]] = buttons[0][
                "text"
            ]["text"]
    raid = next(title for title in offered if title.startswith("U.S.-led coalition raid"))
    assert offered[raid] == "Subscribe to Deir ez-Zor"
    assert "Subscribe to United States" not in offered.values()
