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
two processes do, an article reaches a channel once. A story is shown in a channel as new
once: its later reports are follow-ups (its post updated, its thread told what changed), and
a report of a story another delivery is posting there at that moment waits for that post.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from bot.answers.radius import Distance, nearest
from bot.answers.subscriptions import Matcher
from bot.answers.where import event_place_lines
from bot.records import (
    WEEKDAYS,
    ReportedFigure,
    StoredArticle,
    Story,
    StoryPost,
    StorySource,
    Subscription,
)
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
class Followup:
    """A story a channel was shown that gained reports, and what changed: its death toll
    rose, or outlets reported it for the first time (else: further reports of outlets
    already counted)."""

    post: StoryPost
    story: Story
    """The story as it stands: its articles are the new reports, its sources every one."""
    lead: StoredArticle | None
    """The article leading it in the message that showed it (None: not known, so that
    message is not updated)."""
    toll: ReportedFigure | None
    """The story's new highest killed figure, when a new report raised it."""
    outlets: tuple[StorySource, ...]
    """Outlets whose first report of it is new."""
    told_toll: StoredArticle | None = None
    """The report that gave the story's highest toll (its headline heads the post)."""

    @property
    def updated(self) -> Story | None:
        """The story as its post shows it now: its first lead (the post's), then the new
        reports (one of them may give the headline), every source and figure."""
        if self.lead is None or self.post.message is None:
            return None
        articles = tuple({a.id: a for a in (self.lead, *self.story.articles)}.values())
        return Story(self.story.id, articles, self.story.sources, self.told_toll)


