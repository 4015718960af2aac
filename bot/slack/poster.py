"""Posting deliveries: paced per channel, overflow folded into a thread, each with the
client of the channel's workspace.

Rate limits (429) are the WebClient's retry handlers' business (they honour Retry-After),
except for posts, which the client never repeats (`clients.ONCE_ONLY`): a post's 429 or
lost answer reaches the caller, as do errors that mean the bot cannot post in a channel.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from slack_sdk.errors import SlackApiError

from bot import metrics
from bot.slack.blocks import Message
from bot.slack.clients import NotInstalled, WorkspaceClients

PAUSING_ERRORS = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
"""Slack errors after which a channel's subscriptions are paused."""


def error_of(exc: SlackApiError | NotInstalled) -> str:
    """The Slack error code of a failed call ("not_installed": no token for the workspace)."""
    if isinstance(exc, NotInstalled):
        return exc.error
    return str(exc.response.get("error", "unknown_error"))


def retry_after(exc: SlackApiError) -> int:
    """The seconds a 429 says to wait (1 when it does not say)."""
    headers = {k.lower(): v for k, v in (exc.response.headers or {}).items()}
    value = headers.get("retry-after", "1")
    value = value[0] if isinstance(value, list) else value
    return int(value) if str(value).isdigit() else 1


class Poster:
    """Posts messages, keeping to about one message per second per channel."""

    def __init__(
        self,
        clients: WorkspaceClients,
        pace_seconds: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.clients = clients
        self.pace_seconds = pace_seconds
        self._sleep = sleep
        self._clock = clock
        self._last: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()

    def _wait_turn(self, team: str, channel: str) -> None:
        key = (team, channel)
        with self._lock:
            now = self._clock()
            turn = max(now, self._last.get(key, now - self.pace_seconds) + self.pace_seconds)
            self._last[key] = turn
        if turn > now:
            self._sleep(turn - now)

    def post(
        self,
        team: str,
        channel: str,
        message: Message,
        thread_ts: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> str:
        """Post one message (links not unfurled, with Slack message `metadata` if given) in
        a channel of workspace `team`; returns its ts. Raises SlackApiError (a 429 too),
        NotInstalled, or OSError or HTTPException when the answer was lost."""
        client = self.clients.for_team(team)
        self._wait_turn(team, channel)
        try:
            response = client.chat_postMessage(
                channel=channel,
                text=message.text,
                blocks=message.blocks,
                thread_ts=thread_ts,
                unfurl_links=False,
                unfurl_media=False,
                metadata=metadata,
            )
        except SlackApiError as exc:
            metrics.SLACK_ERRORS.labels(str(exc.response.get("error", "unknown"))).inc()
            raise
        metrics.SLACK_POSTS.inc()
        return str(response["ts"])

    def update(self, team: str, channel: str, ts: str, message: Message) -> None:
        """Replace the text and blocks of the message `ts` in a channel of workspace `team`
        (its metadata stays). Raises SlackApiError, or NotInstalled."""
        client = self.clients.for_team(team)
        self._wait_turn(team, channel)
        try:
            client.chat_update(channel=channel, ts=ts, text=message.text, blocks=message.blocks)
        except SlackApiError as exc:
            metrics.SLACK_ERRORS.labels(str(exc.response.get("error", "unknown"))).inc()
            raise

    def tell(self, team: str, user_id: str, text: str) -> None:
        """A direct message to one person of workspace `team` (from the app's DM)."""
        client = self.clients.for_team(team)
        client.chat_postMessage(channel=user_id, text=text, unfurl_links=False)
