"""Buttons on briefings and digests: More, Subscribe, Mute this story, Share."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

from bot.answers.subscriptions import Matcher
from bot.runtime import demo
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.support.fake_slack import TEAM


def click(
    harness: SlackHarness, action_id: str, value: str, name: str, count: int = 1
) -> list[dict]:
    assert harness.action(action_id, value, response=name) == (200, "")
    answers = [c.body for c in harness.fake.wait_for(f"response:{name}", count)]
    for answer in answers:
        if "blocks" in answer:
            assert_valid_blocks(answer["blocks"])
    return answers


def test_more_subscribe_and_mute_this_story(harness: SlackHarness) -> None:
    demo.ingest_samples(harness.services)
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    article = harness.bot.store.place_articles([deir.key], limit=1)[0]
    [more] = click(harness, "article_more", str(article.id), "more")
    assert more["replace_original"] is False
    shown = text_of(more["blocks"])
    assert article.summary[:60] in shown
    assert all(source in shown for source in article.sources)
    [sub] = click(harness, "subscribe_place", deir.key, "sub")
    assert (
        "subscribed this channel to the place *Deir ez-Zor, Syria*, daily at 08:00" in sub["text"]
    )
    assert [s.target for s in harness.bot.channels.subscriptions(TEAM, ["CDESK"])] == [deir.key]
    [muted] = click(harness, "mute_story", str(article.id), "mute")
    assert "Muted “" in muted["text"]
    [mute] = harness.bot.channels.mutes(TEAM, "CDESK", harness.bot.clock())
    assert (mute.kind, mute.target) == ("story", str(article.story_id))
    now = harness.bot.clock() + timedelta(minutes=1)
    story = [  # the story as if it had just been published (the samples are old news)
        replace(a, published_at=now, first_seen_at=now)
        for a in harness.bot.store.place_articles([deir.key], limit=50)
        if a.story_id == article.story_id
    ]
    subscription = harness.bot.channels.subscriptions(TEAM, ["CDESK"])
    matcher = Matcher(harness.bot.gazetteer)
    assert matcher.select(story, subscription) == story, "the story matches the subscription"
    assert matcher.select(story, subscription, [mute]) == [], "every article of it is muted"


def test_share_posts_the_briefing_in_the_channel(harness: SlackHarness) -> None:
    demo.ingest_samples(harness.services)
    assert harness.command("/whatsnew", "Deir al-Zor 30d", response="brief") == (200, "")
    [briefing] = harness.fake.wait_for("response:brief")
    [share] = [
        e
        for b in briefing.body["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "share_briefing"
    ]
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    assert json.loads(share["value"])["p"] == deir.key
    shared, deleted = click(harness, "share_briefing", share["value"], "share", count=2)
    assert shared["response_type"] == "in_channel"
    assert "Shared by <@UANNA>" in text_of(shared["blocks"])
    assert "share_briefing" not in json.dumps(shared["blocks"])
    assert deleted["delete_original"] is True
