"""App Home: the subscriptions of the user's channels and the feeds' health."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.blocks import home_view
from bot.slack.bot import SlackBot


def register(app: App, bot: SlackBot) -> None:
    """app_home_opened."""

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
