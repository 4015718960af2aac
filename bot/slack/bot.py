"""The Slack front end's parts over one process's services: the store, the channel store,
deliveries, jobs and the Web API client the listeners and jobs work with."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from slack_sdk import WebClient
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

from bot.answers import Deliveries, FeedHealth, Matcher
from bot.clock import utcnow
from bot.runtime import Services
from bot.settings import Settings
from bot.slack.clients import ANSWER_TIMEOUT, WorkspaceClients, retry_handlers
from bot.slack.courier import Courier
from bot.slack.jobs import SlackJobs
from bot.slack.oauth import installation_store, oauth_mode
from bot.slack.poster import Poster
from bot.storage import ChannelStore, DeliveryLog, Store
from bot.understand import EventKinds, Gazetteer, Lexicon, load_event_kinds


@dataclass
class SlackBot:
    """What the listeners and jobs work with."""

    store: Store
    channels: ChannelStore
    gazetteer: Gazetteer
    deliveries: Deliveries
    jobs: SlackJobs
    settings: Settings
    installations: SQLAlchemyInstallationStore | None = None
    """Each workspace's bot token (OAuth mode); None with one SLACK_BOT_TOKEN."""
    clock: Callable[[], datetime] = utcnow
    lexicon: Lexicon | None = None
    """The conflict lexicon: its terms are topics, never misspelt places."""
    kinds: EventKinds = field(default_factory=load_event_kinds)
    """The kinds of event a subscription may name ("airstrikes in Sudan")."""


def make_client(settings: Settings) -> WebClient:
    """A WebClient on the configured API URL that repeats what is safe to repeat (network
    errors, except a post's, and 429s) and waits ANSWER_TIMEOUT for an answer (holding
    SLACK_BOT_TOKEN, except in OAuth mode: each workspace has its own token)."""
    base_url = settings.slack_api_url.rstrip("/") + "/"
    return WebClient(
        token=None if oauth_mode(settings) else settings.slack_bot_token,
        base_url=base_url,
        timeout=ANSWER_TIMEOUT,
        retry_handlers=retry_handlers(),
    )


def make_bot(
    services: Services,
    client: WebClient,
    *,
    pace_seconds: float = 1.0,
    clock: Callable[[], datetime] = utcnow,
) -> SlackBot:
    """The Slack front end's parts, over the services of this process; `client` is
    `make_client`'s."""
    store, settings = services.store, services.settings
    gazetteer = services.place_index
    channels = ChannelStore(store.engine)
    installations = installation_store(settings, store.engine)
    stale_after = timedelta(hours=settings.stale_after_hours)
    matcher = Matcher(gazetteer, stale_after, services.event_kinds)
    deliveries = Deliveries(store, channels, matcher, settings)
    health = FeedHealth(store, channels, settings.feed_failure_notice_after)
    poster = Poster(WorkspaceClients(client, installations), pace_seconds)
    courier = Courier(DeliveryLog(store.engine), poster)
    jobs = SlackJobs(deliveries, health, poster, courier, clock)
    return SlackBot(
        store,
        channels,
        gazetteer,
        deliveries,
        jobs,
        settings,
        installations,
        clock,
        services.lexicon,
        services.event_kinds,
    )


def worker_jobs(services: Services) -> SlackJobs | None:
    """The digest and alert jobs for `newsbot run`; None without SLACK_BOT_TOKEN or OAuth
    mode."""
    if not (services.settings.slack_bot_token or oauth_mode(services.settings)):
        return None
    return make_bot(services, make_client(services.settings)).jobs
