"""Digests and alerts: which articles go to which channel, and when.

A channel's subscriptions are grouped by schedule ("daily 08:00", "weekly Mon 08:00",
"hourly", alerts). A digest
is due at the latest slot of its schedule (in the channel's time zone) that no process has
claimed yet, so a slot missed while the bot was down is posted once when it comes back, and
never twice. It holds the matching conflict articles first seen since the channel's last
digest of that schedule and not sent to the channel before, published after the
subscription was made and not stale when first seen (`Matcher.select`). A new subscription
gets one recap of the last day instead (`Deliveries.recap`). Alerts gather matching articles
until the oldest has waited the alert window, then go out as one message.

Articles are claimed per channel before posting (`ChannelStore.claim_articles`): whatever
two processes do, an article reaches a channel once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from bot.answers.subscriptions import Matcher
from bot.records import WEEKDAYS, StoredArticle, Story, Subscription
from bot.settings import Settings
from bot.storage import ChannelStore, Store

DIGEST_OVERLAP = timedelta(minutes=15)
"""A poll stores its articles with the time it started; looking back this much further than
the last digest catches those committed after it (what was sent is never sent again)."""
ALERT_LOOKBACK = timedelta(days=1)
CANDIDATE_LIMIT = 5000
"""Most conflict articles one job run considers."""
_DAYS = [day[:3] for day in WEEKDAYS]


@dataclass(frozen=True)
class Delivery:
    """Articles to post in one channel: a digest (possibly an "all quiet" one) or an alert."""

    team_id: str
    channel_id: str
    kind: Literal["digest", "alert"]
    schedule: str
    """ "daily 08:00", "weekly Mon 08:00", "hourly", "now" (asked for with /digest) or
    "alerts"."""
    since: datetime
    articles: list[StoredArticle]
    subscriptions: list[Subscription]
    timezone: str = "UTC"
    slot: str | None = None
    """The digest slot this delivery fills, when the scheduler claimed one."""
    stories: list[Story] | None = None
    """`articles` grouped into stories new to the channel (None: each article alone)."""
    followups: list[tuple[str, Story]] = field(default_factory=list)
    """Stories the channel was already shown that gained sources, each with the ts of the
    message that showed it: told in that message's thread, not posted again."""

    @property
    def listed(self) -> list[Story]:
        """The stories to post as new."""
        if self.stories is not None:
            return self.stories
        return [Story.alone(article) for article in self.articles]


def due_slot(schedule: str, zone: ZoneInfo, now: datetime) -> datetime:
    """The latest start of a slot of `schedule` ("hourly", "daily 08:00", "weekly Mon 08:00")
    at or before `now` (UTC), in the channel's time zone `zone`."""
    local = now.astimezone(zone)
    if schedule == "hourly":
        start = local.replace(minute=0, second=0, microsecond=0)
        return start.astimezone(UTC)
    kind, _, at = schedule.partition(" ")
    day, _, clock = at.rpartition(" ")
    hours, minutes = (int(part) for part in clock.split(":"))
    period = 7 if kind == "weekly" else 1
    back = (local.weekday() - _DAYS.index(day)) % 7 if kind == "weekly" else 0
    date = local.date() - timedelta(days=back)
    start = datetime.combine(date, time(hours, minutes), tzinfo=zone)
    if start > local:
        start = datetime.combine(date - timedelta(days=period), time(hours, minutes), tzinfo=zone)
    return start.astimezone(UTC)


def slot_key(schedule: str, start: datetime) -> str:
    """The key a slot is claimed under: "daily 08:00@2026-11-25T08:00Z"."""
    return f"{schedule}@{start.astimezone(UTC):%Y-%m-%dT%H:%MZ}"


def alert_ready(pending: Sequence[StoredArticle], now: datetime, window: timedelta) -> bool:
    """Whether the oldest pending alert has waited the window (a burst goes out together)."""
    return bool(pending) and min(a.first_seen_at for a in pending) + window <= now


