"""Fetching from synchronous code: an event loop in a helper thread, results handed over as
they come, with backpressure."""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable, Coroutine, Generator, Iterable
from typing import Any

from bot.ingest.fetch.fetcher import Fetcher
from bot.ingest.fetch.request import FetchLimits, FetchRequest, FetchResult


async def _fetch_into(
    requests: Iterable[FetchRequest],
    limits: FetchLimits,
    done: queue.SimpleQueue[tuple[int, FetchResult] | None],
    unconsumed: asyncio.Semaphore,
) -> None:
    """Start each request once a slot is free (`requests` is read only as fast as that,
    so it may be a generator that claims work as it goes) and put results on `done`."""
    async with Fetcher(limits) as fetcher:

        async def one(index: int, request: FetchRequest) -> None:
            done.put((index, await fetcher.fetch(request)))

        running: set[asyncio.Task[None]] = set()
        try:
            for index, request in enumerate(requests):
                await unconsumed.acquire()
                task = asyncio.create_task(one(index, request))
                running.add(task)
                task.add_done_callback(running.discard)
            await asyncio.gather(*running)
        finally:
            for task in running:
                task.cancel()


def fetch_each(
    requests: Iterable[FetchRequest],
    limits: FetchLimits = FetchLimits(),
    max_unconsumed: int | None = None,
    stop: threading.Event | None = None,
) -> Generator[tuple[int, FetchResult]]:
    """Yield `(index, result)` as each fetch finishes, at most `limits.concurrency` at once.

    The event loop runs in a helper thread, so this works from any thread, even one with a
    running loop, and whatever the caller does with a result (parsing, storing) does not
    stall the fetches still in flight. A fetch starts only while fewer than
    `max_unconsumed` results (default: twice the concurrency) are fetched or in flight but
    not yet taken by the caller, which bounds memory; `requests` is read, in the helper
    thread, only as fetches can start. Closing the iterator early, or setting `stop`,
    cancels the remaining fetches.
    """
    done: queue.SimpleQueue[tuple[int, FetchResult] | None] = queue.SimpleQueue()
    slots = max_unconsumed or 2 * limits.concurrency
    runner = _LoopThread(
        lambda unconsumed: _fetch_into(requests, limits, done, unconsumed), slots, done
    )
    runner.start()
    try:
        while (item := _next_result(done, stop)) is not None:
            yield item
            runner.release_slot()
    finally:
        runner.stop()
    if runner.error is not None:
        raise runner.error


def _next_result(
    done: queue.SimpleQueue[tuple[int, FetchResult] | None], stop: threading.Event | None
) -> tuple[int, FetchResult] | None:
    """The next finished fetch; None when all are done or `stop` is set."""
    while stop is None or not stop.is_set():
        try:
            return done.get(timeout=None if stop is None else 0.2)
        except queue.Empty:
            continue
    return None


class _LoopThread(threading.Thread):
    """Runs the fetching coroutine with asyncio.run in a daemon thread, then puts None on
    `done`; owns the semaphore that counts results not yet consumed."""

    def __init__(
        self,
        make_coro: Callable[[asyncio.Semaphore], Coroutine[Any, Any, None]],
        slots: int,
        done: queue.SimpleQueue[tuple[int, FetchResult] | None],
    ) -> None:
        super().__init__(name="newsbot-fetch", daemon=True)
        self._make_coro = make_coro
        self._slots = slots
        self._done = done
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None
        self._unconsumed: asyncio.Semaphore | None = None
        self._started = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            asyncio.run(self._main())
        except asyncio.CancelledError:
            pass
        except BaseException as exc:  # re-raised in the calling thread by fetch_each
            self.error = exc
        finally:
            self._started.set()
            self._done.put(None)

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._unconsumed = asyncio.Semaphore(self._slots)
        self._task = asyncio.ensure_future(self._make_coro(self._unconsumed))
        self._started.set()
        await self._task

    def release_slot(self) -> None:
        """The caller has taken a result: one more fetch may start."""
        loop, semaphore = self._loop, self._unconsumed
        if loop is not None and semaphore is not None:
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(semaphore.release)

    def stop(self) -> None:
        """Cancel whatever is still running and wait for the thread to end."""
        self._started.wait()
        loop, task = self._loop, self._task
        if loop is not None and task is not None and not task.done():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(task.cancel)
        self.join()
