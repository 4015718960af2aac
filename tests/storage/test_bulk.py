"""Many rows inserted in one driver executemany, bound as SQLAlchemy binds them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, Column, Integer, MetaData, Table, create_engine, select

from bot.storage.bulk import insert_rows
from bot.storage.schema import PackedText, UTCMicros, UTCSeconds

SAMPLE = MetaData()
sample = Table(
    "bulk_sample",
    SAMPLE,
    Column("id", Integer, primary_key=True),
    Column("seen_at", UTCSeconds, nullable=False),
    Column("exact_at", UTCMicros),
    Column("is_conflict", Boolean, nullable=False),
    Column("body", PackedText),
)


def test_rows_are_stored_as_the_columns_types_bind_them(database_url: str) -> None:
    """Each value goes through its column's type (times to epoch numbers, long text
    packed on SQLite), whatever order each row's keys come in, and reads back as given;
    the raw stored values are those of SQLAlchemy's own insert."""
    engine = create_engine(database_url)
    SAMPLE.create_all(engine)
    at = datetime(2026, 12, 5, 9, 30, 15, 250, tzinfo=UTC)
    body = "Shelling hit the market twice on Friday, the town's mayor said. " * 5
    rows = [
        {"id": 1, "seen_at": at, "exact_at": at, "is_conflict": True, "body": body},
        {"body": None, "is_conflict": False, "exact_at": None, "seen_at": at, "id": 2},
    ]
    with engine.begin() as conn:
        insert_rows(conn, sample, rows)
        insert_rows(conn, sample, [])
        conn.execute(sample.insert(), [{**rows[0], "id": 3}])
        stored = conn.execute(select(sample).order_by(sample.c.id)).all()
        raw = conn.exec_driver_sql("SELECT seen_at, exact_at, body FROM bulk_sample").all()
    engine.dispose()
    assert [tuple(row) for row in stored] == [
        (1, at.replace(microsecond=0), at, True, body),
        (2, at.replace(microsecond=0), None, False, None),
        (3, at.replace(microsecond=0), at, True, body),
    ]
    assert raw[0] == raw[2]
