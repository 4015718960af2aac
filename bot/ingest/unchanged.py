"""Items a feed sent before, byte for byte, left out of the parse of its next document.

A changed feed brings a few new items on top of many it sent before, and feedparser's Python
callbacks cost ~0.4 ms an item. An item identical to one of the feed's last stored
document, in the same surroundings (the feed's URL, the response headers feedparser reads,
everything before the container's first child: the XML declaration, the doctype, the
namespaces and `xml:base` of the root and the channel), parses to the same entry, whose
article is stored with this feed as a source (nothing deletes articles, feeds or sources:
removing a feed only stops its polls). Such an item gives nothing new, no article and no
source: its bytes are cut from the document before parsing.

Only a document expat reads whole, with namespaces, is cut (what feedparser's strict parser
would read the same): RSS 2.0's `rss/channel/item` and Atom's `feed/entry`, each written
with an end tag. Anything else (RDF, JSON, a malformed document) is parsed whole, as is a
feed's first document in this process. Each worker keeps its own memory, 8 bytes an item:
another worker's polls between two of this one's only add sources, never take one away.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from xml.parsers import expat

from bot.records import FeedStatus

ATOM = "http://www.w3.org/2005/Atom"
_CONTAINERS = {("rss", "channel"): "item", (f"{ATOM} feed",): f"{ATOM} entry"}
"""The path of each kind of document's element holding its items, and the items' name."""
DIGEST = 8
READ_HEADERS = ("content-type", "content-location", "content-language")
"""The response headers feedparser reads: its decoding, its base URI, its base language."""


@dataclass(frozen=True)
class Layout:
    """Where a document's items lie: the bytes before its container's first child (what
    every item's parse depends on beside the item) and each item's byte span."""

    head: bytes
    spans: list[tuple[int, int]]


@dataclass(frozen=True)
class Trimmed:
    """A document with the items its feed sent before cut out, and what to remember of it
    once its poll is stored."""

    body: bytes
    context: bytes
    digests: bytes
    """Every item's digest, those cut and those kept, DIGEST bytes each."""
    kept: int
    """How many items are left in `body`."""


@dataclass(frozen=True)
class _Remembered:
    """What one feed's last stored document was read in, and its items' digests."""

    context: bytes
    digests: bytes


class SeenItems:
    """The items of each feed's last stored document, by digest, in one poller."""

    def __init__(self) -> None:
        self._feeds: dict[int, _Remembered] = {}

    def trim(
        self, feed: FeedStatus, body: bytes, headers: Mapping[str, str], url: str
    ) -> Trimmed | None:
        """`body` without the items its feed's last stored document held in the same
        surroundings; None when the document is not one this cuts (parse it whole)."""
        layout = item_layout(body)
        if layout is None:
            return None
        read = {k.lower(): v for k, v in headers.items() if k.lower() in READ_HEADERS}
        around = [url, *(f"{k}: {read.get(k, '')}" for k in READ_HEADERS)]
        context = _digest(b"\0".join([*(a.encode() for a in around), layout.head]), 16)
        digests = [_digest(body[start:end]) for start, end in layout.spans]
        known = self._feeds.get(feed.id)
        if known is None or known.context != context:
            return Trimmed(body, context, b"".join(digests), len(digests))
        sent = {known.digests[i : i + DIGEST] for i in range(0, len(known.digests), DIGEST)}
        parts: list[bytes] = []
        at = kept = 0
        for (start, end), digest in zip(layout.spans, digests, strict=True):
            if digest in sent:
                parts.append(body[at:start])
                at = end
            else:
                kept += 1
        if kept == len(digests):
            return Trimmed(body, context, b"".join(digests), kept)
        parts.append(body[at:])
        return Trimmed(b"".join(parts), context, b"".join(digests), kept)

    def remember(self, feed: FeedStatus, trimmed: Trimmed) -> None:
        """Remember the items of `trimmed`'s document once its poll is stored."""
        self._feeds[feed.id] = _Remembered(trimmed.context, trimmed.digests)


def item_layout(body: bytes) -> Layout | None:
    """The items' spans of an RSS 2.0 or Atom document expat reads whole; None for any
    other document, or one with an item written as an empty element."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.namespace_prefixes = True
    path: list[str] = []
    spans: list[tuple[int, int]] = []
    head: list[int] = []
    starts: list[int] = []
    whole = True

    def start(name: str, _attributes: object) -> None:
        container = tuple(path)
        if container in _CONTAINERS and not head:  # the container's first child
            head.append(parser.CurrentByteIndex)
        expanded = _expanded(name)
        if _CONTAINERS.get(container) == expanded:
            starts.append(parser.CurrentByteIndex)
        path.append(expanded)

    def end(name: str) -> None:
        nonlocal whole
        expanded = path.pop()
        if _CONTAINERS.get(tuple(path)) == expanded:
            at, tag = parser.CurrentByteIndex, b"</" + _written(name).encode()
            after = body[at + len(tag) : at + len(tag) + 1]
            # an empty element's end comes after it, at what follows: not its end tag
            if body[at : at + len(tag)] != tag or len(after) != 1 or after not in b"> \t\r\n":
                whole = False
                return
            spans.append((starts.pop(), body.index(b">", at) + 1))

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.Parse(body, True)
    except Exception:  # any document expat cannot read ("encoding='bogus'") is parsed whole
        return None
    if not whole or not head or not spans:
        return None
    return Layout(body[: head[0]], spans)


def _expanded(name: str) -> str:
    """An element's namespace and local name, as expat gives them, without its prefix."""
    return " ".join(name.split(" ")[:2])


def _written(name: str) -> str:
    """An element's name as written: "prefix:local" or "local"."""
    parts = name.split(" ")
    return f"{parts[2]}:{parts[1]}" if len(parts) == 3 else parts[-1]


def _digest(data: bytes, size: int = DIGEST) -> bytes:
    return hashlib.blake2b(data, digest_size=size).digest()
