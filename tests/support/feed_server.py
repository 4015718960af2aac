"""A real HTTP server on 127.0.0.1 serving feeds and misbehaving routes, for tests and benchmarks.

    with FeedServer() as server:
        url = server.add_feed("/feed.xml", etag='"v1"')
        ...
        assert server.hits("/feed.xml") == 1

It runs a `ThreadingHTTPServer` (HTTP/1.1 keep-alive) in a background thread on a free
port, records every request's headers, how many requests were in flight at once, and
whether each response body was sent in full. Run it alone for benchmarks:
`python -m tests.support.feed_server --feeds 1000 --port 8765`.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import gzip
import socket
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from xml.sax.saxutils import escape

RSS_TYPE = "application/rss+xml; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"


@dataclass
class Route:
    """How the server answers one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    """Sent as ETag; a matching If-None-Match gets a 304."""
    last_modified: str | None = None
    """Sent as Last-Modified; an equal If-Modified-Since gets a 304."""
    repeat: int = 1
    """The body is sent this many times over (a large body without holding it in memory)."""
    content_length: bool = True
    """False: no Content-Length; the connection is closed after the body."""
    chunk_size: int = 64 * 1024
    delay_per_chunk: float = 0.0
    """Pause after each chunk written (a slow, trickling server)."""
    delay: float = 0.0
    """Pause before answering."""
    body_at: Callable[[float], bytes] | None = None
    """Makes the body from the request's arrival time (a feed that changes over time)."""


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the server received it."""

    path: str
    headers: dict[str, str]
    """Header names lower-cased."""
    client_port: int
    """The client's port: the same for requests sent over one kept-alive connection."""
    at: float = field(default_factory=time.time)
    """When it arrived (seconds since the epoch)."""


@dataclass(frozen=True)
class SentResponse:
    """What the server managed to send for one request."""

    path: str
    status: int
    bytes_sent: int
    """Body bytes written before the response ended (or the client hung up)."""
    finished: bool


def rss_feed(title: str = "Test feed", items: int = 3, link: str = "http://example.org/") -> bytes:
    """A small valid RSS 2.0 document with `items` dated entries."""
    now = time.time()
    entries = "".join(
        f"<item><title>{escape(title)} item {i}</title><link>{escape(link)}{i}</link>"
        f"<guid>{escape(link)}{i}</guid>"
        f"<pubDate>{_http_date(now - 600 * i)}</pubDate>"
        f"<description>Item {i} of {escape(title)}.</description></item>"
        for i in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<description>{escape(title)}</description>{entries}</channel></rss>\n"
    ).encode()


def gzip_bomb(size: int) -> bytes:
    """Gzip data that inflates to `size` zero bytes (about 1000:1)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    parts.append(compressor.compress(bytes(size % len(block))))
    parts.append(compressor.flush())
    return b"".join(parts)


def closed_port_url(path: str = "/feed.xml") -> str:
    """A URL on 127.0.0.1 where nothing listens (connecting is refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


def _http_date(timestamp: float) -> str:
    return time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(timestamp))


