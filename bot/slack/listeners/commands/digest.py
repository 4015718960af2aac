"""`/digest`: the channel digest now, with what is new since the last one."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, team_of


def register(app: App, bot: SlackBot) -> None:
    """Answer /digest."""

    def digest(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        team, channel = team_of(context, command), command["channel_id"]
        delivery = bot.deliveries.digest_now(team, channel, bot.clock())
        if delivery is None:
            answer(respond, blocks.subscriptions_message([], channel))
        elif not delivery.articles:
            since = blocks.slack_date(delivery.since)
            answer(respond, blocks.text_message(f"Nothing new here since {since}."))
        else:
            error = bot.jobs.send(delivery, bot.clock())
            if error:
                answer(respond, blocks.text_message(f"I could not post here: `{error}`."))

    app.command("/digest")(ack=ack_now, lazy=[digest])
