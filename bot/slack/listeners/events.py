"""Events: App Home shows the user's channels' subscriptions and the feeds' health; an
uninstall (or revoked bot token) forgets the workspace's tokens and pauses its
subscriptions."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext
from slack_bolt.listener.builtins import TokenRevocationListeners
from slack_sdk import WebClient

from bot.slack.blocks import home_view
from bot.slack.bot import SlackBot
from bot.slack.oauth import TOKENS_REVOKED, UNINSTALLED

log = logging.getLogger(__name__)


def register(app: App, bot: SlackBot) -> None:
    """app_home_opened, app_uninstalled and tokens_revoked."""
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

    @app.event("app_home_opened")
    def home(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        user = event["user"]
        channels: list[str] = []
        cursor = None
        while True:
            page = client.users_conversations(
                user=user, types="public_channel,private_channel", limit=200, cursor=cursor
            )
            data: dict[str, Any] = page.data if isinstance(page.data, dict) else {}
            channels += [c["id"] for c in data.get("channels", [])]
            cursor = data.get("response_metadata", {}).get("next_cursor")
            if not cursor:
                break
        subs = bot.channels.subscriptions(context.team_id or "", channels)
        client.views_publish(user_id=user, view=home_view(subs, bot.store.list_feeds()))
