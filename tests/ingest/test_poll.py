"""Polling passes over real HTTP from a local server into a real database."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import utcnow
from bot.ingest import poll
from bot.ingest.poll import Poller
from bot.runtime.demo import sample_files
from bot.settings import Settings
from bot.slack.blocks.stories import story_blocks
from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.feed_server import FeedServer, closed_port_url

SAMPLES = {path.name: path.read_bytes() for path in sample_files()}


def make_poller(store: Store, analyzer: Analyzer, settings: Settings) -> Poller:
    quick = settings.model_copy(update={"fetch_total_timeout": 1.5, "fetch_max_bytes": 1_000_000})
    return Poller(store, analyzer, quick)


def test_a_poll_stores_understood_articles_and_the_next_costs_a_304(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    url = feed_server.add_feed("/meridian.xml", SAMPLES["meridian.xml"], etag='"v1"')
    feed = store.add_feed(url)
    poller = make_poller(store, analyzer, settings)

    report = poller.poll_due()
    assert (report.polled, report.failed) == (1, 0)
    assert report.new_articles == store.article_count() > 5
    conflict = store.conflict_articles_since(utcnow() - timedelta(hours=1))
    deir = store.place_articles(["gn:170794", "cfg:deir-ez-zor-governorate"])
    assert deir, "the Deir ez-Zor article is stored as conflict with its place"
    assert {a.id for a in deir} <= {a.id for a in conflict}
    assert all(a.summary for a in conflict)
    assert feed_server.requests("/meridian.xml")[0].headers["user-agent"].startswith("newsbot/")

    state = store.feed(feed.id)
    assert state is not None and state.etag == '"v1"'
    assert poller.poll_due().polled == 0, "not due again yet"
    report = poller.poll_due(now=state.next_poll_at)
    assert (report.polled, report.new_articles, report.failed) == (1, 0, 0)
    second = feed_server.requests("/meridian.xml")[1]
    assert second.headers["if-none-match"] == '"v1"'
    feed_server.wait_for_responses("/meridian.xml", 2)  # recorded once the response has ended
    assert feed_server.responses("/meridian.xml")[1].status == 304


def test_failing_feeds_are_recorded_with_why_and_the_others_still_polled(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    good = store.add_feed(feed_server.add_feed("/good.xml", SAMPLES["reliefline.xml"]))
    broken = {
        "HTTP 500": feed_server.add_status("/500", 500),
        "timed out": feed_server.add_slow("/slow", SAMPLES["meridian.xml"], 0.05),
        "larger than": feed_server.add_large("/huge", 5_000_000, content_length=False),
        "redirects": feed_server.add_redirect("/loop", "/loop"),
        "not a feed": feed_server.add_html("/page.html"),
        "refused": closed_port_url(),
    }
    ids = {reason: store.add_feed(url).id for reason, url in broken.items()}
    poller = make_poller(store, analyzer, settings)

    report = poller.poll_due()
    assert (report.polled, report.failed) == (7, 6)
    good_state = store.feed(good.id)
    assert good_state is not None and good_state.article_count > 5
    first_wait = {}
    for reason, feed_id in ids.items():
        state = store.feed(feed_id)
        assert state is not None
        assert state.consecutive_failures == 1
        assert reason.lower() in (state.last_error or "").lower(), (reason, state.last_error)
        assert state.last_polled_at is not None
        first_wait[feed_id] = state.next_poll_at - state.last_polled_at

    listed = store.list_feeds()
    assert listed[-1].id == good.id, "failing feeds are listed first"
    poller.poll_due(now=utcnow() + max(first_wait.values()))
    for feed_id, wait in first_wait.items():
        state = store.feed(feed_id)
        assert state is not None and state.last_polled_at is not None
        assert state.consecutive_failures == 2
        assert state.next_poll_at - state.last_polled_at > wait, "waits longer after each failure"


def test_retry_after_is_honoured(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    feed = store.add_feed(feed_server.add_status("/busy", 429, retry_after="7200"))
    started = utcnow()
    make_poller(store, analyzer, settings).poll_due()
    state = store.feed(feed.id)
    assert state is not None
    assert state.next_poll_at - started >= timedelta(hours=2)
    assert state.last_error_kind == "http"


def test_an_article_in_two_feeds_is_stored_once_with_both_sources(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    store.add_feed(feed_server.add_feed("/a.xml", SAMPLES["meridian.xml"]), title="Meridian")
    store.add_feed(feed_server.add_feed("/b.xml", SAMPLES["continent-desk.xml"]), title="Desk")
    report = make_poller(store, analyzer, settings).poll_due()
    stored = store.conflict_articles_since(utcnow() - timedelta(hours=1), limit=500)
    shared = [a for a in stored if len(a.sources) == 2]
    assert [sorted(a.sources) for a in shared] == [["Desk", "Meridian"]]
    assert feed_server.hits("/a.xml") == feed_server.hits("/b.xml") == 1
    total_entries = sum(body.count(b"<item>") for body in (SAMPLES["meridian.xml"],))
    total_entries += SAMPLES["continent-desk.xml"].count(b"<item>")
    assert report.new_articles == store.article_count() == total_entries - 1


def test_a_malformed_feed_keeps_every_entry_that_parses(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    feed = store.add_feed(feed_server.add_feed("/wire.xml", SAMPLES["wirecast.xml"]))
    report = make_poller(store, analyzer, settings).poll_due()
    assert report.failed == 0
    state = store.feed(feed.id)
    assert state is not None
    assert state.article_count == SAMPLES["wirecast.xml"].count(b"<item>")
    assert state.last_problem and "well-formed" in state.last_problem


def test_a_poll_killed_midway_leaves_nothing_half_stored_and_the_next_completes(
    tmp_path: Path,
    store: Store,
    database_url: str,
    analyzer: Analyzer,
    settings: Settings,
    feed_server: FeedServer,
) -> None:
    store.add_feed(feed_server.add_feed("/fast.xml", SAMPLES["meridian.xml"]))
    slow_body = SAMPLES["reliefline.xml"]
    store.add_feed(feed_server.add_slow("/slow.xml", slow_body, 0.01))
    _stopped_mid_fetch(tmp_path, database_url, feed_server, signal.SIGKILL)
    interrupted = store.conflict_articles_since(utcnow() - timedelta(hours=1), limit=500)
    assert all(a.sources and a.summary for a in interrupted), "no half-stored article"

    feed_server.add_feed("/slow.xml", slow_body)
    poller = make_poller(store, analyzer, settings)
    assert not any(f.url.endswith("/slow.xml") for f, _, _ in poller.poll_due().outcomes), (
        "the killed worker's lease still holds the slow feed"
    )
    report = poller.poll_due(now=utcnow() + timedelta(seconds=settings.lease_seconds))
    assert report.polled >= 1 and report.failed == 0
    assert all(feed.last_success_at for feed in store.list_feeds())
    items = SAMPLES["meridian.xml"].count(b"<item>") + slow_body.count(b"<item>")
    assert store.article_count() == items
    stored = store.conflict_articles_since(utcnow() - timedelta(hours=1), limit=500)
    assert stored and all(a.sources and a.summary for a in stored)


def test_ctrl_c_mid_poll_gives_the_feeds_not_reached_back_at_once(
    tmp_path: Path,
    store: Store,
    database_url: str,
    analyzer: Analyzer,
    settings: Settings,
    feed_server: FeedServer,
) -> None:
    """A user who stops `newsbot poll` leaves no feed leased: the workers sharing the
    database poll the rest now, not after the lease (five minutes)."""
    store.add_feed(feed_server.add_slow("/slow.xml", SAMPLES["reliefline.xml"], 0.01))
    waiting = [
        store.add_feed(feed_server.add_feed(f"/{n}.xml", SAMPLES["meridian.xml"])).url
        for n in range(4)
    ]
    stopped = _stopped_mid_fetch(
        tmp_path, database_url, feed_server, signal.SIGINT, NEWSBOT_FETCH_CONCURRENCY="1"
    )
    assert stopped != 0
    assert all(feed_server.hits(f"/{n}.xml") == 0 for n in range(4)), "stopped before them"

    feed_server.add_feed("/slow.xml", SAMPLES["reliefline.xml"])
    report = make_poller(store, analyzer, settings).poll_due()
    assert sorted(f.url for f, _, _ in report.outcomes) == sorted(
        [*waiting, store.list_feeds()[0].url]
    )
    assert report.failed == 0


def _stopped_mid_fetch(
    tmp_path: Path, database_url: str, feed_server: FeedServer, signum: int, **settings: str
) -> int:
    """Run `newsbot poll` (with these NEWSBOT_ settings) in a process of its own, send it
    `signum` once it is fetching /slow.xml, and return its exit code."""
    env = {
        **os.environ,
        "NEWSBOT_DATABASE_URL": database_url,
        "NEWSBOT_DATA_DIR": str(tmp_path),
        "NEWSBOT_SEED_FEEDS": "false",
        **settings,
    }
    # Ctrl-C's default action, whatever this test inherited (a shell's background job
    # ignores SIGINT, and so would the child)
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "poll"],
        env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 60
        while feed_server.hits("/slow.xml") == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert feed_server.hits("/slow.xml") == 1
        process.send_signal(signum)
        return process.wait(timeout=30)
    finally:
        process.kill()
        process.wait(timeout=30)


def test_feeds_added_from_slack_may_not_reach_internal_addresses(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    url = feed_server.add_feed("/internal.xml", SAMPLES["meridian.xml"])
    from_slack = store.add_feed(url, origin="slack")
    report = make_poller(store, analyzer, settings).poll_due()
    assert report.failed == 1 and feed_server.hits("/internal.xml") == 0
    state = store.feed(from_slack.id)
    assert state is not None and state.last_error_kind == "blocked"
    assert "127.0.0.1 is a loopback address" in (state.last_error or "")
    allowing = settings.model_copy(update={"fetch_allowed_networks": "127.0.0.0/8"})
    later = state.next_poll_at
    assert make_poller(store, analyzer, allowing).poll_due(now=later).failed == 0


def test_a_long_poll_hands_the_freed_heap_back_every_few_feeds(
    store: Store,
    analyzer: Analyzer,
    settings: Settings,
    feed_server: FeedServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A poller's memory stays near what it keeps: every TRIM_EVERY feeds polled (here 2)
    the heap freed since goes back to the operating system, failed or 304 feeds counting."""
    trims: list[int] = []
    monkeypatch.setattr(poll, "TRIM_EVERY", 2)
    monkeypatch.setattr(poll, "return_freed_memory", lambda: trims.append(1))
    for n in range(3):
        store.add_feed(feed_server.add_feed(f"/f{n}.xml", SAMPLES["reliefline.xml"]))
    store.add_feed(feed_server.add_status("/500", 500))
    poller = make_poller(store, analyzer, settings)

    report = poller.poll_due()
    assert (report.polled, report.failed) == (4, 1)
    assert len(trims) == 2


