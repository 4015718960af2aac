"""`/subscribe PLACE|TOPIC [daily HH:MM|hourly|alerts]`: the channel follows it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.answers import parse_subscribe, resolve_target
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, team_of


def register(app: App, bot: SlackBot) -> None:
    """Answer /subscribe."""

    def subscribe(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        try:
            request = parse_subscribe(command.get("text", ""))
        except ValueError as exc:
            answer(respond, blocks.text_message(f"{exc}. `/newsbot help` lists what I understand."))
            return
        resolved = resolve_target(bot.gazetteer, request.query)
        sub, created = bot.channels.subscribe(
            team_of(context, command),
            command["channel_id"],
            resolved.target,
            request.mode,
            request.daily_at,
            command["user_id"],
            bot.clock(),
            timedelta(hours=bot.settings.subscription_backlog_hours),
        )
        prefs = bot.channels.prefs(sub.team_id, sub.channel_id)
        what = "place" if sub.kind == "place" else "topic"
        verb = "subscribed this channel to" if created else "changed this channel's subscription to"
        when = sub.describe + (f" ({prefs.timezone})" if sub.mode == "daily" else "")
        text = f"<@{sub.created_by}> {verb} the {what} *{blocks.escape(sub.label)}*, {when}."
        if resolved.alternatives:
            others = "; ".join(blocks.escape(p.country) for p in resolved.alternatives[:3])
            text += f" (Other places share the name, in: {others}.)"
        answer(respond, blocks.text_message(text), public=True)
        if resolved.suggestions:
            hint = blocks.no_place_message(request.query, resolved.suggestions, "subscribe")
            answer(respond, hint)

    app.command("/subscribe")(ack=ack_now, lazy=[subscribe])
