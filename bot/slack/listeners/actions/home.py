"""App Home's buttons: Remove a subscription, Lift a mute (the Home is published again), and
Change time zone (a modal asks for it: `bot.slack.listeners.views.home_timezone`)."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.blocks import timezone_modal
from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_value
from bot.slack.listeners.common import ack_now, team_of
from bot.slack.listeners.home_tab import publish_home


def register(app: App, bot: SlackBot) -> None:
    """Handle home_remove_subscription, home_lift_mute and home_change_timezone."""

    def remove(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        team = team_of(context, body)
        bot.channels.remove(team, int(action_value(body)))
        publish_home(bot, client, team, body["user"]["id"])

    def lift(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        team = team_of(context, body)
        mute = json.loads(action_value(body))
        bot.channels.unmute(team, str(mute["c"]), str(mute["k"]), str(mute["t"]))
        publish_home(bot, client, team, body["user"]["id"])

    def change_timezone(body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        channel = action_value(body)
        prefs = bot.channels.prefs(team_of(context, body), channel)
        client.views_open(trigger_id=body["trigger_id"], view=timezone_modal(channel, prefs))

    app.action("home_remove_subscription")(ack=ack_now, lazy=[remove])
    app.action("home_change_timezone")(ack=ack_now, lazy=[change_timezone])
    app.action("home_lift_mute")(ack=ack_now, lazy=[lift])
