"""Posting digests: threads for overflow, pacing, and Slack's errors."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from bot.clock import utcnow
from bot.slack.blocks import Message
from bot.slack.poster import Poster
from tests.answers.test_delivery import add_article
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.support.fake_slack import TEAM


def subscribe(
    harness: SlackHarness, text: str, channel: str = "CDESK", user: str = "UANNA"
) -> None:
    harness.command("/subscribe", text, channel=channel, user=user, response=f"s-{channel}")
    harness.fake.wait_for(f"response:s-{channel}")


def tomorrow_at(hour: int) -> datetime:
    return datetime.combine(utcnow().date() + timedelta(days=1), time(hour), tzinfo=UTC)


def test_a_long_digest_overflows_into_its_thread(harness: SlackHarness) -> None:
    subscribe(harness, "Deir al-Zor daily 08:00")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    now = utcnow()
    for i in range(60):
        title = f"Report {i} from Deir ez-Zor: " + "shelling and displacement " * 8
        add_article(harness.bot.store, title, deir, now + timedelta(seconds=i))
    assert harness.bot.jobs.digests(tomorrow_at(8)) == 1
    posted = harness.fake.calls_to("chat.postMessage")
    assert len(posted) >= 3
    first, *rest = posted
    assert "thread_ts" not in first.body
    assert len({c.body["thread_ts"] for c in rest}) == 1
    for call in posted:
        assert_valid_blocks(call.body["blocks"])
    shown = sum(1 for c in posted for b in c.body["blocks"] if b["type"] == "section")
    assert shown == 60
    assert harness.bot.jobs.digests(tomorrow_at(8) + timedelta(minutes=1)) == 0


def test_not_in_channel_pauses_and_tells_the_creator(harness: SlackHarness) -> None:
    subscribe(harness, "Deir al-Zor daily 08:00", channel="CGONE", user="UBEN")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, "Shelling in Deir ez-Zor", deir, utcnow())
    harness.fake.fail(
        "chat.postMessage", "not_in_channel", when=lambda call: call.body.get("channel") == "CGONE"
    )
    assert harness.bot.jobs.digests(tomorrow_at(8)) == 0
    [sub] = harness.bot.channels.subscriptions(TEAM, ["CGONE"])
    assert sub.paused_reason == "not_in_channel"
    told = [c for c in harness.fake.calls_to("chat.postMessage") if c.body["channel"] == "UBEN"]
    assert len(told) == 1 and "paused" in told[0].body["text"]
    assert harness.bot.jobs.digests(tomorrow_at(8) + timedelta(days=1)) == 0
    assert len(harness.fake.calls_to("chat.postMessage")) == 2  # the refused post, the DM


def test_rate_limited_posts_are_retried_after_retry_after(harness: SlackHarness) -> None:
    subscribe(harness, "Deir al-Zor alerts")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, "Drone strike in Deir ez-Zor", deir, utcnow())
    harness.fake.fail(
        "chat.postMessage", "ratelimited", status=429, headers={"Retry-After": "0"}, times=1
    )
    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 1
    attempts = harness.fake.calls_to("chat.postMessage")
    assert len(attempts) == 2 and attempts[0].body == attempts[1].body
    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=6)) == 0


def test_other_errors_give_the_articles_back(harness: SlackHarness) -> None:
    subscribe(harness, "Deir al-Zor alerts")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, "Drone strike in Deir ez-Zor", deir, utcnow())
    harness.fake.fail("chat.postMessage", "internal_error", times=1)
    later = utcnow() + timedelta(minutes=3)
    assert harness.bot.jobs.alerts(later) == 0
    assert harness.bot.jobs.alerts(later) == 1


def test_poster_keeps_a_second_between_messages_to_a_channel(harness: SlackHarness) -> None:
    waits: list[float] = []
    poster = Poster(harness.bot.jobs.poster.clients, 1.0, sleep=waits.append, clock=lambda: 100.0)
    for channel in ("C1", "C1", "C2", "C1"):
        poster.post(TEAM, channel, Message("hi"))
    assert waits == [1.0, 2.0]


def test_a_paused_subscription_says_why_in_words_and_resumes_as_such(
    harness: SlackHarness,
) -> None:
    """A channel that removed the bot: its creator, /subscriptions and /newsbot settings
    say why in words, not Slack's error code; subscribing again there says it resumed."""
    subscribe(harness, "Deir al-Zor alerts", channel="CGONE", user="UBEN")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, "Shelling in Deir ez-Zor", deir, utcnow())
    harness.fake.fail(
        "chat.postMessage",
        "not_in_channel",
        when=lambda call: call.body.get("channel") == "CGONE",
        times=1,
    )
    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 0
    [told] = [c for c in harness.fake.calls_to("chat.postMessage") if c.body["channel"] == "UBEN"]
    listed = harness.command("/subscriptions", "", channel="CGONE", response="list")
    settings = harness.command("/newsbot", "settings", channel="CGONE", response="settings")
    assert listed[0] == settings[0] == 200
    shown = [
        told.body["text"],
        text_of(harness.fake.wait_for("response:list")[0].body["blocks"]),
        text_of(harness.fake.wait_for("response:settings")[0].body["blocks"]),
    ]
    for text in shown:
        assert "not_in_channel" not in text
        assert "I am not a member of the channel" in text, text
    harness.command(
        "/subscribe", "Deir al-Zor alerts", channel="CGONE", user="UBEN", response="s-CGONE"
    )
    [_, again] = harness.fake.wait_for("response:s-CGONE", count=2)
    assert "<@UBEN> resumed this channel's subscription to the place" in again.body["text"]
