"""An article's language is stored with it and read back; articles stored before the
language column existed come back without one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import insert

from bot.records import Analysis, ParsedEntry, PollOutcome, Relevance
from bot.storage import FreshArticle, Store, make_engine, migrate
from bot.storage.schema import UTCDateTime

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
ARTICLES_AT_0009 = sa.table(
    "articles",
    *(sa.column(name) for name in ("uid", "title", "text", "feed_summary", "summary")),
    *(sa.column(name) for name in ("published_is_guess", "relevance", "is_conflict")),
    sa.column("relevance_terms"),
    sa.column("published_at", UTCDateTime()),
    sa.column("first_seen_at", UTCDateTime()),
)
"""The articles table as revision 0009 left it, for a row stored then."""


def entry(n: int, title: str) -> ParsedEntry:
    link = f"https://news.example/e/{n}"
    return ParsedEntry(link, link, link, title, f"Text {n}.", "", T0)


def test_an_article_is_read_back_with_its_language(store: Store) -> None:
    feed = store.add_feed("https://one.example/rss", title="One")
    relevance = Relevance(3.0, True, ("обстріл",))
    fresh = [
        FreshArticle(entry(1, "Обстріл Херсона"), Analysis(relevance, language="uk")),
        FreshArticle(entry(2, "Report"), Analysis(relevance)),
    ]
    store.save_poll(PollOutcome(feed.id, T0, T0 + timedelta(minutes=30)), fresh)
    stored = {a.title: a for a in store.conflict_articles_since(T0 - timedelta(days=1))}
    assert stored["Обстріл Херсона"].language == "uk"
    assert stored["Report"].language is None


def test_articles_stored_before_the_column_keep_no_language(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0009")
    with engine.begin() as conn:
        conn.execute(
            insert(ARTICLES_AT_0009).values(
                uid="old",
                title="Old report",
                text="",
                feed_summary="",
                summary="",
                published_at=T0,
                published_is_guess=False,
                first_seen_at=T0,
                relevance=2.0,
                is_conflict=True,
                relevance_terms="",
            )
        )
    engine.dispose()
    store = Store.open(database_url)
    found = store.conflict_articles_since(T0 - timedelta(days=1))
    store.close()
    assert [(a.title, a.language) for a in found] == [("Old report", None)]
