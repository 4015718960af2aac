"""`/whatsnew PLACE [3d]`: the place briefing, whatever the spelling, answered at once; then,
when the place has incidents, the same briefing with the picture of its last 30 days
replaces it (counting and drawing a busy place's month takes longer than the briefing; the
briefing stays as it was when the picture cannot be had)."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext, Respond
from slack_sdk import WebClient

from bot.answers import Briefing, parse_whatsnew
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import (
    ack_now,
    answer,
    briefing_for,
    briefing_picture,
    team_of,
)

log = logging.getLogger(__name__)


def register(app: App, bot: SlackBot) -> None:
    """Answer /whatsnew."""

    def whatsnew(
        command: dict[str, Any], context: BoltContext, respond: Respond, client: WebClient
    ) -> None:
        try:
            query, window = parse_whatsnew(command.get("text", ""))
        except ValueError as exc:
            answer(respond, blocks.text_message(f"{exc}."))
            return
        if not query:
            answer(respond, blocks.no_place_message("", [], "whatsnew"))
            return
        asked = (team_of(context, command), command.get("channel_id") or None)
        found, plain = briefing_for(bot, query, bot.clock() - window, asked)
        answer(respond, plain)
        asker = str(command.get("user_id", ""))
        if not isinstance(found, Briefing) or not asker:
            return
        pictured = briefing_picture(bot, client, found, asker, asked)
        if (
            pictured is not None
            and answer(respond, pictured, replace_original=True).status_code != 200
        ):
            log.warning("briefing with its picture refused: the briefing stays without it")

    app.command("/whatsnew")(ack=ack_now, lazy=[whatsnew])
