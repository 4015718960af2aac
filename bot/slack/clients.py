"""Which WebClient speaks for a workspace: the one bot token, or the workspace's own.

With SLACK_BOT_TOKEN (one workspace) every post goes through the same client. In OAuth mode
each workspace's bot token is read from the installation store at each delivery, so an
uninstall or a re-install takes effect at once; the clients themselves are kept, one per
workspace, and replaced when its token changes.
"""

from __future__ import annotations

import threading
from http.client import HTTPException
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.http_retry import HttpRequest, HttpResponse, RetryHandler, RetryState
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)
from slack_sdk.oauth.installation_store import InstallationStore

ONCE_ONLY = frozenset({"chat.postMessage"})
"""Web API methods slack_sdk never repeats by itself. After a connection error the answer
may have been lost after Slack posted the message, and a repeat posts it twice; after a 429
its sleep could outlast a delivery's lease. The courier repeats them itself: after looking
in the channel, or after the wait, holding the lease again (`Courier.post_rest`)."""
LOST_ANSWER = (OSError, HTTPException)
"""What a call raises when Slack's answer never came (connection reset, closed or timed
out): a post may have reached the channel all the same."""
ANSWER_TIMEOUT = 10
"""Seconds a call waits for Slack's answer: well within a delivery's lease (30 s), so a
post cut short by a slow answer is over before another process may take the delivery over."""


class _OnceOnlyNotRepeated(RetryHandler):
    """A retry handler that never repeats a call to a method in ONCE_ONLY (put it before
    the handler it restricts among the bases)."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        if urlsplit(request.url).path.rsplit("/", 1)[-1] in ONCE_ONLY:
            return False
        return super()._can_retry(state=state, request=request, response=response, error=error)


class Reconnecting(_OnceOnlyNotRepeated, ConnectionErrorRetryHandler):
    """Repeats a call after a connection error (reset, refused, DNS), except a post."""


class Waiting(_OnceOnlyNotRepeated, RateLimitErrorRetryHandler):
    """Repeats a call after its 429's Retry-After, except a post."""


def retry_handlers() -> list[RetryHandler]:
    """What every WebClient of newsbot's repeats by itself: calls after a network error or a
    429, except posts."""
    return [Reconnecting(max_retry_count=3), Waiting(max_retry_count=5)]


class NotInstalled(Exception):
    """No bot token is stored for the workspace (never installed, or uninstalled)."""

    error = "not_installed"


class WorkspaceClients:
    """The WebClient to call Slack with on behalf of each workspace (team)."""

    def __init__(self, base: WebClient, installations: InstallationStore | None = None) -> None:
        """`base` carries the API URL and retry handlers (and the token, without
        `installations`); with `installations`, each workspace's client is a copy of it
        holding that workspace's bot token."""
        self.base = base
        self.installations = installations
        self._clients: dict[str, WebClient] = {}
        self._lock = threading.Lock()

    def for_team(self, team_id: str) -> WebClient:
        """The client for `team_id`. Raises NotInstalled when OAuth mode has no token for it."""
        if self.installations is None:
            return self.base
        bot = self.installations.find_bot(enterprise_id=None, team_id=team_id)
        if bot is None or not bot.bot_token:
            raise NotInstalled(team_id)
        with self._lock:
            client = self._clients.get(team_id)
            if client is None or client.token != bot.bot_token:
                client = self._clients[team_id] = self._with_token(bot.bot_token)
        return client

    def _with_token(self, token: str) -> WebClient:
        base = self.base
        return WebClient(
            token=token,
            base_url=base.base_url,
            timeout=base.timeout,
            ssl=base.ssl,
            proxy=base.proxy,
            headers=base.headers,
            logger=base.logger,
            retry_handlers=list(base.retry_handlers),
        )
