"""Waiting for the database at start-up: a process started before its database exists or
while it is unreachable tries again with backoff, logging one line per attempt, and goes on
as soon as the database answers."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from sqlalchemy.exc import DBAPIError, OperationalError

from bot.storage import migrate
from bot.storage.engine import make_engine
from bot.storage.store import Store

log = logging.getLogger(__name__)

FIRST_DELAY = 0.5
"""Seconds before the second attempt; each later wait doubles, up to `MOST_DELAY`."""
MOST_DELAY = 10.0


def why_unreachable(exc: Exception) -> str:
    """One short line saying why the database did not answer (no traceback, no password)."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    first = next((line.strip() for line in str(cause).splitlines() if line.strip()), "")
    return f"{type(cause).__name__}: {first[:200]}" if first else type(cause).__name__


def open_when_reachable(
    url: str,
    *,
    stop: threading.Event | None = None,
    on_wait: Callable[[str], None] = lambda _reason: None,
    first_delay: float = FIRST_DELAY,
    most_delay: float = MOST_DELAY,
    apart: bool = False,
) -> Store | None:
    """`Store.open(url, apart=apart)`, tried until the database answers; `on_wait` hears why
    not after each failed attempt. None when `stop` is set while waiting."""
    stop = stop or threading.Event()
    delay, attempt = first_delay, 1
    while True:
        engine = make_engine(url)
        try:
            (migrate.upgrade_apart if apart else migrate.upgrade)(engine)
            return Store(engine)
        except OperationalError as exc:
            engine.dispose()
            reason = f"database unreachable: {why_unreachable(exc)}"
        log.warning(
            "waiting for the database (attempt %d failed, %s); next try in %.1f s",
            attempt,
            reason,
            delay,
        )
        on_wait(reason)
        if stop.wait(delay):
            return None
        delay, attempt = min(delay * 2, most_delay), attempt + 1
