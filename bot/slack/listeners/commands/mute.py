"""`/mute PLACE|TOPIC [for 6h | 6 hours | 3 days | 2 weeks]`: silence it in the channel for a
while; nothing is muted when the text is not understood."""

from __future__ import annotations

from typing import Any, Literal

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
            text = f'{exc}. Nothing was muted; quote a topic: `/mute "cease fire" for 6h`.'
            answer(respond, blocks.text_message(text))
            return
        resolved = resolve_target(bot.gazetteer, query, bot.lexicon)
        target = resolved.target
        if target.kind == "topic" and resolved.suggestions:
            names = "; ".join(blocks.escape(p.label) for p in resolved.suggestions[:4])
            text = (
                f"No place is called “{blocks.escape(query)}”, so nothing was muted. Did you "
                f"mean: {names}? To mute the words themselves, quote them: "
                f'`/mute "{blocks.escape(query)}"`.'
            )
            answer(respond, blocks.text_message(text))
            return
        until = bot.clock() + duration
        kind: Literal["place", "topic"] = "place" if target.kind == "place" else "topic"
        bot.channels.mute(
            team_of(context, command),
            command["channel_id"],
            Mute(kind, target.key, target.label, until),
            command["user_id"],
        )
        label, when = blocks.escape(target.label), blocks.slack_date(until)
        text = f"Muted *{label}* in this channel until {when}."
        answer(respond, blocks.text_message(text), public=True)

    app.command("/mute")(ack=ack_now, lazy=[mute])
