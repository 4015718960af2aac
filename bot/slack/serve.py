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

from collections.abc import Callable

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress import create_server
from waitress.server import BaseWSGIServer, MultiSocketServer

from bot.runtime import with_operations
from bot.slack.guard import guarded

EVENTS_PATH = "/slack/events"


def http_server(
    app: App,
    not_ready: Callable[[], str | None],
    host: str = "0.0.0.0",
    port: int = 3000,
    threads: int = 8,
    *,
    signing_secret: str,
) -> BaseWSGIServer | MultiSocketServer:
    """A waitress server for `app` at POST /slack/events (and the install pages when it has
    an OAuth flow; port 0: any free port), with /healthz, /readyz (`not_ready` says why not)
    and /metrics beside it. Bad requests are refused first (`guard.guarded`)."""
    handler = guarded(SlackRequestHandler(app, EVENTS_PATH), signing_secret, EVENTS_PATH)
    return create_server(with_operations(handler, not_ready), host=host, port=port, threads=threads)


def socket_mode(app: App, app_token: str) -> SocketModeHandler:
    """A Socket Mode connection for `app` (opened with apps.connections.open on the app's
    own WebClient, so on the configured API URL)."""
    return SocketModeHandler(app, app_token, web_client=app.client)
