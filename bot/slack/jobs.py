"""The Slack jobs: post due digests and alerts, and cope with channels that refuse them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from apscheduler.schedulers.base import BaseScheduler
from slack_sdk.errors import SlackApiError

from bot.delivery import Deliveries, Delivery
from bot.slack.blocks import delivery_messages
from bot.slack.poster import PAUSING_ERRORS, Poster
from bot.storage.schema import utcnow

log = logging.getLogger(__name__)

DIGEST_EVERY_SECONDS = 60
ALERTS_EVERY_SECONDS = 15


class SlackJobs:
    """Sends what `Deliveries` decides, through the `Poster`."""

    def __init__(
        self, deliveries: Deliveries, poster: Poster, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.deliveries = deliveries
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

    def send(self, delivery: Delivery, now: datetime) -> str | None:
        """Post one delivery; returns None, or the Slack error that stopped it.

        When the channel cannot be posted to, its subscriptions are paused and each person
        who made one is told; any other failure gives the articles back for the next run.
        """
        try:
            ts = self.poster.post_all(delivery.channel_id, delivery_messages(delivery))
        except SlackApiError as exc:
            error = str(exc.response.get("error", "unknown_error"))
            if error not in PAUSING_ERRORS:
                log.warning("posting to %s failed: %s", delivery.channel_id, error)
                self.deliveries.release(delivery)
                return error
            paused = self.deliveries.undeliverable(delivery, error)
            for user in dict.fromkeys(sub.created_by for sub in paused):
                labels = ", ".join(s.label for s in paused if s.created_by == user)
                self._tell(
                    user,
                    f"I could not post in <#{delivery.channel_id}> (`{error}`), so its "
                    f"subscriptions are paused: {labels}. Invite me with `/invite @newsbot` "
                    "and `/subscribe` again there to resume.",
                )
            return error
        self.deliveries.delivered(delivery, {a.id: ts for a in delivery.articles}, now)
        return None

    def _tell(self, user: str, text: str) -> None:
        try:
            self.poster.tell(user, text)
        except SlackApiError as exc:
            log.warning("could not tell %s about a paused channel: %s", user, exc)

    def schedule(self, scheduler: BaseScheduler) -> None:
        """Add the digest (every minute) and alert (every 15 s) jobs to a scheduler."""
        for job, every in (
            (self.digests, DIGEST_EVERY_SECONDS),
            (self.alerts, ALERTS_EVERY_SECONDS),
        ):
            scheduler.add_job(
                job,
                "interval",
                seconds=every,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=every,
            )
