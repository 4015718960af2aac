"""Where a first pass's time goes: bench/peers.py's first pass of newsbot, its parts timed.

The feeds are bench/peers.py's (served from another process); newsbot is loaded as its side
is (bench/peer_newsbot.py), and one pass polls every feed once, every item new. Each part
of a poll (fetching, parsing, analysing, fingerprinting, storing, the feed's home and known
entries, claiming feeds) is wrapped to count its CPU seconds in the thread that runs it;
printed every `--every` feeds: each part's CPU seconds over those feeds, so what grows with
the store shows; then the totals, wall and CPU, and the rest (the poll loop itself).

    XDG_CACHE_HOME=/tmp/cache-bench .venv/bin/python bench/first_pass.py [--feeds 200]
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from multiprocessing import Pipe, Process
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.peer_newsbot import load_as_newsbot_run
from bench.peers import serve_feeds

PARTS = {
    "bot.ingest.poll": ("read_feed", "fingerprint", "fetch_each"),
    "bot.storage.store": (
        "Store.save_poll",
        "Store.known_entries",
        "Store.feed_places",
        "Store.claim_due_feeds",
        "Store.recent_entry_times",
        "Store.save_outcomes",
    ),
    "bot.understand.analyzer": ("Analyzer.analyze_entry", "Analyzer.feed_home"),
}
"""Module -> the names in it (a class's method as Class.method) whose CPU seconds count."""


def timing(spent: Counter[str]) -> None:
    """Wrap every part of PARTS to add its thread's CPU seconds to `spent` (a generator's
    are counted as each item is made)."""
    for module_name, names in PARTS.items():
        module = sys.modules[module_name]
        for name in names:
            owner_name, _, attribute = name.rpartition(".")
            owner = getattr(module, owner_name) if owner_name else module
            label = attribute if owner is module else name
            setattr(owner, attribute, _timed(getattr(owner, attribute), label, spent))


def _timed(function: Callable[..., Any], label: str, spent: Counter[str]) -> Callable[..., Any]:
    def where(started: float) -> None:
        thread = "" if threading.current_thread() is threading.main_thread() else " (fetch)"
        spent[label + thread] += time.thread_time() - started

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.thread_time()
        try:
            result = function(*args, **kwargs)
        finally:
            where(started)
        if label != "fetch_each":
            return result
        return _timed_items(result, where)

    return timed


def _timed_items(items: Any, where: Callable[[float], None]) -> Any:
    """The items of a generator, the CPU seconds making each counted."""
    try:
        while True:
            started = time.thread_time()
            try:
                item = next(items)
            except StopIteration:
                return
            finally:
                where(started)
            yield item
    finally:
        items.close()


def main() -> None:
    """Serve the feeds, poll them once with the parts timed, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=35, help="items in each feed")
    parser.add_argument("--every", type=int, default=100, help="feeds a printed line covers")
    args = parser.parse_args()
    load_as_newsbot_run()
    from bot.clock import utcnow
    from bot.runtime.services import Services
    from bot.settings import Settings

    ours, theirs = Pipe()
    Process(target=serve_feeds, args=(theirs, args.feeds, args.items, 3, 0.15), daemon=True).start()
    urls = ours.recv()["urls"]
    ours.send(("first", '"first"'))
    ours.recv()
    spent: Counter[str] = Counter()
    with tempfile.TemporaryDirectory(prefix="first-pass-") as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/newsbot.db", seed_feeds=False)
        services = Services(settings)
        for url in urls:
            services.store.add_feed(url)
        poller = services.poller
        timing(spent)
        wall, cpu = time.perf_counter(), time.process_time()
        polled, before = [0], Counter[str]()

        def on_feed(*_: Any) -> None:
            polled[0] += 1
            if polled[0] % args.every == 0:
                block = spent - before
                parts = " ".join(f"{k}={v:.1f}" for k, v in block.most_common() if v >= 0.05)
                print(f"feeds {polled[0] - args.every + 1}-{polled[0]}: CPU s {parts}", flush=True)
                before.clear()
                before.update(spent)

        poller.poll_due(now=utcnow(), on_feed=on_feed)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        articles = services.store.article_count()
        services.store.close()
    ours.send("stop")
    print(f"first pass: {articles} articles, wall {wall:.1f} s, CPU {cpu:.1f} s")
    for label, seconds in spent.most_common():
        print(f"  {label:32} {seconds:8.2f} s CPU  {seconds / cpu:6.1%}")
    rest = cpu - sum(spent.values())
    print(f"  {'the rest (loop, fetch thread, gc)':32} {rest:8.2f} s CPU  {rest / cpu:6.1%}")


if __name__ == "__main__":
    main()
