"""`/whatsnew PLACE [3d]`: the place briefing, whatever the spelling, with the picture of its
last 30 days when it has incidents (the briefing alone when the picture cannot be had)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, Respond
from slack_sdk import WebClient

from bot.answers import parse_whatsnew
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, briefing_with_picture

log = logging.getLogger(__name__)


def register(app: App, bot: SlackBot) -> None:
    """Answer /whatsnew."""

    def whatsnew(command: dict[str, Any], respond: Respond, client: WebClient) -> None:
        try:
            query, window = parse_whatsnew(command.get("text", ""))
        except ValueError as exc:
            answer(respond, blocks.text_message(f"{exc}."))
            return
        if not query:
            answer(respond, blocks.no_place_message("", [], "whatsnew"))
            return
        asker = str(command.get("user_id", ""))
        shown, plain = briefing_with_picture(bot, client, query, bot.clock() - window, asker)
        if answer(respond, shown).status_code != 200 and shown is not plain:
            log.warning("briefing with its picture refused: answering without it")
            answer(respond, plain)

    app.command("/whatsnew")(ack=ack_now, lazy=[whatsnew])