def followup(
    post: StoryPost,
    story: Story,
    lead: StoredArticle | None,
    told_toll: StoredArticle | None = None,
) -> Followup:
    """What the new reports of a story (its articles) change for a channel that was shown
    it: compared with the story as its other reports tell it (`told_toll`: the report that
    gave its highest toll, when known)."""
    new_ids = {a.id for a in story.articles}
    before = Story(
        story.id, story.articles, tuple(s for s in story.sources if s.article_id not in new_ids)
    )
    toll = story.figure("killed")
    known = before.figure("killed")
    rose = (
        toll is not None
        and toll.article_id in new_ids
        and (known is None or (toll.casualties.min or 0) > (known.casualties.min or 0))
    )
    fresh = tuple(s for s in story.outlets if s.article_id in new_ids)
    return Followup(post, story, lead, toll if rose else None, fresh, told_toll)


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
    followups: list[Followup] = field(default_factory=list)
    """Stories the channel was already shown that gained reports: updated where they were
    posted and told in that message's thread, never posted again as new."""
    followed: frozenset[str] = frozenset()
    """The keys of the places the channel follows (paused or not): a story there offers no
    button to subscribe to them again."""
    distances: dict[int, Distance] = field(default_factory=dict)
    """How far from the nearest of the channel's radius watches, and which way, each article
    whose event lies within one happened (by article id): "13 km S of Izaz, Syria"."""

    places: dict[str, str] = field(default_factory=dict)
    """How the event lines name each story's event place, by its key (`where.place_line`:
    "Hajin, Deir ez-Zor, Syria")."""

    def distance(self, story: Story) -> Distance | None:
        """How far from a radius watch's point the story's event happened: the nearest of
        its articles in this delivery (None: none lies within a watch of the channel)."""
        return nearest(self.distances.get(a.id) for a in story.articles)

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
    ) -> tuple[list[StoredArticle], bool]:
        """Claim the articles for the channel; returns those won, and whether any had to
        wait: an article whose story another delivery is posting in the channel right now
        is given back, to come as that post's follow-up (never shown twice as new)."""
        won = set(self.channels.claim_articles(team, channel, [a.id for a in articles], now))
        claimed = [a for a in articles if a.id in won]
        busy = self.channels.stories_in_flight(
            team, channel, [a.story_id for a in claimed if a.story_id is not None], list(won), now
        )
        waiting = [a.id for a in claimed if a.story_id in busy]
        if waiting:
            self.channels.release(team, channel, waiting)
        return [a for a in claimed if a.story_id not in busy], bool(waiting)

    def _grouped(self, team: str, channel: str, claimed: Sequence[StoredArticle]) -> dict[str, Any]:
        """Claimed articles as stories new to the channel, and follow-ups of stories it was
        already shown (keyword arguments of `Delivery`, its articles among them). A follow-up
        that brings neither an outlet nor a higher toll (an outlet counted already, say
        through a second feed of its own) is no news: its reports are recorded as shown in
        the story's thread, and nothing is posted of them."""
        found = self.store.stories_of(claimed)
        shown = self.channels.shown_stories(team, channel, found)
        listed = {a.id for s in found for a in s.articles}
        tolls = {
            s.id: toll.article_id
            for s in found
            if (toll := s.figure("killed")) and toll.article_id not in listed
        }  # the reports that gave a story's toll, read for its headline when not listed
        wanted = [p.lead_id for p in shown.values() if p.lead_id] + list(tolls.values())
        by_id = {a.id: a for a in self.store.articles_by_id(list(dict.fromkeys(wanted)))}
        followed = frozenset(
            sub.target
            for sub in self.channels.subscriptions(team, [channel])
            if sub.kind == "place"
        )
        followups = [
            followup(
                shown[s.id], s, by_id.get(shown[s.id].lead_id or 0), by_id.get(tolls.get(s.id, 0))
            )
            for s in found
            if s.id in shown
        ]
        told = [f for f in followups if f.toll is not None or f.outlets]
        unsaid: set[int] = set()
        for quiet in followups:  # only outlets already counted, no higher toll: nothing to say
            if quiet.toll is None and not quiet.outlets:
                ids = [a.id for a in quiet.story.articles]
                self.channels.record_posted(team, channel, ids, quiet.post.thread)
                unsaid.update(ids)
        return {
            "articles": [a for a in claimed if a.id not in unsaid],
            "followed": followed,
            "stories": [
                replace(s, toll_report=by_id.get(tolls.get(s.id, 0)))
                for s in found
                if s.id not in shown
            ],
            "followups": told,
        }

    def _distances(
        self, found: Sequence[StoredArticle], grouped: dict[str, Any], subs: Sequence[Subscription]
    ) -> dict[int, Distance]:
        """How far from the channel's radius watches the delivery's articles, and the leads
        of the posts its follow-ups update, happened (`Matcher.distances`)."""
        leads = [f.lead for f in grouped.get("followups", ()) if f.lead is not None]
        return self.matcher.distances([*found, *leads], subs)

    def _places(self, grouped: dict[str, Any]) -> dict[str, str]:
        """How the event lines name the event places of the delivery's stories and of those
        its follow-ups update (`where.event_place_lines`)."""
        stories = grouped.get("stories") or [Story.alone(a) for a in grouped["articles"]]
        updated = [f.updated for f in grouped.get("followups", ()) if f.updated is not None]
        return event_place_lines(self.matcher.gazetteer, [*stories, *updated])

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
            found, waiting = self._claim(
                self._pick(candidates, group, since, now), team, channel, now
            )
            if waiting:  # a story of it is being posted: the whole digest waits a run
                self.channels.release(team, channel, [a.id for a in found])
                self.channels.unclaim_slot(team, channel, slot)
                continue
            grouped = self._grouped(team, channel, found)
            if not grouped["articles"] and not prefs.all_quiet:
                self.channels.finish_slot(team, channel, slot, now)
                continue
            digests.append(
                Delivery(
                    team,
                    channel,
                    "digest",
                    schedule,
                    since,
                    subscriptions=self.matcher.matched(found, group) or group,
                    timezone=prefs.timezone,
                    slot=slot,
                    distances=self._distances(found, grouped, group),
                    places=self._places(grouped),
                    **grouped,
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
        claimed, _ = self._claim(found, team, channel, now)
        grouped = self._grouped(team, channel, claimed)
        return Delivery(
            team,
            channel,
            "digest",
            "now",
            since,
            subscriptions=subs,
            timezone=prefs.timezone,
            distances=self._distances(claimed, grouped, subs),
            places=self._places(grouped),
            **grouped,
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
            found, _ = self._claim(pending, team, channel, now)
            told = self._grouped(team, channel, found) if found else {"articles": []}
            if told["articles"]:
                prefs = self.channels.prefs(team, channel)
                alerts.append(
                    Delivery(
                        team,
                        channel,
                        "alert",
                        "alerts",
                        since,
                        subscriptions=self.matcher.matched(found, subs),
                        timezone=prefs.timezone,
                        distances=self._distances(found, told, subs),
                        places=self._places(told),
                        **told,
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

    def distance_labels(
        self, stories: Sequence[Story], subs: Sequence[Subscription]
    ) -> dict[int, str]:
        """By each story's lead article id, how far from the nearest of these radius watches'
        points it happened ("13 km S of Izaz, Syria"), for the stories within one."""
        measured = self.matcher.distances([a for s in stories for a in s.articles], subs)
        found = {}
        for story in stories:
            distance = nearest(measured.get(a.id) for a in story.articles)
            if distance is not None:
                found[story.lead.id] = distance.label
        return found

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
