"""newsbot's side of bench/peers.py: the poller as `newsbot run` drives it, in its own process.

    .venv/bin/python bench/peer_newsbot.py URLS_FILE DATABASE_URL

Commands (bench/peer_side.py): `pass HOURS` polls every feed due HOURS after the start
(each pass is timed so that every feed is due again), answering its seconds, the articles
stored and the feeds that failed.
"""

from __future__ import annotations

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


def main() -> None:
    """Open a fresh store with the feeds and make the poller as `newsbot run` does, then
    answer bench/peers.py."""
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
