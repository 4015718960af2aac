"""The Slack jobs: post due digests and alerts, and cope with channels that refuse them;
tell channels about feeds that keep failing. Each goes out with its workspace's token."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from apscheduler.schedulers.base import BaseScheduler
from slack_sdk.errors import SlackApiError

from bot.answers import Deliveries, Delivery, FeedHealth, FeedNotice
from bot.clock import utcnow
from bot.slack.blocks import (
    delivery_messages,
    feed_failing_message,
    feed_recovered_message,
    followup_message,
    paused_because,
    story_blocks,
    story_leads,
)
from bot.slack.clients import LOST_ANSWER, NotInstalled
from bot.slack.courier import Courier, posted_with
from bot.slack.poster import PAUSING_ERRORS, Poster, error_of
from bot.storage import Intent, Part

log = logging.getLogger(__name__)

DIGEST_EVERY_SECONDS = 60
ALERTS_EVERY_SECONDS = 15
RECOVER_EVERY_SECONDS = 10
NOTICE_EVENT_TYPE = "newsbot_feed_notice"
"""The metadata event type of a feed notice."""


def notice_metadata(notice: FeedNotice) -> dict[str, Any]:
    """The Slack message metadata of a feed notice: which feed, streak and kind it tells,
    so that a notice whose answer was lost can be found in its channel."""
    payload = {"feed_id": notice.feed.id, "streak": notice.streak, "recovered": notice.recovered}
    return {"event_type": NOTICE_EVENT_TYPE, "event_payload": payload}


def delivery_parts(delivery: Delivery) -> list[Part]:
    """A delivery as the messages to post: the new stories (nothing but follow-ups: no
    message of their own), their overflow in the first one's thread, each with the stories
    it leads and their articles; then for each follow-up, its post updated in place and a
    reply in its thread saying what changed."""
    parts: list[Part] = []
    stories = delivery.listed
    if stories or not delivery.followups:
        articles_of = {story.lead.id: tuple(a.id for a in story.articles) for story in stories}
        for index, message in enumerate(delivery_messages(delivery)):
            leads = tuple(story_leads(message.blocks))
            shown = tuple(a for lead in leads for a in articles_of.get(lead, ()))
            thread = None if index == 0 else "first"
            parts.append(Part(message.text, message.blocks, thread, shown, leads))
    for followup in delivery.followups:
        updated = followup.updated
        if updated is not None:
            distance = delivery.distance(updated)
            near = "" if distance is None else distance.label
            blocks = story_blocks(
                updated, followed=delivery.followed, near=near, places=delivery.places
            )
            parts.append(Part(updated.headline.title, blocks, edits=followup.post.message))
        reply = followup_message(followup)
        shown = tuple(a.id for a in followup.story.articles)
        parts.append(Part(reply.text, reply.blocks, followup.post.thread, shown))
    return parts


class SlackJobs:
    """Sends what `Deliveries` decides, through the `Poster`."""

    def __init__(
        self,
        deliveries: Deliveries,
        health: FeedHealth,
        poster: Poster,
        courier: Courier,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.deliveries = deliveries
        self.health = health
        self.poster = poster
        self.courier = courier
        self.clock = clock
        self.stopping = threading.Event()
        """Set when the process is stopping: no new message is started."""

    def digests(self, now: datetime | None = None) -> int:
        """Post every digest that is due; returns how many went out."""
        now = now or self.clock()
        since = self._since(now)
        return self._send_all(self.deliveries.due_digests(now), since)

    def alerts(self, now: datetime | None = None) -> int:
        """Post every alert batch that is ready; returns how many went out."""
        now = now or self.clock()
        since = self._since(now)
        return self._send_all(self.deliveries.due_alerts(now), since)

    def feed_notices(self, now: datetime | None = None) -> int:
        """Tell each channel a feed served, once, that it keeps failing (and once that it
        recovered); returns how many notices went out. Each carries its feed and streak in
        its metadata. One whose answer was lost is looked for in the channel: told again
        next run only when it is not there (as one Slack refused, unless the channel
        refuses the bot), and left to be looked for again when the channel cannot be read.
        One a dead process claimed and never finished is looked for, then told if absent."""
        now = now or self.clock()
        sent = 0
        for notice in self.health.due_notices(now):
            sent += self._tell_notice(notice, now)
        # after the new claims: a claim knows its rows by their time, which a takeover sets
        for notice, claimed_at in self.health.unfinished(now):
            arrived = self._arrived(notice, notice_metadata(notice), claimed_at)
            if arrived:
                self.health.finish(notice)
            elif arrived is False:
                sent += self._tell_notice(notice, now)
        return sent

    def _tell_notice(self, notice: FeedNotice, now: datetime) -> bool:
        """Post one claimed notice; whether it went out."""
        render = feed_recovered_message if notice.recovered else feed_failing_message
        metadata = notice_metadata(notice)
        try:
            self.poster.post(
                notice.team_id, notice.channel_id, render(notice.feed), metadata=metadata
            )
        except LOST_ANSWER as exc:
            arrived = self._arrived(notice, metadata, now)
            if arrived:
                self.health.finish(notice)
                return True
            log.warning("feed notice to %s: no answer (%s)", notice.channel_id, exc)
            if arrived is False:
                self.health.release(notice)  # not there: told again next run
            return False
        except (SlackApiError, NotInstalled) as exc:
            error = error_of(exc)
            log.warning("feed notice to %s failed: %s", notice.channel_id, error)
            if error in PAUSING_ERRORS | {NotInstalled.error}:
                self.health.finish(notice)  # the channel refuses the bot: not told, ever
            else:
                self.health.release(notice)
            return False
        self.health.finish(notice)
        return True

    def _arrived(
        self, notice: FeedNotice, metadata: dict[str, Any], since: datetime
    ) -> bool | None:
        """Whether a notice is in its channel since `since` (Slack made the post); None when
        the channel cannot be read now."""
        try:
            client = self.poster.clients.for_team(notice.team_id)
            return posted_with(client, notice.channel_id, metadata, since) is not None
        except (SlackApiError, NotInstalled, *LOST_ANSWER) as exc:
            log.warning("could not look for a feed notice in %s: %s", notice.channel_id, exc)
            return None

    def send(self, delivery: Delivery, now: datetime) -> str | None:
        """Post one delivery; returns None, or the Slack error that stopped it.

        Its intent is written first and each message's ts after it is posted
        (`Courier`), so a crash at any point leaves it to be finished exactly once. When
        the channel cannot be posted to, its subscriptions are paused and each person who
        made one is told; when its workspace has no token (OAuth mode: not installed), they
        are paused until it installs the app; any other failure of the first message gives
        the articles back for the next run (of a later one: the delivery is finished by
        `recover` once its lease runs out).
        """
        return self._post(delivery, self._begin(delivery, now), self._since(now))

    def _send_all(self, found: list[Delivery], now: Callable[[], datetime]) -> int:
        """Write every intent, then post them one by one; when the process is stopping,
        those not posted yet are left to `recover` (here or in another process). `now` is
        the job's clock, running from when the job started: finding the deliveries may take
        longer than a lease, and every lease written or renewed must run from the time it
        really is (else another process takes a delivery over while it is being posted)."""
        begun = [(delivery, self._begin(delivery, now())) for delivery in found]
        sent = 0
        for delivery, intent in begun:
            if self.stopping.is_set():
                log.info("stopping: %d deliveries left for recovery", len(begun) - sent)
                break
            sent += self._post(delivery, intent, now) is None
        return sent

    def _begin(self, delivery: Delivery, now: datetime) -> Intent:
        parts = delivery_parts(delivery)
        return self.courier.begin(delivery.team_id, delivery.channel_id, delivery.slot, parts, now)

    def _since(self, now: datetime) -> Callable[[], datetime]:
        """`now`, moving on with this process's clock: every lease renewed while the
        deliveries written at `now` are posted one after the other runs from the time it
        really is (renewed from `now` plus the time of one delivery alone, the later ones of
        a long run were taken over by another process and posted twice)."""
        start = self.clock()
        return lambda: now + (self.clock() - start)

    def _post(self, delivery: Delivery, intent: Intent, now: Callable[[], datetime]) -> str | None:
        try:
            self.courier.post_rest(intent, now, self.stopping)
        except LOST_ANSWER as exc:
            log.warning(
                "delivery %s: Slack does not answer (%s), left for recovery", intent.id, exc
            )
            return "no_answer"
        except (NotInstalled, SlackApiError) as exc:
            error = error_of(exc)
            if intent.posted:
                log.warning("delivery %s to %s stopped: %s", intent.id, delivery.channel_id, error)
                return error
            self.courier.abandon(intent)
            return self._refused(delivery, exc)
        return None

    def recover(self, now: datetime | None = None) -> int:
        """Finish the deliveries of processes that died; returns how many."""
        return self.courier.recover(now or self.clock())

    def _refused(self, delivery: Delivery, exc: NotInstalled | SlackApiError) -> str:
        """Slack refused a delivery's first message: pause, or give the articles back."""
        if isinstance(exc, NotInstalled):
            log.warning("workspace %s is not installed: pausing %s", exc, delivery.channel_id)
            self.deliveries.undeliverable(delivery, exc.error)
            return exc.error
        error = error_of(exc)
        if error not in PAUSING_ERRORS:
            log.warning("posting to %s failed: %s", delivery.channel_id, error)
            self.deliveries.release(delivery)
            return error
        paused = self.deliveries.undeliverable(delivery, error)
        for user in dict.fromkeys(sub.created_by for sub in paused):
            labels = ", ".join(s.title for s in paused if s.created_by == user)
            self._tell(
                delivery.team_id,
                user,
                f"I could not post in <#{delivery.channel_id}>: {paused_because(error)}, so its "
                f"subscriptions are paused: {labels}. Invite me with `/invite @newsbot` "
                "and `/subscribe` again there to resume.",
            )
        return error

    def _tell(self, team: str, user: str, text: str) -> None:
        try:
            self.poster.tell(team, user, text)
        except (SlackApiError, NotInstalled, *LOST_ANSWER) as exc:
            log.warning("could not tell %s about a paused channel: %s", user, exc)

    def schedule(self, scheduler: BaseScheduler) -> None:
        """Add the digest and failing-feed (every minute), alert (every 15 s) and recovery
        (at once, then every 10 s) jobs to a scheduler."""
        scheduler.add_job(
            self.recover,
            "interval",
            seconds=RECOVER_EVERY_SECONDS,
            next_run_time=datetime.now(UTC),
            max_instances=1,
            coalesce=True,
            misfire_grace_time=RECOVER_EVERY_SECONDS,
        )
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
