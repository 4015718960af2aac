"""The Bolt app: one set of listeners for Socket Mode and HTTP mode alike, for one
workspace (SLACK_BOT_TOKEN) or, in OAuth mode, for every workspace that installed it."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk import WebClient

from bot.slack.bot import SlackBot
from bot.slack.guard import field_checks
from bot.slack.listeners import register
from bot.slack.oauth import oauth_settings

log = logging.getLogger(__name__)
_BOLT_LOG = logging.getLogger("bot.slack.bolt")


class _NoTokenNotice(logging.Filter):
    """Drops Bolt's "`token` will be unused" WARNING: Bolt reads SLACK_BOT_TOKEN from the
    environment beside the client built with that very token, and warned on every start of
    every single-workspace process that its token was ignored, which it is not."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


_BOLT_LOG.addFilter(_NoTokenNotice())


def build_app(bot: SlackBot, client: WebClient) -> App:
    """The Bolt app with every listener registered: with one token (verified with
    auth.test), or in OAuth mode with the install pages and each workspace's token."""
    installs = bot.installations
    oauth = None if installs is None else oauth_settings(bot.settings, installs, bot.channels)
    app = App(
        client=client,
        signing_secret=bot.settings.slack_signing_secret or "",
        logger=_BOLT_LOG,
        oauth_settings=oauth,
    )
    app.use(field_checks(app.listener_runner.listener_executor))
    register(app, bot)
    return app
