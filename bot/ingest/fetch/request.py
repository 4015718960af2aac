"""What a fetch is asked (`FetchRequest`), the bounds every fetch keeps (`FetchLimits`) and
what it returns (`FetchResult`): a body with its headers, or a reason it failed."""

from __future__ import annotations

from dataclasses import dataclass

import bot


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


class FetchFailed(Exception):
    """Internal: a fetch ended with a reason; carries what is known so far."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def format_size(n: int) -> str:
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n} bytes"


def format_seconds(seconds: float) -> str:
    return f"{seconds:g} s"
