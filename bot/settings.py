"""Settings from the environment (12-factor): every name is `NEWSBOT_<FIELD>`.

Secrets and deployment details come from the environment (or a `.env` file);
what the bot knows about the world (feeds, lexicon, extra places) lives in `config/`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import platformdirs
from pydantic import AliasChoices, Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.folders import REPO_CONFIG_DIR

_USER_ID = re.compile(r"[UW][A-Z0-9]{2,}")
LOG_FORMATS = ("text", "json")
SUMMARY_METHODS = ("news", "lexrank", "textrank", "lsa", "luhn", "kl", "sumbasic")
"""The summary methods `bot.understand` offers (a test keeps the two in step)."""


class ConfigError(ValueError):
    """A deployment setting or configuration file that cannot be used; its message names
    the file or variable and says what is wrong, in one line an operator can act on."""


@dataclass(frozen=True)
class FeedManagers:
    """`admins` (workspace admins and owners), `everyone`, or a list of Slack user ids."""

    admins: bool = True
    everyone: bool = False
    users: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> FeedManagers:
        """The rule a setting names; ValueError when it names none."""
        cleaned = text.strip()
        if cleaned.lower() == "admins":
            return cls()
        if cleaned.lower() == "everyone":
            return cls(admins=False, everyone=True)
        users = tuple(dict.fromkeys(part.strip() for part in cleaned.split(",") if part.strip()))
        bad = [user for user in users if not _USER_ID.fullmatch(user)]
        if not users or bad:
            shown = ", ".join(bad) or "nothing"
            raise ValueError(
                f"expected admins, everyone or Slack user ids like U012AB3CD, got {shown}"
            )
        return cls(admins=False, users=users)

    def allows(self, user_id: str, is_admin: Callable[[], bool]) -> bool:
        """Whether `user_id` may manage feeds; `is_admin` is asked only when it matters."""
        if self.everyone or user_id in self.users:
            return True
        return self.admins and is_admin()

    def describe(self) -> str:
        """Who may, in mrkdwn: "workspace admins and owners", "<@U1> and <@U2>"."""
        if self.everyone:
            return "everyone"
        if self.admins:
            return "workspace admins and owners"
        named = [f"<@{user}>" for user in self.users]
        return named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"


class Settings(BaseSettings):
    """Deployment settings; see the table in docs/settings.md."""

    model_config = SettingsConfigDict(env_prefix="NEWSBOT_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir("newsbot")),
        description="Where the SQLite database and caches live.",
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default: SQLite file newsbot.db in the data directory. "
        "PostgreSQL: postgresql+psycopg://user@host/db",
    )
    config_dir: Path = Field(
        default=REPO_CONFIG_DIR, description="Folder with feeds.yaml, lexicon.yaml, places.yaml."
    )
    extra_places: Path | None = Field(
        default=None, description="A user's own places file, in the format of config/places.yaml."
    )
    seed_feeds: bool = Field(
        default=True, description="Add the feeds of config/feeds.yaml never seen before."
    )
    poll_every_seconds: int = Field(
        default=60, description="How often `newsbot run` checks which feeds are due."
    )
    min_poll_minutes: float = Field(default=5.0, description="Never poll a feed more often.")
    default_poll_minutes: float = Field(default=30.0, description="Poll interval of a new feed.")
    max_poll_minutes: float = Field(
        default=360.0, description="Never poll a working feed less often."
    )
    max_backoff_hours: int = Field(default=24, description="Longest wait after failures.")
    lease_seconds: int = Field(
        default=300,
        description="How long a worker holds the feeds it claimed; a dead worker's feeds "
        "are taken over after this.",
    )
    lease_batch: int = Field(
        default=50, description="Feeds a worker claims at a time (the rest stay for others)."
    )
    fetch_concurrency: int = Field(default=20, description="Feeds fetched at once.")
    fetch_connect_timeout: float = Field(default=10.0, description="Seconds to connect.")
    fetch_total_timeout: float = Field(default=30.0, description="Seconds for a whole fetch.")
    fetch_max_bytes: int = Field(default=10_000_000, description="Largest feed body read.")
    fetch_allowed_networks: str = Field(
        default="",
        description="Comma-separated non-public networks that feeds added from Slack may "
        "reach anyway (e.g. 10.1.0.0/16); by default they reach public addresses only.",
    )
    summary_method: str = Field(
        default="news", description="news, lexrank, textrank, lsa, luhn, kl or sumbasic."
    )
    summary_sentences: int = Field(default=3, description="Sentences in an article summary.")
    log_format: str = Field(
        default="text", description="text, or json for one JSON object per log line."
    )
    metrics_port: int | None = Field(
        default=None,
        description="`newsbot run` serves GET /healthz, /readyz and /metrics on this port (a "
        "worker's polls, Slack posts and lease takeovers, which the web process never sees); "
        "none by default.",
    )

    @cached_property
    def effective_database_url(self) -> str:
        """The database URL in force: the setting, or SQLite in the data directory."""
        if self.database_url:
            # Heroku and others hand out postgres://, which SQLAlchemy does not read
            scheme, sep, rest = self.database_url.partition("://")
            if sep and scheme == "postgres":
                return f"postgresql+psycopg://{rest}"
            return self.database_url
        return f"sqlite:///{self.data_dir / 'newsbot.db'}"

    # ---- Slack (Slack's own variable names, not NEWSBOT_*) -----------------------------
    slack_bot_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_BOT_TOKEN", "slack_bot_token"),
        description="Bot token (xoxb-...) of the one workspace; the Slack front end and its "
        "jobs run only with it, or in OAuth mode (SLACK_CLIENT_ID).",
    )
    slack_signing_secret: str | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "slack_signing_secret"),
        description="Verifies requests in HTTP mode.",
    )
    slack_app_token: str | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_APP_TOKEN", "slack_app_token"),
        description="App-level token (xapp-...) for Socket Mode.",
    )
    slack_api_url: str = Field(
        default="https://slack.com/api/",
        validation_alias=AliasChoices("SLACK_API_URL", "slack_api_url"),
        description="Web API base URL (a proxy or a fake Slack); a trailing slash is added.",
    )
    slack_client_id: str | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_CLIENT_ID", "slack_client_id"),
        description="With SLACK_CLIENT_SECRET: OAuth mode, any number of workspaces install "
        "the app at /slack/install (no SLACK_BOT_TOKEN then).",
    )
    slack_client_secret: str | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_CLIENT_SECRET", "slack_client_secret"),
        description="The app's client secret, for OAuth mode.",
    )
    slack_scopes: str = Field(
        default=(
            "commands,chat:write,im:write,channels:read,groups:read,users:read,"
            "channels:history,groups:history,files:write"
        ),
        validation_alias=AliasChoices("SLACK_SCOPES", "slack_scopes"),
        description="Bot scopes asked for at install (comma-separated; the manifest's).",
    )
    slack_redirect_uri: str | None = Field(
        default=None,
        validation_alias=AliasChoices("SLACK_REDIRECT_URI", "slack_redirect_uri"),
        description="OAuth redirect URL (https://HOST/slack/oauth_redirect) when the app "
        "declares several; default: the one it declares.",
    )
    subscription_backlog_hours: float = Field(
        default=24,
        description="How far back the one recap message a new subscription posts reaches.",
    )
    slack_start_attempts: int = Field(
        default=6,
        ge=1,
        description="How many times `newsbot slack` tries the Slack API at start (waiting 1, 2, "
        "4, ... s between tries) before it gives up with one line saying what to check.",
    )
    stale_after_hours: float = Field(
        default=48,
        description="An article published more than this long before it was first seen is "
        "never pushed as new in digests or alerts (it stays in /whatsnew and export).",
    )
    alert_window_seconds: int = Field(
        default=120, description="Alerts arriving within this window go out as one message."
    )
    feed_failure_notice_after: int = Field(
        default=5,
        description="Consecutive failures after which a feed is reported to subscribed channels.",
    )
    slack_feed_managers: str = Field(
        default="admins",
        description="Who may add and remove feeds with `/newsbot feeds`: admins (workspace "
        "admins and owners), everyone, or comma-separated Slack user ids.",
    )

    @field_validator("log_format")
    @classmethod
    def _known_log_format(cls, value: str) -> str:
        if value.strip().lower() not in LOG_FORMATS:
            raise ValueError(f"use one of {', '.join(LOG_FORMATS)}")
        return value.strip().lower()

    @field_validator("summary_method")
    @classmethod
    def _known_summary_method(cls, value: str) -> str:
        if value.strip().lower() not in SUMMARY_METHODS:
            raise ValueError(f"use one of {', '.join(SUMMARY_METHODS)}")
        return value.strip().lower()

    @field_validator("slack_feed_managers")
    @classmethod
    def _known_feed_managers(cls, value: str) -> str:
        FeedManagers.parse(value)
        return value.strip()
