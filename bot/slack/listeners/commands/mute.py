"""`/mute PLACE|TOPIC [for 6h]`: silence it in the channel for a while."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.answers import parse_mute, resolve_target
from bot.records import Mute
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, team_of


def register(app: App, bot: SlackBot) -> None:
    """Answer /mute."""

    def mute(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        try:
            query, duration = parse_mute(command.get("text", ""))
        except ValueError as exc:
            answer(respond, blocks.text_message(f"{exc}."))
            return
        target = resolve_target(bot.gazetteer, query).target
        until = bot.clock() + duration
        bot.channels.mute(
            team_of(context, command),
            command["channel_id"],
            Mute(target.kind, target.key, target.label, until),
            command["user_id"],
        )
        label, when = blocks.escape(target.label), blocks.slack_date(until)
        text = f"Muted *{label}* in this channel until {when}."
        answer(respond, blocks.text_message(text), public=True)

    app.command("/mute")(ack=ack_now, lazy=[mute])
