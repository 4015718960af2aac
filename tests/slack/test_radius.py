"""Radius watches against the fake Slack: a feed polled for real, alerts for what happens
within the radius only, the watch listed, picked from a did-you-mean and removed."""

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
from tests.support.fake_slack import TEAM
from tests.support.feed_server import FeedServer

# Tal Refaat is 13.4 km from Azaz (the gazetteer's Tall Rifat, "Tal Refaat" only among
# its other names); Manbij is 81.4 km away.
ITEMS = [
    (
        "Drone strike hits market in Tal Refaat",
        "A drone strike hit the crowded market of Tal Refaat on Tuesday morning, killing "
        "three civilians and wounding seven, medics in the village said.",
    ),
    (
        "Shelling kills two in Manbij",
        "Artillery shelling struck a residential street in Manbij on Tuesday, killing two "
        "people and injuring five, a local rescue group said.",
    ),
]


def wire(items: list[tuple[str, str]]) -> bytes:
    """An RSS feed of these (title, text) items, dated a minute from now."""
    date = datetime.fromtimestamp(time.time() + 60, UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    entries = "".join(
        f"<item><title>{title}</title><link>http://wire.example/{n}</link>"
        f"<guid>wire-{n}</guid><pubDate>{date}</pubDate><description>{text}</description></item>"
        for n, (title, text) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>http://wire.example/</link><description>Wire</description>{entries}"
        "</channel></rss>"
    ).encode()


def test_a_watch_alerts_on_a_strike_within_its_radius_only(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    said = ask(harness, "/subscribe", "within 30 km of Azaz alerts")
    assert said["response_type"] == "in_channel"
    followed = "subscribed this channel to news *within 30 km of Izaz, Syria*, as alerts"
    assert followed in said["text"]
    store = harness.bot.store
    feed = store.add_feed(feed_server.add_feed("/wire.xml", wire(ITEMS)), title="Wire")
    poll(make_poller(store, harness.services.analyzer, harness.services.settings), feed.id, 1)
    stored = {a.title: a for a in store.conflict_articles_since(utcnow() - timedelta(hours=1))}
    strike = stored["Drone strike hits market in Tal Refaat"]
    assert strike.event is not None and strike.event.place is not None
    assert strike.event.place.name == "Tall Rifat", "the alternate spelling is the village"

    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 1
    [alert] = harness.fake.calls_to("chat.postMessage")
    assert alert.body["channel"] == "CDESK"
    assert_valid_blocks(alert.body["blocks"])
    shown = text_of(alert.body["blocks"])
    assert "Alert: within 30 km of Izaz, Syria" in shown
    assert "Drone strike hits market in Tal Refaat" in shown
    assert "Manbij" not in shown
    # the village with its governorate and country, then how far from the watch point and
    # which way, on the story's event line
    assert "Air/drone strike · Tall Rifat, Aleppo, Syria · 3 killed (Wire)" in shown
    assert "7 injured (Wire) · 13 km S of Izaz, Syria" in shown
    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=6)) == 0


def test_a_misspelt_centre_offers_places_and_the_watch_is_listed_and_removed(
    harness: SlackHarness,
) -> None:
    choice = ask(harness, "/subscribe", "within 25 km of Azazz daily 07:00")
    assert choice["response_type"] == "ephemeral"
    assert "news within 25 km of it, daily at 07:00" in text_of(choice["blocks"])
    buttons = [e for b in choice["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["text"]["text"] for b in buttons] == ["Izaz, Syria"], "no topic button"
    assert json.loads(buttons[0]["value"])["r"] == 25
    assert channel_state(harness) == []
    assert harness.action(buttons[0]["action_id"], buttons[0]["value"], response="b") == (200, "")
    [picked] = harness.fake.wait_for("response:b")
    assert picked.body["response_type"] == "in_channel"
    assert channel_state(harness) == ["near within 25 km of Izaz, Syria daily 07:00"]

    ask(harness, "/subscribe", "within 50 km of 36.2,37.1 hourly")
    listed = text_of(ask(harness, "/subscriptions", "")["blocks"])
    assert "*within 25 km of Izaz, Syria*, daily at 07:00" in listed
    assert "*within 50 km of 36.2,37.1*, hourly" in listed
    settings = text_of(ask(harness, "/newsbot", "settings")["blocks"])
    assert "hourly: within 50 km of 36.2,37.1" in settings

    gone = ask(harness, "/unsubscribe", "within 25km of A'zaz")
    assert gone["response_type"] == "in_channel"
    assert "Unsubscribed from *within 25 km of Izaz, Syria*" in gone["text"]
    [point] = harness.bot.channels.subscriptions(TEAM, ["CDESK"])
    assert harness.action("remove_subscription", str(point.id), response="r") == (200, "")
    harness.fake.wait_for("response:r")
    assert channel_state(harness) == []


def test_a_digest_tells_each_story_how_far_from_the_nearest_watch_point(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    # two watches of one channel: the strike lies within both; the nearer point is told
    ask(harness, "/subscribe", "within 30 km of Azaz hourly")
    ask(harness, "/subscribe", "within 100 km of 36.2,37.1 hourly")
    ask(harness, "/subscribe", "Manbij hourly")
    store = harness.bot.store
    feed = store.add_feed(feed_server.add_feed("/wire.xml", wire(ITEMS)), title="Wire")
    poll(make_poller(store, harness.services.analyzer, harness.services.settings), feed.id, 1)
    harness.fake.calls.clear()

    assert harness.bot.jobs.digests(utcnow() + timedelta(hours=1, minutes=5)) == 1
    [digest] = harness.fake.calls_to("chat.postMessage")
    assert_valid_blocks(digest.body["blocks"])
    stories = [b for b in digest.body["blocks"] if b.get("block_id", "").startswith("story-")]
    lines = {text_of([b]).split("\n")[0]: text_of([b]) for b in stories}
    strike = next(t for title, t in lines.items() if "Tal Refaat" in title)
    assert "13 km S of Izaz, Syria" in strike, "Azaz is nearer than 36.2,37.1"
    shelling = next(t for title, t in lines.items() if "Manbij" in title)
    # Manbij lies 81 km from Azaz (outside that watch) but within 100 km of the point
    assert " km " in shelling and "of 36.2,37.1" in shelling and "Izaz" not in shelling


def test_a_new_watch_recaps_the_last_day_with_each_story_distance(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    store = harness.bot.store
    feed = store.add_feed(feed_server.add_feed("/wire.xml", wire(ITEMS)), title="Wire")
    poll(make_poller(store, harness.services.analyzer, harness.services.settings), feed.id, 1)
    said = ask(harness, "/subscribe", "within 30 km of Azaz daily 08:00")
    recap = text_of(said["blocks"])
    assert "Drone strike hits market in Tal Refaat" in recap
    assert "13 km S of Izaz, Syria" in recap and "Manbij" not in recap
