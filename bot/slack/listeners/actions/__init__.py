"""Buttons, one module each: More, Subscribe to <place>, Mute this story, Remove
subscription, Share, the places offered instead (the other Tripoli, "did you mean"), and
App Home's Remove and Lift."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.bot import SlackBot
from bot.slack.listeners.actions import (
    briefings,
    home,
    more,
    mute_story,
    remove_subscription,
    subscribe_place,
)


def register(app: App, bot: SlackBot) -> None:
    """Every button the bot's messages carry."""
    for action in (more, subscribe_place, mute_story, remove_subscription, briefings, home):
        action.register(app, bot)
