"""Feed URLs: which a user may add (without yarl, which only fetching needs: reading the
feed list at start-up is part of every terminal command)."""

from __future__ import annotations

from urllib.parse import urlsplit


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
