"""A topic that is a kind of event's common name (`/subscribe airstrikes`) follows that kind
by meaning, through the fake Slack: the channel gets reports that say "air strikes" or
"airstrike" in any spelling and a report whose event is an air or drone strike in other
words ("a drone hit a car"), and not a shelling report."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.clock import utcnow
from tests.ingest.test_poll import make_poller
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_feed_notices import poll
from tests.slack.test_grammar import ask
from tests.slack.test_severity import outlet_feed
from tests.support.feed_server import FeedServer

AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"
REPORTS = [
    (
        "Orontes Wire",
        "Air strikes pound villages south of Idlib",
        "Air strikes pounded villages south of Idlib in north-west Syria on Sunday, rescuers "
        "said, and families fled north towards the border.",
    ),
    (
        "Levant Daily",
        "Airstrike kills family of five in Khan Shaykhun",
        "An airstrike killed a family of five in Khan Shaykhun in Idlib province on Monday, the "
        "local civil defence said.",
    ),
    (
        "Jazira Monitor",
        "Drone hits car near Tal Abyad, killing two",
        "A drone hit a car on the road near Tal Abyad in Raqqa province on Tuesday, killing "
        "two men travelling to the market, a monitoring group said.",
    ),
    (
        "Euphrates Post",
        "Shelling hits homes in Manbij",
        "Artillery shelling hit homes in Manbij in Aleppo province on Monday, killing three "
        "people, local medics said. The shells fell on a residential street near the market.",
    ),
]


@pytest.mark.parametrize("topic", ["airstrikes", "air strikes", "drone strikes", "Air-strike"])
def test_a_topic_naming_a_kind_of_event_gets_that_kind_in_any_words(
    harness: SlackHarness, feed_server: FeedServer, topic: str
) -> None:
    said = ask(harness, "/subscribe", f"{topic} alerts")
    assert said["response_type"] == "in_channel"
    assert f"the topic *{topic}*, as alerts" in said["text"]
    store = harness.bot.store
    poller = make_poller(store, harness.services.analyzer, harness.services.settings)
    for n, (outlet, title, text) in enumerate(REPORTS):
        url = feed_server.add_feed(f"/topic{n}.xml", outlet_feed(outlet, title, text))
        poll(poller, store.add_feed(url, title=outlet).id, 1)
    articles = store.conflict_articles_since(utcnow() - timedelta(hours=1))
    kinds = {a.title: a.event.sub_event_type for a in articles if a.event is not None}
    assert kinds[REPORTS[2][1]] == AIR and kinds[REPORTS[3][1]] == SHELLING

    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 1
    [alert] = harness.fake.calls_to("chat.postMessage")
    assert_valid_blocks(alert.body["blocks"])
    shown = text_of(alert.body["blocks"])
    for _, title, _ in REPORTS[:3]:
        assert title in shown
    assert "Manbij" not in shown
