"""Severity subscriptions against the fake Slack: a `5+ killed` channel stays quiet for a
strike with 2 killed and is alerted when another outlet's report of the same story gives 6;
the threshold is listed, changed by subscribing again, and carried by did-you-mean buttons."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

from bot.clock import utcnow
from tests.ingest.test_poll import make_poller
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_feed_notices import poll
from tests.slack.test_grammar import ask, channel_state
from tests.support.feed_server import FeedServer

STRIKE = "An air strike hit a crowded market in Idlib on Tuesday morning, killing {} civilians "
REPORTS = [
    (
        "Levant Wire",
        "Air strike on Idlib market kills two civilians",
        STRIKE.format("two") + "and wounding eleven, rescuers in the city said.",
    ),
    (
        "Desert Post",
        "Air strike on Idlib market kills six civilians",
        STRIKE.format("six") + "and wounding eleven, rescuers in the city said, as the toll rose.",
    ),
]


def outlet_feed(outlet: str, title: str, text: str, at: datetime | None = None) -> bytes:
    """An RSS feed of one outlet with one item, dated `at`, else a minute from now."""
    at = at or datetime.fromtimestamp(time.time() + 60, UTC)
    date = at.strftime("%a, %d %b %Y %H:%M:%S GMT")
    site = f"http://{outlet.replace(' ', '').lower()}.example"
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet}'
        f"</title><link>{site}/</link><description>{outlet}</description>"
        f"<item><title>{title}</title><link>{site}/idlib</link><guid>{site}/idlib</guid>"
        f"<pubDate>{date}</pubDate><description>{text}</description></item></channel></rss>"
    ).encode()


def test_a_5_killed_alert_waits_for_the_story_toll_to_reach_5(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    said = ask(harness, "/subscribe", "Syria alerts when 5+ killed")
    assert said["response_type"] == "in_channel"
    assert (
        "subscribed this channel to the place *Syria*, as alerts (when 5+ killed)" in said["text"]
    )
    assert harness.command("/subscribe", "Syria alerts", channel="CPLAIN", response="p") == (
        200,
        "",
    )
    harness.fake.wait_for("response:p")
    store, fake = harness.bot.store, harness.fake
    poller = make_poller(store, harness.services.analyzer, harness.services.settings)
    at = utcnow() + timedelta(minutes=1)  # one instant: both leads' "on Tuesday" name one day

    for n, (outlet, title, text) in enumerate(REPORTS):
        url = feed_server.add_feed(f"/outlet{n}.xml", outlet_feed(outlet, title, text, at))
        poll(poller, store.add_feed(url, title=outlet).id, 1)
        assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3 * (n + 1))) == 1 + n
        posted = {c.body["channel"] for c in fake.calls_to("chat.postMessage")}
        assert posted == ({"CPLAIN"} if n == 0 else {"CPLAIN", "CDESK"})

    [early] = store.conflict_articles_since(utcnow() - timedelta(hours=1))[1:]
    assert early.event is not None and early.event.killed.min == 2 and early.story_killed == 6
    [alert] = [c for c in fake.calls_to("chat.postMessage") if c.body["channel"] == "CDESK"]
    assert "thread_ts" not in alert.body
    assert_valid_blocks(alert.body["blocks"])
    shown = text_of(alert.body["blocks"])
    assert "Alert: Syria (when 5+ killed)" in shown
    assert "1 new conflict story" in shown and "2 sources" in shown
    assert "Air strike on Idlib market kills" in shown
    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=9)) == 0


def test_the_threshold_is_listed_changed_and_carried_by_buttons(harness: SlackHarness) -> None:
    ask(harness, "/subscribe", "Aleppo when 5+ killed daily 17:30")
    assert channel_state(harness) == ["place Aleppo, Syria daily 17:30 (when 5+ killed)"]
    again = ask(harness, "/subscribe", "Aleppo daily 17:30 when 5+ dead")
    assert again["response_type"] == "ephemeral"
    assert (
        "already follows the place *Aleppo, Syria*, daily at 17:30 (when 5+ killed)"
        in (again["text"])
    )
    changed = ask(harness, "/subscribe", "Aleppo daily 17:30 when at least 20 killed")
    assert "changed this channel's subscription to the place *Aleppo, Syria*" in changed["text"]
    assert "daily at 17:30 (UTC) (when 20+ killed)" in changed["text"]
    assert channel_state(harness) == ["place Aleppo, Syria daily 17:30 (when 20+ killed)"]

    listed = text_of(ask(harness, "/subscriptions", "")["blocks"])
    assert "*Aleppo, Syria* (place), daily at 17:30 (when 20+ killed)" in listed
    settings = text_of(ask(harness, "/newsbot", "settings")["blocks"])
    assert "daily at 17:30: Aleppo, Syria (when 20+ killed)" in settings
    helped = text_of(ask(harness, "/newsbot", "help")["blocks"])
    assert "when 5+ killed` only stories" in helped

    choice = ask(harness, "/subscribe", "Deir ez Zorr alerts when 3+ killed")
    assert "as alerts (when 3+ killed)" in text_of(choice["blocks"])
    buttons = [e for b in choice["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert all(json.loads(b["value"])["k"] == 3 for b in buttons)
    assert harness.action(buttons[0]["action_id"], buttons[0]["value"], response="b") == (200, "")
    [picked] = harness.fake.wait_for("response:b")
    assert picked.body["response_type"] == "in_channel"
    assert "place Deir ez-Zor, Syria alerts (when 3+ killed)" in channel_state(harness)

    plain = ask(harness, "/subscribe", "Aleppo daily 17:30")
    assert "changed this channel's subscription" in plain["text"]
    assert channel_state(harness)[0] == "place Aleppo, Syria daily 17:30", "no threshold now"
