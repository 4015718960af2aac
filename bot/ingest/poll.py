"""One polling pass: due feeds -> fetch -> parse -> understand -> store.

Each feed's outcome is stored in its own transaction, and nothing one feed does
(a timeout, a broken document, a bug triggered by odd input) stops the others.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot import metrics
from bot.clock import utcnow
from bot.ingest.fetch import FetchLimits, FetchRequest, FetchResult, fetch_each
from bot.ingest.fulltext import Completed, complete
from bot.ingest.parse import FeedDocument, FeedItem, read_feed
from bot.ingest.schedule import PollBounds, next_poll_after_failure, next_poll_after_success
from bot.ingest.unchanged import SeenItems, Trimmed
from bot.records import Analysis, FeedStatus, PollOutcome
from bot.settings import Settings
from bot.storage import FreshArticle, Store
from bot.understand import Analyzer, fingerprint
from bot.understand.places.gazetteer import return_freed_memory

log = logging.getLogger(__name__)

STATE_BATCH = 100
"""Feeds whose polls brought no document (304s, failures) have their new state written
together, this many per transaction."""

BUSY_WINDOW = timedelta(days=1)
"""How far back a feed's entries count when judging how busy it is."""
TRIM_EVERY = 32
"""Every this many feeds polled, the heap freed since is handed back to the operating system
(`return_freed_memory`, about 1 ms): the documents, analyses and rows of one feed are freed
after it, but glibc keeps the freed pages between live objects. On the peers bench's 300
feeds the poller stays 3 MB lower, for 19 ms in all."""
PRUNE_EVERY = timedelta(hours=1)
"""How often a poller deletes the band keys too old to match (`Store.prune_story_bands`)."""


@dataclass
class PollReport:
    """What a polling pass did, feed by feed."""

    outcomes: list[tuple[FeedStatus, PollOutcome, int]] = field(default_factory=list)

    @property
    def polled(self) -> int:
        """Feeds polled."""
        return len(self.outcomes)

    @property
    def failed(self) -> int:
        """Feeds whose poll failed."""
        return sum(1 for _, outcome, _ in self.outcomes if outcome.error)

    @property
    def new_articles(self) -> int:
        """Articles stored for the first time."""
        return sum(new for _, _, new in self.outcomes)


def fetch_limits(settings: Settings) -> FetchLimits:
    """The fetch limits the settings ask for."""
    return FetchLimits(
        connect_timeout=settings.fetch_connect_timeout,
        total_timeout=settings.fetch_total_timeout,
        max_bytes=settings.fetch_max_bytes,
        concurrency=settings.fetch_concurrency,
        allowed_networks=tuple(n for n in settings.fetch_allowed_networks.split(",") if n.strip()),
    )


