"""`/mute PLACE|TOPIC [for 6h | 6 hours | 3 days | 2 weeks]`: silence it in the channel for a
while; nothing is muted when the text is not understood. `/mute list` lists the channel's
mutes; `/unmute PLACE|TOPIC` lifts one before its time, as does a muted story's title as
the list shows it."""

from __future__ import annotations

from typing import Any, Literal

from slack_bolt import App, BoltContext, Respond

from bot.answers import TooLong, parse_mute, resolve_target
from bot.records import Mute
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, team_of


def register(app: App, bot: SlackBot) -> None:
    """Answer /mute."""

    def mute(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        if command.get("text", "").strip().lower() == "list":
            listed = bot.channels.mutes(team_of(context, command), command["channel_id"],
                                        bot.clock())  # fmt: skip
            answer(respond, blocks.text_message(mutes_text(listed)))
            return
        try:
            query, duration = parse_mute(command.get("text", ""))
        except TooLong as exc:
            text = f"{exc}. Nothing was muted; `/unsubscribe` stops following it for good."
            answer(respond, blocks.text_message(text))
            return
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

    def unmute(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        text = command.get("text", "").strip()
        team, channel = team_of(context, command), command["channel_id"]
        listed = bot.channels.mutes(team, channel, bot.clock())
        if not text:
            answer(respond, blocks.text_message(f"Name what to unmute. {mutes_text(listed)}"))
            return
        target = resolve_target(bot.gazetteer, text, bot.lexicon).target
        lifted = next((m for m in listed if (m.kind, m.target) == (target.kind, target.key)), None)
        if lifted is None:  # a story (or place) named as the list shows it: by its title
            lifted = next((m for m in listed if _folded(m.label) == _folded(text)), None)
        if lifted is None or not bot.channels.unmute(team, channel, lifted.kind, lifted.target):
            answer(respond, blocks.text_message(f"That is not muted here. {mutes_text(listed)}"))
            return
        label = blocks.escape(lifted.label)
        answer(respond, blocks.text_message(f"Unmuted *{label}* in this channel."), public=True)

    app.command("/mute")(ack=ack_now, lazy=[mute])
    app.command("/unmute")(ack=ack_now, lazy=[unmute])


def mutes_text(mutes: list[Mute]) -> str:
    """The channel's mutes in one line, each with when it ends."""
    if not mutes:
        return "Nothing is muted in this channel."
    listed = "; ".join(
        f"*{blocks.escape(m.label)}* until {blocks.slack_date(m.until)}" for m in mutes
    )
    stories = any(m.kind in ("story", "article") for m in mutes)
    what = "place, topic or story title" if stories else "place or topic"
    return f"Muted in this channel: {listed}. Lift one with `/unmute <{what}>`."


def _folded(text: str) -> str:
    """A name as typed or listed, to compare: case-folded, spaces collapsed, unquoted."""
    return " ".join(text.strip("\"'“”«»").casefold().split())
