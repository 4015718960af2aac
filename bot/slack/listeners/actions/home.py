"""App Home's buttons: Remove a subscription, Lift a mute; the Home is published again."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_value
from bot.slack.listeners.common import ack_now, team_of
from bot.slack.listeners.home_tab import publish_home


def register(app: App, bot: SlackBot) -> None:
    """Handle home_remove_subscription and home_lift_mute."""

    def remove(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        team = team_of(context, body)
        bot.channels.remove(team, int(action_value(body)))
        publish_home(bot, client, team, body["user"]["id"])

    def lift(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        team = team_of(context, body)
        mute = json.loads(action_value(body))
        bot.channels.unmute(team, str(mute["c"]), str(mute["k"]), str(mute["t"]))
        publish_home(bot, client, team, body["user"]["id"])

    app.action("home_remove_subscription")(ack=ack_now, lazy=[remove])
    app.action("home_lift_mute")(ack=ack_now, lazy=[lift])
