"""`/subscribe PLACE|TOPIC [daily HH:MM|hourly|alerts]`: the channel follows it.

Nothing public is written unless the text is understood: a schedule it cannot read gets a
private error; a name that is no place but close to some gets private "did you mean"
buttons carrying the schedule asked for (and one to follow the text as a topic). A topic is
followed at once only when nothing else fits.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.answers import parse_subscribe, resolve_target
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, team_of
from bot.slack.listeners.follow import follow, how


def register(app: App, bot: SlackBot) -> None:
    """Answer /subscribe."""

    def subscribe(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        try:
            request = parse_subscribe(command.get("text", ""))
        except ValueError as exc:
            text = f"{exc}. Nothing was changed; `/newsbot help` lists what I understand."
            answer(respond, blocks.text_message(text))
            return
        resolved = resolve_target(bot.gazetteer, request.query, bot.lexicon)
        if resolved.target.kind == "topic" and resolved.suggestions:
            answer(
                respond,
                blocks.subscribe_choice_message(
                    request.query,
                    resolved.suggestions,
                    request.mode,
                    request.daily_at,
                    how(request.mode, request.daily_at),
                ),
            )
            return
        where = (team_of(context, command), command["channel_id"], command["user_id"])
        follow(
            bot,
            respond,
            where,
            resolved.target,
            request.mode,
            request.daily_at,
            alternatives=resolved.alternatives,
        )

    app.command("/subscribe")(ack=ack_now, lazy=[subscribe])
