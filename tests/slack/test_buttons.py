"""Buttons on briefings and digests: More, Subscribe, Mute this story, Share."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

from bot.answers.subscriptions import Matcher
from bot.runtime import demo
from bot.slack.blocks import subscribe_value
from bot.slack.guard import REFUSED_BUTTON
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


def test_an_old_subscribe_button_naming_an_unlisted_village_follows_it_by_name(
    harness: SlackHarness,
) -> None:
    """A story's button posted before review18 named a village the gazetteer lacks
    ("unlisted:<parent>/<slug>"): pressing it follows the village by the name the button
    showed, as a topic, and says why and which listed area holds it (it was dropped
    unanswered)."""
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    area = harness.bot.gazetteer.get(harness.bot.gazetteer.ancestors(deir.key)[0])
    assert area is not None
    key = f"unlisted:{area.key}/al-shafa"
    assert harness.action(
        "subscribe_place", key, response="old", ephemeral=False, label="Subscribe to Al-Shafa"
    ) == (200, "")
    [answer] = [c.body for c in harness.fake.wait_for("response:old")]
    assert answer["response_type"] == "in_channel"
    assert "subscribed this channel to the topic *Al-Shafa*, daily at 08:00" in answer["text"]
    assert "a place I know only from reports" in answer["text"]
    assert f"`/subscribe {area.name}` follows all of {area.label}" in answer["text"]
    [sub] = harness.bot.channels.subscriptions(TEAM, ["CDESK"])
    assert (sub.kind, sub.target, sub.label) == ("topic", "al-shafa", "Al-Shafa")
    cut = harness.action("subscribe_place", key, channel="COTHER", response="cut",
                         ephemeral=False, label="Subscribe to Al-Sh…")  # fmt: skip
    assert cut == (200, "")
    harness.fake.wait_for("response:cut")
    [other] = harness.bot.channels.subscriptions(TEAM, ["COTHER"])
    assert other.label == "Al-Shafa", "a label cut to fit is no name: the key's slug is"


def test_a_subscribe_button_whose_place_is_no_longer_known_offers_the_closest(
    harness: SlackHarness,
) -> None:
    """The gazetteer changed between posting and pressing: the answer says the place is no
    longer known (not "use /subscribe in a channel") and offers the places of the closest
    names, each keeping what the button asked for; nothing is followed until one is
    pressed."""
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    gone = '{"p": "gn:999999999", "m": "alerts", "t": null, "k": 5}'
    assert harness.action(
        "subscribe_place_0", gone, response="gone", label="Deir ez-Zor, Syria"
    ) == (200, "")
    [answer] = [c.body for c in harness.fake.wait_for("response:gone")]
    assert answer["response_type"] == "ephemeral" and answer["replace_original"] is False
    assert_valid_blocks(answer["blocks"])
    shown = text_of(answer["blocks"])
    assert "I no longer know “Deir ez-Zor, Syria” as a place" in shown
    assert "nothing is followed yet" in shown and "use `/subscribe` in a channel" not in shown
    offered = [e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert offered[0]["action_id"] == "subscribe_place_0"
    assert json.loads(offered[0]["value"]) == {"p": deir.key, "k": 5, "m": "alerts", "t": None}
    assert harness.bot.channels.subscriptions(TEAM, ["CDESK"]) == []
    [sub] = click(harness, offered[0]["action_id"], offered[0]["value"], "pick")
    assert "the place *Deir ez-Zor, Syria*, as alerts (when 5+ killed)" in sub["text"]
    story = harness.action("subscribe_place", "gn:999999999", response="story",
                           label="Subscribe to Aleppo")  # fmt: skip
    assert story == (200, "")
    [plain] = [c.body for c in harness.fake.wait_for("response:story")]
    assert "I no longer know “Aleppo” as a place" in text_of(plain["blocks"])
    aleppo = harness.bot.gazetteer.lookup("Aleppo")[0]
    assert aleppo.key in json.dumps(plain["blocks"])


def test_mute_this_story_on_a_story_gone_from_the_store_says_nothing_was_muted(
    harness: SlackHarness,
) -> None:
    """A story's post outlives its articles: its Mute button answers (it said nothing)."""
    [gone] = click(harness, "mute_story", "987654321", "gone")
    assert gone["response_type"] == "ephemeral" and gone["replace_original"] is False
    assert gone["text"].startswith("That story is gone: nothing was muted.")
    assert harness.bot.channels.mutes(TEAM, "CDESK", harness.bot.clock()) == []


def test_follow_as_a_topic_takes_a_long_non_latin_topic(harness: SlackHarness) -> None:
    """A did-you-mean's "Follow as a topic" button carries the text as typed, escaped in
    JSON: forty Arabic letters made it longer than a command's text and the guard refused
    it; the topic itself is what is limited (as `/subscribe`'s text is)."""
    topic = "قصف مدفعي على الأحياء السكنية في المدينة"
    value = subscribe_value("alerts", None, q=topic)
    assert len(value) > 200
    [sub] = click(harness, "subscribe_topic", value, "topic")
    assert f"subscribed this channel to the topic *{topic}*, as alerts" in sub["text"]
    [followed] = harness.bot.channels.subscriptions(TEAM, ["CDESK"])
    assert (followed.kind, followed.label) == ("topic", topic)
    refused = subscribe_value("alerts", None, q="x" * 201)
    [told] = click(harness, "subscribe_topic", refused, "long")
    assert told["text"] == REFUSED_BUTTON
