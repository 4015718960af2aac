"""Statements run by the driver read and write what SQLAlchemy's own execution would, raise
its errors, and leave SQLAlchemy little to run when a poll is stored."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    bindparam,
    create_engine,
    event,
    select,
    union_all,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError

from bot.records import Analysis, ParsedEntry, Place, PlaceMention, PollOutcome, Relevance
from bot.storage import FreshArticle, Store
from bot.storage.prepared import Prepared
from bot.storage.schema import PackedText, UTCDateTime, UTCSeconds
from bot.understand import fingerprint

SAMPLE = MetaData()
sample = Table(
    "prepared_sample",
    SAMPLE,
    Column("id", Integer, primary_key=True),
    Column("name", String(40), nullable=False, unique=True),
    Column("seen_at", UTCSeconds, nullable=False),
    Column("exact_at", UTCDateTime),
    Column("day", Date),
    Column("lat", Float),
    Column("is_conflict", Boolean, nullable=False),
    Column("body", PackedText),
)
AT = datetime(2026, 12, 5, 9, 30, 15, 250, tzinfo=UTC)
BOUND: list[datetime] = []
"""The times `CountedSeconds` bound."""


class CountedSeconds(UTCSeconds):
    """`UTCSeconds` that notes each time it binds."""

    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> int | None:
        if value is not None:
            BOUND.append(value)
        return super().process_bind_param(value, dialect)


BODY = "Shelling hit the market twice on Friday, the town's mayor said. " * 5
ADD = Prepared(sample.insert().returning(sample.c.id))
SINCE = Prepared(
    select(sample)
    .where(sample.c.seen_at >= bindparam("since", type_=UTCSeconds))
    .order_by(sample.c.id)
    .limit(5)
)


def test_rows_read_and_written_as_sqlalchemy_does(database_url: str) -> None:
    """A row inserted through the driver (each column's type binding its value: a time to
    a number, long text packed on SQLite) reads back as SQLAlchemy reads it, and a query
    read through the driver gives SQLAlchemy's rows (aware times, days, flags, unpacked
    text), its own LIMIT bound from the statement."""
    engine = create_engine(database_url)
    SAMPLE.create_all(engine)
    with engine.begin() as conn:
        first = ADD.scalar(
            conn,
            {
                "name": "Manbij",
                "seen_at": AT,
                "exact_at": AT,
                "day": date(2026, 12, 4),
                "lat": 36.5,
                "is_conflict": True,
                "body": BODY,
            },
        )
        second = ADD.scalar(conn, {"name": "Afrin", "seen_at": AT, "is_conflict": False})
        by_driver = SINCE.rows(conn, {"since": AT - timedelta(hours=1)})
        by_sqlalchemy = conn.execute(select(sample).order_by(sample.c.id)).all()
        later = SINCE.rows(conn, {"since": AT + timedelta(hours=1)})
    engine.dispose()
    assert (first, second) == (1, 2)
    assert by_driver == [tuple(row) for row in by_sqlalchemy]
    assert by_driver[0] == (
        1,
        "Manbij",
        AT.replace(microsecond=0),
        AT,
        date(2026, 12, 4),
        36.5,
        True,
        BODY,
    )
    assert later == []


def test_a_driver_error_is_sqlalchemys(database_url: str) -> None:
    """A statement the database refuses raises SQLAlchemy's error (what `retried` reads),
    and the transaction is rolled back as after any failed statement."""
    engine = create_engine(database_url)
    SAMPLE.create_all(engine)
    row = {"name": "Manbij", "seen_at": AT, "is_conflict": True}
    with engine.begin() as conn:
        ADD.scalar(conn, row)
    with pytest.raises(IntegrityError), engine.begin() as conn:
        ADD.scalar(conn, row)
    with engine.connect() as conn:
        assert len(SINCE.rows(conn, {"since": AT - timedelta(days=1)})) == 1
    engine.dispose()


def test_a_parameter_written_in_several_scans_is_bound_once(database_url: str) -> None:
    """A window written in each of several range scans of one statement (as the story
    candidates' window is in each of 64 band keys' scans) is bound by its type once an
    execution, and every scan reads it."""
    engine = create_engine(database_url)
    SAMPLE.create_all(engine)
    since = bindparam("since", type_=CountedSeconds())
    scans = [
        select(sample.c.id)
        .where(sample.c.name == bindparam(f"name{n}"), sample.c.seen_at >= since)
        .subquery()
        for n in range(3)
    ]
    scanned = Prepared(union_all(*(select(scan) for scan in scans)))
    with engine.begin() as conn:
        for name in ("Manbij", "Afrin", "Jarablus"):
            ADD.scalar(conn, {"name": name, "seen_at": AT, "is_conflict": True})
        BOUND.clear()
        names = {"name0": "Manbij", "name1": "Afrin", "name2": "Jarablus"}
        found = scanned.rows(conn, {**names, "since": AT - timedelta(hours=1)})
        later = scanned.rows(conn, {**names, "since": AT + timedelta(hours=1)})
    engine.dispose()
    assert sorted(found) == [(1,), (2,), (3,)]
    assert later == []
    assert len(BOUND) == 2


def test_storing_a_poll_leaves_sqlalchemy_few_statements(store: Store) -> None:
    """Storing a poll of twenty reports of one strike (near copies: one story, no band
    keys of their own) runs each report's lookups and inserts (its story's candidates, its
    rare names, its story's and its own row) through the driver: SQLAlchemy runs the
    poll's own few statements, not one or more for every report."""
    feed = store.add_feed("https://outlet.example/rss")
    polled = datetime(2026, 12, 5, 12, tzinfo=UTC)
    fresh = []
    for n in range(20):
        title = f"Strike on depot number {n} in the north"
        text = f"A drone strike hit fuel depot number {n} on Friday night, officials said."
        entry = ParsedEntry(
            uid=f"depot-{n}",
            link=f"https://outlet.example/{n}",
            canonical_link=None,
            title=title,
            text=text,
            feed_summary=text,
            published_at=polled - timedelta(minutes=n),
        )
        analysis = Analysis(Relevance(0.9, True), summary=text, language="en")
        fresh.append(FreshArticle(entry, analysis, fingerprint(title, text)))
    statements = _statements_of_one_poll(store, feed.id, polled, fresh)
    assert len(statements) < len(fresh)
    bulk = ("story_bands", "anchor_index", "article_places")
    assert not [s for s in statements if any(f"INSERT INTO {table}" in s for table in bulk)]


