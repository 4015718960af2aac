"""App Home's time zone modal, submitted: the zone as people type it (`check_timezone`) is
stored for the channel and, once stored, the Home published again; a zone it cannot read is
refused in the modal itself (`response_action: errors`), and nothing changes."""

from __future__ import annotations

import dataclasses
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.answers import check_timezone
from bot.slack.blocks import TIMEZONE_VIEW
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import team_of
from bot.slack.listeners.home_tab import publish_home


def typed_zone(body: dict[str, Any]) -> str:
    """What was typed in the modal's zone field."""
    values = body["view"]["state"]["values"]
    return str(values.get("zone", {}).get("zone", {}).get("value") or "")


def register(app: App, bot: SlackBot) -> None:
    """Handle the home_timezone view submission."""

    def save(ack: Ack, body: dict[str, Any], context: BoltContext, client: WebClient) -> None:
        try:
            zone = check_timezone(typed_zone(body))
        except ValueError as exc:
            ack(response_action="errors", errors={"zone": f"{exc}. Nothing was changed."})
            return  # refused in the modal: the Home shows what it showed
        team, channel = team_of(context, body), str(body["view"]["private_metadata"])
        prefs = bot.channels.prefs(team, channel)
        bot.channels.set_prefs(team, channel, dataclasses.replace(prefs, timezone=zone))
        ack()
        # after the zone is stored, in this listener: a lazy listener may start before it is
        publish_home(bot, client, team, body["user"]["id"])

    app.view(TIMEZONE_VIEW)(save)
