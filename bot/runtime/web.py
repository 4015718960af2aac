"""The web process's own endpoints around the Slack app: /healthz, /readyz, /metrics."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

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