def _statements_of_one_poll(
    store: Store, feed_id: int, polled: datetime, fresh: list[FreshArticle]
) -> list[str]:
    """The SQL SQLAlchemy sends while `fresh` is stored in one poll (all of it stored)."""
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        stored = store.save_poll(
            PollOutcome(feed_id=feed_id, polled_at=polled, next_poll_at=polled), fresh
        )
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert stored == len(fresh)
    return statements


WORDS = ("village", "shell", "road", "well", "roof", "school", "mill", "bridge", "market")
"""Words each report writes with its own number: twenty reports with few words alike."""


def test_storing_reports_at_a_town_leaves_sqlalchemy_few_statements(store: Store) -> None:
    """Twenty reports of shelling at one town, naming its commander, unalike otherwise,
    stored in one poll: each one's reads of the reports at its places (a list of place
    keys of any length) run through the driver: SQLAlchemy reads for the poll, not for
    every report."""
    feed = store.add_feed("https://outlet.example/rss")
    polled = datetime(2026, 12, 5, 12, tzinfo=UTC)
    town = Place("gn:174506", "Hajin", "city", "SY", "Syria", 174506, 29237)
    fresh = []
    for n in range(20):
        said = " ".join(f"{word}{n}" for word in WORDS)
        title = f"Hajin: {said}"
        text = f"In Hajin, {said}, commander Rafiq Hamdoun said."
        mention = PlaceMention("Hajin", text.index("Hajin"), text.index("Hajin") + 5, town)
        entry = ParsedEntry(
            uid=f"hajin-{n}",
            link=f"https://outlet.example/hajin/{n}",
            canonical_link=None,
            title=title,
            text=text,
            feed_summary=text,
            published_at=polled - timedelta(minutes=n),
        )
        analysis = Analysis(Relevance(0.9, True), [mention], summary=text, language="en")
        fresh.append(FreshArticle(entry, analysis, fingerprint(title, text)))
    statements = _statements_of_one_poll(store, feed.id, polled, fresh)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) < len(fresh)
