"""Slash commands, one module each: every command acks at once and answers through
`respond` from a lazy listener."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.bot import SlackBot
from bot.slack.listeners.commands import (
    digest,
    mute,
    newsbot,
    subscribe,
    subscriptions,
    unsubscribe,
    whatsnew,
)


def register(app: App, bot: SlackBot) -> None:
    """/whatsnew, /subscribe, /subscriptions, /unsubscribe, /digest, /mute and /unmute,
    /newsbot."""
    for command in (whatsnew, subscribe, subscriptions, unsubscribe, digest, mute, newsbot):
        command.register(app, bot)
