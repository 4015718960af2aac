"""The Slack jobs: post due digests and alerts, and cope with channels that refuse them;
tell channels about feeds that keep failing. Each goes out with its workspace's token."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from apscheduler.schedulers.base import BaseScheduler
from slack_sdk.errors import SlackApiError

from bot.answers import Deliveries, Delivery, FeedHealth
from bot.clock import utcnow
from bot.slack.blocks import (
    delivery_messages,
    feed_failing_message,
    feed_recovered_message,
    followup_message,
)
from bot.slack.clients import NotInstalled
from bot.slack.poster import PAUSING_ERRORS, Poster, error_of

log = logging.getLogger(__name__)

DIGEST_EVERY_SECONDS = 60
ALERTS_EVERY_SECONDS = 15


class SlackJobs:
    """Sends what `Deliveries` decides, through the `Poster`."""

    def __init__(
        self,
        deliveries: Deliveries,
        health: FeedHealth,
        poster: Poster,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.deliveries = deliveries
        self.health = health
        self.poster = poster
        self.clock = clock

    def digests(self, now: datetime | None = None) -> int:
        """Post every digest that is due; returns how many went out."""
        now = now or self.clock()
        return sum(self.send(d, now) is None for d in self.deliveries.due_digests(now))

    def alerts(self, now: datetime | None = None) -> int:
        """Post every alert batch that is ready; returns how many went out."""
        now = now or self.clock()
        return sum(self.send(d, now) is None for d in self.deliveries.due_alerts(now))

    def feed_notices(self, now: datetime | None = None) -> int:
        """Tell each channel a feed served, once, that it keeps failing (and once that it
        recovered); returns how many notices went out (one that could not be posted is
        retried next run, unless the channel refuses the bot)."""
        sent = 0
        for notice in self.health.due_notices(now or self.clock()):
            try:
                render = feed_recovered_message if notice.recovered else feed_failing_message
                self.poster.post(notice.team_id, notice.channel_id, render(notice.feed))
            except (SlackApiError, NotInstalled) as exc:
                error = error_of(exc)
                log.warning("feed notice to %s failed: %s", notice.channel_id, error)
                if error not in PAUSING_ERRORS | {NotInstalled.error}:
                    self.health.release(notice)
                continue
            sent += 1
        return sent

    def send(self, delivery: Delivery, now: datetime) -> str | None:
        """Post one delivery; returns None, or the Slack error that stopped it.

        When the channel cannot be posted to, its subscriptions are paused and each person
        who made one is told; when its workspace has no token (OAuth mode: not installed),
        they are paused until it installs the app; any other failure gives the articles back
        for the next run.
        """
        try:
            posted = self._post(delivery)
        except NotInstalled as exc:
            log.warning("workspace %s is not installed: pausing %s", exc, delivery.channel_id)
            self.deliveries.undeliverable(delivery, exc.error)
            return exc.error
        except SlackApiError as exc:
            error = error_of(exc)
            if error not in PAUSING_ERRORS:
                log.warning("posting to %s failed: %s", delivery.channel_id, error)
                self.deliveries.release(delivery)
                return error
            paused = self.deliveries.undeliverable(delivery, error)
            for user in dict.fromkeys(sub.created_by for sub in paused):
                labels = ", ".join(s.label for s in paused if s.created_by == user)
                self._tell(
                    delivery.team_id,
                    user,
                    f"I could not post in <#{delivery.channel_id}> (`{error}`), so its "
                    f"subscriptions are paused: {labels}. Invite me with `/invite @newsbot` "
                    "and `/subscribe` again there to resume.",
                )
            return error
        self.deliveries.delivered(delivery, posted, now)
        return None

    def _post(self, delivery: Delivery) -> dict[int, str]:
        """Post the new stories (nothing but follow-ups: no message of their own) and each
        follow-up in its story's thread; returns the ts each article went out under."""
        posted: dict[int, str] = {}
        team, channel = delivery.team_id, delivery.channel_id
        stories = delivery.listed
        if stories or not delivery.followups:
            ts = self.poster.post_all(team, channel, delivery_messages(delivery))
            posted.update({a.id: ts for story in stories for a in story.articles})
        for thread, story in delivery.followups:
            self.poster.post(team, channel, followup_message(story), thread_ts=thread)
            posted.update({a.id: thread for a in story.articles})
        return posted

    def _tell(self, team: str, user: str, text: str) -> None:
        try:
            self.poster.tell(team, user, text)
        except (SlackApiError, NotInstalled) as exc:
            log.warning("could not tell %s about a paused channel: %s", user, exc)

    def schedule(self, scheduler: BaseScheduler) -> None:
        """Add the digest and failing-feed (every minute) and alert (every 15 s) jobs to a
        scheduler."""
        for job, every in (
            (self.digests, DIGEST_EVERY_SECONDS),
            (self.alerts, ALERTS_EVERY_SECONDS),
            (self.feed_notices, DIGEST_EVERY_SECONDS),
        ):
            scheduler.add_job(
                job,
                "interval",
                seconds=every,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=every,
            )
