"""Fetching feeds over HTTP safely: timeouts, size cap, redirects, conditional GET.

`Fetcher` fetches one feed at a time within an aiohttp session it owns;
`fetch_all` fetches many with bounded concurrency from synchronous code. Neither
raises for network or HTTP trouble: every problem comes back as a `FetchResult`
with a human-readable `error` and a machine-readable `error_kind`.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import re
import threading
import time
import zlib
from collections.abc import Callable, Coroutine, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from multidict import CIMultiDictProxy
from yarl import URL

import bot
from bot.ingest.fetch.ssrf import AddressPolicy, BlockedAddress, GuardedResolver, literal_ip

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRY_AFTER_STATUSES = frozenset({429, 503})
_ROOT_TAG = re.compile(r"<([\w:.-]+)")
_CHUNK = 64 * 1024
_SNIFF_BYTES = 4096
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)


@dataclass(frozen=True)
class FetchLimits:
    """Bounds on every fetch."""

    connect_timeout: float = 10.0
    total_timeout: float = 30.0
    """Deadline for a whole fetch, redirects and body included."""
    max_bytes: int = 10_000_000
    """Largest body accepted, counted after decompression."""
    max_redirects: int = 5
    user_agent: str = f"newsbot/{bot.__version__} (+https://github.com/newsbot/newsbot)"
    concurrency: int = 20
    """Fetches in flight at once (also the connection pool size)."""
    allowed_networks: tuple[str, ...] = ()
    """Non-public networks that guarded fetches may reach anyway ("10.1.0.0/16")."""


@dataclass(frozen=True)
class FetchRequest:
    """A feed to fetch, with the validators from its last 200 for a conditional GET."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    guarded: bool = False
    """A feed added from Slack: it may only reach public addresses (`bot.ingest.fetch.ssrf`)."""


@dataclass(frozen=True)
class FetchResult:
    """The outcome of one fetch: a body, a 304, or the reason it failed."""

    url: str
    final_url: str
    status: int | None
    body: bytes | None
    """The decompressed body of a 200 (also kept for a `not_feed` 200)."""
    headers: dict[str, str]
    """Headers of the last response, names lower-cased."""
    error: str | None
    error_kind: str | None
    """One of "timeout", "too_large", "redirects", "http", "network", "not_feed",
    "invalid_url", "blocked"."""
    retry_after: float | None
    elapsed: float

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304: the feed is unchanged."""
        return self.status == 304

    @property
    def ok(self) -> bool:
        """True when there is a feed body to parse."""
        return self.status == 200 and self.body is not None and self.error is None


class _FetchFailed(Exception):
    """Internal: a fetch ended with a reason; carries what is known so far."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def validate_feed_url(url: str) -> str:
    """Return `url` stripped; raise ValueError unless it is an http(s) URL with a host."""
    cleaned = url.strip()
    if not cleaned:
        raise ValueError("empty URL")
    if any(ch.isspace() or ord(ch) < 32 for ch in cleaned):
        raise ValueError(f"URL contains whitespace or control characters: {cleaned!r}")
    try:
        parts = urlsplit(cleaned)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError as exc:
        raise ValueError(f"malformed URL {cleaned!r}: {exc}") from None
    if parts.scheme.lower() not in ("http", "https"):
        shown = f"scheme {parts.scheme!r}" if parts.scheme else "no scheme"
        raise ValueError(f"not an http(s) URL ({shown}): {cleaned!r}")
    if not parts.hostname:
        raise ValueError(f"URL has no host: {cleaned!r}")
    return cleaned


def _format_size(n: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n} bytes"


def _format_seconds(seconds: float) -> str:
    return f"{seconds:g} s"


