"""Listeners grouped by kind; each module's `register(app, bot)` wires its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slack_bolt import App

from bot.slack.listeners import actions, commands, events

if TYPE_CHECKING:
    from bot.slack.app import SlackBot


def register(app: App, bot: SlackBot) -> None:
    """Register every listener on `app`."""
    commands.register(app, bot)
    actions.register(app, bot)
    events.register(app, bot)
