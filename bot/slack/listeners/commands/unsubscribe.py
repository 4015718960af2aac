"""`/unsubscribe PLACE|TOPIC|within N km of PLACE|POINT`: the channel stops following it
(a kind of event before it, "airstrikes in Sudan", names the same subscription); what it
does not follow is said so, above the channel's subscriptions."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.answers import parse_radius, resolve_radius, resolve_target, split_kinds, topic_key
from bot.records import Target
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, team_of


def register(app: App, bot: SlackBot) -> None:
    """Answer /unsubscribe."""

    def unsubscribe(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        text = command.get("text", "").strip()
        if not text:
            answer(
                respond,
                blocks.text_message("Name what to stop following, or use `/subscriptions`."),
            )
            return
        team, channel = team_of(context, command), command["channel_id"]
        named = split_kinds(bot.kinds, text)[1]
        target = _watch(bot, named) or resolve_target(bot.gazetteer, named).target
        removed = bot.channels.unsubscribe(team, channel, target.kind, target.key)
        removed = removed or bot.channels.unsubscribe(team, channel, "topic", topic_key(text))
        if removed:
            label = blocks.escape(removed.title)
            answer(respond, blocks.text_message(f"Unsubscribed from *{label}*."), public=True)
        else:
            subs = bot.channels.subscriptions(team, [channel])
            named = blocks.escape(target.label)
            note = f"This channel does not follow *{named}*, so nothing was removed."
            answer(respond, blocks.subscriptions_message(subs, channel, note))

    app.command("/unsubscribe")(ack=ack_now, lazy=[unsubscribe])


def _watch(bot: SlackBot, text: str) -> Target | None:
    """The radius watch `text` names ("within 30 km of Goma"), None for anything else."""
    try:
        radius = parse_radius(text)
        return resolve_radius(bot.gazetteer, radius).target if radius is not None else None
    except ValueError:
        return None
