"""Remove, under `/subscriptions`: the channel stops following it."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_channel, action_value
from bot.slack.listeners.common import ack_now, answer, team_of


def register(app: App, bot: SlackBot) -> None:
    """Handle remove_subscription."""

    def remove_subscription(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        team = team_of(context, body)
        removed = bot.channels.remove(team, int(action_value(body)))
        channel = removed.channel_id if removed else action_channel(body)
        if channel is None:
            return
        subs = bot.channels.subscriptions(team, [channel])
        answer(respond, blocks.subscriptions_message(subs, channel), replace_original=True)

    app.action("remove_subscription")(ack=ack_now, lazy=[remove_subscription])
