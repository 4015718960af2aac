"""The clock: APScheduler runs a polling pass every few seconds until told to stop.

The scheduler keeps no state of its own: when each feed is due lives in the database,
so a restart picks up where the last run left off.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler

log = logging.getLogger(__name__)


def make_scheduler(
    poll: Callable[[threading.Event], object],
    every_seconds: int,
    stop: threading.Event,
    also: Callable[[BaseScheduler], None] | None = None,
) -> BackgroundScheduler:
    """A scheduler (not started) running `poll(stop)` now and then every `every_seconds`;
    `also` may add more jobs (Slack digests and alerts)."""
    scheduler = BackgroundScheduler(timezone=UTC)
    scheduler.add_job(
        poll,
        "interval",
        args=[stop],
        seconds=every_seconds,
        next_run_time=datetime.now(UTC),
        max_instances=1,
        coalesce=True,
        misfire_grace_time=every_seconds,
    )
    if also is not None:
        also(scheduler)
    return scheduler


def run_until_stopped(
    poll: Callable[[threading.Event], object],
    every_seconds: int,
    also: Callable[[BaseScheduler], None] | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Run the scheduler of `make_scheduler` until Ctrl-C or SIGTERM (or `stop` is set).

    On a stop signal no new run starts and `stop` is set, so that a run in progress can
    wind down at its next safe point; it is waited for.
    """
    stop = stop or threading.Event()

    def request_stop(signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        log.info("received %s: finishing the current poll and stopping", name)
        stop.set()

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    scheduler = make_scheduler(poll, every_seconds, stop, also)
    scheduler.start()
    try:
        stop.wait()
    finally:
        scheduler.shutdown(wait=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
