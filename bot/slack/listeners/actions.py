"""Buttons: More, Subscribe to <place>, Mute this story, Remove subscription, Share,
and the places offered instead (the other Tripoli, "did you mean")."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.answers.subscriptions import DEFAULT_WHATSNEW
from bot.records import DEFAULT_DAILY_AT, Mute, Target
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.common import ack_now, answer, place_briefing_for, team_of

STORY_MUTE = timedelta(days=7)


def _value(body: dict[str, Any]) -> str:
    return str(body["actions"][0]["value"])


def _channel(body: dict[str, Any]) -> str | None:
    channel = body.get("channel") or body.get("container", {})
    return channel.get("id") or channel.get("channel_id")


def register(app: App, bot: SlackBot) -> None:
    """Every button the bot's messages carry."""

    def more(body: dict[str, Any], respond: Respond) -> None:
        article = bot.store.article(int(_value(body)))
        if article is None:
            answer(respond, blocks.text_message("That article is gone."), replace_original=False)
            return
        answer(respond, blocks.article_detail(article), replace_original=False)

    def subscribe_place(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        place = bot.gazetteer.get(_value(body))
        channel = _channel(body)
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

    def mute_story(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        channel = _channel(body)
        article = bot.store.article(int(_value(body)))
        if article is None or channel is None:
            return
        until = bot.clock() + STORY_MUTE
        mute = (
            Mute("story", str(article.story_id), article.title, until)
            if article.story_id is not None
            else Mute("article", str(article.id), article.title, until)
        )
        bot.channels.mute(team_of(context, body), channel, mute, body["user"]["id"])
        text = f"Muted “{blocks.escape(article.title)}” here until {blocks.slack_date(until)}."
        answer(respond, blocks.text_message(text), replace_original=False)

    def remove_subscription(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        team = team_of(context, body)
        removed = bot.channels.remove(team, int(_value(body)))
        channel = removed.channel_id if removed else _channel(body)
        if channel is None:
            return
        subs = bot.channels.subscriptions(team, [channel])
        answer(respond, blocks.subscriptions_message(subs, channel), replace_original=True)

    def share_briefing(body: dict[str, Any], respond: Respond) -> None:
        key, since = place_and_since(body)
        message = place_briefing_for(bot, key, since, shared_by=body["user"]["id"])
        answer(respond, message, public=True, replace_original=False)
        respond(delete_original=True)

    def briefing_of_place(body: dict[str, Any], respond: Respond) -> None:
        """Another place of that name, or a "did you mean" pick: its briefing replaces the
        ephemeral answer (a shared briefing stays, the pick answers privately)."""
        key, since = place_and_since(body)
        ephemeral = bool(body.get("container", {}).get("is_ephemeral"))
        answer(respond, place_briefing_for(bot, key, since), replace_original=ephemeral)

    def place_and_since(body: dict[str, Any]) -> tuple[str, datetime]:
        value = json.loads(_value(body))
        if "s" in value:
            return str(value["p"]), datetime.fromtimestamp(int(value["s"]), UTC)
        return str(value["p"]), bot.clock() - DEFAULT_WHATSNEW

    for action_id, work in (
        ("article_more", more),
        ("mute_story", mute_story),
        ("remove_subscription", remove_subscription),
        ("share_briefing", share_briefing),
    ):
        app.action(action_id)(ack=ack_now, lazy=[work])
    app.action(re.compile(r"^subscribe_place(_\d+)?$"))(ack=ack_now, lazy=[subscribe_place])
    app.action(re.compile(r"^brief_place_\d+$"))(ack=ack_now, lazy=[briefing_of_place])
