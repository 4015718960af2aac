"""Alembic migrations build exactly the schema the code defines."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from bot.records import Analysis, ParsedEntry, PollOutcome, Relevance
from bot.storage import FreshArticle, Store, make_engine, migrate
from bot.storage.schema import (
    UTCDateTime,
    articles,
    metadata,
    slack_oauth_tables,
    story_bands,
)
from bot.understand.stories import BANDS, band_keys, fingerprint, terms_of
from tests.storage.test_stories import T0, save
from tests.understand.test_stories import EARLIER_KEYS, HAJIN, POLTAVA_DEPOT, POLTAVA_DRONES


def test_migrations_match_the_schema_the_code_uses(database_url: str) -> None:
    engine = make_engine(database_url)
    assert not migrate.is_current(engine)
    migrate.upgrade(engine)
    assert migrate.is_current(engine)
    slack_oauth_tables()
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert differences == []


def test_opening_a_store_twice_keeps_its_data(database_url: str) -> None:
    first = Store.open(database_url)
    first.add_feed("https://one.example/rss")
    first.close()
    second = Store.open(database_url)
    assert [f.url for f in second.list_feeds()] == ["https://one.example/rss"]
    second.close()


def test_processes_starting_together_on_a_fresh_database_all_open_it(database_url: str) -> None:
    """Workers and web processes start at once: migrations and seeding must not race."""
    feeds = [{"url": f"https://feeds.example/{n}.xml"} for n in range(20)]
    start, opened, failures = threading.Barrier(6), [], []

    def open_and_seed() -> None:
        start.wait()
        try:
            store = Store.open(database_url)
            store.seed_feeds(feeds)
            opened.append(store)
        except Exception as exc:  # reported below, with what went wrong
            failures.append(exc)

    threads = [threading.Thread(target=open_and_seed) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(opened[0].list_feeds()) == 20
    for store in opened:
        store.close()


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    config = migrate.alembic_config(make_engine("sqlite://"))
    assert migrate.head_revisions() == set(ScriptDirectory.from_config(config).get_heads())


def test_a_store_behind_is_migrated_when_opened(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0014")
    assert not migrate.is_current(engine)
    engine.dispose()
    store = Store.open(database_url)
    assert store.not_ready() is None
    store.close()


def test_opening_a_current_store_does_not_load_alembic(database_url: str) -> None:
    """Alembic (about 12 MB) is loaded only when the schema needs migrating."""
    Store.open(database_url).close()
    script = (
        "import sys\n"
        "from bot.storage import Store\n"
        f"Store.open({database_url!r}).add_feed('https://one.example/rss')\n"
        "print('ALEMBIC', 'alembic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "ALEMBIC False", result.stderr


def test_a_long_running_process_has_a_store_behind_migrated_apart(database_url: str) -> None:
    """A process's services open a store behind (here at 0014) by migrating it in a process
    of their own: this one never loads Alembic and the migrations, and the store is current."""
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0014")
    engine.dispose()
    script = (
        "import sys\n"
        "from bot.storage import Store\n"
        f"store = Store.open({database_url!r}, apart=True)\n"
        "store.add_feed('https://one.example/rss')\n"
        "print('READY', store.not_ready(), 'ALEMBIC', 'alembic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "READY None ALEMBIC False", result.stderr


def test_a_store_in_memory_is_migrated_in_its_own_process() -> None:
    """A database living in this process's memory cannot be migrated by another one."""
    store = Store.open("sqlite://", apart=True)
    assert store.not_ready() is None
    store.add_feed("https://one.example/rss")


