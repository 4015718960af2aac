"""When feeds are next due (bot.ingest.schedule)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.ingest.schedule import PollBounds, next_poll_after_failure, next_poll_after_success

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
BOUNDS = PollBounds()
HTTP_NOW = "Sat, 01 Mar 2025 12:00:00 GMT"


def wait_after_success(
    headers: dict[str, str] | None = None,
    ttl: int | None = None,
    entries: list[datetime] | None = None,
) -> timedelta:
    return next_poll_after_success(NOW, headers or {}, ttl, entries or [], BOUNDS) - NOW


def wait_after_failure(failures: int, retry_after: float | None = None) -> timedelta:
    return next_poll_after_failure(NOW, failures, retry_after, BOUNDS) - NOW


def every(gap: timedelta, count: int, since: timedelta = timedelta(0)) -> list[datetime]:
    """`count` entry times `gap` apart, the latest `since` ago."""
    return [NOW - since - gap * i for i in range(count)]


def test_backoff_doubles_from_the_minimum_interval() -> None:
    waits = [wait_after_failure(n) for n in (1, 2, 3, 4)]

    assert waits == [timedelta(minutes=m) for m in (5, 10, 20, 40)]


def test_backoff_is_capped() -> None:
    assert wait_after_failure(10) == timedelta(hours=24)
    assert wait_after_failure(10_000) == timedelta(hours=24)


def test_retry_after_wins_when_longer_than_the_backoff() -> None:
    assert wait_after_failure(1, retry_after=3600) == timedelta(hours=1)
    assert wait_after_failure(3, retry_after=60) == timedelta(minutes=20)


def test_retry_after_is_capped_at_the_maximum_backoff() -> None:
    assert wait_after_failure(1, retry_after=30 * 86400) == timedelta(hours=24)


def test_result_is_utc_even_for_another_zone() -> None:
    paris = NOW.astimezone(datetime.fromisoformat("2025-01-01T00:00+01:00").tzinfo)

    due = next_poll_after_failure(paris, 1, None, BOUNDS)

    assert due.utcoffset() == timedelta(0)
    assert due == NOW + timedelta(minutes=5)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        next_poll_after_failure(NOW.replace(tzinfo=None), 1, None, BOUNDS)


def test_feed_without_dated_entries_gets_the_default_interval() -> None:
    assert wait_after_success() == timedelta(minutes=30)


def test_busy_feed_is_due_sooner_than_a_quiet_one() -> None:
    busy = wait_after_success(entries=every(timedelta(minutes=30), 60))
    quiet = wait_after_success(entries=every(timedelta(hours=12), 5))

    assert busy == timedelta(minutes=15)
    assert quiet == timedelta(hours=6)
    assert busy < timedelta(minutes=30) < quiet


def test_short_feed_of_recent_entries_counts_as_busy() -> None:
    # Only the last 10 entries are in the feed, one every 6 minutes.
    assert wait_after_success(entries=every(timedelta(minutes=6), 10)) < timedelta(minutes=10)


def test_feed_silent_for_days_is_polled_at_the_maximum_interval() -> None:
    assert wait_after_success(
        entries=every(timedelta(days=1), 4, since=timedelta(days=3))
    ) == timedelta(hours=6)


def test_entries_all_stamped_with_one_time_do_not_look_busy() -> None:
    stamped = [NOW - timedelta(minutes=1)] * 50

    assert wait_after_success(entries=stamped) >= timedelta(minutes=30)


def test_never_sooner_than_the_minimum_interval() -> None:
    flood = every(timedelta(seconds=10), 5000)

    assert wait_after_success(entries=flood) == timedelta(minutes=5)
    assert wait_after_success({"Cache-Control": "max-age=0"}, 0, flood) == timedelta(minutes=5)


def test_rss_ttl_pushes_the_next_poll_out() -> None:
    assert wait_after_success(ttl=120) == timedelta(hours=2)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"cache-control": "public, max-age=7200"}, timedelta(hours=2)),
        ({"Cache-Control": "max-age=7200", "Age": "3600"}, timedelta(hours=1)),
        ({"date": HTTP_NOW, "expires": "Sat, 01 Mar 2025 15:00:00 GMT"}, timedelta(hours=3)),
        ({"expires": "Sat, 01 Mar 2025 13:30:00 GMT"}, timedelta(minutes=90)),
    ],
)
def test_http_caching_hints_push_the_next_poll_out(
    headers: dict[str, str], expected: timedelta
) -> None:
    assert wait_after_success(headers) == expected


@pytest.mark.parametrize(
    "headers",
    [
        {"cache-control": "no-cache, max-age=7200"},
        {"expires": "0"},
        {"expires": "Sat, 01 Mar 2025 11:00:00 GMT"},
    ],
)
def test_unusable_or_past_caching_hints_change_nothing(headers: dict[str, str]) -> None:
    assert wait_after_success(headers) == timedelta(minutes=30)


def test_hints_are_capped_at_the_maximum_interval() -> None:
    assert wait_after_success(ttl=24 * 60) == timedelta(hours=6)
    assert wait_after_success({"cache-control": "max-age=604800"}) == timedelta(hours=6)


def test_hint_shorter_than_the_activity_interval_changes_nothing() -> None:
    quiet = every(timedelta(hours=12), 5)

    assert wait_after_success({"cache-control": "max-age=60"}, 10, quiet) == timedelta(hours=6)


def test_busy_feed_still_honours_its_hint() -> None:
    busy = every(timedelta(minutes=10), 100)

    assert wait_after_success(ttl=60, entries=busy) == timedelta(hours=1)
