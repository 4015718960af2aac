"""A feed that keeps failing is reported once per failure streak to the subscribed channels."""

from __future__ import annotations

from bot.clock import utcnow
from bot.ingest.poll import Poller
from tests.ingest.test_poll import make_poller
from tests.slack.checks import assert_valid_blocks, text_of
from tests.slack.conftest import SlackHarness
from tests.slack.test_posting import subscribe
from tests.support.fake_slack import TEAM
from tests.support.feed_server import FeedServer


def poll(poller: Poller, feed_id: int, times: int) -> None:
    """Poll the feed `times` times, each at its next poll time."""
    for _ in range(times):
        feed = poller.store.feed(feed_id)
        assert feed is not None
        assert poller.poll_due(now=max(feed.next_poll_at, utcnow())).polled >= 1


def test_a_failing_feed_is_reported_once_per_streak(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    for channel in ("CDESK", "CWAR", "CGONE"):
        subscribe(harness, "Deir al-Zor daily 08:00", channel=channel)
    harness.bot.channels.pause_channel(TEAM, "CGONE", "not_in_channel")
    store, jobs = harness.bot.store, harness.bot.jobs
    feed = store.add_feed(feed_server.add_status("/wire.xml", 503), title="Wire")
    store.add_feed(feed_server.add_feed("/fine.xml"), title="Fine")
    poller = make_poller(store, harness.services.analyzer, harness.services.settings)

    poll(poller, feed.id, 4)
    assert jobs.feed_notices() == 0
    poll(poller, feed.id, 1)
    assert jobs.feed_notices() == 2
    posted = harness.fake.calls_to("chat.postMessage")
    assert sorted(c.body["channel"] for c in posted) == ["CDESK", "CWAR"]
    for call in posted:
        assert_valid_blocks(call.body["blocks"])
        shown = text_of(call.body["blocks"])
        assert "Wire" in shown and "failed 5 times in a row" in shown and "503" in shown
    poll(poller, feed.id, 2)
    assert jobs.feed_notices() == 0, "not again on every poll"

    feed_server.add_feed("/wire.xml")
    poll(poller, feed.id, 1)
    assert jobs.feed_notices() == 0
    feed_server.add_status("/wire.xml", 500)
    poll(poller, feed.id, 5)
    assert jobs.feed_notices() == 2, "a new streak, a new notice"
    again = harness.fake.calls_to("chat.postMessage")[2:]
    assert sorted(c.body["channel"] for c in again) == ["CDESK", "CWAR"]
    assert all("500" in text_of(c.body["blocks"]) for c in again)


def test_a_notice_that_could_not_be_posted_is_tried_again(
    harness: SlackHarness, feed_server: FeedServer
) -> None:
    subscribe(harness, "Kharkiv alerts")
    store, jobs = harness.bot.store, harness.bot.jobs
    feed = store.add_feed(feed_server.add_status("/gone.xml", 404))
    poll(make_poller(store, harness.services.analyzer, harness.services.settings), feed.id, 5)
    harness.fake.fail("chat.postMessage", "internal_error", times=1)
    assert jobs.feed_notices() == 0
    assert jobs.feed_notices() == 1
    assert jobs.feed_notices() == 0
    [_, posted] = harness.fake.calls_to("chat.postMessage")
    assert "/gone.xml" in text_of(posted.body["blocks"])
