"""Corroboration thresholds against the fake Slack: a `2+ outlets ... within 2 h` channel stays
quiet for one outlet's report while a plain channel gets it, is alerted once a second outlet
reports the same story within the window, and never for a second outlet outside it; the
threshold is listed, changed by subscribing again, and carried by did-you-mean buttons."""

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

DEPOT = (
    "A drone strike hit a fuel depot in Port Sudan, setting tanks ablaze and killing three "
    "workers, port officials said."
)
MARKET = (
    "Artillery shells fell on the central market of Kassala, killing seven traders and "
    "wounding twenty, a local hospital director said."
)


def outlet_feed(outlet: str, slug: str, title: str, text: str, minutes: int) -> bytes:
    """An RSS feed of one outlet with one item, published `minutes` from now."""
    stamp = datetime.fromtimestamp(time.time() + 60 * minutes, UTC)
    date = stamp.strftime("%a, %d %b %Y %H:%M:%S GMT")
    site = f"http://{outlet.replace(' ', '').lower()}.example"
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{outlet}'
        f"</title><link>{site}/</link><description>{outlet}</description>"
        f"<item><title>{title}</title><link>{site}/{slug}</link><guid>{site}/{slug}</guid>"
        f"<pubDate>{date}</pubDate><description>{text}</description></item></channel></rss>"
    ).encode()


def desk_posts(harness: SlackHarness) -> list[dict[str, object]]:
    return [
        c.body for c in harness.fake.calls_to("chat.postMessage") if c.body["channel"] == "CDESK"
    ]


def test_an_alert_waits_for_a_second_outlet_within_the_window(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    said = ask(harness, "/subscribe", "Sudan alerts when 2+ outlets report it within 2 h")
    assert said["response_type"] == "in_channel"
    assert "the place *Sudan*, as alerts (when 2+ outlets report it within 2 h)" in said["text"]
    assert harness.command("/subscribe", "Sudan alerts", channel="CPLAIN", response="p") == (
        200,
        "",
    )
    harness.fake.wait_for("response:p")
    store = harness.bot.store
    poller = make_poller(store, harness.services.analyzer, harness.services.settings)
    step = iter(range(3, 100, 3))

    def report(outlet: str, slug: str, title: str, text: str, minutes: int) -> None:
        url = feed_server.add_feed(f"/{slug}.xml", outlet_feed(outlet, slug, title, text, minutes))
        poll(poller, store.add_feed(url, title=outlet).id, 1)
        harness.bot.jobs.alerts(utcnow() + timedelta(minutes=next(step)))

    report("Nile Wire", "depot-a", "Drone strike on Port Sudan fuel depot kills three", DEPOT, 1)
    plain = [c.body for c in harness.fake.calls_to("chat.postMessage")]
    assert [p["channel"] for p in plain] == ["CPLAIN"], "one outlet: the 2+ channel is quiet"

    report("Red Sea Post", "depot-b", "Drone strike on Port Sudan depot kills three", DEPOT, 61)
    [alert] = desk_posts(harness)
    assert_valid_blocks(alert["blocks"])  # type: ignore[arg-type]
    shown = text_of(alert["blocks"])  # type: ignore[arg-type]
    assert "Alert: Sudan (when 2+ outlets report it within 2 h)" in shown
    assert "1 new conflict story" in shown and "2 sources" in shown
    assert "Drone strike on Port Sudan" in shown
    assert harness.bot.jobs.alerts(utcnow() + timedelta(hours=1)) == 0
    assert len(desk_posts(harness)) == 1, "alerted once"

    report("Kordofan News", "market-a", "Shelling of Kassala market kills seven", MARKET, 1)
    report("Eastern Voice", "market-b", "Shelling of Kassala market kills seven", MARKET, 181)
    posted = [c.body["channel"] for c in harness.fake.calls_to("chat.postMessage")]
    assert posted.count("CPLAIN") >= 2, "the plain channel had the market story"
    assert len(desk_posts(harness)) == 1, "a second outlet 3 h later corroborates nothing"
    stored = store.conflict_articles_since(utcnow() - timedelta(hours=1))
    [market] = {a.story_id for a in stored if "Kassala" in a.title}
    assert market is not None, "both market reports are one story"


def test_the_threshold_is_listed_changed_refused_and_carried_by_buttons(
    harness: SlackHarness,
) -> None:
    ask(harness, "/subscribe", "Aleppo when 3+ sources within 6h daily 17:30")
    assert channel_state(harness) == [
        "place Aleppo, Syria daily 17:30 (when 3+ outlets report it within 6 h)"
    ]
    changed = ask(harness, "/subscribe", "Aleppo daily 17:30 when 5+ killed and 2+ outlets")
    assert "changed this channel's subscription" in changed["text"]
    assert channel_state(harness) == [
        "place Aleppo, Syria daily 17:30 (when 5+ killed and 2+ outlets report it within 6 h)"
    ]
    listed = text_of(ask(harness, "/subscriptions", "")["blocks"])
    assert "(when 5+ killed and 2+ outlets report it within 6 h)" in listed
    helped = text_of(ask(harness, "/newsbot", "help")["blocks"])
    assert "when 2+ outlets report it within 2h` only stories" in helped

    for text, error in [
        ("Aleppo alerts when 1+ outlets", "ask for 2 to 20 outlets (not 1)"),
        ("Aleppo alerts 2 outlets", "say the least number of outlets"),
        ("Aleppo alerts when 2+ outlets within 3 days", "runs from 10 min to 24 h"),
        ("Aleppo alerts when 2+ outlets within ever", "say within how long"),
    ]:
        refused = ask(harness, "/subscribe", text)
        assert refused["response_type"] == "ephemeral" and error in refused["text"]
        assert "Nothing was changed" in refused["text"]
    assert len(channel_state(harness)) == 1

    choice = ask(harness, "/subscribe", "Deir ez Zorr alerts when 2+ outlets within 90 min")
    assert "as alerts (when 2+ outlets report it within 90 min)" in text_of(choice["blocks"])
    buttons = [e for b in choice["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert all(
        (json.loads(b["value"])["o"], json.loads(b["value"])["w"]) == (2, 90) for b in buttons
    )
    assert harness.action(buttons[0]["action_id"], buttons[0]["value"], response="b") == (200, "")
    [picked] = harness.fake.wait_for("response:b")
    assert picked.body["response_type"] == "in_channel"
    assert (
        "place Deir ez-Zor, Syria alerts (when 2+ outlets report it within 90 min)"
        in channel_state(harness)
    )
