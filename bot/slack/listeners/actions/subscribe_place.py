"""Subscribe to <place> (a story's button, a "did you mean" pick, perhaps with a radius
around it) and Follow as a topic: the channel follows what the button names, with the
schedule (the least toll, the kinds of event and the outlets) it carries."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.answers import around_place, topic_key
from bot.records import Corroboration, Target
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_channel, action_value
from bot.slack.listeners.common import ack_now, answer, team_of
from bot.slack.listeners.follow import button_request, follow


def register(app: App, bot: SlackBot) -> None:
    """Handle subscribe_place (and its numbered forms) and subscribe_topic."""

    def subscribe_button(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        what, mode, daily_at = button_request(action_value(body))
        place = bot.gazetteer.get(str(what["p"])) if "p" in what else None
        topic = str(what.get("q", "")).strip()
        channel = action_channel(body)
        if channel is None or (place is None and not topic):
            answer(
                respond,
                blocks.text_message("I cannot subscribe from here: use `/subscribe` in a channel."),
                replace_original=False,
            )
            return
        if place is not None and "r" in what:
            try:
                target = around_place(place, float(what["r"]))
            except ValueError as exc:
                answer(respond, blocks.text_message(f"{exc}."), replace_original=False)
                return
        elif place is not None:
            target = Target("place", place.key, place.label)
        else:
            target = Target("topic", topic_key(topic), topic)
        where = (team_of(context, body), channel, body["user"]["id"])
        least = int(what["k"]) if isinstance(what.get("k"), int) else None
        kinds = tuple(str(k) for k in what.get("e", ()))
        outlets, minutes = what.get("o"), what.get("w")
        told = (
            Corroboration(outlets, timedelta(minutes=minutes))
            if isinstance(outlets, int) and isinstance(minutes, int)
            else None
        )
        follow(
            bot,
            respond,
            where,
            target,
            mode,
            daily_at,
            min_killed=least,
            event_kinds=kinds,
            corroboration=told,
            replace_original=False,
        )

    app.action(re.compile(r"^subscribe_(place(_\d+)?|topic)$"))(
        ack=ack_now, lazy=[subscribe_button]
    )
