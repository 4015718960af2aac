"""Share in channel, the places offered instead of a query (the other Tripoli, "did you
mean"): a place briefing shown publicly or privately; and a capped briefing's "Show the N
more": the stories it left out, privately, one line each."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.answers import DEFAULT_WHATSNEW, event_place_lines, left_out
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_channel, action_value
from bot.slack.listeners.common import Asked, ack_now, answer, place_briefing_for, team_of


def register(app: App, bot: SlackBot) -> None:
    """Handle share_briefing, brief_place_N and briefing_more."""

    def share_briefing(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        key, since = place_and_since(body)
        shared_by = body["user"]["id"]
        message = place_briefing_for(bot, key, since, asked(body, context), shared_by)
        answer(respond, message, public=True, replace_original=False)
        respond(delete_original=True)

    def briefing_of_place(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        """Another place of that name, or a "did you mean" pick: its briefing replaces the
        ephemeral answer (a shared briefing stays, the pick answers privately)."""
        key, since = place_and_since(body)
        ephemeral = bool(body.get("container", {}).get("is_ephemeral"))
        message = place_briefing_for(bot, key, since, asked(body, context))
        answer(respond, message, replace_original=ephemeral)

    def briefing_more(body: dict[str, Any], respond: Respond) -> None:
        key, since = place_and_since(body)
        shown = {int(i) for i in json.loads(action_value(body)).get("x", [])}
        found = left_out(bot.store, bot.gazetteer, key, since, shown)
        if found is None:
            message = blocks.text_message("I no longer know that place: try `/whatsnew`.")
        else:
            places = event_place_lines(bot.gazetteer, found[1])
            message = blocks.left_out_message(found[0], since, found[1], places)
        answer(respond, message, replace_original=False)

    def asked(body: dict[str, Any], context: BoltContext) -> Asked:
        return team_of(context, body), action_channel(body)

    def place_and_since(body: dict[str, Any]) -> tuple[str, datetime]:
        value = json.loads(action_value(body))
        if "s" in value:
            return str(value["p"]), datetime.fromtimestamp(int(value["s"]), UTC)
        return str(value["p"]), bot.clock() - DEFAULT_WHATSNEW

    app.action("share_briefing")(ack=ack_now, lazy=[share_briefing])
    app.action("briefing_more")(ack=ack_now, lazy=[briefing_more])
    app.action(re.compile(r"^brief_place_\d+$"))(ack=ack_now, lazy=[briefing_of_place])
