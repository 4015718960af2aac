"""The web process's own endpoints around the Slack app: /healthz, /readyz, /metrics; a
worker's alone on a port of their own (`NEWSBOT_METRICS_PORT`)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def with_operations(slack: WSGIApp, not_ready: Callable[[], str | None]) -> WSGIApp:
    """`slack` behind three GET endpoints: /healthz (the process answers), /readyz (the
    database is reachable and migrated: `not_ready()` returns None) and /metrics."""

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if environ.get("REQUEST_METHOD") != "GET" or path not in _ROUTES:
            return slack(environ, start_response)
        if path == "/metrics":
            return _reply(start_response, "200 OK", generate_latest(), CONTENT_TYPE_LATEST)
        if path == "/readyz" and (reason := not_ready()) is not None:
            return _reply(start_response, "503 Service Unavailable", reason.encode())
        return _reply(start_response, "200 OK", b"ok\n")

    return application


_ROUTES = ("/healthz", "/readyz", "/metrics")


def _reply(
    start_response: Callable[..., Any],
    status: str,
    body: bytes,
    content_type: str = "text/plain; charset=utf-8",
) -> list[bytes]:
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]


log = logging.getLogger(__name__)


class _QuietHandler(WSGIRequestHandler):
    """No access log line per scrape (a Prometheus scrape every 15 s would fill the log)."""

    def log_message(self, format: str, *args: Any) -> None:
        log.debug(format, *args)


def _not_found(_environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    return _reply(start_response, "404 Not Found", b"GET /healthz, /readyz or /metrics\n")


def serve_operations(port: int, not_ready: Callable[[], str | None]) -> WSGIServer:
    """/healthz, /readyz and /metrics alone on `port` (all interfaces), answered from a
    daemon thread; raises OSError when the port cannot be bound. `shutdown()` stops it."""
    server = make_server(
        "", port, with_operations(_not_found, not_ready), WSGIServer, _QuietHandler
    )
    threading.Thread(target=server.serve_forever, name="operations", daemon=True).start()
    return server
