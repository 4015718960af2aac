"""SQLite set-up that several processes or threads opening one new file depend on."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from bot.storage import make_engine


def test_a_new_sqlite_file_opens_while_another_connection_creates_it(tmp_path: Path) -> None:
    """Switching a new file to WAL needs it to itself, and SQLite answers "database is
    locked" at once while another connection's first transaction holds it: the new
    connection waits for that transaction instead of failing."""
    path = tmp_path / "new.db"
    first = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    first.execute("BEGIN IMMEDIATE")
    first.execute("CREATE TABLE created_first (x INTEGER)")
    commit = threading.Timer(0.3, first.execute, ["COMMIT"])
    commit.start()
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("SELECT count(*) FROM created_first").scalar() == 0
    finally:
        commit.join()
        engine.dispose()
        first.close()
