"""Exactly once in Slack: a delivery cut short where a killed process leaves it (intent
written; a message posted but never recorded, or not posted at all) is finished once by
another process when its lease runs out, using the metadata each message carries."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.answers import Delivery
from bot.clock import utcnow
from bot.slack.blocks import Message
from bot.slack.courier import EVENT_TYPE, Courier, metadata_of
from bot.slack.jobs import delivery_parts
from bot.storage import LEASE, Intent
from bot.storage.schema import deliveries
from tests.answers.test_delivery import add_article
from tests.slack.conftest import SlackHarness
from tests.slack.test_posting import subscribe, tomorrow_at
from tests.support.fake_slack import TEAM

LATER = LEASE + timedelta(seconds=1)


def dead_courier(harness: SlackHarness) -> Courier:
    """The courier of another process (which will be killed)."""
    jobs = harness.bot.jobs
    return Courier(jobs.courier.log, jobs.poster, owner="worker-killed")


def posted_in(harness: SlackHarness, channel: str = "CDESK") -> list[dict[str, object]]:
    return harness.fake.messages(channel)


def an_alert_due(harness: SlackHarness) -> None:
    """A channel subscribed to Deir ez-Zor's alerts, and one new article there."""
    subscribe(harness, "Deir al-Zor alerts")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, "Drone strike in Deir ez-Zor", deir, utcnow())


def a_long_digest_due(harness: SlackHarness) -> None:
    """A channel's 08:00 digest of 60 articles: three messages or more, in a thread."""
    subscribe(harness, "Deir al-Zor daily 08:00")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    for i in range(60):
        title = f"Report {i} from Deir ez-Zor: " + "shelling and displacement " * 8
        add_article(harness.bot.store, title, deir, utcnow() + timedelta(seconds=i))


def alert_begun_by_dead_worker(harness: SlackHarness, now: datetime) -> tuple[Courier, Intent]:
    """An alert whose intent a worker wrote before it was killed."""
    an_alert_due(harness)
    [alert] = harness.bot.deliveries.due_alerts(now)
    dead = dead_courier(harness)
    return dead, dead.begin(TEAM, "CDESK", None, delivery_parts(alert), now)


def test_every_message_carries_its_delivery_and_is_recorded(harness: SlackHarness) -> None:
    an_alert_due(harness)
    now = utcnow() + timedelta(minutes=3)
    assert harness.bot.jobs.alerts(now) == 1
    [message] = posted_in(harness)
    metadata = message["metadata"]
    assert isinstance(metadata, dict) and metadata["event_type"] == EVENT_TYPE
    assert metadata["event_payload"]["part"] == 0
    assert harness.bot.jobs.courier.log.unfinished() == []
    assert harness.bot.jobs.recover(now + LATER) == 0
    assert harness.bot.jobs.alerts(now + timedelta(minutes=3)) == 0
    assert len(posted_in(harness)) == 1


def test_a_post_that_arrived_but_was_never_recorded_is_recorded_not_repeated(
    harness: SlackHarness,
) -> None:
    now = utcnow() + timedelta(minutes=3)
    dead, intent = alert_begun_by_dead_worker(harness, now)
    part = intent.parts[0]
    ts = dead.poster.post(
        TEAM, "CDESK", Message(part.text, part.blocks), metadata=metadata_of(intent, 0)
    )  # ... and the worker is killed before recording it
    assert harness.bot.jobs.recover(now + timedelta(seconds=5)) == 0  # its lease holds
    assert harness.bot.jobs.recover(now + LATER) == 1
    [only] = posted_in(harness)
    assert only["ts"] == ts
    [looked] = harness.fake.calls_to("conversations.history")
    assert looked.body["include_all_metadata"] in ("1", "true", True)
    assert float(looked.body["oldest"]) <= float(ts)
    assert harness.bot.jobs.courier.log.unfinished() == []
    assert harness.bot.jobs.alerts(now + timedelta(minutes=3)) == 0  # recorded as sent
    assert harness.bot.jobs.recover(now + 2 * LATER) == 0
    assert len(posted_in(harness)) == 1


