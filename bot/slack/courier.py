"""Exactly once in Slack: each delivery's messages posted in order, each carrying the
delivery id in its Slack message metadata, each ts recorded after it is posted; a delivery
whose process died is taken over when its lease runs out, and the message that was in
flight is looked up in the channel (`conversations.history`, or `conversations.replies`
in a thread, with `include_all_metadata`): recorded if it arrived, posted if not. A post
whose answer is lost (the connection broke or timed out) is looked up the same way before
it is posted again. A part that updates a story's post (chat.update) is made again when in
doubt: an update repeated shows the same.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.clock import utcnow
from bot.slack.blocks import Message, with_story
from bot.slack.clients import LOST_ANSWER, NotInstalled
from bot.slack.poster import Poster, error_of, retry_after
from bot.storage import DeliveryLog, Intent, Part

log = logging.getLogger(__name__)

EVENT_TYPE = "newsbot_delivery"
"""The metadata event type of every message a delivery posts."""
CLOCK_MARGIN = timedelta(minutes=1)
"""Looked back before a delivery's intent, for a Slack clock a little behind ours."""
PAGE = 100
ATTEMPTS = 6
"""Posts of one part, at most, when answers are lost or the rate is limited; then the error
is raised and the delivery left for recovery."""
GONE = frozenset({"message_not_found", "cant_update_message", "edit_window_closed"})
"""chat.update errors meaning the story's post cannot be updated any more (deleted, or no
longer editable): its thread is still told."""


def process_name() -> str:
    """Who holds a lease: host, process id and a random part (a restarted pid differs)."""
    return f"{socket.gethostname()[:50]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def metadata_of(intent: Intent, index: int) -> dict[str, Any]:
    """The Slack message metadata of part `index` of a delivery."""
    return {"event_type": EVENT_TYPE, "event_payload": {"delivery_id": intent.id, "part": index}}


