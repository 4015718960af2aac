"""One fetch over HTTP, safely: `Fetcher` fetches within one aiohttp session it owns, with
timeouts, the size cap, redirects (each hop through the SSRF guard when asked) and
conditional GET. It never raises for network or HTTP trouble: every problem comes back as a
`FetchResult` with a human-readable `error` and a machine-readable `error_kind`."""

from __future__ import annotations

import asyncio
import time
from http import HTTPStatus
from types import TracebackType

import aiohttp
from yarl import URL

from bot.ingest.fetch.decode import BodyDecoder, lower_headers, parse_retry_after, sniff
from bot.ingest.fetch.request import (
    FetchFailed,
    FetchLimits,
    FetchRequest,
    FetchResult,
    format_seconds,
    format_size,
)
from bot.ingest.fetch.ssrf import AddressPolicy, BlockedAddress, GuardedResolver, literal_ip
from bot.ingest.fetch.urls import validate_feed_url

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


_RETRY_AFTER_STATUSES = frozenset({429, 503})


_CHUNK = 64 * 1024


_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)


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
            except FetchFailed as failed:
                return state.result(None, failed.message, failed.kind)
            except aiohttp.ConnectionTimeoutError:
                message = f"could not connect within {format_seconds(self.limits.connect_timeout)}"
                return state.result(None, message, "timeout")
            except TimeoutError:
                message = f"timed out after {format_seconds(self.limits.total_timeout)}"
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
            raise FetchFailed("invalid_url", str(exc)) from None
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
                state.headers = lower_headers(resp.headers)
                location = resp.headers.get("Location")
                if resp.status in _REDIRECT_STATUSES and location:
                    url = redirect_target(resp.url, location)
                    if str(url) in seen:
                        raise FetchFailed("redirects", f"redirects loop back to {url}")
                    seen.add(str(url))
                    if hop == self.limits.max_redirects:
                        break
                    continue
                return await self._finish(resp, state)
        raise FetchFailed("redirects", f"more than {self.limits.max_redirects} redirects")

    async def _finish(self, resp: aiohttp.ClientResponse, state: _Progress) -> FetchResult:
        """Read the body of the final response. Leaving `async with` early closes the
        connection rather than returning it to the pool."""
        if resp.status == 304:
            return state.result(None, None, None)
        if resp.status != 200:
            retry_after = None
            if resp.status in _RETRY_AFTER_STATUSES:
                retry_after = parse_retry_after(resp.headers.get("Retry-After"))
            reason = resp.reason or _status_phrase(resp.status)
            state.retry_after = retry_after
            raise FetchFailed("http", f"HTTP {resp.status} {reason}".rstrip())
        limit = self.limits.max_bytes
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchFailed("too_large", f"body larger than {format_size(limit)}")
        decoder = BodyDecoder(resp.headers.get("Content-Encoding", "").strip().lower(), limit)
        async for chunk in resp.content.iter_chunked(_CHUNK):
            decoder.feed(chunk)
        body = decoder.body()
        problem = sniff(body)
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


def redirect_target(base: URL, location: str) -> URL:
    """Where a redirect's Location leads from `base`: an http(s) URL with a host, else
    FetchFailed."""
    try:
        target = base.join(URL(location.strip()))
    except ValueError as exc:
        raise FetchFailed("invalid_url", f"invalid redirect Location {location!r}: {exc}") from None
    if target.scheme not in ("http", "https") or not target.host:
        raise FetchFailed("invalid_url", f"redirect to a non-http(s) URL: {location!r}")
    return target
