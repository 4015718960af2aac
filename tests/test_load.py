"""Several processes, one truth: 3 workers and 2 web processes on PostgreSQL, 300 feeds
served from 127.0.0.1 and 20 channels on a fake Slack, one worker killed mid-poll.

Every feed keeps being fetched, never twice within an interval (nor by two workers at
once), no article is stored twice, every channel gets its digest exactly once, and the
feeds the killed worker held are polled by the others once its leases run out.
"""

from __future__ import annotations

import functools
import itertools
import os
import random
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import func, select

from bot.storage import Store
from bot.storage.schema import article_sources, articles, feeds
from tests.conftest import POSTGRES_URL
from tests.support.fake_slack import TEAM, Call, FakeSlack
from tests.support.feed_server import FeedServer
from tests.support.processes import NEWSBOT, free_port, start_web
from tests.support.signed import slash_command

pytestmark = pytest.mark.skipif(
    not POSTGRES_URL,
    reason="needs PostgreSQL (NEWSBOT_DATABASE_URL): several processes share one database "
    "there; CI's second pass runs it",
)

FEEDS = 300
CHANNELS = 20
INTERVAL = 12.0
"""Seconds between two polls of a feed (min = default = max poll interval)."""
EDITION = 6.0
"""Seconds between two new items in a feed."""
SHOWN = 5
"""Editions a feed shows (30 s: more than an interval plus a lease)."""
LEASE = 8
SECRET = "load-signing-secret"
CITIES = (
    "Kharkiv", "Kherson", "Zaporizhzhia", "Odesa", "Mariupol", "Aleppo", "Idlib",
    "Raqqa", "Mosul", "Kirkuk", "Fallujah", "Sanaa", "Aden", "Marib", "Khartoum",
    "Goma", "Bunia", "Mandalay", "Sittwe", "Timbuktu",
)  # fmt: skip
SYLLABLES = (
    "ba ko ri tu ne sa lo vi de ma zu pe gra tel mon dor fen ska bri vol".split()  # noqa: SIM905
)


def _edition_items(feed: int, edition: int) -> list[tuple[str, str]]:
    """(uid, item XML) of one edition of one feed; every 4th edition a wire story appears
    in two feeds (feed n and n + 150), stored once with two sources."""
    items = [(f"feed{feed}-e{edition}", feed)]
    if edition % 4 == 0:
        items.append((f"wire{feed % 150}-e{edition}", feed % 150))
    rendered = []
    for uid, seed in items:
        chance = random.Random(f"{uid}-{seed}")
        city = CITIES[chance.randrange(len(CITIES))] if chance.random() < 0.1 else None
        words = " ".join("".join(chance.choice(SYLLABLES) for _ in range(3)) for _ in range(25))
        where = f" in {city}" if city else ""
        title = f"Shelling kills {chance.randrange(2, 40)} civilians{where} {words.split()[0]}"
        text = f"Artillery shelling{where} killed civilians overnight, officials said. {words}."
        published = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(edition * EDITION))
        rendered.append(
            (
                uid,
                f"<item><title>{escape(title)}</title>"
                f"<link>https://load.example/{uid}</link><guid>{uid}</guid>"
                f"<pubDate>{published}</pubDate>"
                f"<description>{escape(text)}</description></item>",
            )
        )
    return rendered


