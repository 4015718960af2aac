"""Two workers storing the same articles at once on PostgreSQL (feeds that share items):
each article is stored once, both feeds become its sources, and neither poll fails."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from bot.records import Analysis, ParsedEntry, PollOutcome, Relevance
from bot.storage import FreshArticle, Store
from bot.storage.schema import article_sources, articles, feeds
from bot.understand.stories import fingerprint
from tests.conftest import POSTGRES_URL

pytestmark = pytest.mark.skipif(
    POSTGRES_URL is None, reason="needs PostgreSQL (NEWSBOT_DATABASE_URL=postgresql...)"
)

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
REPORTS = {
    "https://wire.example/shelling": (
        "Shelling hits market in Kharkiv",
        "Artillery shells struck a covered market in Kharkiv on Friday morning, "
        "regional officials said, wounding several traders.",
    ),
    "https://wire.example/convoy": (
        "Aid convoy turned back near El Fasher",
        "A convoy of twelve lorries carrying food was turned back at a checkpoint "
        "outside El Fasher after gunfire, the aid group said.",
    ),
}

SLOW_INSERTS = """
CREATE FUNCTION slow_article() RETURNS trigger AS $$
BEGIN PERFORM pg_sleep(0.4); RETURN NEW; END $$ LANGUAGE plpgsql;
CREATE TRIGGER slow_article BEFORE INSERT ON articles
FOR EACH ROW EXECUTE FUNCTION slow_article();
"""
"""Each article insert waits a moment first, so that both workers have stored their first
article before either stores its second: the interleaving a loaded machine produces."""


def _fresh(link: str) -> FreshArticle:
    title, body = REPORTS[link]
    entry = ParsedEntry(link, link, link, title, body, "", NOW)
    return FreshArticle(entry, Analysis(Relevance(9.0, True), [], body), fingerprint(title, body))


def test_two_feeds_storing_the_same_articles_in_opposite_orders(database_url: str) -> None:
    workers = [Store.open(database_url) for _ in range(2)]
    try:
        with workers[0].engine.begin() as conn:
            conn.execute(text(SLOW_INSERTS))
        ids = [w.add_feed(f"https://outlet{n}.example/rss").id for n, w in enumerate(workers)]
        links = list(REPORTS)
        orders = [links, links[::-1]]
        start = threading.Barrier(2)
        errors: list[BaseException] = []

        def poll(n: int) -> None:
            outcome = PollOutcome(ids[n], NOW, NOW + timedelta(minutes=15))
            start.wait()
            try:
                workers[n].save_poll(outcome, [_fresh(link) for link in orders[n]])
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=poll, args=(n,)) for n in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not errors, f"a poll failed: {errors[0]!r}" if errors else ""
        with workers[0].engine.connect() as conn:
            stored = conn.execute(select(articles.c.canonical_link)).scalars().all()
            sources = conn.execute(
                select(article_sources.c.article_id, func.count()).group_by(
                    article_sources.c.article_id
                )
            ).all()
            states = conn.execute(select(feeds.c.last_error, feeds.c.lease_owner)).all()
        assert sorted(stored) == sorted(links), "each article once"
        assert [count for _, count in sources] == [2, 2], "both feeds are sources of both"
        assert states == [(None, None), (None, None)]
    finally:
        for worker in workers:
            worker.close()
