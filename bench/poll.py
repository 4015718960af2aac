"""Polling throughput over 1,000 feeds served from 127.0.0.1, against its floors.

A server process serves the feeds with ETags. After a first pass stores every article:
- changed pass: every feed answers 200 with a new ETag (its items already stored, as when
  a feed is regenerated); floor: bare fetching of the same URLs with the same client plus
  feedparser parsing of each body. Target: within 1.3x.
- unchanged pass: every feed answers 304; floor: bare conditional fetching with the same
  client. Target: within 2x.
Each pass and its floor run alternately, --rounds times; the best of each is printed.

    .venv/bin/python bench/poll.py [--feeds 1000] [--database-url URL]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
from datetime import timedelta
from multiprocessing.connection import Connection
from pathlib import Path

import feedparser

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic import rss_document
from bot.clock import utcnow
from bot.ingest.fetch import FetchRequest, fetch_each
from bot.ingest.poll import Poller, fetch_limits
from bot.settings import Settings
from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.feed_server import FeedServer

ITEMS_PER_FEED = 10
SENTENCES_PER_ARTICLE = 6


def serve(conn: Connection, feeds: int) -> None:
    """Serve `feeds` feeds; on a message, switch every feed's ETag to it."""
    rng = random.Random(7)
    with FeedServer() as server:
        paths = [f"/feeds/{n}.xml" for n in range(feeds)]
        for n, path in enumerate(paths):
            body = rss_document(rng, n, ITEMS_PER_FEED, SENTENCES_PER_ARTICLE)
            server.add_feed(path, body, etag='"v1"')
        conn.send([server.url(p) for p in paths])
        while (message := conn.recv()) != "stop":
            for path in paths:
                server.update(path, etag=message)
            conn.send("ok")


def timed_pass(poller: Poller, at_hours: int) -> tuple[float, int]:
    """Seconds for one polling pass at a time when every feed is due."""
    started = time.perf_counter()
    report = poller.poll_due(now=utcnow() + timedelta(hours=at_hours))
    return time.perf_counter() - started, report.polled


def floor_changed(urls: list[str], settings: Settings) -> float:
    """Bare fetching (200s) plus feedparser parsing of each body."""
    started = time.perf_counter()
    for _, result in fetch_each([FetchRequest(u) for u in urls], fetch_limits(settings)):
        assert result.body is not None
        feedparser.parse(result.body)
    return time.perf_counter() - started


def floor_unchanged(urls: list[str], settings: Settings, etag: str) -> float:
    """Bare conditional fetching (304s)."""
    started = time.perf_counter()
    requests = [FetchRequest(u, etag=etag) for u in urls]
    assert all(r.not_modified for _, r in fetch_each(requests, fetch_limits(settings)))
    return time.perf_counter() - started


def main() -> None:
    """Print both passes beside their floors."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    parser.add_argument("--rounds", type=int, default=3, help="best of this many")
    args = parser.parse_args()
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(theirs, args.feeds), daemon=True)
    server.start()
    urls: list[str] = ours.recv()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{tmp}/bench.db"
        settings = Settings(database_url=url, seed_feeds=False)
        store = Store.open(url)
        for feed_url in urls:
            store.add_feed(feed_url)
        poller = Poller(store, Analyzer.load(settings), settings)
        first, polled = timed_pass(poller, 0)
        articles = store.article_count()
        print(
            f"first pass (every article new): {polled} feeds, {articles} articles in {first:.2f} s"
        )
        changed, changed_floor, unchanged, unchanged_floor = [], [], [], []
        for round_no in range(args.rounds):  # alternate ours and floors; keep the best
            etag = f'"v{round_no + 2}"'
            ours.send(etag)
            ours.recv()
            changed.append(timed_pass(poller, 14 * round_no + 7)[0])
            changed_floor.append(floor_changed(urls, settings))
            unchanged.append(timed_pass(poller, 14 * round_no + 14)[0])
            unchanged_floor.append(floor_unchanged(urls, settings, etag))
        assert store.article_count() == articles
        store.close()
    ours.send("stop")
    server.join(timeout=10)
    report("changed pass (200)", polled, min(changed), "fetch+feedparser", min(changed_floor), 1.3)
    report("unchanged pass (304)", polled, min(unchanged), "fetch", min(unchanged_floor), 2.0)


def report(
    name: str, feeds: int, ours: float, floor_name: str, floor: float, target: float
) -> None:
    """One line: our time, the floor's, their ratio and the target."""
    print(
        f"{name:21} {ours:6.2f} s, {feeds / ours:6.0f} feeds/s; floor {floor_name} "
        f"{floor:6.2f} s; ratio {ours / floor:.2f}x (target <= {target}x)"
    )


if __name__ == "__main__":
    main()
