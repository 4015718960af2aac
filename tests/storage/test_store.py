"""The store on a real database: dedup, sources, places, atomic polls, indexed queries."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot.records import Analysis, ParsedEntry, Place, PlaceMention, PollOutcome, Relevance
from bot.storage import FreshArticle, Store
from bot.storage.articles import place_article_ids
from bot.storage.schema import articles, stories

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
DEIR = Place("gn:170794", "Deir ez-Zor", "city", "SY", "Syria", 170794, 271800)
ALEPPO = Place("gn:170063", "Aleppo", "city", "SY", "Syria", 170063, 1872000)


def entry(n: int, *, link: str | None = None, published: datetime | None = T0) -> ParsedEntry:
    link = link if link is not None else f"https://news.example/a/{n}"
    return ParsedEntry(
        uid=link or f"sha256:{n}",
        link=link,
        canonical_link=link,
        title=f"Article {n}",
        text=f"Text of article {n}.",
        feed_summary=f"Summary {n}",
        published_at=published,
    )


def analysis(*places: Place, conflict: bool = True) -> Analysis:
    mentions = [PlaceMention(p.name, 0, len(p.name), p) for p in places]
    return Analysis(Relevance(3.0 if conflict else 0.0, conflict, ("shelling",)), mentions, "S.")


def outcome(feed_id: int, at: datetime = T0) -> PollOutcome:
    return PollOutcome(feed_id=feed_id, polled_at=at, next_poll_at=at + timedelta(minutes=30))


def test_an_article_seen_in_two_feeds_is_stored_once_with_both_sources(store: Store) -> None:
    first = store.add_feed("https://one.example/rss", title="One")
    second = store.add_feed("https://two.example/rss", title="Two")
    shared = entry(1)
    assert store.save_poll(outcome(first.id), [FreshArticle(shared, analysis(DEIR))]) == 1
    # the second feed carries the same link with tracking parameters, canonicalised the same
    again = ParsedEntry(
        uid="other-guid",
        link=shared.link + "?utm_source=rss",
        canonical_link=shared.canonical_link,
        title=shared.title,
        text=shared.text,
        feed_summary="",
        published_at=T0,
    )
    [(article_id, from_second)] = store.known_entries([again], second.id).values()
    assert not from_second
    assert store.save_poll(outcome(second.id), [], {article_id: again.link}) == 0
    assert store.known_entries([again], second.id)["other-guid"] == (article_id, True)
    [stored] = store.place_articles([DEIR.key], T0 - timedelta(days=1))
    assert stored.sources == ("One", "Two")
    assert store.article_count() == 1


def test_a_race_lost_to_another_writer_counts_the_article_as_seen(store: Store) -> None:
    feed = store.add_feed("https://one.example/rss")
    other = store.add_feed("https://two.example/rss")
    store.save_poll(outcome(feed.id), [FreshArticle(entry(1), analysis())])
    # a second process analysed the same entry before seeing it stored
    assert store.save_poll(outcome(other.id), [FreshArticle(entry(1), analysis())]) == 0
    assert store.article_count() == 1
    assert store.feed(other.id) is not None
    with store.engine.connect() as conn:  # the loser's story was not left behind
        assert conn.execute(select(func.count()).select_from(stories)).scalar() == 1


def test_a_failed_save_stores_nothing_of_that_poll(store: Store) -> None:
    feed = store.add_feed("https://one.example/rss")
    broken = ParsedEntry("u2", None, None, None, "", "", T0)  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):
        store.save_poll(
            outcome(feed.id),
            [FreshArticle(entry(1), analysis(DEIR)), FreshArticle(broken, analysis())],
        )
    assert store.article_count() == 0
    assert store.place_articles([DEIR.key]) == []
    state = store.feed(feed.id)
    assert state is not None and state.last_polled_at is None


def test_place_query_returns_the_latest_conflict_articles_newest_first(store: Store) -> None:
    feed = store.add_feed("https://one.example/rss")
    fresh = [
        FreshArticle(entry(n, published=T0 + timedelta(hours=n)), analysis(DEIR, ALEPPO))
        for n in range(30)
    ]
    fresh.append(FreshArticle(entry(99, published=T0 + timedelta(days=9)), analysis(ALEPPO)))
    fresh.append(
        FreshArticle(entry(98, published=T0 + timedelta(days=9)), analysis(DEIR, conflict=False))
    )
    store.save_poll(outcome(feed.id), fresh)
    latest = store.place_articles([DEIR.key], T0 + timedelta(hours=10), limit=5)
    assert [a.title for a in latest] == [f"Article {n}" for n in (29, 28, 27, 26, 25)]
    assert {p.key for p in latest[0].places} == {DEIR.key, ALEPPO.key}
    window = store.place_articles([DEIR.key], T0 + timedelta(hours=25), limit=50)
    assert [a.title for a in window] == [f"Article {n}" for n in range(29, 24, -1)]
    either = store.place_articles([DEIR.key, ALEPPO.key], limit=100)
    assert len(either) == len({a.id for a in either}) == 31, "each article once"
    everything = store.place_articles([DEIR.key], conflict_only=False, limit=1)
    assert [a.title for a in everything] == ["Article 98"]


def test_a_region_query_includes_places_inside_it_and_a_town_query_does_not_widen(
    store: Store,
) -> None:
    syria = Place("cc:SY", "Syria", "country", "SY", "Syria")
    governorate = Place(
        "cfg:deir-ez-zor-governorate", "Deir ez-Zor Governorate", "admin1", "SY", "Syria"
    )
    feed = store.add_feed("https://one.example/rss")
    about_deir = Analysis(
        Relevance(3.0, True),
        [PlaceMention("Deir ez-Zor", 0, 11, DEIR)],
        "S.",
        containing=[governorate, syria],
    )
    about_syria = analysis(syria)
    store.save_poll(
        outcome(feed.id), [FreshArticle(entry(1), about_deir), FreshArticle(entry(2), about_syria)]
    )
    assert {a.title for a in store.place_articles(["cc:SY"], inside=True)} == {
        "Article 1",
        "Article 2",
    }
    assert [a.title for a in store.place_articles(["cc:SY"])] == ["Article 2"]
    assert [a.title for a in store.place_articles([governorate.key], inside=True)] == ["Article 1"]
    assert [a.title for a in store.place_articles([DEIR.key], inside=True)] == ["Article 1"]
    [stored] = store.place_articles([DEIR.key])
    assert [p.key for p in stored.places] == [DEIR.key], "regions are not shown as named"


def test_missing_dates_fall_back_to_first_seen(store: Store) -> None:
    feed = store.add_feed("https://one.example/rss")
    seen_at = T0 + timedelta(hours=5)
    store.save_poll(outcome(feed.id, seen_at), [FreshArticle(entry(1, published=None), analysis())])
    [stored] = store.conflict_articles_since(T0)
    assert stored.published_at == seen_at


def test_removed_config_feeds_are_not_added_back(store: Store) -> None:
    listed = [{"url": "https://one.example/rss", "title": "One"}]
    assert store.seed_feeds(listed) == 1
    [feed] = store.list_feeds()
    assert store.remove_feed(feed.id)
    assert store.seed_feeds(listed) == 0
    assert store.list_feeds() == []
    assert not store.remove_feed(feed.id)


def test_a_known_feed_list_is_read_while_a_poll_holds_the_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    store = Store.open(f"sqlite:///{path}")
    listed = [{"url": "https://one.example/rss", "title": "One"}]
    assert store.seed_feeds(listed) == 1
    poll = sqlite3.connect(path, timeout=0)
    poll.execute("BEGIN IMMEDIATE")
    try:
        # taking the write lock here would wait out the busy timeout and fail
        assert store.seed_feeds(listed) == 0
        assert [feed.url for feed in store.list_feeds()] == ["https://one.example/rss"]
    finally:
        poll.rollback()
        poll.close()
        store.close()


def test_failures_count_up_and_a_success_clears_them(store: Store) -> None:
    feed = store.add_feed("https://one.example/rss")
    for _ in range(3):
        store.save_poll(
            PollOutcome(feed.id, T0, T0, error="HTTP 500 Internal Server Error", error_kind="http")
        )
    failing = store.feed(feed.id)
    assert failing is not None
    assert (failing.consecutive_failures, failing.last_error) == (
        3,
        "HTTP 500 Internal Server Error",
    )
    store.save_poll(PollOutcome(feed.id, T0, T0, etag='"v2"'))
    healthy = store.feed(feed.id)
    assert healthy is not None
    assert (healthy.consecutive_failures, healthy.last_error, healthy.etag) == (0, None, '"v2"')


def test_place_lookup_walks_the_index_without_sorting(store: Store) -> None:
    if store.engine.dialect.name != "sqlite":
        pytest.skip("the plan is checked on SQLite; bench/whatsnew.py measures both")
    query = place_article_ids(DEIR.key, T0, None, conflict_only=True, limit=20)
    compiled = query.compile(store.engine, compile_kwargs={"render_postcompile": True})
    params = tuple(compiled.params[name] for name in compiled.positiontup or ())
    with store.engine.connect() as conn:
        plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params).all()
    details = " ".join(str(row[-1]) for row in plan)
    assert "ix_article_places_place_key_is_conflict_published_at_article_id" in details
    assert "TEMP B-TREE" not in details


def test_a_place_the_gazetteer_does_not_list_is_stored_under_its_long_key(store: Store) -> None:
    """Its key carries its parent's ("unlisted:cfg:deir-ez-zor-governorate/..."): longer
    than GeoNames keys, and kept whole on PostgreSQL too."""
    governorate = Place(
        "cfg:deir-ez-zor-governorate", "Deir ez-Zor Governorate", "admin1", "SY", "Syria"
    )
    village = Place(
        f"unlisted:{governorate.key}/um-ghaytheh-al-gharbiyah", "Um Ghaytheh al-Gharbiyah",
        "village", "SY", "Syria", None, 0, 35.3, 40.1, True,
    )  # fmt: skip
    feed = store.add_feed("https://one.example/rss")
    about = Analysis(
        Relevance(3.0, True),
        [PlaceMention(village.name, 0, len(village.name), village)],
        "S.",
        containing=[governorate],
    )
    store.save_poll(outcome(feed.id), [FreshArticle(entry(1), about)])
    [stored] = store.place_articles([governorate.key], inside=True)
    assert [p.key for p in stored.places] == [village.key]


def test_a_long_article_reads_back_as_written_and_takes_less_room(store: Store) -> None:
    """Bodies and summaries are stored compressed on SQLite; what is read is what was given."""
    feed = store.add_feed("https://one.example/rss")
    body = " ".join(
        f"قالت مصادر محلية إن القصف استهدف مدينة دير الزور لليوم {n}، وقُتل ثلاثة أشخاص."
        for n in range(30)
    )
    summary = body[:300]
    long = replace(entry(1), text=body, feed_summary=body)
    about = replace(analysis(DEIR), summary=summary)
    store.save_poll(outcome(feed.id), [FreshArticle(long, about)])
    [stored] = store.place_articles([DEIR.key], T0 - timedelta(days=1))
    assert stored.summary == summary
    with store.engine.connect() as conn:
        row = conn.execute(select(articles.c.text, articles.c.feed_summary)).one()
        kept = conn.execute(select(func.length(articles.c.text))).scalar_one()
    assert row.text == body and row.feed_summary is None  # the feed's text was the body
    if store.engine.dialect.name == "sqlite":
        assert kept < len(body.encode()) / 2