def worker_name() -> str:
    """This poller's name on the leases it holds: host, process id and a random tag."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def poll_bounds(settings: Settings) -> PollBounds:
    """The polling-interval bounds the settings ask for."""
    return PollBounds(
        min_interval=timedelta(minutes=settings.min_poll_minutes),
        default_interval=timedelta(minutes=settings.default_poll_minutes),
        max_interval=timedelta(minutes=settings.max_poll_minutes),
        max_backoff=timedelta(hours=settings.max_backoff_hours),
    )


class Poller:
    """Polls due feeds and stores what they bring."""

    def __init__(self, store: Store, analyzer: Analyzer, settings: Settings) -> None:
        self.store = store
        self.analyzer = analyzer
        self.limits = fetch_limits(settings)
        self.bounds = poll_bounds(settings)
        self.worker = worker_name()
        self.lease = timedelta(seconds=settings.lease_seconds)
        self.batch = settings.lease_batch
        self.pruned_at: datetime | None = None
        self.seen = SeenItems()

    def poll_due(
        self,
        now: datetime | None = None,
        on_feed: Callable[[FeedStatus, PollOutcome, int], None] | None = None,
        on_start: Callable[[int], None] | None = None,
        stop: threading.Event | None = None,
    ) -> PollReport:
        """Poll every feed that is due at `now` once; never raises for a feed's problems.

        Feeds are leased from the database a batch at a time, as fetch slots free up, so
        several workers share the due feeds without polling one twice, and the feeds of a
        worker that died are taken over when their lease expires. When `stop` is set the
        pass ends after the feed in hand: fetches in flight are cancelled, and the leases
        of the feeds not reached are given back (they stay due). So are they when the pass
        ends by an exception (Ctrl-C, a database error): another worker need not wait out
        the lease.
        """
        report = PollReport()
        with metrics.POLL_PASS_SECONDS.time():
            if on_start:
                on_start(self.store.count_due(now or utcnow()))
            claims = _Claims(self, now, stop)
            try:
                self._poll(claims, now, report, on_feed, stop)
            finally:  # a polled feed's lease went with its state; this frees the rest
                self.store.release_feeds(self.worker, [f.id for f in claims.claimed])
        at = now or utcnow()
        if self.pruned_at is None or at - self.pruned_at >= PRUNE_EVERY:
            self.store.prune_story_bands(at)
            self.pruned_at = at
        return report

    def _poll(
        self,
        claims: _Claims,
        now: datetime | None,
        report: PollReport,
        on_feed: Callable[[FeedStatus, PollOutcome, int], None] | None,
        stop: threading.Event | None,
    ) -> None:
        """Poll the feeds `claims` leases as it goes, adding to `report`. The fetches are
        stopped (their thread joined, no claim left in progress) before this returns or
        raises."""
        without_entries: list[PollOutcome] = []
        with closing(fetch_each(claims, self.limits, stop=stop)) as results:
            for index, result in results:
                claims.hold()
                feed, polled_at = claims.claimed[index], now or utcnow()
                recent = claims.recent[feed.id]
                new = 0
                try:
                    if result.ok and result.body is not None:
                        outcome, new = self.ingest_document(
                            feed,
                            result.body,
                            result.headers,
                            result.final_url,
                            polled_at,
                            recent,
                            without_entries,
                        )
                    else:
                        outcome = self._bodiless_outcome(feed, result, polled_at, recent)
                        without_entries.append(outcome)
                except Exception as exc:  # a bug on odd input must not stop the other feeds
                    log.exception("polling %s failed", feed.url)
                    outcome = self._failure(feed, polled_at, f"internal error: {exc!r}")
                    without_entries.append(outcome)
                if len(without_entries) >= STATE_BATCH:
                    self.store.save_outcomes(without_entries)
                    without_entries.clear()
                report.outcomes.append((feed, outcome, new))
                if len(report.outcomes) % TRIM_EVERY == 0:
                    return_freed_memory()
                _count(outcome, result, new)
                if on_feed:
                    on_feed(feed, outcome, new)
        self.store.save_outcomes(without_entries)

    def _bodiless_outcome(
        self, feed: FeedStatus, result: FetchResult, polled_at: datetime, recent: list[datetime]
    ) -> PollOutcome:
        """The outcome of a 304 or a failed fetch (stored by the caller, batched)."""
        if not result.not_modified:
            error = result.error or f"HTTP {result.status} with no body"
            return self._failure(feed, polled_at, error, result.error_kind, result.retry_after)
        return PollOutcome(
            feed_id=feed.id,
            polled_at=polled_at,
            next_poll_at=next_poll_after_success(
                polled_at, result.headers, None, recent, self.bounds
            ),
            etag=result.headers.get("etag", feed.etag),
            last_modified=result.headers.get("last-modified", feed.last_modified),
            problem=feed.last_problem,
        )

    def ingest_document(
        self,
        feed: FeedStatus,
        body: bytes,
        headers: Mapping[str, str],
        url: str,
        polled_at: datetime,
        recent: Sequence[datetime] = (),
        pending_states: list[PollOutcome] | None = None,
    ) -> tuple[PollOutcome, int]:
        """Parse, understand and store one feed document; returns (outcome, new articles).

        Its outcome is stored here, in the same transaction as its articles; a document
        that is no feed at all is stored as a failure. When the document brings nothing new
        and `pending_states` is given, the feed's new state is appended there instead, for
        the caller to store with others in one transaction. Items the feed's last stored
        document held, byte for byte, are not parsed again (`SeenItems`).
        """
        document, trimmed = self._read(feed, body, headers, url)
        if not document.is_feed:
            outcome = self._failure(feed, polled_at, f"not a feed: {document.problem}", "not_feed")
            self.store.save_outcomes([outcome])
            return outcome, 0
        items = _unique(document.items)
        known = self.store.known_entries(items, feed.id)
        entries = [
            entry
            for item in items
            if item.uid not in known and (entry := document.entry(item)) is not None
        ]
        home = self.analyzer.feed_home(self.store.feed_places(feed.id)) if entries else None
        fresh = [
            _fresh_article(done, self.analyzer.analyze_entry(done.entry, feed.region, home))
            for done in complete(feed.full_text, entries, self.limits)
        ]
        times = [*recent, *(a.entry.published_at for a in fresh if a.entry.published_at)]
        outcome = PollOutcome(
            feed_id=feed.id,
            polled_at=polled_at,
            next_poll_at=next_poll_after_success(
                polled_at, headers, document.ttl_minutes, times, self.bounds
            ),
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
            problem=document.problem,
            feed_title=document.title,
        )
        if document.problem:
            log.warning("feed %s is malformed but parsed: %s", feed.url, document.problem)
        new_sources: dict[int, str | None] = {}
        for item in items:
            article_id, already_from_this_feed = known.get(item.uid, (0, True))
            if not already_from_this_feed:
                new_sources[article_id] = item.link
        if not fresh and not new_sources and feed.title:  # nothing new but the feed's state
            if pending_states is None:
                self.store.save_outcomes([outcome])
            else:
                pending_states.append(outcome)
            new = 0
        else:
            new = self.store.save_poll(outcome, fresh, new_sources)
        if trimmed is not None:
            self.seen.remember(feed, trimmed)
        return outcome, new

    def _read(
        self, feed: FeedStatus, body: bytes, headers: Mapping[str, str], url: str
    ) -> tuple[FeedDocument, Trimmed | None]:
        """The document without the items its feed sent before (`SeenItems`), and what to
        remember of it; the whole document, and None, when nothing is cut or the cut one
        has a problem (which its whole would say where the whole says it)."""
        trimmed = self.seen.trim(feed, body, headers, url)
        if trimmed is not None and trimmed.body is not body:
            document = read_feed(trimmed.body, headers, url)
            if document.problem is None and len(document.items) == trimmed.kept:
                return document, trimmed
            trimmed = None
        document = read_feed(body, headers, url)
        if trimmed is not None and len(document.items) != trimmed.kept:
            trimmed = None
        return document, trimmed

    def _failure(
        self,
        feed: FeedStatus,
        polled_at: datetime,
        error: str,
        kind: str | None = "internal",
        retry_after: float | None = None,
    ) -> PollOutcome:
        log.warning("feed %s failed: %s", feed.url, error)
        return PollOutcome(
            feed_id=feed.id,
            polled_at=polled_at,
            next_poll_at=next_poll_after_failure(
                polled_at, feed.consecutive_failures + 1, retry_after, self.bounds
            ),
            error=error,
            error_kind=kind or "http",
        )


class _Claims:
    """The fetches of one pass, leased from the database a batch at a time as the fetcher
    asks for more (it reads this iterable in its own thread, only when a slot is free).

    `claimed` holds every feed leased so far, in the order their requests are read
    (`claimed[i]` is the feed of the i-th request); `recent` each one's recent entry times
    (how busy it is).
    """

    def __init__(self, poller: Poller, now: datetime | None, stop: threading.Event | None):
        self.poller = poller
        self.now = now
        self.stop = stop
        self.claimed: list[FeedStatus] = []
        self.recent: dict[int, list[datetime]] = {}
        self.renewed = time.monotonic()

    def hold(self) -> None:
        """Renew the leases of every feed claimed so far and not yet stored once half a lease
        has passed since the pass began or since the last renewal: a feed fetched early and
        read late (its document waits while others are read) stays this worker's, so no other
        worker polls it again."""
        lease = self.poller.lease
        if time.monotonic() - self.renewed < lease.total_seconds() / 2:
            return
        until = (self.now or utcnow()) + lease
        self.poller.store.renew_leases(self.poller.worker, [f.id for f in self.claimed], until)
        self.renewed = time.monotonic()

    def __iter__(self) -> Iterator[FetchRequest]:
        poller, store = self.poller, self.poller.store
        while self.stop is None or not self.stop.is_set():
            now = self.now or utcnow()
            batch, taken_over = store.claim_due_feeds(
                now, poller.worker, poller.lease, poller.batch
            )
            if not batch:
                return
            metrics.LEASE_TAKEOVERS.inc(taken_over)
            self.hold()
            self.claimed += batch
            self.recent.update(store.recent_entry_times([f.id for f in batch], now - BUSY_WINDOW))
            for feed in batch:
                yield FetchRequest(
                    feed.url, feed.etag, feed.last_modified, guarded=feed.origin == "slack"
                )


def _count(outcome: PollOutcome, result: FetchResult, new: int) -> None:
    """Count one feed's poll in the process's metrics."""
    if outcome.error is not None:
        metrics.POLLS.labels("failed").inc()
        metrics.POLL_FAILURES.labels(outcome.error_kind or "unknown").inc()
    else:
        metrics.POLLS.labels("not_modified" if result.not_modified else "ok").inc()
    metrics.ARTICLES_STORED.inc(new)


def _unique(items: Sequence[FeedItem]) -> list[FeedItem]:
    """Items with a uid or canonical link already listed earlier in the feed dropped."""
    seen: set[str] = set()
    unique = []
    for item in items:
        keys = {item.uid} | ({item.canonical_link} if item.canonical_link else set())
        if keys & seen:
            continue
        seen |= keys
        unique.append(item)
    return unique


def _fresh_article(done: Completed, analysis: Analysis) -> FreshArticle:
    """A new article to store: its entry, its analysis and its fingerprint (the words of its
    text, else of its feed's summary, in the language its analysis detected)."""
    entry = done.entry
    words = fingerprint(entry.title, entry.text or entry.feed_summary, analysis.language)
    return FreshArticle(entry, analysis, words, done.page_status)
