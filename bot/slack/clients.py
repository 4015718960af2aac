"""Which WebClient speaks for a workspace: the one bot token, or the workspace's own.

With SLACK_BOT_TOKEN (one workspace) every post goes through the same client. In OAuth mode
each workspace's bot token is read from the installation store at each delivery, so an
uninstall or a re-install takes effect at once; the clients themselves are kept, one per
workspace, and replaced when its token changes.
"""

from __future__ import annotations

import threading

from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import InstallationStore


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
