"""When a feed is next due: pure functions of what the last poll learned (no I/O).

After a success the interval follows the feed's activity (about half the typical gap
between its entries in the last day), is never shorter than the feed's own caching
hints (RSS ttl, Cache-Control max-age, Expires), and stays within the bounds. After a
failure it backs off exponentially, honouring Retry-After.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

ACTIVITY_WINDOW = timedelta(days=1)
"""Entries published within this long before now count as recent activity."""
MIN_ACTIVITY_SPAN = timedelta(hours=1)
"""Shortest span the recent entries are assumed to cover (one new entry is not a flood)."""

_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)
_NO_CACHE = re.compile(r"(?:^|,)\s*(?:no-cache|no-store)\b", re.IGNORECASE)


@dataclass(frozen=True)
class PollBounds:
    """Limits on polling intervals."""

    min_interval: timedelta = timedelta(minutes=5)
    default_interval: timedelta = timedelta(minutes=30)
    """Used when the feed's entries carry no dates."""
    max_interval: timedelta = timedelta(hours=6)
    max_backoff: timedelta = timedelta(hours=24)


def next_poll_after_success(
    now: datetime,
    headers: Mapping[str, str],
    ttl_minutes: int | None,
    recent_entry_times: Sequence[datetime],
    bounds: PollBounds,
) -> datetime:
    """When to poll a feed again after a successful fetch (200 or 304).

    Busy feeds are polled more often and quiet ones less, within
    [min_interval, max_interval]; the feed's hints push the next poll out, never past
    max_interval.
    """
    now = _utc(now)
    interval = _activity_interval(now, [_utc(t) for t in recent_entry_times], bounds)
    hint = _freshness_hint(now, headers, ttl_minutes)
    if hint is not None:
        interval = max(interval, hint)
    return now + min(max(interval, bounds.min_interval), bounds.max_interval)


def next_poll_after_failure(
    now: datetime,
    consecutive_failures: int,
    retry_after: float | None,
    bounds: PollBounds,
) -> datetime:
    """When to try a failing feed again: min_interval * 2**(n-1), at least Retry-After,
    at most max_backoff."""
    now = _utc(now)
    cap = bounds.max_backoff.total_seconds()
    exponent = min(max(consecutive_failures, 1) - 1, 62)
    wait = min(bounds.min_interval.total_seconds() * 2.0**exponent, cap)
    if retry_after is not None and retry_after > 0:
        wait = min(max(wait, retry_after), cap)
    return now + timedelta(seconds=wait)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: pass timezone-aware UTC times")
    return moment.astimezone(UTC)


def _activity_interval(now: datetime, times: list[datetime], bounds: PollBounds) -> timedelta:
    """Half the typical gap between entries over the last day; distinct times only, so a
    feed stamping every entry with the fetch time does not look busy."""
    past = sorted({min(t, now) for t in times})
    if not past:
        return bounds.default_interval
    window_start = now - ACTIVITY_WINDOW
    recent = [t for t in past if t > window_start]
    if not recent:
        return bounds.max_interval
    # A feed showing only entries from the last day: the rate over the span they cover.
    covered = max(now - recent[0], MIN_ACTIVITY_SPAN)
    span = ACTIVITY_WINDOW if past[0] <= window_start else covered
    return span / len(recent) / 2


def _freshness_hint(
    now: datetime, headers: Mapping[str, str], ttl_minutes: int | None
) -> timedelta | None:
    """The longest "do not ask again before" among RSS ttl, max-age and Expires."""
    lower = {name.lower(): value for name, value in headers.items()}
    hints = []
    if ttl_minutes is not None and ttl_minutes > 0:
        hints.append(timedelta(minutes=ttl_minutes))
    http_hint = _http_freshness(now, lower)
    if http_hint is not None:
        hints.append(http_hint)
    return max(hints, default=None)


def _http_freshness(now: datetime, headers: Mapping[str, str]) -> timedelta | None:
    """Remaining freshness from Cache-Control max-age (minus Age), else Expires."""
    cache_control = headers.get("cache-control", "")
    if _NO_CACHE.search(cache_control):
        return None
    max_age = _MAX_AGE.search(cache_control)
    if max_age:
        age = headers.get("age", "").strip()
        remaining = int(max_age.group(1)) - (int(age) if age.isdigit() else 0)
        return timedelta(seconds=max(remaining, 0))
    expires = _http_date(headers.get("expires"))
    if expires is None:
        return None
    served = _http_date(headers.get("date")) or now  # measure on the server's clock
    return max(expires - served, timedelta(0))


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
