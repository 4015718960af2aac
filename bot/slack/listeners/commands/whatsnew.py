"""`/whatsnew PLACE [3d]`: the place briefing, whatever the spelling."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, Respond

from bot.answers import parse_whatsnew
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, briefing_for


def register(app: App, bot: SlackBot) -> None:
    """Answer /whatsnew."""

    def whatsnew(command: dict[str, Any], respond: Respond) -> None:
        try:
            query, window = parse_whatsnew(command.get("text", ""))
        except ValueError as exc:
            answer(respond, blocks.text_message(f"{exc}."))
            return
        if not query:
            answer(respond, blocks.no_place_message("", [], "whatsnew"))
            return
        answer(respond, briefing_for(bot, query, bot.clock() - window))

    app.command("/whatsnew")(ack=ack_now, lazy=[whatsnew])
