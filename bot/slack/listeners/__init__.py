"""Listeners grouped by kind; each module's `register(app, bot)` wires its own."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.bot import SlackBot
from bot.slack.listeners import actions, commands, events, views


def register(app: App, bot: SlackBot) -> None:
    """Register every listener on `app`."""
    commands.register(app, bot)
    actions.register(app, bot)
    events.register(app, bot)
    views.register(app, bot)