def test_compacting_a_store_keeps_its_articles_places_and_band_keys(database_url: str) -> None:
    """0016 rebuilds story_bands and article_places with integer times, and drops the copy
    of the text in feed_summary: what the store answers stays the same."""
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0015")
    published = datetime(2026, 11, 20, 6, 30, 0, 250_001, tzinfo=UTC)
    at = sa.column("published_at", UTCDateTime())
    old_articles = sa.table(
        "articles",
        *(sa.column(name) for name in ("id", "uid", "title", "text", "feed_summary", "summary")),
        *(sa.column(name) for name in ("relevance", "is_conflict", "relevance_terms")),
        *(sa.column(name) for name in ("published_is_guess", "story_terms")),
        at,
        sa.column("first_seen_at", UTCDateTime()),
    )
    places = sa.table(
        "article_places",
        *(sa.column(name) for name in ("article_id", "place_key", "name", "kind")),
        *(sa.column(name) for name in ("country_code", "as_written", "is_conflict")),
        sa.column("published_at", UTCDateTime()),
    )
    bands = sa.table(
        "story_bands",
        sa.column("band"),
        sa.column("article_id"),
        sa.column("published_at", UTCDateTime()),
    )
    body = "Shelling hit Kharkiv overnight, officials said."
    with engine.begin() as conn:
        for article_id, feed_text in ((1, body), (2, "Shelling hit Kharkiv.")):
            conn.execute(
                old_articles.insert().values(
                    id=article_id, uid=f"u{article_id}", title="Kharkiv shelled", text=body,
                    feed_summary=feed_text, summary=body, relevance=9.0, is_conflict=True,
                    relevance_terms="shelling", published_is_guess=False,
                    story_terms="kharkiv shell", published_at=published, first_seen_at=published,
                )
            )  # fmt: skip
            for key, name, kind in (
                ("gn:706483", "Kharkiv", "city"),
                ("in:cc:UA", "Ukraine", "country"),
            ):
                conn.execute(
                    places.insert().values(
                        article_id=article_id, place_key=key, name=name, kind=kind,
                        country_code="UA", as_written="", is_conflict=True, published_at=published,
                    )
                )  # fmt: skip
            conn.execute(
                bands.insert().values(band=-(2**62) + article_id, article_id=article_id,
                                      published_at=published)
            )  # fmt: skip
    engine.dispose()
    store = Store.open(database_url)
    found = store.place_articles(["gn:706483"], published - timedelta(seconds=1))
    assert [(a.id, a.published_at, [p.name for p in a.places]) for a in found] == [
        (2, published, ["Kharkiv"]),
        (1, published, ["Kharkiv"]),
    ]
    assert store.place_articles(["gn:706483"], published + timedelta(microseconds=1)) == []
    within = store.place_articles(["cc:UA"], published - timedelta(seconds=1), inside=True)
    assert [a.id for a in within] == [2, 1]
    with store.engine.connect() as conn:
        kept = conn.execute(sa.select(story_bands).order_by(story_bands.c.article_id)).all()
        texts = conn.execute(sa.select(articles.c.feed_summary).order_by(articles.c.id)).all()
    second = published.replace(microsecond=0)  # band keys keep whole seconds
    remade = set(band_keys(["kharkiv", "shell"]))  # 0028 makes them from the word set
    assert {(row.article_id, row.published_at) for row in kept} == {(1, second), (2, second)}
    assert {row.band for row in kept if row.article_id == 1} == remade
    assert {row.band for row in kept if row.article_id == 2} == remade
    assert [row.feed_summary for row in texts] == [None, "Shelling hit Kharkiv."]
    store.close()