def test_a_post_that_never_arrived_is_posted_once(harness: SlackHarness) -> None:
    now = utcnow() + timedelta(minutes=3)
    alert_begun_by_dead_worker(harness, now)  # killed before posting anything
    assert posted_in(harness) == []
    assert harness.bot.jobs.recover(now + LATER) == 1
    [message] = posted_in(harness)
    assert "Drone strike in Deir ez-Zor" in str(message["blocks"])
    assert harness.bot.jobs.recover(now + 2 * LATER) == 0
    assert harness.bot.jobs.alerts(now + timedelta(minutes=3)) == 0
    assert len(posted_in(harness)) == 1


def test_a_digest_cut_short_in_its_thread_is_finished_once(harness: SlackHarness) -> None:
    a_long_digest_due(harness)
    eight = tomorrow_at(8)
    [digest] = harness.bot.deliveries.due_digests(eight)
    dead = dead_courier(harness)
    intent = dead.begin(TEAM, "CDESK", digest.slot, delivery_parts(digest), eight)
    assert len(intent.parts) >= 3
    first = dead.poster.post(
        TEAM,
        "CDESK",
        Message(intent.parts[0].text, intent.parts[0].blocks),
        metadata=metadata_of(intent, 0),
    )
    assert dead.log.record(intent, first, dead.owner, eight)
    dead.poster.post(  # the second message, in the first one's thread; then killed
        TEAM,
        "CDESK",
        Message(intent.parts[1].text, intent.parts[1].blocks),
        thread_ts=first,
        metadata=metadata_of(intent, 1),
    )
    assert harness.bot.jobs.recover(eight + LATER) == 1
    assert harness.fake.calls_to("conversations.replies")[0].body["ts"] == first
    parts = [m["metadata"]["event_payload"]["part"] for m in posted_in(harness)]  # type: ignore[index]
    assert parts == list(range(len(intent.parts)))
    assert all(m.get("thread_ts") == first for m in posted_in(harness)[1:])
    shown = sum(1 for m in posted_in(harness) for b in m["blocks"] if b["type"] == "section")  # type: ignore[attr-defined]
    assert shown == 60
    assert harness.bot.jobs.digests(eight + timedelta(minutes=5)) == 0  # the slot is done
    assert harness.bot.jobs.recover(eight + 2 * LATER) == 0


def test_a_slot_claimed_by_a_process_that_died_is_still_posted_once(
    harness: SlackHarness,
) -> None:
    subscribe(harness, "Deir al-Zor daily 08:00")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, "Shelling in Deir ez-Zor", deir, utcnow())
    eight = tomorrow_at(8)
    assert len(harness.bot.deliveries.due_digests(eight)) == 1  # claimed, then killed
    assert harness.bot.jobs.digests(eight + timedelta(minutes=1)) == 0  # not stale yet
    assert harness.bot.jobs.digests(eight + timedelta(minutes=3)) == 1  # 2 min, not 10
    assert harness.bot.jobs.digests(eight + timedelta(minutes=30)) == 0
    [message] = posted_in(harness)
    assert "Shelling in Deir ez-Zor" in str(message["blocks"])


def test_a_stopping_process_leaves_what_it_has_not_posted_for_recovery(
    harness: SlackHarness,
) -> None:
    an_alert_due(harness)
    now = utcnow() + timedelta(minutes=3)
    harness.bot.jobs.stopping.set()  # SIGTERM arrived
    assert harness.bot.jobs.alerts(now) == 0
    assert posted_in(harness) == []
    [left] = harness.bot.jobs.courier.log.unfinished()
    assert len(left.parts) == 1
    harness.bot.jobs.stopping.clear()  # the next process
    assert harness.bot.jobs.recover(now + LATER) == 1
    assert len(posted_in(harness)) == 1
    assert harness.bot.jobs.alerts(now + timedelta(minutes=3)) == 0


def test_a_worker_whose_queued_delivery_was_taken_over_does_not_post_it(
    harness: SlackHarness,
) -> None:
    """A busy worker writes its deliveries' intents, then posts them one after the other;
    when one waited in its queue longer than a lease, another process took it over and
    posted it, and the busy worker must then leave it alone (it once posted it again)."""
    now = utcnow() + timedelta(minutes=3)
    slow, intent = alert_begun_by_dead_worker(harness, now)  # begun, still queued
    assert harness.bot.jobs.recover(now + LATER) == 1  # its lease ran out: taken over
    assert len(posted_in(harness)) == 1
    assert slow.post_rest(intent, lambda: now + LATER + timedelta(seconds=1)) is False
    assert len(posted_in(harness)) == 1