def _feed_body(feed: int, at: float) -> bytes:
    """Feed `feed` as served at time `at`: its last editions (long enough that a feed
    whose worker died still shows them when it is taken over)."""
    now = int(at // EDITION)
    items = "".join(
        xml for e in range(now - SHOWN + 1, now + 1) for _, xml in _edition_items(feed, e)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Load feed {feed}</title><link>https://load.example/</link>"
        f"<description>feed {feed}</description>{items}</channel></rss>\n"
    ).encode()


def _served_uids(feed: int, at: float) -> set[str]:
    now = int(at // EDITION)
    return {uid for e in range(now - SHOWN + 1, now + 1) for uid, _ in _edition_items(feed, e)}


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Processes started by the test; whatever is still running at the end is killed."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=30)


def test_three_workers_and_two_web_processes_share_the_work(
    database_url: str,
    store: Store,
    tmp_path: Path,
    feed_server: FeedServer,
    processes: list[subprocess.Popen[bytes]],
) -> None:
    for n in range(FEEDS):
        path = f"/load/{n}.xml"
        url = feed_server.add(path, delay=0.05, body_at=functools.partial(_feed_body, n))
        store.add_feed(url, title=f"Load feed {n}", origin="config")

    with FakeSlack() as fake:
        env = {
            **os.environ,
            "NEWSBOT_DATABASE_URL": database_url,
            "NEWSBOT_SEED_FEEDS": "false",
            "NEWSBOT_MIN_POLL_MINUTES": str(INTERVAL / 60),
            "NEWSBOT_DEFAULT_POLL_MINUTES": str(INTERVAL / 60),
            "NEWSBOT_MAX_POLL_MINUTES": str(INTERVAL / 60),
            "NEWSBOT_POLL_EVERY_SECONDS": "1",
            "NEWSBOT_LEASE_SECONDS": str(LEASE),
            "NEWSBOT_LEASE_BATCH": "10",
            "NEWSBOT_FETCH_CONCURRENCY": "5",
            "NEWSBOT_ALERT_WINDOW_SECONDS": "5",
            "SLACK_BOT_TOKEN": "xoxb-load",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": fake.api_url,
        }
        ports = [free_port(), free_port()]
        processes.extend(start_web(port, env) for port in ports)

        # the next whole minute at least 25 s away: every channel's digest slot
        now = datetime.now(UTC)
        slot = (now + timedelta(seconds=85)).replace(second=0, microsecond=0)
        for index in range(CHANNELS):
            status, _ = slash_command(
                f"http://127.0.0.1:{ports[index % 2]}/slack/events",
                SECRET,
                team=TEAM,
                channel=f"CLOAD{index:02d}",
                user="UDESK",
                command="/subscribe",
                text=f"{CITIES[index]} daily {slot:%H:%M}",
                response_url=fake.response_url(f"sub{index}"),
            )
            assert status == 200

        def answered() -> list[str]:
            return [c.method for c in fake.calls if c.method.startswith("response:sub")]

        _wait_until(lambda: len(answered()) >= CHANNELS, 30, lambda: f"answered {answered()}")
        assert sorted(answered()) == sorted(f"response:sub{i}" for i in range(CHANNELS))

        workers = [subprocess.Popen([*NEWSBOT, "run"], env=env) for _ in range(3)]
        processes.extend(workers)

        # once every feed has been polled twice, kill a worker that holds leases
        _wait_until(
            lambda: _polled_at_least(feed_server, 2),
            timeout=300,  # a hang guard
            what=lambda: (
                f"polls per feed {sorted(feed_server.hits(f'/load/{n}.xml') for n in range(FEEDS))}"
            ),
        )
        victim, orphaned, killed_at = _kill_worker_mid_poll(store, workers)

        # run on past the digest slot, until every channel has had its digest
        deadline = slot.timestamp() + 110  # digest jobs run every 60 s; generous under load
        _wait_until(
            lambda: len(_digests(fake)) >= CHANNELS,
            timeout=deadline - time.time(),
            what=lambda: f"digests posted to {sorted(c.body['channel'] for c in _digests(fake))}",
        )
        time.sleep(3 * INTERVAL)  # and a few more intervals: nothing more may be posted
        stopping = time.time()
        for process in processes:
            if process is not victim:
                process.send_signal(signal.SIGTERM)
        for process in processes:
            if process is not victim:
                assert process.wait(timeout=60) == 0, "graceful shutdown"

    # every feed kept being polled, none starved while others were served (how many polls
    # a loaded machine manages is bench/ingest.py's question: the check is relative to the
    # other feeds, not to the clock), and never twice within an interval
    counts = sorted(len(feed_server.requests(f"/load/{n}.xml")) for n in range(FEEDS))
    median = counts[FEEDS // 2]
    for n in range(FEEDS):
        times = [r.at for r in feed_server.requests(f"/load/{n}.xml")]
        assert len(times) >= median / 2, f"feed {n} polled {len(times)} times, median {median}"
        for before, after in itertools.pairwise(times):
            takeover = n in orphaned and before <= killed_at <= after
            assert takeover or after - before >= INTERVAL - 1, f"feed {n} polled twice"

    # the killed worker's feeds were taken over by the others, and not before its leases
    # ran out
    for n, lease_end in orphaned.items():
        after_kill = [r.at for r in feed_server.requests(f"/load/{n}.xml") if r.at > killed_at]
        assert after_kill, f"feed {n} never taken over"
        assert after_kill[0] >= lease_end - 1, f"feed {n} polled while its lease held"

    # every article served was stored, once, with each feed that carried it as a source;
    # documents fetched and not yet read at SIGTERM may be dropped (those feeds stay due):
    # a feed's next fetch comes only after its last document's poll was stored, so the
    # documents read are those fetched by its last stored poll (`last_success_at`, the
    # time it was read) or before
    with store.engine.connect() as conn:
        read_until = {
            int(url.rsplit("/", 1)[1].removesuffix(".xml")): at.timestamp()
            for url, at in conn.execute(select(feeds.c.url, feeds.c.last_success_at))
            if at is not None
        }
    served: dict[str, set[int]] = {}
    served_early: dict[str, set[int]] = {}
    for n in range(FEEDS):
        for request in feed_server.requests(f"/load/{n}.xml"):
            for uid in _served_uids(n, request.at):
                served.setdefault(uid, set()).add(n)
                if request.at <= read_until.get(n, 0.0):
                    served_early.setdefault(uid, set()).add(n)
    with store.engine.connect() as conn:
        links = list(conn.execute(select(articles.c.canonical_link)).scalars())
        sources: dict[str, int] = dict(
            conn.execute(
                select(articles.c.canonical_link, func.count(article_sources.c.feed_id))
                .join(article_sources, article_sources.c.article_id == articles.c.id)
                .group_by(articles.c.canonical_link)
            ).all()
        )
        leased = conn.execute(
            select(feeds.c.lease_owner, feeds.c.lease_until, feeds.c.next_poll_at).where(
                feeds.c.lease_owner.is_not(None)
            )
        ).all()
        roles = {str(p.pid): ("victim" if p is victim else str(p.args)) for p in processes}
        held = [(roles.get(o.split(":")[1], o), until, due) for o, until, due in leased]
        assert not held, (
            f"graceful shutdown gave every lease back; held {held[:5]}, stopping {stopping}"
        )
    stored = {link.removeprefix("https://load.example/") for link in links}
    assert len(links) == len(stored), "an article stored twice"
    assert stored <= set(served)
    missing = set(served_early) - stored
    assert not missing, f"{len(missing)} served articles never stored"
    for uid, carriers in served.items():
        count = sources.get(f"https://load.example/{uid}", 0)
        assert len(served_early.get(uid, ())) <= count <= len(carriers), uid

    # each channel's digest exactly once, in the slot, after the articles were polled
    digests = _digests(fake)
    assert sorted(c.body["channel"] for c in digests) == [f"CLOAD{i:02d}" for i in range(20)]
    slot_monotonic = slot.timestamp() - (time.time() - time.monotonic())  # Call.at's clock
    assert all(call.at >= slot_monotonic - 1 for call in digests), "a digest before its slot"


def _wait_until(
    condition: Callable[[], bool], timeout: float, what: Callable[[], str] = lambda: ""
) -> None:
    deadline = time.monotonic() + max(timeout, 1)
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s; {what()}")


def _polled_at_least(server: FeedServer, times: int) -> bool:
    return all(server.hits(f"/load/{n}.xml") >= times for n in range(FEEDS))


def _kill_worker_mid_poll(
    store: Store, workers: list[subprocess.Popen[bytes]]
) -> tuple[subprocess.Popen[bytes], dict[int, float], float]:
    """SIGKILL the first worker seen holding leases; returns it, the feeds (by number) it
    still held with the time each lease ends, and when it was killed."""
    by_pid = {process.pid: process for process in workers}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with store.engine.connect() as conn:
            owners = set(
                conn.execute(select(feeds.c.lease_owner).where(feeds.c.lease_owner.is_not(None)))
                .scalars()
                .all()
            )
        for owner in owners:
            victim = by_pid.get(int(owner.split(":")[1]))
            if victim is None:
                continue
            victim.send_signal(signal.SIGKILL)
            killed_at = time.time()
            victim.wait(timeout=30)
            with store.engine.connect() as conn:
                held = conn.execute(
                    select(feeds.c.url, feeds.c.lease_until).where(feeds.c.lease_owner == owner)
                ).all()
            if not held:  # it finished its batch just before: try another moment
                continue
            orphaned = {
                int(url.rsplit("/", 1)[1].removesuffix(".xml")): until.timestamp()
                for url, until in held
            }
            return victim, orphaned, killed_at
        time.sleep(0.02)
    raise AssertionError("no worker was ever caught holding leases")


def _digests(fake: FakeSlack) -> list[Call]:
    """Top-level messages posted to the load test's channels (thread replies excluded)."""
    return [
        call
        for call in fake.calls_to("chat.postMessage")
        if str(call.body.get("channel", "")).startswith("CLOAD") and not call.body.get("thread_ts")
    ]