def _lower_headers(headers: CIMultiDictProxy[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def _parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After value (delta seconds or HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _sniff(body: bytes) -> str | None:
    """Why `body` is not a feed, or None when it looks like RSS, Atom, RDF or JSON Feed."""
    head = body[:_SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("utf-8", errors="ignore")
    text = text.lstrip("\ufeff \t\r\n").lower()
    if not text:
        return "empty body"
    if text.startswith("{"):
        return None
    is_xml = text.startswith("<?xml")
    while text.startswith(("<?", "<!--", "<!doctype")):
        if text.startswith("<!doctype html"):
            return "HTML page"
        closing = "-->" if text.startswith("<!--") else ">"
        end = text.find(closing)
        if end < 0:
            break
        text = text[end + len(closing) :].lstrip()
    if text.startswith(("<html", "<head", "<body")):
        return "HTML page"
    root = _ROOT_TAG.match(text)
    if is_xml or (root and root.group(1).rsplit(":", 1)[-1] in ("rss", "feed", "rdf")):
        return None
    preview = body[:20].decode("utf-8", errors="replace").strip()
    return f"starts with {preview!r}"


class _Decoder:
    """Decompresses a body as it streams in, refusing more than `limit` output bytes."""

    def __init__(self, encoding: str, limit: int) -> None:
        self._limit = limit
        self._size = 0
        self._parts: list[bytes] = []
        self._raw_deflate_tried = False
        self._encoding = encoding
        if encoding in ("", "identity"):
            self._z: zlib._Decompress | None = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            self._z = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header
        else:
            raise _FetchFailed("http", f"unsupported Content-Encoding {encoding!r}")

    def feed(self, chunk: bytes) -> None:
        """Add one received chunk; raise _FetchFailed past the limit or on corrupt data."""
        if self._z is None:
            self._keep(chunk)
            return
        data = chunk
        while data and not self._z.eof:
            try:
                out = self._z.decompress(data, self._limit - self._size + 1)
            except zlib.error as exc:
                if self._encoding == "deflate" and not self._raw_deflate_tried and not self._size:
                    self._raw_deflate_tried = True  # some servers send deflate without zlib header
                    self._z = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise _FetchFailed("network", f"corrupt {self._encoding} body: {exc}") from None
            self._keep(out)
            data = self._z.unconsumed_tail

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise _FetchFailed("too_large", f"body larger than {_format_size(self._limit)}")
        self._parts.append(data)

    def body(self) -> bytes:
        """The whole decoded body."""
        if self._z is not None and not self._z.eof:
            self._keep(self._z.flush())
        return b"".join(self._parts)


class Fetcher:
    """Fetches feeds within one aiohttp session (keep-alive, pool sized to concurrency).

    Use as an async context manager. `fetch` may be called from many tasks at once;
    at most `limits.concurrency` fetches are in flight, the rest wait their turn.
    """

    def __init__(self, limits: FetchLimits = FetchLimits()) -> None:
        self.limits = limits
        self.policy = AddressPolicy.allowing(limits.allowed_networks)
        self._slots = asyncio.Semaphore(limits.concurrency)
        self._session: aiohttp.ClientSession | None = None
        self._guarded_session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Fetcher:
        self._session = self._new_session(
            aiohttp.TCPConnector(limit=self.limits.concurrency, ttl_dns_cache=300)
        )
        self._guarded_session = self._new_session(
            aiohttp.TCPConnector(
                limit=self.limits.concurrency, resolver=GuardedResolver(self.policy)
            )
        )
        return self

    def _new_session(self, connector: aiohttp.TCPConnector) -> aiohttp.ClientSession:
        return aiohttp.ClientSession(
            connector=connector,
            timeout=aiohttp.ClientTimeout(sock_connect=self.limits.connect_timeout),
            auto_decompress=False,
            headers={
                "User-Agent": self.limits.user_agent,
                "Accept": _ACCEPT,
                "Accept-Encoding": "gzip, deflate",
            },
        )

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for session in (self._session, self._guarded_session):
            if session is not None:
                await session.close()
        self._session = self._guarded_session = None

    async def fetch(self, request: FetchRequest) -> FetchResult:
        """Fetch one feed. Never raises for network or HTTP problems."""
        async with self._slots:
            state = _Progress(request)
            try:
                async with asyncio.timeout(self.limits.total_timeout):
                    return await self._follow(request, state)
            except _FetchFailed as failed:
                return state.result(None, failed.message, failed.kind)
            except aiohttp.ConnectionTimeoutError:
                message = f"could not connect within {_format_seconds(self.limits.connect_timeout)}"
                return state.result(None, message, "timeout")
            except TimeoutError:
                message = f"timed out after {_format_seconds(self.limits.total_timeout)}"
                return state.result(None, message, "timeout")
            except aiohttp.InvalidURL as exc:
                return state.result(None, f"invalid URL: {exc}", "invalid_url")
            except BlockedAddress as exc:
                return state.result(None, str(exc), "blocked")
            except aiohttp.ClientConnectorError as exc:
                if isinstance(exc.os_error, BlockedAddress):
                    return state.result(None, str(exc.os_error), "blocked")
                return state.result(None, _network_reason(exc), "network")
            except (aiohttp.ClientError, OSError) as exc:
                return state.result(None, _network_reason(exc), "network")

    async def _follow(self, request: FetchRequest, state: _Progress) -> FetchResult:
        session = self._guarded_session if request.guarded else self._session
        if session is None:
            raise RuntimeError("Fetcher used outside 'async with'")
        try:
            url = URL(validate_feed_url(request.url))
        except ValueError as exc:
            raise _FetchFailed("invalid_url", str(exc)) from None
        seen = {str(url)}
        headers = {}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        for hop in range(self.limits.max_redirects + 1):
            state.final_url = str(url)
            if request.guarded and (address := literal_ip(url.host or "")) is not None:
                self.policy.check(address, address)  # names are checked by the resolver
            async with session.get(url, headers=headers, allow_redirects=False) as resp:
                state.status = resp.status
                state.headers = _lower_headers(resp.headers)
                location = resp.headers.get("Location")
                if resp.status in _REDIRECT_STATUSES and location:
                    url = _redirect_target(resp.url, location)
                    if str(url) in seen:
                        raise _FetchFailed("redirects", f"redirects loop back to {url}")
                    seen.add(str(url))
                    if hop == self.limits.max_redirects:
                        break
                    continue
                return await self._finish(resp, state)
        raise _FetchFailed("redirects", f"more than {self.limits.max_redirects} redirects")

    async def _finish(self, resp: aiohttp.ClientResponse, state: _Progress) -> FetchResult:
        """Read the body of the final response. Leaving `async with` early closes the
        connection rather than returning it to the pool."""
        if resp.status == 304:
            return state.result(None, None, None)
        if resp.status != 200:
            retry_after = None
            if resp.status in _RETRY_AFTER_STATUSES:
                retry_after = _parse_retry_after(resp.headers.get("Retry-After"))
            reason = resp.reason or _status_phrase(resp.status)
            state.retry_after = retry_after
            raise _FetchFailed("http", f"HTTP {resp.status} {reason}".rstrip())
        limit = self.limits.max_bytes
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _FetchFailed("too_large", f"body larger than {_format_size(limit)}")
        decoder = _Decoder(resp.headers.get("Content-Encoding", "").strip().lower(), limit)
        async for chunk in resp.content.iter_chunked(_CHUNK):
            decoder.feed(chunk)
        body = decoder.body()
        problem = _sniff(body)
        if problem is not None:
            return state.result(body, f"not a feed ({problem})", "not_feed")
        return state.result(body, None, None)


class _Progress:
    """What is known about a fetch so far, to report even when it fails midway."""

    def __init__(self, request: FetchRequest) -> None:
        self.url = request.url
        self.final_url = request.url
        self.status: int | None = None
        self.headers: dict[str, str] = {}
        self.retry_after: float | None = None
        self.started = time.monotonic()

    def result(self, body: bytes | None, error: str | None, kind: str | None) -> FetchResult:
        """The FetchResult for what is known now."""
        return FetchResult(
            url=self.url,
            final_url=self.final_url,
            status=self.status,
            body=body,
            headers=self.headers,
            error=error,
            error_kind=kind,
            retry_after=self.retry_after,
            elapsed=time.monotonic() - self.started,
        )


def _redirect_target(base: URL, location: str) -> URL:
    try:
        target = base.join(URL(location.strip()))
    except ValueError as exc:
        raise _FetchFailed(
            "invalid_url", f"invalid redirect Location {location!r}: {exc}"
        ) from None
    if target.scheme not in ("http", "https") or not target.host:
        raise _FetchFailed("invalid_url", f"redirect to a non-http(s) URL: {location!r}")
    return target


def _status_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def _network_reason(exc: BaseException) -> str:
    if isinstance(exc, aiohttp.ClientConnectorDNSError):
        return f"could not resolve host {exc.host}"
    if isinstance(exc, aiohttp.ClientConnectorCertificateError):
        return f"TLS certificate problem: {exc.certificate_error}"
    if isinstance(exc, aiohttp.ClientSSLError):
        return f"TLS error: {exc}"
    if isinstance(exc, aiohttp.ClientConnectorError):
        if isinstance(exc.os_error, ConnectionRefusedError):
            return "connection refused"
        return f"could not connect: {exc.os_error.strerror or exc.os_error}"
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return "server closed the connection"
    if isinstance(exc, aiohttp.ClientPayloadError):
        return "incomplete response body"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


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
) -> Iterator[tuple[int, FetchResult]]:
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


def fetch_all(
    requests: Sequence[FetchRequest], limits: FetchLimits = FetchLimits()
) -> list[FetchResult]:
    """Fetch all `requests` (at most `limits.concurrency` at once); results in request order."""
    results: list[FetchResult | None] = [None] * len(requests)
    for index, result in fetch_each(requests, limits, max_unconsumed=len(requests)):
        results[index] = result
    return [r for r in results if r is not None]


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
