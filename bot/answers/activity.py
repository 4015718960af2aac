"""A place's activity over the last 30 days: incidents per day by event type, and killed
per ISO week.

Each story counts once, however many outlets reported it: on the day of its first report in
the window, under that report's event type, with the highest killed figure any of its
reports gives (ten outlets' reports of one strike are one incident, their figures not
added up).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from bot.records import EventReport, Place
from bot.storage import Store

WINDOW_DAYS = 30


@dataclass(frozen=True)
class Activity:
    """What happened in a place, day by day and week by week."""

    place: Place
    days: list[date]
    """The window's days (UTC), oldest first."""
    incidents: dict[str, list[int]]
    """Event type -> stories per day (aligned with `days`), the busiest type first."""
    weeks: list[str]
    """The ISO weeks the window touches ("2026-W49"), oldest first."""
    killed: list[int]
    """Killed per week (aligned with `weeks`): per story its highest figure, summed."""

    @property
    def empty(self) -> bool:
        """True when no incident is stored in the window."""
        return not self.incidents

    @property
    def title(self) -> str:
        """ "Goma, DR Congo: 5 Nov – 4 Dec 2026"."""
        first, last = self.days[0], self.days[-1]
        start = f"{first.day} {first:%b}" + (f" {first.year}" if first.year != last.year else "")
        return f"{self.place.label}: {start} – {last.day} {last:%b %Y}"


def place_activity(
    store: Store, place: Place, also: Sequence[Place], now: datetime, days: int = WINDOW_DAYS
) -> Activity:
    """The activity in `place` (anywhere within it) and its namesake regions `also` (as the
    briefing covers them) over the `days` days ending `now`."""
    first = now.astimezone(UTC).date() - timedelta(days=days - 1)
    since = datetime.combine(first, time(), UTC)
    reports = store.place_events([place.key], [p.key for p in also], since, now)
    return count_activity(place, reports, first, days)


def count_activity(
    place: Place, reports: Sequence[EventReport], first: date, days: int = WINDOW_DAYS
) -> Activity:
    """The activity the `reports` make over the `days` days from `first`."""
    dates = [first + timedelta(days=i) for i in range(days)]
    weeks = list(dict.fromkeys(iso_week(d) for d in dates))
    stories: dict[int | tuple[str, int], list[EventReport]] = {}
    for report in reports:
        key = report.story_id if report.story_id is not None else ("article", report.article_id)
        stories.setdefault(key, []).append(report)
    incidents: dict[str, list[int]] = {}
    killed = [0] * len(weeks)
    for members in stories.values():
        earliest = min(members, key=lambda r: (r.published_at, r.article_id))
        day = earliest.published_at.astimezone(UTC).date()
        index = (day - first).days
        if not 0 <= index < days:
            continue
        incidents.setdefault(earliest.event_type, [0] * days)[index] += 1
        killed[weeks.index(iso_week(day))] += max(r.killed_min or 0 for r in members)
    ordered = dict(sorted(incidents.items(), key=lambda item: (-sum(item[1]), item[0])))
    return Activity(place, dates, ordered, weeks, killed)


def iso_week(day: date) -> str:
    """ "2026-W49"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
