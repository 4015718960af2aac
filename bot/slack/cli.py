"""`newsbot slack`: the Slack app, in Socket Mode or HTTP mode, with the scheduler beside it.

Registered in `bot.cli` as `app.command("slack")(slack_command)`; the Slack libraries and the
app's modules are imported when the command runs, not by every other command.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Annotated

import typer

from bot.settings import Settings

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler
    from slack_bolt import App

    from bot.runtime import Services
    from bot.slack.serve import LateApp

log = logging.getLogger(__name__)


def _stop(signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt(signal.Signals(signum).name)


def missing_settings(settings: Settings, http: bool) -> list[str]:
    """The Slack settings this mode needs that are not set: the bot token (unless OAuth
    mode), and the signing secret (HTTP) or the app-level token (Socket Mode)."""
    from bot.slack.oauth import oauth_mode

    needed = [
        ("SLACK_SIGNING_SECRET", settings.slack_signing_secret)
        if http
        else ("SLACK_APP_TOKEN", settings.slack_app_token)
    ]
    if not oauth_mode(settings):
        needed.insert(0, ("SLACK_BOT_TOKEN", settings.slack_bot_token))
    return [name for name, value in needed if not value]


def slack_command(
    ctx: typer.Context,
    http: Annotated[
        bool, typer.Option("--http", help="Serve POST /slack/events instead of Socket Mode.")
    ] = False,
    port: Annotated[int, typer.Option(help="HTTP mode's port.")] = 3000,
    jobs: Annotated[
        bool,
        typer.Option("--jobs/--no-jobs", help="Poll feeds and post digests in this process too."),
    ] = True,
) -> None:
    """Run the Slack app (Socket Mode, or HTTP with --http) until Ctrl-C or SIGTERM."""
    from bot.runtime import make_scheduler
    from bot.slack.app import build_app
    from bot.slack.bot import make_bot, make_client
    from bot.slack.oauth import oauth_mode
    from bot.slack.serve import LateApp, http_server, socket_mode
    from bot.slack.startup import reach_slack

    services: Services = ctx.obj
    settings = services.settings
    missing = missing_settings(settings, http)
    if missing:
        typer.echo(f"error: set {' and '.join(missing)} (see docs/slack.md)", err=True)
        raise typer.Exit(code=1)
    unreachable = reach_slack(settings)
    if unreachable:
        typer.echo(f"error: {unreachable}", err=True)
        raise typer.Exit(code=1)
    client = make_client(settings)
    stop = services.stop
    started: list[BackgroundScheduler] = []
    lock = threading.Lock()

    def start() -> App:
        """Open the database (waiting for it), build the app and start the jobs."""
        bot = make_bot(services, client)
        bot.jobs.stopping = stop
        app = build_app(bot, client)
        if jobs:
            scheduler = make_scheduler(
                lambda stop: services.poller.poll_due(stop=stop),
                settings.poll_every_seconds,
                stop,
                also=bot.jobs.schedule,
            )
            with lock:
                if not stop.is_set():
                    scheduler.start()
                    started.append(scheduler)
        return app

    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        if http:
            late = LateApp()
            try:
                server = http_server(
                    late,
                    lambda: late.not_ready(services.not_ready),
                    port=port,
                    signing_secret=str(settings.slack_signing_secret),
                )
            except OSError as exc:  # the port is taken, or below 1024 without the right
                typer.echo(
                    f"error: cannot listen on port {port}: {exc.strerror or exc}; "
                    "stop what holds it or choose another with --port",
                    err=True,
                )
                raise typer.Exit(code=1) from None
            pages = ", GET /slack/install" if oauth_mode(settings) else ""
            typer.echo(
                f"newsbot: HTTP mode on port {port}, POST /slack/events{pages}; Ctrl-C to stop."
            )
            threading.Thread(target=_attach, args=(late, start), daemon=True).start()
            try:
                server.run()
            finally:
                server.close()
        else:
            app = start()
            typer.echo("newsbot: Socket Mode; Ctrl-C to stop.")
            socket_mode(app, str(settings.slack_app_token)).start()
    except KeyboardInterrupt:
        typer.echo("Stopping.")
    finally:
        signal.signal(signal.SIGTERM, previous)
        with lock:
            stop.set()  # a poll in progress winds down at its next safe point
        for scheduler in started:
            scheduler.shutdown(wait=True)


def _attach(late: LateApp, start: Callable[[], App]) -> None:
    """Build the app (once the database answers) and serve it."""
    try:
        late.attach(start())
    except KeyboardInterrupt:
        log.info("stopped while waiting for the database")
