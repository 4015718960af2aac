"""Waiting in a test until PostgreSQL shows sessions blocked on a row lock."""

from __future__ import annotations

import time

from sqlalchemy import Engine, text


def wait_for_lock_waiters(engine: Engine, query_like: str, backends: int = 1) -> bool:
    """Whether, within 30 s, `backends` sessions whose query is LIKE `query_like` wait on
    a lock (polled every 50 ms)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            waiting = conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity"
                    " WHERE wait_event_type = 'Lock' AND query LIKE :like"
                ),
                {"like": query_like},
            ).scalar_one()
        if waiting >= backends:
            return True
        time.sleep(0.05)
    return False
