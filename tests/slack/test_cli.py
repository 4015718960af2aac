"""`newsbot slack` refuses to start without the tokens its mode needs."""

from __future__ import annotations

import logging
import socket

import pytest
import typer
from typer.testing import CliRunner

from bot.runtime.services import Services
from bot.settings import Settings
from bot.slack.cli import slack_command
from tests.support.fake_slack import FakeSlack


def cli(settings: Settings) -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main(ctx: typer.Context) -> None:
        ctx.obj = Services(settings)

    app.command("slack")(slack_command)
    return app


def test_missing_tokens_are_named(settings: Settings) -> None:
    runner = CliRunner()
    socket = runner.invoke(cli(settings), ["slack"])
    assert socket.exit_code == 1
    assert "set SLACK_BOT_TOKEN and SLACK_APP_TOKEN" in socket.output
    http = runner.invoke(
        cli(settings.model_copy(update={"slack_bot_token": "x"})), ["slack", "--http"]
    )
    assert http.exit_code == 1
    assert "set SLACK_SIGNING_SECRET" in http.output


def test_an_unreachable_slack_api_is_retried_then_named_in_one_line(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    down = settings.model_copy(
        update={
            "slack_bot_token": "xoxb-test",
            "slack_app_token": "xapp-test",
            "slack_api_url": f"http://127.0.0.1:{port}/api/",
            "slack_start_attempts": 3,
        }
    )
    with caplog.at_level(logging.WARNING, logger="bot.slack.startup"):
        result = CliRunner().invoke(cli(down), ["slack"])
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert f"the Slack API at http://127.0.0.1:{port}/api/ did not answer after 3 tries" in (
        result.output
    )
    assert "check the network" in result.output and "Traceback" not in result.output
    tries = [r.getMessage() for r in caplog.records]
    assert len(tries) == 2
    assert "try 1 of 3, next in 1 s" in tries[0] and "try 2 of 3, next in 2 s" in tries[1]


def test_a_refused_token_is_said_at_once(settings: Settings, fake_slack: FakeSlack) -> None:
    fake_slack.fail("auth.test", "invalid_auth")
    refused = settings.model_copy(
        update={
            "slack_bot_token": "xoxb-wrong",
            "slack_app_token": "xapp-test",
            "slack_api_url": fake_slack.api_url,
        }
    )
    result = CliRunner().invoke(cli(refused), ["slack"])
    assert result.exit_code == 1
    assert "Slack refused the bot token (invalid_auth): check SLACK_BOT_TOKEN" in result.output
