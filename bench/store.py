"""Where a store's bytes go: bench/peers.py's realistic feeds polled into a fresh SQLite store
(first pass, then the changed pass), and SQLite's `dbstat` per table and index.

Prints kB per article (the figure bench/peers.py compares with reader) and, for each table
and index, its pages, payload, overhead (cell headers, pointers, free space in its pages)
and share of the file. With `--keep FILE` the store is written there and kept for a look.

    XDG_CACHE_HOME=/tmp/cache-bench .venv/bin/python bench/store.py [--feeds 200] [--keep FILE]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.peer_feeds import load_corpus, make_feeds
from bot.clock import utcnow
from bot.ingest.poll import Poller
from bot.settings import Settings
from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.feed_server import FeedServer

PER_OBJECT = """
    SELECT name, count(*) AS pages, sum(payload) AS payload,
           sum(pgsize - payload) AS overhead, sum(pgsize) AS bytes
    FROM dbstat GROUP BY name ORDER BY bytes DESC
"""


def build(path: Path, feeds: int, items: int, new_items: int, same_event: float) -> int:
    """Poll the feeds into a fresh store at `path` (first and changed passes); articles stored."""
    made = make_feeds(load_corpus(), feeds, items, new_items, same_event, datetime.now(UTC))
    url = f"sqlite:///{path}"
    settings = Settings(database_url=url, seed_feeds=False)
    store = Store.open(url)
    with FeedServer() as server:
        paths = [f"/feeds/{n}.xml" for n in range(feeds)]
        for feed_path, body in zip(paths, made.first, strict=True):
            store.add_feed(server.add_feed(feed_path, body, etag='"1"'))
        poller = Poller(store, Analyzer.load(settings), settings)
        start = utcnow()
        poller.poll_due(now=start)
        for feed_path, body in zip(paths, made.changed, strict=True):
            server.update(feed_path, body=body, etag='"2"')
        poller.poll_due(now=start + timedelta(hours=7))
    count = store.article_count()
    store.close()
    return count


def breakdown(path: Path, articles: int) -> list[str]:
    """The per-object table of `dbstat`, after the write-ahead log is checkpointed."""
    with closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rows = db.execute(PER_OBJECT).fetchall()
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        free = db.execute("PRAGMA freelist_count").fetchone()[0]
    size = path.stat().st_size
    lines = [
        f"{articles} articles, {size / 1e6:.2f} MB, {size / max(articles, 1) / 1000:.2f} kB "
        f"an article (page size {page_size}, {free} free pages)",
        f"{'table or index':44} {'pages':>7} {'payload':>10} {'overhead':>10} "
        f"{'B/article':>10} {'share':>6}",
    ]
    for name, pages, payload, overhead, total in rows:
        lines.append(
            f"{name:44} {pages:7} {payload:10} {overhead:10} "
            f"{total / max(articles, 1):10.0f} {total / size:6.1%}"
        )
    return lines


def main() -> None:
    """Build the store, print where its bytes go."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=35, help="items in each feed")
    parser.add_argument("--new-items", type=int, default=3, help="new items a feed brings")
    parser.add_argument("--same-event", type=float, default=0.15, help="share of re-reports")
    parser.add_argument("--keep", type=Path, help="write the store here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="store-") as tmp:
        path = args.keep or Path(tmp) / "newsbot.db"
        if path.exists():
            raise SystemExit(f"{path} exists: give a new file")
        count = build(path, args.feeds, args.items, args.new_items, args.same_event)
        print("\n".join(breakdown(path, count)))


if __name__ == "__main__":
    main()
