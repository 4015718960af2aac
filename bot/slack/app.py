"""The Bolt app: one set of listeners for Socket Mode and HTTP mode alike."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from bot.delivery import Deliveries
from bot.feed_health import FeedHealth
from bot.services import Services
from bot.settings import Settings
from bot.slack.jobs import SlackJobs
from bot.slack.listeners import register
from bot.slack.poster import Poster
from bot.storage.channels import ChannelStore
from bot.storage.schema import utcnow
from bot.storage.store import Store
from bot.subscriptions import Matcher
from bot.understand.gazetteer import Gazetteer

log = logging.getLogger(__name__)


@dataclass
class SlackBot:
    """What the listeners and jobs work with."""

    store: Store
    channels: ChannelStore
    gazetteer: Gazetteer
    deliveries: Deliveries
    jobs: SlackJobs
    settings: Settings
    clock: Callable[[], datetime] = utcnow


def make_client(settings: Settings) -> WebClient:
    """A WebClient on the configured API URL that retries network errors and honours 429s."""
    base_url = settings.slack_api_url.rstrip("/") + "/"
    return WebClient(
        token=settings.slack_bot_token,
        base_url=base_url,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=3),
            RateLimitErrorRetryHandler(max_retry_count=5),
        ],
    )


def make_bot(
    services: Services,
    client: WebClient,
    *,
    pace_seconds: float = 1.0,
    clock: Callable[[], datetime] = utcnow,
) -> SlackBot:
    """The Slack front end's parts, over the services of this process."""
    store, settings = services.store, services.settings
    gazetteer = services.analyzer.gazetteer
    channels = ChannelStore(store.engine)
    deliveries = Deliveries(store, channels, Matcher(gazetteer), settings)
    health = FeedHealth(store, channels, settings.feed_failure_notice_after)
    jobs = SlackJobs(deliveries, health, Poster(client, pace_seconds), clock)
    return SlackBot(store, channels, gazetteer, deliveries, jobs, settings, clock)


def build_app(bot: SlackBot, client: WebClient) -> App:
    """The Bolt app with every listener registered (verifies the token with auth.test)."""
    app = App(
        client=client,
        signing_secret=bot.settings.slack_signing_secret or "",
        logger=logging.getLogger("bot.slack.bolt"),
    )
    register(app, bot)
    return app


def worker_jobs(services: Services) -> SlackJobs | None:
    """The digest and alert jobs for `newsbot run`; None without SLACK_BOT_TOKEN."""
    if not services.settings.slack_bot_token:
        return None
    return make_bot(services, make_client(services.settings)).jobs
