"""Share in channel, and the places offered instead of a query (the other Tripoli, "did you
mean"): a place briefing shown publicly or privately."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from slack_bolt import App, Respond

from bot.answers import DEFAULT_WHATSNEW
from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_value
from bot.slack.listeners.common import ack_now, answer, place_briefing_for


def register(app: App, bot: SlackBot) -> None:
    """Handle share_briefing and brief_place_N."""

    def share_briefing(body: dict[str, Any], respond: Respond) -> None:
        key, since = place_and_since(body)
        message = place_briefing_for(bot, key, since, shared_by=body["user"]["id"])
        answer(respond, message, public=True, replace_original=False)
        respond(delete_original=True)

    def briefing_of_place(body: dict[str, Any], respond: Respond) -> None:
        """Another place of that name, or a "did you mean" pick: its briefing replaces the
        ephemeral answer (a shared briefing stays, the pick answers privately)."""
        key, since = place_and_since(body)
        ephemeral = bool(body.get("container", {}).get("is_ephemeral"))
        answer(respond, place_briefing_for(bot, key, since), replace_original=ephemeral)

    def place_and_since(body: dict[str, Any]) -> tuple[str, datetime]:
        value = json.loads(action_value(body))
        if "s" in value:
            return str(value["p"]), datetime.fromtimestamp(int(value["s"]), UTC)
        return str(value["p"]), bot.clock() - DEFAULT_WHATSNEW

    app.action("share_briefing")(ack=ack_now, lazy=[share_briefing])
    app.action(re.compile(r"^brief_place_\d+$"))(ack=ack_now, lazy=[briefing_of_place])