MARKET = (
    "Shops in the old market of Kirkuk reopened on Sunday, two days after a roadside bomb "
    "killed three soldiers at its gate. Traders swept glass from the pavement and repainted "
    "their shutters before the morning crowds arrived. The provincial council said it would "
    "pay for the repairs of twenty damaged stalls. Fruit sellers said business was slow but "
    "that customers were coming back. Police kept a checkpoint at the entrance through the day."
)


def _one_item_feed(outlet: str, title: str, text: str) -> bytes:
    """An RSS feed of one outlet's one item, published now."""
    item = (
        f"<item><title>{title}</title><link>http://{outlet}/1</link>"
        f"<guid>http://{outlet}/1</guid><description>{text}</description>"
        f"<pubDate>{utcnow():%a, %d %b %Y %H:%M:%S GMT}</pubDate></item>"
    )
    channel = f"<channel><title>{outlet}</title><link>http://{outlet}/</link>{item}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def test_a_story_told_as_conflict_by_one_outlet_and_not_by_another_shows_the_conflict_report(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    """One outlet heads the same report as a market reopening (not conflict: ingest makes it
    no summary), another as the bombing. The article that is not conflict is still grouped
    with the other (its story keys are kept), so the digest and the Slack post count both
    outlets, and what they show is the conflict report's headline and summary, as before."""
    quiet = feed_server.add_feed(
        "/quiet.xml", _one_item_feed("quiet.example", "Kirkuk's old market reopens", MARKET)
    )
    loud = feed_server.add_feed(
        "/loud.xml",
        _one_item_feed(
            "loud.example", "Roadside bomb kills three soldiers at Kirkuk market gate", MARKET
        ),
    )
    poller = make_poller(store, analyzer, settings)
    for url in (quiet, loud):  # one feed a pass: the report that is not conflict first
        store.add_feed(url)
        assert poller.poll_due().new_articles == 1
    [report] = store.conflict_articles_since(utcnow() - timedelta(hours=1))
    [story] = store.stories_of([report])
    assert story.lead.title == "Roadside bomb kills three soldiers at Kirkuk market gate"
    assert {source.outlet for source in story.sources} == {"quiet.example", "loud.example"}
    made = analyzer.analyze(report.title, MARKET)
    assert story.lead.summary == made.summary and made.summary.startswith("Shops in the old")
    post = json.dumps(story_blocks(story))
    assert "Shops in the old market of Kirkuk reopened" in post and "quiet.example" in post
