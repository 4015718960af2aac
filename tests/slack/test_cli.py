"""`newsbot slack` refuses to start without the tokens its mode needs."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from bot.runtime.services import Services
from bot.settings import Settings
from bot.slack.cli import slack_command


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
