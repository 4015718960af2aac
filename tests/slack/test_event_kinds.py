"""Subscriptions by kind of event against the fake Slack: `/subscribe airstrikes in Syria
alerts` is alerted for an air strike in a Syrian town and not for shelling in another; the
kind is shown, replaced by subscribing again, carried by did-you-mean buttons, and a kind
alone, or a word that is no kind, is followed as before."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bot.clock import utcnow
from tests.ingest.test_poll import make_poller
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_feed_notices import poll
from tests.slack.test_grammar import ask
from tests.slack.test_severity import outlet_feed
from tests.support.fake_slack import TEAM
from tests.support.feed_server import FeedServer

AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"
REPORTS = [
    (
        "Orontes Wire",
        "Air strike hits bakery in Maarat al-Numan",
        "An air strike hit a bakery in Maarat al-Numan in Idlib province on Monday, killing "
        "four people and wounding nine, rescuers said. Warplanes circled the town for an hour.",
    ),
    (
        "Euphrates Post",
        "Shelling hits homes in Manbij",
        "Artillery shelling hit homes in Manbij in Aleppo province on Monday, killing three "
        "people, local medics said. The shells fell on a residential street near the market.",
    ),
]


def followed(harness: SlackHarness, channel: str = "CDESK") -> list[str]:
    """What the channel follows: kind, title, mode."""
    return [
        f"{s.kind} {s.title} {s.mode}" for s in harness.bot.channels.subscriptions(TEAM, [channel])
    ]


def test_an_airstrikes_channel_is_alerted_for_a_strike_and_not_for_shelling(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    said = ask(harness, "/subscribe", "airstrikes in Syria alerts")
    assert said["response_type"] == "in_channel"
    assert f"subscribed this channel to news of *{AIR} in Syria*, as alerts" in said["text"]
    assert harness.command("/subscribe", "Syria alerts", channel="CPLAIN", response="p") == (
        200,
        "",
    )
    harness.fake.wait_for("response:p")
    store, fake = harness.bot.store, harness.fake
    poller = make_poller(store, harness.services.analyzer, harness.services.settings)

    for n, (outlet, title, text) in enumerate(REPORTS):
        url = feed_server.add_feed(f"/kinds{n}.xml", outlet_feed(outlet, title, text))
        poll(poller, store.add_feed(url, title=outlet).id, 1)
    articles = store.conflict_articles_since(utcnow() - timedelta(hours=1))
    kinds = {a.title: a.event.sub_event_type for a in articles if a.event is not None}
    assert kinds == {REPORTS[0][1]: AIR, REPORTS[1][1]: SHELLING}

    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 2
    posts = fake.calls_to("chat.postMessage")
    plain = [c for c in posts if c.body["channel"] == "CPLAIN"]
    assert "Shelling hits homes in Manbij" in text_of([b for c in plain for b in c.body["blocks"]])
    [alert] = [c for c in posts if c.body["channel"] == "CDESK"]
    assert_valid_blocks(alert.body["blocks"])
    shown = text_of(alert.body["blocks"])
    assert f"Alert: {AIR} in Syria" in shown
    assert "Air strike hits bakery in Maarat al-Numan" in shown
    assert "Shelling" not in shown
    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=9)) == 0


def test_the_kind_is_listed_replaced_and_carried_by_buttons(harness: SlackHarness) -> None:
    ask(harness, "/subscribe", "Shelling in Kharkiv daily 08:00")
    assert followed(harness) == [f"place {SHELLING} in Kharkiv, Ukraine daily"]
    again = ask(harness, "/subscribe", "shelling in Kharkiv at 08:00")
    assert again["response_type"] == "ephemeral"
    assert f"already follows news of *{SHELLING} in Kharkiv, Ukraine*" in again["text"]
    listed = text_of(ask(harness, "/subscriptions", "")["blocks"])
    assert f"*{SHELLING} in Kharkiv, Ukraine* (place), daily at 08:00" in listed
    settings = text_of(ask(harness, "/newsbot", "settings")["blocks"])
    assert f"daily at 08:00: {SHELLING} in Kharkiv, Ukraine" in settings
    helped = text_of(ask(harness, "/newsbot", "help")["blocks"])
    assert "`/subscribe <kind of event> in <place> [...]` only events of that kind" in helped

    both = ask(harness, "/subscribe", "abductions in Kharkiv daily 08:00 when 1+ killed")
    assert "changed this channel's subscription" in both["text"]
    assert followed(harness) == ["place Abduction/forced disappearance in Kharkiv, Ukraine daily"]
    plain = ask(harness, "/subscribe", "Kharkiv daily 08:00")
    assert "changed this channel's subscription to the place *Kharkiv, Ukraine*" in plain["text"]
    assert followed(harness) == ["place Kharkiv, Ukraine daily"], "no kind now"

    near = ask(harness, "/subscribe", "drone strikes within 30 km of Goma alerts")
    assert f"*{AIR} within 30 km of Goma" in near["text"]

    choice = ask(harness, "/subscribe", "airstrikes in Deir ez Zorr alerts")
    assert f"subscribes this channel to {AIR} in it, as alerts" in text_of(choice["blocks"])
    buttons = [e for b in choice["blocks"] if b["type"] == "actions" for e in b["elements"]]
    places = [b for b in buttons if b["action_id"].startswith("subscribe_place")]
    assert places and all(json.loads(b["value"])["e"] == [AIR] for b in places)
    [topic] = [b for b in buttons if b["action_id"] == "subscribe_topic"]
    assert json.loads(topic["value"])["q"] == "airstrikes in Deir ez Zorr"
    assert harness.action(places[0]["action_id"], places[0]["value"], response="b") == (200, "")
    [picked] = harness.fake.wait_for("response:b")
    assert picked.body["response_type"] == "in_channel"
    assert f"place {AIR} in Deir ez-Zor, Syria alerts" in followed(harness)

    gone = ask(harness, "/unsubscribe", "airstrikes in Deir ez-Zor")
    assert f"Unsubscribed from *{AIR} in Deir ez-Zor, Syria*" in gone["text"]


@pytest.mark.parametrize(
    ("text", "then"),
    [
        ("airstrikes alerts", "topic airstrikes alerts"),
        ("shelling daily 08:00", "topic shelling daily"),
        ("ceasefire talks in Geneva alerts", "topic ceasefire talks in Geneva alerts"),
        ("airstrikes in refugee tents alerts", "topic airstrikes in refugee tents alerts"),
    ],
)
def test_what_names_no_kind_in_a_place_is_followed_as_before(
    harness: SlackHarness, text: str, then: str
) -> None:
    said = ask(harness, "/subscribe", text)
    assert said["response_type"] == "in_channel"
    assert followed(harness) == [then]


def test_a_kind_with_a_radius_it_cannot_read_says_how(harness: SlackHarness) -> None:
    said = ask(harness, "/subscribe", "drone strikes within 900 km of Goma alerts")
    assert said["response_type"] == "ephemeral"
    assert "a radius runs from 1 to 500 km (not 900 km). Nothing was changed" in said["text"]
    assert followed(harness) == []


def test_subscribing_again_to_a_place_says_what_it_replaced(harness: SlackHarness) -> None:
    ask(harness, "/subscribe", "airstrikes in Sudan alerts")
    changed = ask(harness, "/subscribe", "Sudan when 5+ killed")["text"]
    assert "changed this channel's subscription to the place *Sudan*" in changed
    assert changed.endswith("(when 5+ killed); it was *Air/drone strike in Sudan*, as alerts.")
    again = ask(harness, "/subscribe", "Sudan weekly")["text"]
    assert again.endswith(
        "weekly on Monday at 08:00 (UTC); it was daily at 08:00 (UTC) (when 5+ killed)."
    )
