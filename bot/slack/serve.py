"""The two ways Slack reaches the app: HTTP (POST /slack/events) and Socket Mode.

In OAuth mode, HTTP mode also serves GET /slack/install and GET /slack/oauth_redirect: Bolt's
WSGI adapter routes those two paths to the app's OAuth flow by itself (its `path` argument
names the events path only).

HTTP mode is served by waitress, a production WSGI server (threaded, pure Python, no
build step) through Bolt's WSGI adapter; Bolt's own development server is single-threaded
http.server and says not to use it in production. Bolt verifies each request's signature
and refuses timestamps more than five minutes old (401), before any listener runs; before
Bolt, `guard.guarded` checks the signature on the raw bytes, the body's size and its form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress import create_server
from waitress.server import BaseWSGIServer, MultiSocketServer

from bot.runtime import with_operations
from bot.slack.guard import WSGIApp, guarded

EVENTS_PATH = "/slack/events"


class LateApp:
    """The Slack app's WSGI side, attached once the app is built: a process still waiting
    for its database answers 503 until then (its /readyz says why)."""

    def __init__(self, app: App | None = None) -> None:
        self._handler: WSGIApp | None = None
        if app is not None:
            self.attach(app)

    def attach(self, app: App) -> None:
        """Serve `app` from now on."""
        self._handler = SlackRequestHandler(app, EVENTS_PATH)

    def not_ready(self, database: Callable[[], str | None]) -> str | None:
        """Why this process cannot serve yet: its database (`database()`), or the app not
        built yet; None when ready."""
        if (reason := database()) is not None:
            return reason
        return None if self._handler is not None else "starting: building the app"

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        handler = self._handler
        if handler is not None:
            return handler(environ, start_response)
        body = b"starting: waiting for the database\n"
        headers = [("Content-Type", "text/plain; charset=utf-8"), ("Retry-After", "5")]
        start_response("503 Service Unavailable", [*headers, ("Content-Length", str(len(body)))])
        return [body]


def http_server(
    app: App | LateApp,
    not_ready: Callable[[], str | None],
    host: str = "0.0.0.0",
    port: int = 3000,
    threads: int = 8,
    *,
    signing_secret: str,
) -> BaseWSGIServer | MultiSocketServer:
    """A waitress server for `app` (or the `LateApp` it will be) at POST /slack/events (and
    the install pages when it has an OAuth flow; port 0: any free port), with /healthz,
    /readyz (`not_ready` says why not) and /metrics beside it. Bad requests are refused
    first (`guard.guarded`)."""
    late = app if isinstance(app, LateApp) else LateApp(app)
    handler = guarded(late, signing_secret, EVENTS_PATH)
    return create_server(with_operations(handler, not_ready), host=host, port=port, threads=threads)


def socket_mode(app: App, app_token: str) -> SocketModeHandler:
    """A Socket Mode connection for `app` (opened with apps.connections.open on the app's
    own WebClient, so on the configured API URL)."""
    return SocketModeHandler(app, app_token, web_client=app.client)