class FeedServer:
    """Local HTTP server with routes registered by the test; a context manager."""

    def __init__(self, port: int = 0) -> None:
        self._routes: dict[str, Route] = {}
        self._requests: dict[str, list[RecordedRequest]] = defaultdict(list)
        self._responses: dict[str, list[SentResponse]] = defaultdict(list)
        self._lock = threading.Condition()
        self._in_flight = 0
        self.max_in_flight = 0
        """Most requests being answered at the same moment."""
        self._stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", port), _Handler)
        self._httpd.feed_server = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> FeedServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Start serving in a background thread."""
        self._thread.start()

    def stop(self) -> None:
        """Stop serving; responses still trickling are cut short."""
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        """Absolute URL of `path` on this server."""
        return self.base_url + path

    # -- registering routes -------------------------------------------------

    def add(
        self,
        path: str,
        body: bytes = b"",
        *,
        status: int = 200,
        headers: dict[str, str] | None = None,
        content_type: str | None = RSS_TYPE,
        etag: str | None = None,
        last_modified: str | None = None,
        repeat: int = 1,
        content_length: bool = True,
        chunk_size: int = 64 * 1024,
        delay_per_chunk: float = 0.0,
        delay: float = 0.0,
        body_at: Callable[[float], bytes] | None = None,
    ) -> str:
        """Serve `body` (or what `body_at` makes at each request's arrival time) at `path`,
        replacing any earlier route there; return its URL."""
        all_headers = {"Content-Type": content_type} if content_type else {}
        all_headers.update(headers or {})
        route = Route(
            body=body,
            status=status,
            headers=all_headers,
            etag=etag,
            last_modified=last_modified,
            repeat=repeat,
            content_length=content_length,
            chunk_size=chunk_size,
            delay_per_chunk=delay_per_chunk,
            delay=delay,
            body_at=body_at,
        )
        with self._lock:
            self._routes[path] = route
        return self.url(path)

    def update(self, path: str, **changes: Any) -> None:
        """Change fields of a registered route (e.g. `body=`, `etag=`) between polls."""
        with self._lock:
            self._routes[path] = dataclasses.replace(self._routes[path], **changes)

    def add_feed(
        self,
        path: str,
        body: bytes | None = None,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        **options: Any,
    ) -> str:
        """Serve an RSS feed (a small generated one unless `body` is given)."""
        return self.add(
            path,
            rss_feed(path) if body is None else body,
            etag=etag,
            last_modified=last_modified,
            **options,
        )

    def add_encoded(self, path: str, body: bytes, encoding: str = "gzip") -> str:
        """Serve `body` compressed with Content-Encoding gzip or deflate (zlib)."""
        data = gzip.compress(body) if encoding == "gzip" else zlib.compress(body)
        return self.add(path, data, headers={"Content-Encoding": encoding})

    def add_gzip_bomb(self, path: str, size: int = 50_000_000) -> str:
        """Serve gzip data inflating to `size` zero bytes."""
        return self.add(path, gzip_bomb(size), headers={"Content-Encoding": "gzip"})

    def add_large(self, path: str, size: int, *, content_length: bool = True) -> str:
        """Serve a body of `size` bytes, streamed in 64 kB pieces."""
        piece = b"<!-- padding -->" * 4096
        return self.add(
            path,
            piece,
            repeat=max(1, size // len(piece)),
            content_length=content_length,
        )

    def add_slow(self, path: str, body: bytes, delay_per_byte: float) -> str:
        """Serve `body` one byte at a time, pausing `delay_per_byte` after each."""
        return self.add(path, body, chunk_size=1, delay_per_chunk=delay_per_byte)

    def add_redirect(self, path: str, target: str, status: int = 302) -> str:
        """Redirect `path` to `target` (a path on this server or an absolute URL)."""
        return self.add(path, status=status, headers={"Location": target}, content_type=None)

    def add_status(self, path: str, status: int, retry_after: str | None = None) -> str:
        """Answer `path` with an error status, optionally with Retry-After."""
        headers = {"Retry-After": retry_after} if retry_after is not None else {}
        body = f"status {status}\n".encode()
        return self.add(path, body, status=status, headers=headers, content_type="text/plain")

    def add_html(self, path: str) -> str:
        """Serve an ordinary HTML page (not a feed)."""
        page = b"<!DOCTYPE html>\n<html><head><title>News</title></head><body>Hi</body></html>"
        return self.add(path, page, content_type=HTML_TYPE)

    def add_many(self, count: int, prefix: str = "/feeds/") -> list[str]:
        """Register `count` small feeds; return their URLs."""
        return [self.add_feed(f"{prefix}{i}.xml") for i in range(count)]

    # -- what happened -------------------------------------------------------

    def hits(self, path: str) -> int:
        """How many requests `path` received."""
        with self._lock:
            return len(self._requests[path])

    def requests(self, path: str) -> list[RecordedRequest]:
        """Requests received for `path`, oldest first."""
        with self._lock:
            return list(self._requests[path])

    def responses(self, path: str) -> list[SentResponse]:
        """Responses completed (or cut off) for `path`, oldest first."""
        with self._lock:
            return list(self._responses[path])

    def wait_for_responses(self, path: str, count: int = 1, timeout: float = 10.0) -> None:
        """Block until `count` responses for `path` have ended; raise TimeoutError if not."""
        with self._lock:
            if not self._lock.wait_for(lambda: len(self._responses[path]) >= count, timeout):
                raise TimeoutError(f"{path}: fewer than {count} responses ended")

    def reset_counters(self) -> None:
        """Forget recorded requests, responses and the in-flight maximum."""
        with self._lock:
            self._requests.clear()
            self._responses.clear()
            self.max_in_flight = self._in_flight

    # -- used by the handler -------------------------------------------------

    def _begin(self, request: RecordedRequest) -> Route | None:
        path = request.path
        with self._lock:
            self._requests[path].append(request)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            return self._routes.get(path)

    def _end(self, sent: SentResponse) -> None:
        with self._lock:
            self._in_flight -= 1
            self._responses[sent.path].append(sent)
            self._lock.notify_all()

    def _pause(self, seconds: float) -> None:
        if seconds > 0:
            self._stopping.wait(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024
    feed_server: FeedServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet."""

    def do_GET(self) -> None:
        """Answer from the registered route, recording the request and what was sent."""
        owner = self.server.feed_server
        path = self.path.split("?", 1)[0]
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = RecordedRequest(path, headers, self.client_address[1])
        route = owner._begin(request)
        if route is not None and route.body_at is not None:
            route = dataclasses.replace(route, body=route.body_at(request.at))
        status, sent, finished = 404, 0, False
        try:
            if route is None:
                status, sent, finished = self._reply(Route(body=b"not found\n", status=404))
            else:
                owner._pause(route.delay)
                status, sent, finished = self._reply(route)
        finally:
            owner._end(SentResponse(path, status, sent, finished))

    def _reply(self, route: Route) -> tuple[int, int, bool]:
        if route.status == 200 and self._not_modified(route):
            self.send_response(304)
            self._validators(route)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return 304, 0, True
        self.send_response(route.status)
        for name, value in route.headers.items():
            self.send_header(name, value)
        self._validators(route)
        if route.content_length:
            self.send_header("Content-Length", str(len(route.body) * route.repeat))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        sent = 0
        try:
            for _ in range(route.repeat):
                for start in range(0, len(route.body), route.chunk_size):
                    chunk = route.body[start : start + route.chunk_size]
                    self.wfile.write(chunk)
                    sent += len(chunk)
                    self.server.feed_server._pause(route.delay_per_chunk)
                    if self.server.feed_server._stopping.is_set():
                        raise ConnectionAbortedError("server stopping")
        except OSError:
            self.close_connection = True
            return route.status, sent, False
        return route.status, sent, True

    def _not_modified(self, route: Route) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
            etag = (route.etag or "").removeprefix("W/")
            return bool(route.etag) and ("*" in tags or etag in tags)
        since = self.headers.get("If-Modified-Since")
        return (
            since is not None
            and route.last_modified is not None
            and (since.strip() == route.last_modified)
        )

    def _validators(self, route: Route) -> None:
        if route.etag:
            self.send_header("ETag", route.etag)
        if route.last_modified:
            self.send_header("Last-Modified", route.last_modified)


def main() -> None:
    """Serve N small feeds at /feeds/0.xml ... until interrupted (for benchmarks)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = FeedServer(args.port)
    server.add_many(args.feeds)
    with server, contextlib.suppress(KeyboardInterrupt):
        print(f"serving {args.feeds} feeds at {server.url('/feeds/0.xml')}", flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
