"""Poll-and-ingest throughput with 1 and with 2 worker processes sharing PostgreSQL.

A server process serves 1,000 feeds of new articles from 127.0.0.1. For each run a fresh
PostgreSQL schema gets the same feeds; N worker processes load the analyzer, wait for the
same start signal, and each polls the due feeds once (`Poller.poll_due`: feeds are leased
a batch at a time, so the workers share them). Throughput is articles stored per second
from the signal until the last worker is done; the ratio of the two runs is the scaling.
Target on this 2-core machine: 2 workers >= 1.8x the throughput of 1.

    .venv/bin/python bench/scale.py [--feeds 1000] [--rounds 2]
        [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
import uuid
from multiprocessing.connection import Connection
from multiprocessing.synchronize import Event
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.poll import serve
from bot.ingest.poll import Poller
from bot.settings import Settings
from bot.storage import Store
from bot.understand.analyzer import Analyzer

POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def worker(url: str, ready: Connection, go: Event) -> None:
    """Load everything, say ready, wait for `go`, poll the due feeds once, report
    (feeds polled, articles stored, finishing time)."""
    settings = Settings(database_url=url, seed_feeds=False)
    store = Store.open(url)
    poller = Poller(store, Analyzer.load(settings), settings)
    ready.send("ready")
    go.wait()
    report = poller.poll_due()
    ready.send((report.polled, report.new_articles, time.time()))
    store.close()


def one_run(base_url: str, feed_urls: list[str], workers: int) -> tuple[float, int, list[int]]:
    """Seconds from the start signal to the last worker done, articles stored, and how
    many feeds each worker polled; in a schema of its own, dropped afterwards."""
    schema = f"bench_scale_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{base_url}{'&' if '?' in base_url else '?'}options=-csearch_path%3D{schema}"
    try:
        store = Store.open(url)
        for feed_url in feed_urls:
            store.add_feed(feed_url)
        spawn = multiprocessing.get_context("spawn")
        go = spawn.Event()
        pipes, processes = [], []
        for _ in range(workers):
            ours, theirs = spawn.Pipe()
            process = spawn.Process(target=worker, args=(url, theirs, go))
            process.start()
            pipes.append(ours)
            processes.append(process)
        for pipe in pipes:
            assert pipe.recv() == "ready"
        started = time.time()
        go.set()
        results = [pipe.recv() for pipe in pipes]
        for process in processes:
            process.join(timeout=60)
        elapsed = max(finished for _, _, finished in results) - started
        stored = store.article_count()
        assert sum(new for _, new, _ in results) == stored, "an article counted twice"
        assert sum(polled for polled, _, _ in results) == len(feed_urls), "a feed polled twice"
        store.close()
        return elapsed, stored, [polled for polled, _, _ in results]
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    """Print the throughput of 1 and 2 workers (best of --rounds each) and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2, help="best of this many per count")
    parser.add_argument("--database-url", default=POSTGRES)
    args = parser.parse_args()
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(theirs, args.feeds), daemon=True)
    server.start()
    feed_urls: list[str] = ours.recv()
    best: dict[int, float] = {}
    for round_no in range(args.rounds):
        for workers in (1, 2):  # alternate, so both see the same machine load
            elapsed, stored, shares = one_run(args.database_url, feed_urls, workers)
            rate = stored / elapsed
            best[workers] = max(best.get(workers, 0.0), rate)
            print(
                f"round {round_no + 1}, {workers} worker(s): {len(feed_urls)} feeds, "
                f"{stored} articles in {elapsed:.2f} s = {rate:.0f} articles/s "
                f"(feeds per worker: {shares})",
                flush=True,
            )
    ours.send("stop")
    server.join(timeout=10)
    print(f"1 worker:  {best[1]:.0f} articles/s")
    print(f"2 workers: {best[2]:.0f} articles/s")
    print(f"ratio {best[2] / best[1]:.2f}x (target >= 1.8x)")


if __name__ == "__main__":
    main()
