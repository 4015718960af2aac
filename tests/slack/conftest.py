"""The HTTP-mode app against a fake Slack: signed requests over real HTTP."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_bolt import App

from bot.runtime.services import Services
from bot.settings import Settings
from bot.slack.app import build_app
from bot.slack.bot import SlackBot, make_bot, make_client
from bot.slack.serve import http_server
from bot.understand.analyzer import Analyzer
from tests.support.fake_slack import TEAM, FakeSlack
from tests.support.signed import FORM, post_signed, slash_command_form

SECRET = "test-signing-secret"


@dataclass
class SlackHarness:
    """The app served over HTTP, the fake Slack it talks to, and helpers to drive it."""

    fake: FakeSlack
    services: Services
    bot: SlackBot
    app: App
    events_url: str

    def post(
        self,
        body: str | bytes,
        content_type: str,
        *,
        timestamp: int | None = None,
        signature: str | None = None,
        signed: bool = True,
    ) -> tuple[int, str]:
        """POST to /slack/events, signed with the app's secret unless told otherwise."""
        return post_signed(
            self.events_url,
            body,
            content_type,
            SECRET,
            timestamp=timestamp,
            signature=signature,
            signed=signed,
        )

    def command(
        self,
        name: str,
        text: str,
        *,
        channel: str = "CDESK",
        user: str = "UANNA",
        response: str = "cmd",
        team: str = TEAM,
        **options: Any,
    ) -> tuple[int, str]:
        """A slash command in Slack's form encoding (from workspace `team`)."""
        form = slash_command_form(
            team=team,
            channel=channel,
            user=user,
            command=name,
            text=text,
            response_url=self.fake.response_url(response),
        )
        return self.post(form, FORM, **options)

    def action(
        self,
        action_id: str,
        value: str,
        *,
        channel: str | None = "CDESK",
        user: str = "UANNA",
        response: str = "act",
        ephemeral: bool = True,
        label: str | None = None,
    ) -> tuple[int, str]:
        """A button click (block_actions) in Slack's form encoding: payload=<json>, on an
        ephemeral message unless told otherwise; Slack sends the button's `label` back with
        it (its text) when given."""
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user, "team_id": TEAM},
            "team": {"id": TEAM},
            "api_app_id": "A1",
            "trigger_id": "1.2.3",
            "response_url": self.fake.response_url(response),
            "container": {"type": "message", "channel_id": channel, "is_ephemeral": ephemeral},
            "actions": [
                {
                    "type": "button",
                    "action_id": action_id,
                    "value": value,
                    "block_id": "b1",
                    "action_ts": "1",
                }
            ],
        }
        if label is not None:
            payload["actions"][0]["text"] = {"type": "plain_text", "text": label, "emoji": True}
        if channel:
            payload["channel"] = {"id": channel}
        form = urlencode({"payload": json.dumps(payload)})
        return self.post(form, FORM)

    def submit_view(
        self, view: dict[str, Any], values: dict[str, str], *, user: str = "UANNA"
    ) -> tuple[int, str]:
        """A modal submitted (view_submission), as Slack sends it: `view` as it was opened,
        with `values` typed in its inputs (block id -> the value of its one plain-text
        input)."""
        inputs = {
            b["block_id"]: b["element"]["action_id"] for b in view["blocks"] if "element" in b
        }
        state = {
            block: {inputs[block]: {"type": "plain_text_input", "value": value}}
            for block, value in values.items()
        }
        payload = {
            "type": "view_submission",
            "user": {"id": user, "team_id": TEAM},
            "team": {"id": TEAM},
            "api_app_id": "A1",
            "trigger_id": "4.5.6",
            "view": {**view, "id": "V1", "team_id": TEAM, "state": {"values": state}},
        }
        return self.post(urlencode({"payload": json.dumps(payload)}), FORM)

    def event(self, event: dict[str, Any], team: str = TEAM) -> tuple[int, str]:
        """An Events API callback (JSON) from workspace `team`."""
        body = {
            "token": "legacy",
            "team_id": team,
            "api_app_id": "A1",
            "event": event,
            "type": "event_callback",
            "event_id": "Ev1",
            "event_time": int(time.time()),
        }
        return self.post(json.dumps(body), "application/json")


def slack_settings(settings: Settings, fake: FakeSlack) -> Settings:
    """The test's settings with Slack pointed at the fake."""
    return settings.model_copy(
        update={
            "slack_bot_token": "xoxb-test",
            "slack_signing_secret": SECRET,
            "slack_api_url": fake.api_url,
        }
    )


def services_for(settings: Settings, analyzer: Analyzer) -> Services:
    """Services over the test's database, sharing the session's loaded analyzer."""
    services = Services(settings)
    services.__dict__["analyzer"] = analyzer  # cached properties: skip reloading
    services.__dict__["gazetteer"] = analyzer.gazetteer
    services.__dict__["lexicon"] = analyzer.lexicon
    return services


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    """The fake Slack Web API."""
    with FakeSlack() as fake:
        yield fake


@contextlib.contextmanager
def served(services: Services, fake: FakeSlack) -> Iterator[SlackHarness]:
    """The HTTP-mode app of `services` on a free port, talking to the fake Slack."""
    client = make_client(services.settings)
    bot = make_bot(services, client, pace_seconds=0)
    app = build_app(bot, client)
    server = http_server(
        app,
        services.store.not_ready,
        host="127.0.0.1",
        port=0,
        threads=4,
        signing_secret=SECRET,
    )

    def serve() -> None:
        with contextlib.suppress(OSError, ValueError):  # closed from the test's thread
            server.run()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield SlackHarness(
            fake, services, bot, app, f"http://127.0.0.1:{server.effective_port}/slack/events"
        )
    finally:
        server.close()
        app.listener_runner.listener_executor.shutdown(wait=True)
        services.store.close()


@pytest.fixture
def harness(
    settings: Settings, analyzer: Analyzer, fake_slack: FakeSlack
) -> Iterator[SlackHarness]:
    """The HTTP-mode app on a free port, talking to the fake Slack."""
    with served(services_for(slack_settings(settings, fake_slack), analyzer), fake_slack) as h:
        yield h
