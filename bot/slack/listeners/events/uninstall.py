"""An uninstall (or a revoked bot token) forgets the workspace's tokens and pauses its
subscriptions; installing again resumes them."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.listener.builtins import TokenRevocationListeners

from bot.slack.bot import SlackBot
from bot.slack.oauth import TOKENS_REVOKED, UNINSTALLED

log = logging.getLogger(__name__)


def register(app: App, bot: SlackBot) -> None:
    """app_uninstalled and tokens_revoked."""
    revocation = (
        None if app.installation_store is None else TokenRevocationListeners(app.installation_store)
    )

    def pause(team: str | None, reason: str) -> None:
        paused = bot.channels.pause_team(team or "", reason)
        log.info("%s in workspace %s: %d subscriptions paused", reason, team, len(paused))

    @app.event(UNINSTALLED)
    def uninstalled(context: BoltContext) -> None:
        if revocation is not None:
            revocation.handle_app_uninstalled_events(context)
        pause(context.team_id, UNINSTALLED)

    @app.event(TOKENS_REVOKED)
    def revoked(event: dict[str, Any], context: BoltContext) -> None:
        if revocation is not None:
            revocation.handle_tokens_revoked_events(event, context)
        if event.get("tokens", {}).get("bot"):
            pause(context.team_id, TOKENS_REVOKED)
