"""`/subscriptions`: what the channel follows, each with a Remove button."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, team_of


def register(app: App, bot: SlackBot) -> None:
    """Answer /subscriptions."""

    def subscriptions(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        channel = command["channel_id"]
        subs = bot.channels.subscriptions(team_of(context, command), [channel])
        answer(respond, blocks.subscriptions_message(subs, channel))

    app.command("/subscriptions")(ack=ack_now, lazy=[subscriptions])
