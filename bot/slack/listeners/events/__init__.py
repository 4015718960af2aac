"""Events, one module each: the App Home, and uninstalls or revoked tokens."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.bot import SlackBot
from bot.slack.listeners.events import home, uninstall


def register(app: App, bot: SlackBot) -> None:
    """app_home_opened, app_uninstalled and tokens_revoked."""
    home.register(app, bot)
    uninstall.register(app, bot)
