"""Mute this story: its articles stay out of the channel for a week."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext, Respond

from bot.records import Mute
from bot.slack import blocks
from bot.slack.bot import SlackBot
from bot.slack.listeners.actions.values import action_channel, action_value
from bot.slack.listeners.common import ack_now, answer, team_of

STORY_MUTE = timedelta(days=7)


def register(app: App, bot: SlackBot) -> None:
    """Handle mute_story."""

    def mute_story(body: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        channel = action_channel(body)
        article = bot.store.article(int(action_value(body)))
        if article is None or channel is None:  # a click always gets an answer
            why = "That story is gone" if article is None else "I cannot mute from here"
            text = f"{why}: nothing was muted. `/mute PLACE for 6h` silences a place or topic."
            answer(respond, blocks.text_message(text), replace_original=False)
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

    app.action("mute_story")(ack=ack_now, lazy=[mute_story])
