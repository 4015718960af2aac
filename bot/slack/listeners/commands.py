"""Slash commands: each acks at once and answers through `respond` from a lazy listener."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext, Respond
from slack_sdk import WebClient

from bot.answers.subscriptions import (
    check_timezone,
    parse_mute,
    parse_subscribe,
    parse_whatsnew,
    resolve_target,
    topic_key,
)
from bot.records import Mute
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, briefing_for, team_of
from bot.slack.listeners.feeds import feeds_command


def register(app: App, bot: SlackBot) -> None:
    """/whatsnew, /subscribe, /subscriptions, /unsubscribe, /digest, /mute, /newsbot."""

    def whatsnew(command: dict[str, Any], respond: Respond) -> None:
        query, window = parse_whatsnew(command.get("text", ""))
        if not query:
            answer(respond, blocks.no_place_message("", [], "whatsnew"))
            return
        answer(respond, briefing_for(bot, query, bot.clock() - window))

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

    def subscriptions(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        channel = command["channel_id"]
        subs = bot.channels.subscriptions(team_of(context, command), [channel])
        answer(respond, blocks.subscriptions_message(subs, channel))

    def unsubscribe(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        text = command.get("text", "").strip()
        if not text:
            answer(
                respond,
                blocks.text_message("Name what to stop following, or use `/subscriptions`."),
            )
            return
        team, channel = team_of(context, command), command["channel_id"]
        target = resolve_target(bot.gazetteer, text).target
        removed = bot.channels.unsubscribe(team, channel, target.kind, target.key)
        removed = removed or bot.channels.unsubscribe(team, channel, "topic", topic_key(text))
        if removed:
            label = blocks.escape(removed.label)
            answer(respond, blocks.text_message(f"Unsubscribed from *{label}*."), public=True)
        else:
            subs = bot.channels.subscriptions(team, [channel])
            answer(respond, blocks.subscriptions_message(subs, channel))

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

    def mute(command: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        try:
            query, duration = parse_mute(command.get("text", ""))
        except ValueError as exc:
            answer(respond, blocks.text_message(f"{exc}."))
            return
        target = resolve_target(bot.gazetteer, query).target
        until = bot.clock() + duration
        bot.channels.mute(
            team_of(context, command),
            command["channel_id"],
            Mute(target.kind, target.key, target.label, until),
            command["user_id"],
        )
        label, when = blocks.escape(target.label), blocks.slack_date(until)
        text = f"Muted *{label}* in this channel until {when}."
        answer(respond, blocks.text_message(text), public=True)

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
        if verb == "timezone" and len(words) == 2:
            try:
                zone = check_timezone(words[1])
            except ValueError as exc:
                answer(respond, blocks.text_message(f"{exc}."))
                return
            bot.channels.set_prefs(team, channel, dataclasses.replace(prefs, timezone=zone))
            answer(
                respond, blocks.text_message(f"Digest times here are now in {zone}."), public=True
            )
        elif verb == "allquiet" and len(words) == 2 and words[1].lower() in ("on", "off"):
            quiet = words[1].lower() == "on"
            bot.channels.set_prefs(team, channel, dataclasses.replace(prefs, all_quiet=quiet))
            state = "posts an “all quiet” line" if quiet else "posts nothing"
            answer(respond, blocks.text_message(f"A digest with nothing new now {state}."))
        else:
            unknown = "" if verb == "help" else f"I don't know `{' '.join(words)}`."
            answer(respond, blocks.help_message(unknown))

    for name, work in (
        ("/whatsnew", whatsnew),
        ("/subscribe", subscribe),
        ("/subscriptions", subscriptions),
        ("/unsubscribe", unsubscribe),
        ("/digest", digest),
        ("/mute", mute),
        ("/newsbot", newsbot),
    ):
        app.command(name)(ack=ack_now, lazy=[work])
