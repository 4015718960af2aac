"""`/newsbot help | settings | timezone ZONE | allquiet on|off | feeds ...`: channel settings,
feeds."""

from __future__ import annotations

import dataclasses
from typing import Any

from slack_bolt import App, BoltContext, Respond
from slack_sdk import WebClient

from bot.answers import check_timezone, zone_label
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.commands.newsbot_feeds import feeds_command
from bot.slack.listeners.common import ack_now, answer, team_of


def register(app: App, bot: SlackBot) -> None:
    """Answer /newsbot."""

    def newsbot(
        command: dict[str, Any], context: BoltContext, respond: Respond, client: WebClient
    ) -> None:
        words = command.get("text", "").split()
        team, channel = team_of(context, command), command["channel_id"]
        verb = words[0].lower() if words else "help"
        if verb == "feeds":
            answer(respond, feeds_command(bot, client, words[1:], team, command["user_id"]))
            return
        prefs = bot.channels.prefs(team, channel)
        if verb == "settings":
            subs = bot.channels.subscriptions(team, [channel])
            mutes = bot.channels.mutes(team, channel, bot.clock())
            answer(respond, blocks.settings_message(channel, prefs, subs, mutes))
        elif verb == "timezone" and len(words) >= 2:
            try:
                zone = check_timezone(" ".join(words[1:]))
            except ValueError as exc:
                answer(respond, blocks.text_message(f"{exc}. Nothing was changed."))
                return
            bot.channels.set_prefs(team, channel, dataclasses.replace(prefs, timezone=zone))
            text = f"Digest times here are now in {zone_label(zone)}."
            answer(respond, blocks.text_message(text), public=True)
        elif verb == "allquiet" and len(words) == 2 and words[1].lower() in ("on", "off"):
            quiet = words[1].lower() == "on"
            bot.channels.set_prefs(team, channel, dataclasses.replace(prefs, all_quiet=quiet))
            state = "posts an “all quiet” line" if quiet else "posts nothing"
            answer(respond, blocks.text_message(f"A digest with nothing new now {state}."))
        else:
            unknown = "" if verb == "help" else f"I don't know `{' '.join(words)}`."
            answer(respond, blocks.help_message(unknown))

    app.command("/newsbot")(ack=ack_now, lazy=[newsbot])
