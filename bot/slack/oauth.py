"""OAuth mode: any number of workspaces install the app at GET /slack/install.

Each workspace's installation (its bot token) and the install flow's one-time states are
kept in our own database by slack_sdk's SQLAlchemy stores, on the store's engine; their
tables come from migration 0006 (`bot.storage.schema.build_slack_oauth_tables`).
"""

from __future__ import annotations

import logging

from slack_bolt import BoltResponse
from slack_bolt.oauth.callback_options import CallbackOptions, FailureArgs, SuccessArgs
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine

from bot.settings import Settings
from bot.slack.clients import NotInstalled
from bot.storage import ChannelStore

log = logging.getLogger(__name__)

UNINSTALLED = "app_uninstalled"
TOKENS_REVOKED = "tokens_revoked"
RESUMED_ON_INSTALL = (UNINSTALLED, TOKENS_REVOKED, NotInstalled.error)
"""Why a workspace's subscriptions were paused, when installing the app again resumes them."""
STATE_EXPIRATION_SECONDS = 600


def oauth_mode(settings: Settings) -> bool:
    """Whether SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set (else: one SLACK_BOT_TOKEN)."""
    return bool(settings.slack_client_id and settings.slack_client_secret)


def installation_store(settings: Settings, engine: Engine) -> SQLAlchemyInstallationStore | None:
    """The workspaces' installations, in our database; None outside OAuth mode."""
    if not oauth_mode(settings):
        return None
    return SQLAlchemyInstallationStore(
        client_id=str(settings.slack_client_id),
        engine=engine,
        logger=logging.getLogger("bot.slack.installations"),
    )


def oauth_settings(
    settings: Settings, installations: SQLAlchemyInstallationStore, channels: ChannelStore
) -> OAuthSettings:
    """Bolt's install flow (/slack/install, /slack/oauth_redirect) over our stores; a
    workspace that installs again gets back the subscriptions its uninstall paused."""

    def installed(args: SuccessArgs) -> BoltResponse:
        team = args.installation.team_id
        if team:
            resumed = channels.resume_team(team, RESUMED_ON_INSTALL)
            log.info("workspace %s installed the app; %d subscriptions resumed", team, resumed)
        return args.default.success(args)

    def failed(args: FailureArgs) -> BoltResponse:
        log.warning("an install failed: %s", args.reason)
        return args.default.failure(args)

    return OAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        scopes=[s.strip() for s in settings.slack_scopes.split(",") if s.strip()],
        user_scopes=[],
        redirect_uri=settings.slack_redirect_uri,
        installation_store=installations,
        installation_store_bot_only=True,
        state_store=SQLAlchemyOAuthStateStore(
            expiration_seconds=STATE_EXPIRATION_SECONDS,
            engine=installations.engine,
            logger=logging.getLogger("bot.slack.oauth_states"),
        ),
        state_expiration_seconds=STATE_EXPIRATION_SECONDS,
        callback_options=CallbackOptions(success=installed, failure=failed),
    )
