"""Start-up before the database answers: retried with backoff, one log line per attempt,
and on as soon as it answers (PostgreSQL behind a port that opens later)."""

from __future__ import annotations

import logging
import os
import subprocess
import threading
import time
import urllib.error
import urllib.request

import pytest
from sqlalchemy import make_url

from bot.storage import Store, open_when_reachable
from tests.conftest import POSTGRES_URL
from tests.support.fake_slack import FakeSlack
from tests.support.processes import NEWSBOT, free_port
from tests.support.tcp_proxy import TcpProxy

pytestmark = pytest.mark.skipif(
    POSTGRES_URL is None, reason="needs PostgreSQL (NEWSBOT_DATABASE_URL=postgresql...)"
)


def behind(database_url: str, port: int) -> tuple[str, TcpProxy]:
    """`database_url` moved to `port`, and the (not yet listening) proxy to the real one."""
    url = make_url(database_url)
    proxy = TcpProxy(port, (url.host or "127.0.0.1", url.port or 5432))
    return url.set(port=port).render_as_string(hide_password=False), proxy


def test_start_up_waits_for_the_database_then_goes_on(
    database_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.storage.wait")
    url, proxy = behind(database_url, free_port())
    reasons: list[str] = []
    failed_twice = threading.Event()
    opened: list[Store | None] = []

    def heard(reason: str) -> None:
        reasons.append(reason)
        if len(reasons) == 2:
            failed_twice.set()

    def open_it() -> None:
        opened.append(open_when_reachable(url, on_wait=heard, first_delay=0.05))

    thread = threading.Thread(target=open_it)
    thread.start()
    try:
        assert failed_twice.wait(30)
        proxy.start()
        thread.join(60)
        [store] = opened
        assert store is not None and store.not_ready() is None
        store.close()
    finally:
        proxy.close()
    assert all(r.startswith("database unreachable: OperationalError") for r in reasons)
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == len(reasons) >= 2
    assert "attempt 1 failed" in lines[0] and "attempt 2 failed" in lines[1]
    assert all("\n" not in line for line in lines)


def test_web_process_says_why_it_is_not_ready_until_the_database_answers(
    database_url: str,
) -> None:
    url, proxy = behind(database_url, free_port())
    port = free_port()
    with FakeSlack() as fake:
        stderr = _serve_web(url, port, proxy, fake)
    waits = [line for line in stderr.splitlines() if "waiting for the database" in line]
    assert waits and "Traceback" not in stderr


def _serve_web(url: str, port: int, proxy: TcpProxy, fake: FakeSlack) -> str:
    """Run the web process until the database opened behind `proxy`; returns its stderr."""
    env = {
        **os.environ,
        "NEWSBOT_DATABASE_URL": url,
        "NEWSBOT_SEED_FEEDS": "false",
        "SLACK_BOT_TOKEN": "xoxb-waiting",
        "SLACK_SIGNING_SECRET": "waiting-secret",
        "SLACK_API_URL": fake.api_url,
    }
    command = [*NEWSBOT, "slack", "--http", "--port", str(port), "--no-jobs"]
    web = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        status, reason = _readyz(port, until=lambda s, b: "unreachable" in b, web=web)
        assert status == 503 and reason.startswith("database unreachable: OperationalError")
        proxy.start()
        status, _ = _readyz(port, until=lambda s, _b: s == 200, web=web)
        assert status == 200
        assert web.poll() is None
    finally:
        web.terminate()
        _, stderr = web.communicate(timeout=60)
        proxy.close()
    return stderr


def _readyz(port: int, until: object, web: subprocess.Popen[str]) -> tuple[int, str]:
    """GET /readyz until `until(status, body)` holds (the process must stay up)."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert web.poll() is None, "the web process exited"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=5) as reply:
                status, body = reply.status, reply.read().decode()
        except urllib.error.HTTPError as exc:
            status, body = exc.code, exc.read().decode()
        except OSError:
            time.sleep(0.1)
            continue
        if until(status, body):  # type: ignore[operator]
            return status, body
        time.sleep(0.1)
    raise AssertionError("/readyz never answered as expected")
