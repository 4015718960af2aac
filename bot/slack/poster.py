"""Posting deliveries: paced per channel, overflow folded into a thread.

Rate limits (429) are the WebClient's retry handlers' business (they honour Retry-After);
errors that mean the bot cannot post in a channel at all are reported to the caller.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import metrics
from bot.slack.blocks import Message

PAUSING_ERRORS = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
"""Slack errors after which a channel's subscriptions are paused."""


class Poster:
    """Posts messages, keeping to about one message per second per channel."""

    def __init__(
        self,
        client: WebClient,
        pace_seconds: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.pace_seconds = pace_seconds
        self._sleep = sleep
        self._clock = clock
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def _wait_turn(self, channel: str) -> None:
        with self._lock:
            now = self._clock()
            turn = max(now, self._last.get(channel, now - self.pace_seconds) + self.pace_seconds)
            self._last[channel] = turn
        if turn > now:
            self._sleep(turn - now)

    def post(self, channel: str, message: Message, thread_ts: str | None = None) -> str:
        """Post one message (links not unfurled); returns its ts. Raises SlackApiError."""
        self._wait_turn(channel)
        try:
            response = self.client.chat_postMessage(
                channel=channel,
                text=message.text,
                blocks=message.blocks,
                thread_ts=thread_ts,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            metrics.SLACK_ERRORS.labels(str(exc.response.get("error", "unknown"))).inc()
            raise
        metrics.SLACK_POSTS.inc()
        return str(response["ts"])

    def post_all(self, channel: str, messages: Sequence[Message]) -> str:
        """Post the first message, the rest in its thread; returns the first one's ts."""
        ts = self.post(channel, messages[0])
        for message in messages[1:]:
            self.post(channel, message, thread_ts=ts)
        return ts

    def tell(self, user_id: str, text: str) -> None:
        """A direct message to one person (from the app's DM)."""
        self.client.chat_postMessage(channel=user_id, text=text, unfurl_links=False)
