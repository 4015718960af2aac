"""Failing feeds: which channels to tell, once per failure streak.

When a feed's consecutive failures reach the threshold, each channel with active
subscriptions that the feed served in the last 30 days (one of its articles was posted
there) is told once; a channel it never served is not bothered. A streak is known by the
feed's last success before it: after the feed recovers, the channels told of the streak are
told once that it works again, and a new streak brings a new notice. Notices are claimed in
the database first, so two processes (or a restart) never tell a channel twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.records import FeedStatus
from bot.storage import RECOVERED, ChannelStore, FeedReach, Store

SERVED_WITHIN = timedelta(days=30)
"""A failing feed is reported to the channels it served within this time."""


@dataclass(frozen=True)
class FeedNotice:
    """One channel to tell about one failing feed."""

    team_id: str
    channel_id: str
    feed: FeedStatus
    streak: str
    recovered: bool = False
    """True: the feed works again after the failure streak the channel was told of."""


def streak_of(feed: FeedStatus) -> str:
    """The key of the feed's current failure streak: its last success ("never" if none)."""
    if feed.last_success_at is None:
        return "never"
    return feed.last_success_at.isoformat(timespec="microseconds")


class FeedHealth:
    """Decides which failing feeds to report where; the Slack jobs only post."""

    def __init__(self, store: Store, channels: ChannelStore, threshold: int) -> None:
        self.store = store
        self.channels = channels
        self.threshold = threshold
        self.reach = FeedReach(channels.engine)

    def due_notices(self, now: datetime) -> list[FeedNotice]:
        """Claim a notice for each channel not yet told of each feed's current streak (among
        those the feed served lately), and one for each channel told of a streak that has
        since ended with a success."""
        feeds = self.store.list_feeds()
        failing = [f for f in feeds if f.consecutive_failures >= self.threshold]
        active = {(s.team_id, s.channel_id) for s in self.channels.active_subscriptions()}
        notices = []
        for feed in failing:
            served = self.reach.served(feed.id, now - SERVED_WITHIN) & active
            targets = sorted(served)
            notices += [
                FeedNotice(team, channel, feed, streak_of(feed))
                for team, channel in self.channels.claim_feed_notices(
                    feed.id, streak_of(feed), targets, now
                )
            ]
        for feed in feeds:
            if feed.consecutive_failures or feed.last_success_at is None:
                continue
            for streak, told in self.reach.told_failing(feed.id).items():
                key = RECOVERED + streak
                notices += [
                    FeedNotice(team, channel, feed, key, recovered=True)
                    for team, channel in self.channels.claim_feed_notices(feed.id, key, told, now)
                ]
        return notices

    def unfinished(self, now: datetime) -> list[tuple[FeedNotice, datetime]]:
        """The notices a process claimed and never finished (it died between the claim and
        the post), taken over at `now`, each with when it was first claimed; one whose feed
        is gone or has changed state since (a failing notice for a feed that works again, a
        "works again" notice for one failing again) is forgotten instead."""
        feeds = {feed.id: feed for feed in self.store.list_feeds()}
        found = []
        for left in self.channels.unfinished_feed_notices(now):
            feed = feeds.get(left.feed_id)
            if feed is None or _moved_on(feed, left.streak):
                self.channels.release_feed_notice(
                    left.team_id, left.channel_id, left.feed_id, left.streak
                )
                continue
            recovered = left.streak.startswith(RECOVERED)
            notice = FeedNotice(left.team_id, left.channel_id, feed, left.streak, recovered)
            found.append((notice, left.claimed_at))
        return found

    def finish(self, notice: FeedNotice) -> None:
        """The notice is told (or refused for good): nobody takes it over."""
        self.channels.finish_feed_notice(
            notice.team_id, notice.channel_id, notice.feed.id, notice.streak
        )

    def release(self, notice: FeedNotice) -> None:
        """Posting the notice failed: a later run tries again."""
        self.channels.release_feed_notice(
            notice.team_id, notice.channel_id, notice.feed.id, notice.streak
        )


def _moved_on(feed: FeedStatus, streak: str) -> bool:
    """Whether the feed is no longer in the state a notice of `streak` tells."""
    if streak.startswith(RECOVERED):
        return feed.consecutive_failures > 0
    return streak_of(feed) != streak
