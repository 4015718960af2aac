"""App Home as one user sees it: the subscriptions, time zones and mutes of the channels they
are in, and the feeds' health; published on opening and after each of its buttons."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient

from bot.slack.blocks import home_view
from bot.slack.bot import SlackBot


def publish_home(bot: SlackBot, client: WebClient, team: str, user: str) -> None:
    """Publish `user`'s App Home (`users.conversations` says which channels are theirs)."""
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
    subs = bot.channels.subscriptions(team, channels)
    now = bot.clock()
    settings = {
        channel: (bot.channels.prefs(team, channel), bot.channels.mutes(team, channel, now))
        for channel in dict.fromkeys(s.channel_id for s in subs)
    }
    client.views_publish(user_id=user, view=home_view(subs, bot.store.list_feeds(), settings))