def test_stories_stored_before_outlets_were_kept_still_count_outlets(database_url: str) -> None:
    """0017 works out the outlet of every source stored before: two feeds of one site
    count once, and a wire story carried by another site counts as the wire."""
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0016")
    when = datetime(2026, 11, 20, 6, 30, tzinfo=UTC)
    old_feeds = sa.table(
        "feeds",
        *(sa.column(name) for name in ("id", "url", "title", "origin", "active")),
        *(sa.column(name) for name in ("consecutive_failures", "article_count")),
        sa.column("added_at", UTCDateTime()),
        sa.column("next_poll_at", UTCDateTime()),
    )
    old_stories = sa.table(
        "stories", sa.column("id"), sa.column("title"), sa.column("first_seen_at", UTCDateTime())
    )
    old_articles = sa.table(
        "articles",
        *(sa.column(name) for name in ("id", "uid", "link", "title", "text", "summary")),
        *(sa.column(name) for name in ("relevance", "is_conflict", "relevance_terms")),
        *(sa.column(name) for name in ("published_is_guess", "story_id", "feed_id")),
        sa.column("published_at", UTCDateTime()),
        sa.column("first_seen_at", UTCDateTime()),
    )
    sources = sa.table(
        "article_sources",
        *(sa.column(name) for name in ("article_id", "feed_id", "link")),
        sa.column("seen_at", UTCDateTime()),
    )
    reports = [  # feed, article link, dateline
        ("https://feeds.levantdaily.com/world", "https://www.levantdaily.com/k1", ""),
        ("https://www.levantdaily.com/ukraine.xml", "https://www.levantdaily.com/k2", ""),
        ("https://cedarpost.net/rss", "https://cedarpost.net/k3", "KHARKIV (Reuters) - "),
        ("https://harbourtimes.org/feed", "https://harbourtimes.org/k4", "KHARKIV (Reuters) - "),
    ]
    with engine.begin() as conn:
        conn.execute(old_stories.insert().values(id=1, title="Kharkiv shelled", first_seen_at=when))
        for n, (feed_url, link, credit) in enumerate(reports, start=1):
            text = credit + "Shelling hit Kharkiv overnight, officials said."
            conn.execute(
                old_feeds.insert().values(
                    id=n, url=feed_url, title=f"Feed {n}", origin="user", active=True,
                    consecutive_failures=0, article_count=1, added_at=when, next_poll_at=when,
                )
            )  # fmt: skip
            conn.execute(
                old_articles.insert().values(
                    id=n, uid=f"u{n}", link=link, title="Kharkiv shelled", text=text, summary=text,
                    relevance=9.0, is_conflict=True, relevance_terms="shelling",
                    published_is_guess=False, story_id=1, feed_id=n,
                    published_at=when + timedelta(minutes=n), first_seen_at=when,
                )
            )  # fmt: skip
            conn.execute(sources.insert().values(article_id=n, feed_id=n, link=link, seen_at=when))
    engine.dispose()
    store = Store.open(database_url)
    [story] = store.stories_of(store.conflict_articles_since(when - timedelta(days=1)))
    assert story.sources_label == "2 sources"
    assert [s.outlet_key for s in story.outlets] == ["levantdaily.com", "Reuters"]
    store.close()


def _reported_then_downgraded(database_url: str, revision: str) -> sa.Engine:
    """The HAJIN report stored by Reuters, then the schema taken down to `revision`; an
    engine on it, for the test to write what that revision's code wrote."""
    store = Store.open(database_url)
    save(store, "Reuters", *HAJIN, T0)
    store.close()
    engine = make_engine(database_url)
    config = migrate.alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
    return engine


def test_a_report_stored_before_band_keys_were_shortened_still_gathers_its_story(
    database_url: str,
) -> None:
    """0019 keeps the high half of each stored key, the half new keys are: a report stored
    before it (with the keys earlier versions wrote) and the same report from another outlet
    stored after it are one story."""
    engine = _reported_then_downgraded(database_url, "0018")
    with engine.begin() as conn:
        [article_id] = conn.execute(sa.select(articles.c.id)).scalars()
        conn.execute(
            story_bands.insert(),
            [{"band": key, "published_at": T0, "article_id": article_id} for key in EARLIER_KEYS],
        )
    engine.dispose()
    store = Store.open(database_url)
    save(store, "AP", *HAJIN, T0 + timedelta(minutes=30))
    found = store.stories_of(store.conflict_articles_since(T0 - timedelta(days=1)))
    store.close()
    assert [story.source_count for story in found] == [2]