class Courier:
    """Posts deliveries through the `Poster`, keeping the `DeliveryLog` true."""

    def __init__(
        self,
        deliveries: DeliveryLog,
        poster: Poster,
        owner: str | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.log = deliveries
        self.poster = poster
        self.owner = owner or process_name()
        self.sleep = sleep

    def begin(
        self, team: str, channel: str, slot: str | None, parts: Sequence[Part], now: datetime
    ) -> Intent:
        """Write a delivery's intent (before anything of it is posted)."""
        intent = Intent(str(uuid.uuid4()), team, channel, slot, utcnow(), list(parts))
        self.log.begin(intent, self.owner, now)
        return intent

    def post_rest(
        self,
        intent: Intent,
        now: Callable[[], datetime],
        stopping: threading.Event | None = None,
    ) -> bool:
        """Post the parts not posted yet, renewing the lease before and recording each after;
        False when another process took the delivery over meanwhile (this one was too slow,
        say its deliveries queued longer than a lease: it stops before posting), or when
        `stopping` is set (the rest is left for recovery). Raises SlackApiError or
        NotInstalled, or one of LOST_ANSWER when a part's answers keep being lost."""
        tries = 0  # of the part being posted
        while not intent.finished:
            if stopping is not None and stopping.is_set():
                return False
            if not self.log.hold(intent, self.owner, now()):
                log.warning("delivery %s was taken over by another process", intent.id)
                return False
            part = intent.parts[len(intent.posted)]
            shown = None
            if part.edits is not None:
                ts, shown = part.edits, self.edit(intent, part.edits, part.blocks)
            else:
                tries += 1
                found = self._post(intent, part, tries)
                if found is None:
                    continue  # held again, then posted again
                ts = found
            tries = 0
            if not self.log.record(intent, ts, self.owner, now(), shown):
                log.warning("delivery %s was taken over by another process", intent.id)
                return False
        return True

    def _post(self, intent: Intent, part: Part, tries: int) -> str | None:
        """Post the delivery's next part (its `tries`-th attempt); its ts, or None when it is
        to be posted again: its answer was lost and it is not in the channel, or Slack
        limited the rate (after waiting Retry-After here, with no lease running out in a
        client's sleep). Raises when that has happened ATTEMPTS times."""
        index = len(intent.posted)
        try:
            return self.poster.post(
                intent.team_id,
                intent.channel_id,
                Message(part.text, part.blocks),
                thread_ts=intent.thread_of(part),
                metadata=metadata_of(intent, index),
            )
        except SlackApiError as exc:
            if error_of(exc) != "ratelimited" or tries >= ATTEMPTS:
                raise
            wait = retry_after(exc)
            log.warning("delivery %s: rate limited, part %d waits %d s", intent.id, index, wait)
            self.sleep(wait)
            return None
        except LOST_ANSWER as exc:
            found = self.find_posted(intent)
            if found is None and tries >= ATTEMPTS:
                raise
            arrived = "had reached Slack" if found else "is posted again"
            log.warning(
                "delivery %s: part %d's answer lost (%s); it %s", intent.id, index, exc, arrived
            )
            return found

    def edit(
        self, intent: Intent, ts: str, story: list[dict[str, Any]]
    ) -> tuple[str, list[dict[str, Any]]] | None:
        """Replace one story's blocks in the message `ts` as last posted (chat.update; made
        again as it is if in doubt: the same update twice shows the same); returns the
        message's text and blocks now, None when the message was not kept (posted before
        updates) or is gone from Slack."""
        kept = self.log.message(intent.team_id, intent.channel_id, ts)
        if kept is None:
            return None
        text, blocks = kept
        updated = with_story(blocks, story)
        try:
            self.poster.update(intent.team_id, intent.channel_id, ts, Message(text, updated))
        except SlackApiError as exc:
            if error_of(exc) not in GONE:
                raise
            log.warning("story post %s in %s not updated: %s", ts, intent.channel_id, error_of(exc))
            return None
        return text, updated

    def abandon(self, intent: Intent) -> None:
        """Forget a delivery none of whose messages went out."""
        self.log.abandon(intent)

    def recover(self, now: datetime) -> int:
        """Finish every delivery whose process died; returns how many were finished."""
        finished = 0
        start = utcnow()

        def elapsed() -> datetime:
            return now + (utcnow() - start)

        for intent in self.log.take_over(self.owner, now):
            try:
                index = len(intent.posted)
                found = self.find_posted(intent)
                log.warning(
                    "finishing delivery %s to %s: part %d of %d %s",
                    intent.id,
                    intent.channel_id,
                    index + 1,
                    len(intent.parts),
                    "had reached Slack" if found else "had not reached Slack",
                )
                if found is not None and not self.log.record(intent, found, self.owner, now):
                    continue
                finished += self.post_rest(intent, elapsed)
            except (SlackApiError, NotInstalled, *LOST_ANSWER) as exc:
                log.warning("could not finish delivery %s yet: %s", intent.id, exc)
        return finished

    def find_posted(self, intent: Intent) -> str | None:
        """The ts of the delivery's next part if it reached Slack (its process died between
        the post and the record), else None."""
        index = len(intent.posted)
        if intent.parts[index].edits is not None:
            return None  # an update: made again
        client = self.poster.clients.for_team(intent.team_id)
        metadata = metadata_of(intent, index)
        thread = intent.thread_of(intent.parts[index])
        return posted_with(client, intent.channel_id, metadata, intent.intent_at, thread)


def posted_with(
    client: WebClient,
    channel: str,
    metadata: dict[str, Any],
    since: datetime,
    thread: str | None = None,
) -> str | None:
    """The ts of a message carrying this Slack `metadata` posted in the channel (or in the
    thread `thread`) since `since`, less CLOCK_MARGIN; None when there is none."""
    oldest = f"{(since - CLOCK_MARGIN).timestamp():.6f}"
    for message in _messages(client, channel, thread, oldest):
        found = message.get("metadata") or {}
        if (found.get("event_type"), found.get("event_payload")) == (
            metadata["event_type"],
            metadata["event_payload"],
        ):
            return str(message["ts"])
    return None


def _messages(
    client: WebClient, channel: str, thread: str | None, oldest: str
) -> list[dict[str, Any]]:
    """The channel's messages since `oldest` (or the thread's), with their metadata."""
    found: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        options: dict[str, Any] = {
            "channel": channel,
            "oldest": oldest,
            "include_all_metadata": True,
            "limit": PAGE,
        }
        if cursor:
            options["cursor"] = cursor
        if thread is None:
            response = client.conversations_history(**options)
        else:
            response = client.conversations_replies(ts=thread, **options)
        found.extend(response.get("messages") or [])
        cursor = (response.get("response_metadata") or {}).get("next_cursor")
        if not response.get("has_more") or not cursor:
            return found
