"""Subscribe to <place>: the channel follows the place the button names."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.records import DEFAULT_DAILY_AT, Target
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_channel, action_value
from bot.slack.listeners.common import ack_now, answer, team_of


def register(app: App, bot: SlackBot) -> None:
    """Handle subscribe_place and its numbered forms."""

    def subscribe_place(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        place = bot.gazetteer.get(action_value(body))
        channel = action_channel(body)
        if place is None or channel is None:
            answer(
                respond,
                blocks.text_message("I cannot subscribe from here: use `/subscribe` in a channel."),
                replace_original=False,
            )
            return
        sub, _ = bot.channels.subscribe(
            team_of(context, body),
            channel,
            Target("place", place.key, place.label),
            "daily",
            DEFAULT_DAILY_AT,
            body["user"]["id"],
            bot.clock(),
            timedelta(hours=bot.settings.subscription_backlog_hours),
        )
        label = blocks.escape(sub.label)
        text = f"<@{sub.created_by}> subscribed this channel to *{label}*, {sub.describe}."
        answer(respond, blocks.text_message(text), public=True, replace_original=False)

    app.action(re.compile(r"^subscribe_place(_\d+)?$"))(ack=ack_now, lazy=[subscribe_place])