def test_a_long_run_of_deliveries_renews_each_lease_from_the_time_it_is(
    harness: SlackHarness,
) -> None:
    """A worker writes its deliveries' intents, then posts them one after the other. Each
    lease it renews must run from the time it really is: renewed from the run's start plus
    one delivery's own time, the later deliveries of a long digest run looked abandoned to
    another process, which posted them a second time."""
    channels = [f"CRUN{i}" for i in range(4)]
    for channel in channels:
        subscribe(harness, "Deir al-Zor alerts", channel=channel)
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, "Drone strike in Deir ez-Zor", deir, utcnow())
    now = utcnow() + timedelta(minutes=3)
    jobs, readings = harness.bot.jobs, itertools.count()
    clock = jobs.clock
    jobs.clock = lambda: now + next(readings) * timedelta(seconds=20)  # a slow Slack
    try:
        assert jobs.alerts(now) == len(channels)
        last = now + (next(readings) - 1) * timedelta(seconds=20)
    finally:
        jobs.clock = clock
    with harness.bot.store.engine.connect() as conn:
        held = conn.execute(select(func.max(deliveries.c.lease_until))).scalar_one()
    assert held.replace(tzinfo=UTC) >= last, "the last lease ran from a time long past"
    assert all(len(posted_in(harness, channel)) == 1 for channel in channels)


def test_leases_run_from_the_time_it_is_after_a_slow_search_for_due_deliveries(
    harness: SlackHarness,
) -> None:
    """Finding the due deliveries (building twenty digests on a loaded machine) may take
    longer than a lease. The intents written after it, and the leases renewed while they are
    posted, must run from the time it then is: run from the job's start, they looked
    abandoned at once to another process, which posted them a second time."""
    subscribe(harness, "Deir al-Zor alerts", channel="CSLOW")
    deir = harness.bot.gazetteer.lookup("Deir ez-Zor")[0]
    add_article(harness.bot.store, "Drone strike in Deir ez-Zor", deir, utcnow())
    now = utcnow() + timedelta(minutes=3)
    jobs, time_is = harness.bot.jobs, [now]
    clock, due_alerts = jobs.clock, jobs.deliveries.due_alerts

    def slow_search(at: datetime) -> list[Delivery]:
        found = due_alerts(at)
        time_is[0] += timedelta(seconds=45)  # longer than a lease
        return found

    jobs.clock, jobs.deliveries.due_alerts = lambda: time_is[0], slow_search  # type: ignore[method-assign]
    try:
        assert jobs.alerts() == 1
    finally:
        jobs.clock, jobs.deliveries.due_alerts = clock, due_alerts  # type: ignore[method-assign]
    with harness.bot.store.engine.connect() as conn:
        held = conn.execute(select(func.max(deliveries.c.lease_until))).scalar_one()
    assert held.replace(tzinfo=UTC) > time_is[0], "the lease ran from the job's start"


def test_a_post_whose_answer_was_lost_is_looked_for_not_repeated(harness: SlackHarness) -> None:
    """The network loses Slack's answer to a post that Slack made: the real client must
    not post it again by itself; the courier finds it in the channel and records it."""
    an_alert_due(harness)
    harness.fake.lose("chat.postMessage")
    now = utcnow() + timedelta(minutes=3)
    assert harness.bot.jobs.alerts(now) == 1
    [message] = posted_in(harness)
    assert "Drone strike in Deir ez-Zor" in str(message["blocks"])
    assert len(harness.fake.calls_to("chat.postMessage")) == 1
    assert harness.fake.calls_to("conversations.history")  # looked for it
    assert harness.bot.jobs.courier.log.unfinished() == []
    assert harness.bot.jobs.recover(now + LATER) == 0
    assert harness.bot.jobs.alerts(now + timedelta(minutes=3)) == 0
    assert len(posted_in(harness)) == 1


