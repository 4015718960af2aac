"""Reading a response: the body decompressed under the size cap, whether it looks like a
feed, and the header values a fetch uses."""

from __future__ import annotations

import re
import zlib
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from multidict import CIMultiDictProxy

from bot.ingest.fetch.request import FetchFailed, format_size

_ROOT_TAG = re.compile(r"<([\w:.-]+)")
_SNIFF_BYTES = 4096


def lower_headers(headers: CIMultiDictProxy[str]) -> dict[str, str]:
    """Header names in lower case; repeated headers joined with commas."""
    out: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def parse_retry_after(value: str | None) -> float | None:
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


def sniff(body: bytes) -> str | None:
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


class BodyDecoder:
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
            raise FetchFailed("http", f"unsupported Content-Encoding {encoding!r}")

    def feed(self, chunk: bytes) -> None:
        """Add one received chunk; raise FetchFailed past the limit or on corrupt data."""
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
                raise FetchFailed("network", f"corrupt {self._encoding} body: {exc}") from None
            self._keep(out)
            data = self._z.unconsumed_tail

    def _keep(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._limit:
            raise FetchFailed("too_large", f"body larger than {format_size(self._limit)}")
        self._parts.append(data)

    def body(self) -> bytes:
        """The whole decoded body."""
        if self._z is not None and not self._z.eof:
            self._keep(self._z.flush())
        return b"".join(self._parts)
