"""`/subscribe [KIND in] PLACE|TOPIC|[KIND] within N km of PLACE|POINT [daily HH:MM|weekly DAY
HH:MM|hourly|alerts] [when 5+ killed]`: the channel follows it (only stories with that toll,
and only events of that kind, when given).

Nothing public is written unless the text is understood: a schedule, radius or toll it cannot
read gets a private error; a name that is no place but close to some gets private "did you
mean" buttons carrying the schedule (radius, toll and kinds) asked for, and, for a name alone
or a kind in one, one to follow the whole text as a topic. A topic is followed at once only
when nothing else fits; a kind whose place is no place and close to none is followed as the
whole text, as before kinds existed.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.answers import (
    parse_radius,
    parse_subscribe,
    resolve_radius,
    resolve_target,
    split_kinds,
)
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, team_of
from bot.slack.listeners.follow import follow, how


def register(app: App, bot: SlackBot) -> None:
    """Answer /subscribe."""

    def subscribe(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        try:
            request = parse_subscribe(command.get("text", ""))
            kinds, query = split_kinds(bot.kinds, request.query)
            radius = parse_radius(query)
            near = resolve_radius(bot.gazetteer, radius) if radius is not None else None
        except ValueError as exc:
            text = f"{exc}. Nothing was changed; `/newsbot help` lists what I understand."
            answer(respond, blocks.text_message(text))
            return
        where = (team_of(context, command), command["channel_id"], command["user_id"])
        mode, daily_at, least = request.mode, request.daily_at, request.min_killed
        filters: dict[str, Any] = {"min_killed": least, "event_kinds": kinds}
        if near is not None and near.target is not None:
            follow(bot, respond, where, near.target, mode, daily_at, **filters)
            return
        if near is not None:
            choice = blocks.subscribe_choice_message(
                near.radius.around,
                near.suggestions,
                mode,
                daily_at,
                how(mode, daily_at, least),
                km=near.radius.km,
                **filters,
            )
            answer(respond, choice)
            return
        resolved = resolve_target(bot.gazetteer, query, bot.lexicon)
        if kinds and resolved.target.kind == "topic" and not resolved.suggestions:
            kinds, query = (), request.query
            filters["event_kinds"] = kinds
            resolved = resolve_target(bot.gazetteer, query, bot.lexicon)
        if resolved.target.kind == "topic" and resolved.suggestions:
            choice = blocks.subscribe_choice_message(
                query,
                resolved.suggestions,
                mode,
                daily_at,
                how(mode, daily_at, least),
                topic=request.query,
                **filters,
            )
            answer(respond, choice)
            return
        follow(
            bot,
            respond,
            where,
            resolved.target,
            mode,
            daily_at,
            alternatives=resolved.alternatives,
            **filters,
        )

    app.command("/subscribe")(ack=ack_now, lazy=[subscribe])