def test_a_digest_whose_answers_keep_being_lost_is_posted_once_in_order(
    harness: SlackHarness,
) -> None:
    a_long_digest_due(harness)
    harness.fake.lose("chat.postMessage", times=2)  # the first two answers
    eight = tomorrow_at(8)
    assert harness.bot.jobs.digests(eight) == 1
    messages = posted_in(harness)
    parts = [m["metadata"]["event_payload"]["part"] for m in messages]  # type: ignore[index]
    assert parts == list(range(len(messages))) and len(messages) >= 3
    assert all(m.get("thread_ts") == messages[0]["ts"] for m in messages[1:])
    assert harness.bot.jobs.recover(eight + LATER) == 0
    assert len(posted_in(harness)) == len(messages)


def test_a_post_that_never_reached_slack_is_posted_once_when_the_network_recovers(
    harness: SlackHarness,
) -> None:
    """Slack refuses nothing but the connection drops before the post is made: the part is
    not in the channel, so it is posted again, once."""
    an_alert_due(harness)
    harness.fake.lose("chat.postMessage", made=False)
    now = utcnow() + timedelta(minutes=3)
    assert harness.bot.jobs.alerts(now) == 1
    assert len(posted_in(harness)) == 1
    assert len(harness.fake.calls_to("chat.postMessage")) == 2


def test_a_rate_limited_post_waits_then_is_posted_once(harness: SlackHarness) -> None:
    an_alert_due(harness)
    harness.fake.fail(
        "chat.postMessage", "ratelimited", status=429, headers={"Retry-After": "3"}, times=1
    )
    waited: list[float] = []
    harness.bot.jobs.courier.sleep = waited.append
    assert harness.bot.jobs.alerts(utcnow() + timedelta(minutes=3)) == 1
    assert waited == [3]
    assert len(posted_in(harness)) == 1
    assert len(harness.fake.calls_to("chat.postMessage")) == 2


def test_a_worker_rate_limited_longer_than_its_lease_leaves_the_post_to_its_taker(
    harness: SlackHarness,
) -> None:
    """While one worker waits out a long Retry-After, its lease runs out and another
    process finishes the delivery: the waiting worker must not post it again."""
    an_alert_due(harness)
    harness.fake.fail(
        "chat.postMessage", "ratelimited", status=429, headers={"Retry-After": "45"}, times=1
    )
    now = utcnow() + timedelta(minutes=3)
    other = Courier(harness.bot.jobs.courier.log, harness.bot.jobs.poster, owner="worker-2")
    taken: list[int] = []
    harness.bot.jobs.courier.sleep = lambda _seconds: taken.append(other.recover(now + LATER))
    harness.bot.jobs.alerts(now)
    assert taken == [1]
    [message] = posted_in(harness)
    assert "Drone strike in Deir ez-Zor" in str(message["blocks"])
    assert harness.bot.jobs.courier.log.unfinished() == []


def test_a_delivery_recovered_by_its_own_process_is_not_posted_again_by_its_queued_copy(
    harness: SlackHarness,
) -> None:
    """A worker's digest job writes its intents and posts them one by one; one waits in the
    queue past its lease, and the same process's recovery job (same owner) takes it over and
    posts its first part. The queued copy, which knows of nothing posted, must not post it
    again (it did: a digest appeared twice in the PostgreSQL load test)."""
    a_long_digest_due(harness)
    eight = tomorrow_at(8)
    [digest] = harness.bot.deliveries.due_digests(eight)
    courier = harness.bot.jobs.courier
    queued = courier.begin(TEAM, "CDESK", digest.slot, delivery_parts(digest), eight)
    assert len(queued.parts) >= 3
    [recovered] = courier.log.take_over(courier.owner, eight + LATER)  # its recovery job
    first = courier.poster.post(
        TEAM,
        "CDESK",
        Message(recovered.parts[0].text, recovered.parts[0].blocks),
        metadata=metadata_of(recovered, 0),
    )
    assert courier.log.record(recovered, first, courier.owner, eight + LATER)
    assert courier.post_rest(queued, lambda: eight + LATER) is False  # the queued copy
    assert len(posted_in(harness)) == 1
    assert harness.bot.jobs.recover(eight + 3 * LATER) == 1  # the rest, once
    parts = [m["metadata"]["event_payload"]["part"] for m in posted_in(harness)]  # type: ignore[index]
    assert parts == list(range(len(queued.parts)))
