"""A feed that keeps failing is reported once per failure streak to the channels it served
in the last 30 days, and once more when it works again."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from bot.clock import utcnow
from bot.ingest.poll import Poller
from bot.slack.blocks import feed_failing_message
from bot.slack.jobs import notice_metadata
from tests.ingest.test_poll import make_poller
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_posting import subscribe, tomorrow_at
from tests.support.fake_slack import TEAM
from tests.support.feed_server import FeedServer


def poll(poller: Poller, feed_id: int, times: int) -> None:
    """Poll the feed `times` times, each at its next poll time."""
    for _ in range(times):
        feed = poller.store.feed(feed_id)
        assert feed is not None
        assert poller.poll_due(now=max(feed.next_poll_at, utcnow())).polled >= 1


def deir_news() -> bytes:
    """An RSS feed with one conflict report from Deir ez-Zor, dated a minute from now."""
    date = datetime.fromtimestamp(time.time() + 60, UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        "<link>http://wire.example/</link><description>Wire</description>"
        "<item><title>Shelling kills five civilians in Deir ez-Zor</title>"
        "<link>http://wire.example/1</link><guid>wire-1</guid>"
        f"<pubDate>{date}</pubDate><description>Artillery shelling killed five civilians in "
        "Deir ez-Zor, Syria, on Monday, and wounded twelve, a war monitor said."
        "</description></item></channel></rss>"
    ).encode()


def notices(harness: SlackHarness, since: int) -> dict[str, str]:
    posted = harness.fake.calls_to("chat.postMessage")[since:]
    for call in posted:
        assert_valid_blocks(call.body["blocks"])
    return {str(c.body["channel"]): text_of(c.body["blocks"]) for c in posted}


def test_a_failing_feed_is_reported_to_the_channels_it_served_once_per_streak(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    for channel in ("CDESK", "CWAR", "CGONE"):
        subscribe(harness, "Deir al-Zor daily 08:00", channel=channel)
    subscribe(harness, "Kharkiv daily 08:00", channel="CKHARKIV")
    store, jobs = harness.bot.store, harness.bot.jobs
    feed = store.add_feed(feed_server.add_feed("/wire.xml", deir_news()), title="Wire")
    poller = make_poller(store, harness.services.analyzer, harness.services.settings)
    poll(poller, feed.id, 1)
    assert jobs.digests(tomorrow_at(8)) == 3, "the feed served the three Deir ez-Zor channels"
    harness.bot.channels.pause_channel(TEAM, "CGONE", "not_in_channel")
    served = len(harness.fake.calls_to("chat.postMessage"))

    feed_server.add_status("/wire.xml", 503)
    poll(poller, feed.id, 4)
    assert jobs.feed_notices() == 0
    poll(poller, feed.id, 1)
    assert jobs.feed_notices() == 2
    told = notices(harness, served)
    assert sorted(told) == ["CDESK", "CWAR"], "not the channel it never served, nor a paused one"
    for shown in told.values():
        assert "Wire" in shown and "failed 5 times in a row" in shown and "503" in shown
    poll(poller, feed.id, 2)
    assert jobs.feed_notices() == 0, "not again on every poll"

    feed_server.add_feed("/wire.xml", deir_news())
    poll(poller, feed.id, 1)
    assert jobs.feed_notices() == 2
    recovered = notices(harness, served + 2)
    assert sorted(recovered) == ["CDESK", "CWAR"]
    assert all("works again" in shown for shown in recovered.values())
    assert jobs.feed_notices() == 0, "said once"

    feed_server.add_status("/wire.xml", 500)
    poll(poller, feed.id, 5)
    assert jobs.feed_notices() == 2, "a new streak, a new notice"
    again = notices(harness, served + 4)
    assert sorted(again) == ["CDESK", "CWAR"]
    assert all("500" in shown for shown in again.values())


def test_a_feed_that_served_no_channel_lately_is_reported_to_none(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    subscribe(harness, "Kharkiv alerts")
    store, jobs = harness.bot.store, harness.bot.jobs
    feed = store.add_feed(feed_server.add_status("/gone.xml", 404))
    poll(make_poller(store, harness.services.analyzer, harness.services.settings), feed.id, 5)
    assert jobs.feed_notices() == 0
    assert harness.fake.calls_to("chat.postMessage") == []


def test_a_notice_that_could_not_be_posted_is_tried_again(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    subscribe(harness, "Deir al-Zor alerts")
    store, jobs = harness.bot.store, harness.bot.jobs
    feed = store.add_feed(feed_server.add_feed("/gone.xml", deir_news()))
    poller = make_poller(store, harness.services.analyzer, harness.services.settings)
    poll(poller, feed.id, 1)
    assert jobs.alerts(utcnow() + timedelta(minutes=5)) == 1
    feed_server.add_status("/gone.xml", 404)
    poll(poller, feed.id, 5)
    harness.fake.fail("chat.postMessage", "internal_error", times=1)
    assert jobs.feed_notices() == 0
    assert jobs.feed_notices() == 1
    assert jobs.feed_notices() == 0
    [_, _, posted] = harness.fake.calls_to("chat.postMessage")
    assert "/gone.xml" in text_of(posted.body["blocks"])


def a_feed_failing_for_one_channel(harness: SlackHarness, feed_server: FeedServer) -> Poller:
    """CDESK served by a feed that has just failed the fifth time in a row."""
    subscribe(harness, "Deir al-Zor daily 08:00", channel="CDESK")
    store = harness.bot.store
    feed = store.add_feed(feed_server.add_feed("/wire.xml", deir_news()), title="Wire")
    poller = make_poller(store, harness.services.analyzer, harness.services.settings)
    poll(poller, feed.id, 1)
    assert harness.bot.jobs.digests(tomorrow_at(8)) == 1
    feed_server.add_status("/wire.xml", 503)
    poll(poller, feed.id, 5)
    return poller


def failing_notices(harness: SlackHarness) -> list[dict[str, object]]:
    return [m for m in harness.fake.messages("CDESK") if "failed 5 times" in str(m["blocks"])]


def test_a_notice_whose_answer_was_lost_is_looked_for_not_told_again(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    a_feed_failing_for_one_channel(harness, feed_server)
    harness.fake.lose("chat.postMessage")  # Slack posted it; the answer never came back
    assert harness.bot.jobs.feed_notices() == 1
    assert harness.fake.calls_to("conversations.history"), "looked for in the channel"
    assert harness.bot.jobs.feed_notices() == 0
    assert len(failing_notices(harness)) == 1


def test_a_notice_that_never_reached_slack_is_told_once_on_the_next_run(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    a_feed_failing_for_one_channel(harness, feed_server)
    harness.fake.lose("chat.postMessage", made=False)
    assert harness.bot.jobs.feed_notices() == 0
    assert failing_notices(harness) == []
    assert harness.bot.jobs.feed_notices() == 1
    assert harness.bot.jobs.feed_notices() == 0
    assert len(failing_notices(harness)) == 1


def test_a_notice_claimed_by_a_process_that_died_is_told_once_by_another(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    a_feed_failing_for_one_channel(harness, feed_server)
    jobs = harness.bot.jobs
    assert len(jobs.health.due_notices(utcnow())) == 1  # claimed; then the process died
    assert jobs.feed_notices() == 0, "another process leaves a fresh claim alone"
    later = utcnow() + timedelta(minutes=3)
    assert jobs.feed_notices(later) == 1
    assert len(failing_notices(harness)) == 1
    assert jobs.feed_notices(later + timedelta(minutes=3)) == 0
    assert len(failing_notices(harness)) == 1


def test_a_notice_posted_by_a_process_that_died_before_recording_it_is_not_told_again(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    a_feed_failing_for_one_channel(harness, feed_server)
    jobs = harness.bot.jobs
    [claimed] = jobs.health.due_notices(utcnow())
    message = feed_failing_message(claimed.feed)
    jobs.poster.post(TEAM, "CDESK", message, metadata=notice_metadata(claimed))  # then died
    later = utcnow() + timedelta(minutes=3)
    assert jobs.feed_notices(later) == 0
    assert jobs.feed_notices(later + timedelta(minutes=3)) == 0
    assert len(failing_notices(harness)) == 1
