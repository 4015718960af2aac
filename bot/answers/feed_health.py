"""Failing feeds: which channels to tell, once per failure streak.

Every channel depends on every feed (a digest matches articles from all of them), so when a
feed's consecutive failures reach the threshold, each channel with active subscriptions is
told once. A streak is known by the feed's last success before it: after the feed recovers,
a new streak brings a new notice. Notices are claimed in the database first, so two
processes (or a restart) never tell a channel twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.records import FeedStatus
from bot.storage import ChannelStore, Store


@dataclass(frozen=True)
class FeedNotice:
    """One channel to tell about one failing feed."""

    team_id: str
    channel_id: str
    feed: FeedStatus
    streak: str


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

    def due_notices(self, now: datetime) -> list[FeedNotice]:
        """Claim a notice for each channel not yet told of each feed's current streak."""
        failing = [f for f in self.store.list_feeds() if f.consecutive_failures >= self.threshold]
        if not failing:
            return []
        subs = self.channels.active_subscriptions()
        targets = list(dict.fromkeys((s.team_id, s.channel_id) for s in subs))
        return [
            FeedNotice(team, channel, feed, streak_of(feed))
            for feed in failing
            for team, channel in self.channels.claim_feed_notices(
                feed.id, streak_of(feed), targets, now
            )
        ]

    def release(self, notice: FeedNotice) -> None:
        """Posting the notice failed: a later run tries again."""
        self.channels.release_feed_notice(
            notice.team_id, notice.channel_id, notice.feed.id, notice.streak
        )
