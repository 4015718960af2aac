"""newsbot's side of bench/peers.py: the poller as `newsbot run` drives it, in its own process.

    .venv/bin/python bench/peer_newsbot.py URLS_FILE DATABASE_URL

Commands (bench/peer_side.py): `pass HOURS` polls every feed due HOURS after the start
(each pass is timed so that every feed is due again), answering its seconds, the articles
stored and the feeds that failed.
"""

from __future__ import annotations

import gc
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.peer_side import serve, timed
from bot.clock import utcnow
from bot.runtime.services import Services
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.ingest.poll import PollReport


def load_as_newsbot_run() -> None:
    """Import the command line with the cyclic garbage collector paused, then move what it
    made out of the collector's sight, as `newsbot run` is loaded (bot/__main__.py). Without
    this every full collection of a pass scans some 86,000 objects of the imports that the
    product's collector never sees (on a 100-feed first pass, 0.34 s of full collections
    against 0.14 s)."""
    gc.disable()
    try:
        import bot.cli  # noqa: F401  (what `newsbot run` imports before it starts)
    finally:
        gc.freeze()
        gc.enable()


def main() -> None:
    """Load as `newsbot run` is loaded, open a fresh store with the feeds and make the poller
    as `newsbot run` does, then answer bench/peers.py."""
    load_as_newsbot_run()
    urls = Path(sys.argv[1]).read_text().split()
    settings = Settings(database_url=sys.argv[2], seed_feeds=False)
    services = Services(settings)
    store = services.store
    for url in urls:
        store.add_feed(url)
    poller = services.poller
    start = utcnow()

    def one_pass(args: list[str]) -> dict[str, Any]:
        at = start + timedelta(hours=float(args[0]))
        reports: list[PollReport] = []
        seconds = timed(lambda: reports.append(poller.poll_due(now=at)))
        return {
            "seconds": seconds,
            "articles": store.article_count(),
            "failed": reports[0].failed,
            "polled": reports[0].polled,
        }

    serve({"pass": one_pass}, {"ready": True, "workers": settings.fetch_concurrency})
    store.close()


if __name__ == "__main__":
    main()