def _by_channel(subs: Sequence[Subscription]) -> dict[tuple[str, str], list[Subscription]]:
    grouped: dict[tuple[str, str], list[Subscription]] = defaultdict(list)
    for sub in subs:
        grouped[(sub.team_id, sub.channel_id)].append(sub)
    return grouped


class Deliveries:
    """Decides what each channel is sent; the Slack poster only posts it."""

    def __init__(
        self, store: Store, channels: ChannelStore, matcher: Matcher, settings: Settings
    ) -> None:
        self.store = store
        self.channels = channels
        self.matcher = matcher
        self.alert_window = timedelta(seconds=settings.alert_window_seconds)

    def _candidates(self, since: datetime, subs: Sequence[Subscription]) -> list[StoredArticle]:
        """Conflict articles first seen since `since`; with their stories' outlets when a
        subscription asks for corroboration (one more query, only then)."""
        found = self.store.conflict_articles_since(since, limit=CANDIDATE_LIMIT)
        if any(sub.corroboration is not None for sub in subs):
            return self.store.with_story_outlets(found)
        return found

    def _pick(
        self,
        candidates: Sequence[StoredArticle],
        subs: Sequence[Subscription],
        since: datetime,
        now: datetime,
    ) -> list[StoredArticle]:
        """Matching, unmuted articles first seen since `since` that the channel has not had.
        Those a mute covers are silenced for good: dropped, not held until the mute ends."""
        team, channel = subs[0].team_id, subs[0].channel_id
        recent = [a for a in candidates if a.first_seen_at >= since]
        wanted = self.matcher.select(recent, subs)
        silenced = self.matcher.muted(wanted, self.channels.mutes(team, channel, now))
        if silenced:
            self.channels.silence(team, channel, [a.id for a in silenced], now)
        chosen = [a for a in wanted if a not in silenced]
        taken = self.channels.taken(team, channel, [a.id for a in chosen], now)
        return [a for a in chosen if a.id not in taken]

    def _claim(
        self, articles: Sequence[StoredArticle], team: str, channel: str, now: datetime
    ) -> list[StoredArticle]:
        won = set(self.channels.claim_articles(team, channel, [a.id for a in articles], now))
        return [a for a in articles if a.id in won]

    def _grouped(self, team: str, channel: str, claimed: Sequence[StoredArticle]) -> dict[str, Any]:
        """Claimed articles as stories new to the channel, and follow-ups of stories it was
        already shown (keyword arguments of `Delivery`)."""
        found = self.store.stories_of(claimed)
        threads = self.channels.posted_threads(team, channel, found)
        return {
            "stories": [s for s in found if s.id not in threads],
            "followups": [(threads[s.id], s) for s in found if s.id in threads],
        }

    def _digest_since(self, subs: Sequence[Subscription], schedule: str) -> datetime:
        start = min(sub.start_from for sub in subs)
        last = self.channels.last_digest_at(subs[0].team_id, subs[0].channel_id, schedule)
        return start if last is None else max(start, last - DIGEST_OVERLAP)

    def due_digests(self, now: datetime) -> list[Delivery]:
        """Claim every digest slot that has come, with its articles.

        A slot with nothing new is closed at once unless the channel wants "all quiet".
        """
        plans = []
        for (team, channel), subs in _by_channel(self.channels.active_subscriptions()).items():
            prefs = self.channels.prefs(team, channel)
            groups: dict[str, list[Subscription]] = defaultdict(list)
            for sub in subs:
                if sub.schedule is not None:
                    groups[sub.schedule].append(sub)
            for schedule, group in groups.items():
                start = due_slot(schedule, prefs.zone, now)
                if start < min(sub.created_at for sub in group):
                    continue  # subscribed after this slot: the next one is the first
                slot = slot_key(schedule, start)
                if self.channels.claim_slot(team, channel, slot, schedule, now):
                    plans.append(
                        (group, schedule, slot, prefs, self._digest_since(group, schedule))
                    )
        if not plans:
            return []
        asking = [sub for plan in plans for sub in plan[0]]
        candidates = self._candidates(min(plan[4] for plan in plans), asking)
        digests = []
        for group, schedule, slot, prefs, since in plans:
            team, channel = group[0].team_id, group[0].channel_id
            found = self._claim(self._pick(candidates, group, since, now), team, channel, now)
            if not found and not prefs.all_quiet:
                self.channels.finish_slot(team, channel, slot, now)
                continue
            digests.append(
                Delivery(
                    team,
                    channel,
                    "digest",
                    schedule,
                    since,
                    found,
                    self.matcher.matched(found, group) or group,
                    prefs.timezone,
                    slot,
                    **self._grouped(team, channel, found),
                )
            )
        return digests

    def digest_now(self, team: str, channel: str, now: datetime) -> Delivery | None:
        """The channel's digest on demand (claimed, so no later digest repeats it);
        None when the channel follows nothing."""
        subs = [s for s in self.channels.subscriptions(team, [channel]) if s.paused_reason is None]
        if not subs:
            return None
        schedules = {sub.schedule or "alerts" for sub in subs}
        since = min(self._digest_since(subs, schedule) for schedule in schedules)
        found = self._pick(self._candidates(since, subs), subs, since, now)
        prefs = self.channels.prefs(team, channel)
        claimed = self._claim(found, team, channel, now)
        return Delivery(
            team,
            channel,
            "digest",
            "now",
            since,
            claimed,
            subs,
            prefs.timezone,
            **self._grouped(team, channel, claimed),
        )

    def due_alerts(self, now: datetime) -> list[Delivery]:
        """One batch per channel whose oldest pending alert has waited the window."""
        alerting = [s for s in self.channels.active_subscriptions() if s.mode == "alerts"]
        grouped = _by_channel(alerting)
        if not grouped:
            return []
        floor = now - ALERT_LOOKBACK
        candidates = self._candidates(max(floor, min(s.start_from for s in alerting)), alerting)
        alerts = []
        for (team, channel), subs in grouped.items():
            since = max(floor, min(s.start_from for s in subs))
            pending = self._pick(candidates, subs, since, now)
            if not alert_ready(pending, now, self.alert_window):
                continue
            found = self._claim(pending, team, channel, now)
            if found:
                prefs = self.channels.prefs(team, channel)
                alerts.append(
                    Delivery(
                        team,
                        channel,
                        "alert",
                        "alerts",
                        since,
                        found,
                        self.matcher.matched(found, subs),
                        prefs.timezone,
                        **self._grouped(team, channel, found),
                    )
                )
        return alerts

    def recap(self, sub: Subscription, now: datetime, window: timedelta) -> list[Story]:
        """The stories about a new subscription's target published in the last `window`,
        not muted in its channel: told once, in one short message, never pushed as new."""
        since = now - window
        mutes = self.channels.mutes(sub.team_id, sub.channel_id, now)
        asked = [replace(sub, created_at=since)]
        kept = self.matcher.select(self._candidates(since, asked), asked, mutes)
        return self.store.stories_of(kept)

    def delivered(self, delivery: Delivery, ts_by_article: dict[int, str], now: datetime) -> None:
        """Record what was posted (and close the digest slot)."""
        by_ts: dict[str, list[int]] = defaultdict(list)
        for article_id, ts in ts_by_article.items():
            by_ts[ts].append(article_id)
        for ts, ids in by_ts.items():
            self.channels.record_posted(delivery.team_id, delivery.channel_id, ids, ts)
        if delivery.slot:
            self.channels.finish_slot(delivery.team_id, delivery.channel_id, delivery.slot, now)

    def undeliverable(self, delivery: Delivery, reason: str) -> list[Subscription]:
        """The channel cannot be posted to: release the articles, pause its subscriptions
        (the slot stays open, so its articles come with the next digest after un-pausing);
        returns the subscriptions paused, whose creators should be told."""
        self.release(delivery)
        return self.channels.pause_channel(delivery.team_id, delivery.channel_id, reason)

    def release(self, delivery: Delivery) -> None:
        """Posting failed: the articles are free for the next delivery."""
        ids = [a.id for a in delivery.articles]
        self.channels.release(delivery.team_id, delivery.channel_id, ids)
