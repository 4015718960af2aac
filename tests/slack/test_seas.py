"""A sea as a place against the fake Slack: a channel subscribed to the Red Sea gets the ship
attack there as an alert, whose event place is the sea, and not the news of a city named in
a gulf's name; `/whatsnew Red Sea` briefs it."""

from __future__ import annotations

from datetime import timedelta

from bot.clock import utcnow
from tests.ingest.test_poll import make_poller
from tests.slack.checks import text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_feed_notices import poll
from tests.slack.test_grammar import ask
from tests.slack.test_radius import wire
from tests.support.feed_server import FeedServer

SHIP = "Missile sets container ship ablaze in the Red Sea"
ITEMS = [
    (
        SHIP,
        "Houthi rebels fired two anti-ship missiles at a container ship in the Red Sea on "
        "Tuesday, setting it ablaze and wounding three sailors, the navy said.",
    ),
    (
        "Airstrike kills two at Aden port",
        "An airstrike hit the port of Aden on Tuesday, killing two dock workers and wounding "
        "five, local officials said.",
    ),
]


def test_a_channel_subscribed_to_a_sea_gets_its_ship_attack(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    said = ask(harness, "/subscribe", "Red Sea alerts")
    assert said["response_type"] == "in_channel"
    assert "Red Sea" in said["text"]
    store = harness.bot.store
    feed = store.add_feed(feed_server.add_feed("/seas.xml", wire(ITEMS)), title="Wire")
    poll(make_poller(store, harness.services.analyzer, harness.services.settings), feed.id, 1)
    stored = {a.title: a for a in store.conflict_articles_since(utcnow() - timedelta(hours=1))}
    attack = stored[SHIP]
    assert attack.event is not None and attack.event.place is not None
    assert (attack.event.place.name, attack.event.place.kind) == ("Red Sea", "sea")
    sea = harness.bot.gazetteer.get(attack.event.place.key)
    assert sea is not None and sea.lat is not None, "a radius watch measures from its point"

    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 1
    [alert] = harness.fake.calls_to("chat.postMessage")
    shown = text_of(alert.body["blocks"])
    assert SHIP in shown
    assert "Aden" not in shown

    briefing = text_of(ask(harness, "/whatsnew", "Red Sea 3d")["blocks"])
    assert SHIP in briefing
    assert "Airstrike kills two at Aden port" not in briefing
