"""Reports stored as a poll stores them, for the story tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.records import ParsedEntry, PollOutcome
from bot.storage import FreshArticle, Store
from bot.understand.analyzer import Analyzer
from bot.understand.stories import fingerprint


def save_report(
    store: Store, analyzer: Analyzer, outlet: str, title: str, text: str, at: datetime
) -> None:
    """Store one report of `outlet`'s feed, analysed as ingest analyses it, published `at`."""
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash(title))}"
    entry = ParsedEntry(link, link, None, title, text, "", at)
    fresh = FreshArticle(entry, analyzer.analyze_entry(entry), fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, at, at + timedelta(hours=1)), [fresh])


def stories_by_title(store: Store, since: datetime) -> dict[str, int]:
    """Each conflict article stored since `since`: its title -> its story's id."""
    return {a.title: a.story_id for a in store.conflict_articles_since(since)}