def test_a_report_keyed_by_two_value_bands_still_gathers_its_story(database_url: str) -> None:
    """0028 makes each indexed article's band keys anew from its word set: a report stored
    with the keys of two-value bands (as 0019 left them) and the same report from another
    outlet stored after the migration are one story, and the first is indexed by BANDS
    keys, not by the earlier ones."""
    engine = _reported_then_downgraded(database_url, "0027")
    earlier = [key >> 32 for key in EARLIER_KEYS]
    with engine.begin() as conn:
        [article_id] = conn.execute(sa.select(articles.c.id)).scalars()
        conn.execute(
            story_bands.insert(),
            [{"band": key, "published_at": T0, "article_id": article_id} for key in earlier],
        )
    engine.dispose()
    store = Store.open(database_url)
    with store.engine.connect() as conn:
        keys = conn.execute(sa.select(story_bands.c.band, story_bands.c.published_at)).all()
    assert len(keys) == BANDS and not {key for key, _ in keys} & set(earlier)
    assert {at for _, at in keys} == {T0}
    save(store, "AP", *HAJIN, T0 + timedelta(minutes=30))
    found = store.stories_of(store.conflict_articles_since(T0 - timedelta(days=1)))
    store.close()
    assert [story.source_count for story in found] == [2]


def save_in(store: Store, outlet: str, report: tuple[str, str], language: str) -> None:
    """Store `report` (title, text) in `language` from `outlet`, published at T0."""
    title, text = report
    feed = store.add_feed(f"https://{outlet}.example/rss", title=outlet)
    link = f"https://{outlet}.example/{abs(hash(title))}"
    entry = ParsedEntry(link, link, link, title, text, "", T0)
    analysis = Analysis(Relevance(9.0, True), language=language)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text, language))
    store.save_poll(PollOutcome(feed.id, T0, T0 + timedelta(hours=1)), [fresh])


def _stored_words(engine: sa.Engine) -> dict[str, tuple[str, set[int]]]:
    """Each stored article's word set and band keys, by title."""
    with engine.connect() as conn:
        words = dict(conn.execute(sa.select(articles.c.id, articles.c.story_terms)).all())
        titles = dict(conn.execute(sa.select(articles.c.id, articles.c.title)).all())
        bands = conn.execute(sa.select(story_bands.c.article_id, story_bands.c.band)).all()
    return {
        titles[key]: (terms, {band for owner, band in bands if owner == key})
        for key, terms in words.items()
    }


def test_a_ukrainian_report_stored_with_english_words_joins_the_next_one_after_0029(
    database_url: str,
) -> None:
    """0029 makes a Ukrainian report's word set and band keys anew in Ukrainian: stored the
    English way (as 0028 leaves it on downgrade), its strike told by another outlet in other
    case forms joins it once the store is opened; an English report keeps its words."""
    store = Store.open(database_url)
    save_in(store, "suspilne", POLTAVA_DRONES, "uk")
    save(store, "Reuters", *HAJIN, T0)
    store.close()
    engine = make_engine(database_url)
    config = migrate.alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0028")
    english_way = terms_of(*POLTAVA_DRONES)
    hajin = _stored_words(engine)[HAJIN[0]]
    assert _stored_words(engine)[POLTAVA_DRONES[0]] == (
        " ".join(sorted(english_way)),
        set(band_keys(english_way)),
    )
    engine.dispose()
    store = Store.open(database_url)
    ukrainian = terms_of(*POLTAVA_DRONES, "uk")
    stored = _stored_words(store.engine)
    assert stored[POLTAVA_DRONES[0]] == (" ".join(sorted(ukrainian)), set(band_keys(ukrainian)))
    assert stored[HAJIN[0]] == hajin
    save_in(store, "ukrinform", POLTAVA_DEPOT, "uk")
    found = store.stories_of(store.conflict_articles_since(T0 - timedelta(days=1)))
    store.close()
    assert sorted(story.source_count for story in found) == [1, 2]
