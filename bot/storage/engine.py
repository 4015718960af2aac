"""Database engines: SQLite (the default, one file) or PostgreSQL, set up alike."""

from __future__ import annotations

import logging
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.exc import OperationalError

from bot.settings import ConfigError

log = logging.getLogger(__name__)
T = TypeVar("T")

WRITE_AT_ONCE = "newsbot_write_at_once"
"""Execution option: on SQLite, begin the transaction holding the write lock."""
BUSY_TIMEOUT = 30.0
"""Seconds a SQLite connection waits for another's lock before failing."""
PAGE_SIZE = 16384
"""Bytes of a new SQLite store's pages: an article row (about 3 kB) fits five to a page
where 4 kB pages (SQLite's default) held one and left the rest unused (`bench/store.py`).
A store made before keeps its page size."""


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets its folder created, WAL and foreign keys."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            # pysqlite's own transaction handling breaks SAVEPOINTs (a RELEASE would
            # commit): let SQLAlchemy emit BEGIN itself, as its documentation advises.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA page_size={PAGE_SIZE}")  # before WAL: a new file only
            _use_wal(cursor)
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection: Connection) -> None:
            # a read-then-write transaction that must not fail with "database is locked"
            # when another writes between its read and its write asks for the lock first
            immediate = connection.get_execution_options().get(WRITE_AT_ONCE, False)
            connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:  # the URL names a driver this installation lacks
        raise ConfigError(
            f"NEWSBOT_DATABASE_URL needs the database driver {exc.name or exc}, which is not "
            "installed; newsbot ships psycopg: postgresql+psycopg://user@host/db"
        ) from exc


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Put the database in WAL mode (kept in the file: later connections find it so).

    Switching a new database needs the file to itself. When another process or thread is
    in its first transaction, SQLite answers "database is locked" at once rather than wait
    (waiting could deadlock), so the switch is tried again until the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


@contextmanager
def begin_writing(engine: Engine) -> Iterator[Connection]:
    """A transaction that reads, then writes what it read (a claim, a migration), and so
    must not lose its write to a concurrent writer: on SQLite it begins holding the write
    lock (others wait up to the busy timeout); on PostgreSQL it is a plain transaction."""
    with engine.connect().execution_options(**{WRITE_AT_ONCE: True}) as conn, conn.begin():
        yield conn


WRITE_ATTEMPTS = 3
"""Times a write transaction is run when PostgreSQL keeps aborting it to break deadlocks."""
_ABORTED_FOR_ANOTHER = frozenset({"40P01", "40001"})
"""SQLSTATEs of a transaction aborted for another's sake: deadlock_detected and
serialization_failure."""


def retried(write: Callable[[], T]) -> T:
    """`write()`, a whole transaction, run again when PostgreSQL aborted it to break a
    deadlock with another worker (two polls storing the same articles in opposite orders):
    the other's write went through, and running this one again sees it. Other errors, and
    the last attempt's, are raised."""
    attempt = 1
    while True:
        try:
            return write()
        except OperationalError as exc:
            if attempt == WRITE_ATTEMPTS or getattr(exc.orig, "sqlstate", None) not in (
                _ABORTED_FOR_ANOTHER
            ):
                raise
            log.info("a write was aborted for another worker's (%s); again", exc.orig)
            time.sleep(random.uniform(0.01, 0.05) * attempt)
            attempt += 1


def upsert(engine: Engine, table: Table) -> Any:
    """An INSERT that takes this backend's ON CONFLICT clauses (`on_conflict_do_nothing`,
    `on_conflict_do_update`): SQLite's and PostgreSQL's are spelled alike."""
    return dialect_insert(engine.dialect.name, table)


def dialect_insert(dialect: str, table: Table) -> Any:
    """The INSERT of `dialect` ("sqlite", else PostgreSQL's), its module imported only
    then: a SQLite process never loads PostgreSQL's dialect (about 25 ms of a terminal
    command)."""
    name = "sqlite" if dialect == "sqlite" else "postgresql"
    return import_module(f"sqlalchemy.dialects.{name}").insert(table)
