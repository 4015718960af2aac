"""Modal submissions, one module each: App Home's time zone."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.bot import SlackBot
from bot.slack.listeners.views import home_timezone


def register(app: App, bot: SlackBot) -> None:
    """Every modal the bot opens."""
    home_timezone.register(app, bot)
