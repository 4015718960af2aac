"""`newsbot demo`: the sample feeds shipped in `bot/runtime/samples/`, ingested with no network.

Each sample is registered as a feed of origin "demo" (never polled: its URL is not
real) and goes through the same parse -> understand -> store path as a fetched feed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bot.clock import utcnow
from bot.runtime.services import Services

SAMPLES_DIR = Path(__file__).resolve().parent / "samples"
DEMO_URL = "https://demo.newsbot.invalid/samples/"
DEMO_PLACE = "Deir al-Zor"
HEADERS = {"content-type": "application/rss+xml; charset=utf-8"}


@dataclass(frozen=True)
class DemoResult:
    """What ingesting the samples did."""

    feeds: int
    new_articles: int
    first_ingested_at: datetime
    """When the samples were first ingested into this database (the digest starts there)."""
    newest_published: datetime
    problems: list[str] = field(default_factory=list)


def sample_files() -> list[Path]:
    """The sample feed documents, in name order."""
    return sorted(SAMPLES_DIR.glob("*.xml"))


def ingest_samples(services: Services) -> DemoResult:
    """Ingest every sample feed into the configured database (idempotent)."""
    store, poller = services.store, services.poller
    files = sample_files()
    store.seed_feeds([{"url": DEMO_URL + f.name, "title": f.stem} for f in files], origin="demo")
    now = utcnow()
    new_articles = 0
    problems = []
    added = []
    for path in files:
        feed = store.feed_by_url(DEMO_URL + path.name)
        assert feed is not None  # registered just above
        added.append(feed.added_at)
        outcome, new = poller.ingest_document(feed, path.read_bytes(), HEADERS, feed.url, now)
        new_articles += new
        if outcome.problem or outcome.error:
            problems.append(f"{path.name}: {outcome.problem or outcome.error}")
    newest = store.newest_published(origin="demo") or now
    return DemoResult(len(files), new_articles, min(added), newest, problems)
