"""App Home: the subscriptions of the user's channels and the feeds' health."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.bot import SlackBot
from bot.slack.listeners.home_tab import publish_home


def register(app: App, bot: SlackBot) -> None:
    """app_home_opened."""

    @app.event("app_home_opened")
    def home(event: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        publish_home(bot, client, context.team_id or "", event["user"])
