"""Starting the web process as an operator does: what it says when it cannot, and that it
says nothing alarming when it can."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request

from tests.support.fake_slack import FakeSlack
from tests.support.processes import NEWSBOT, free_port


def _env(database_url: str, fake: FakeSlack) -> dict[str, str]:
    return {
        **os.environ,
        "NEWSBOT_DATABASE_URL": database_url,
        "NEWSBOT_SEED_FEEDS": "false",
        "SLACK_BOT_TOKEN": "xoxb-start",
        "SLACK_SIGNING_SECRET": "start-secret",
        "SLACK_API_URL": fake.api_url,
    }


def test_a_port_in_use_is_said_in_one_line(database_url: str) -> None:
    with FakeSlack() as fake, socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [*NEWSBOT, "slack", "--http", "--port", str(port), "--no-jobs"],
            env=_env(database_url, fake),
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert f"error: cannot listen on port {port}" in result.stderr
    assert "--port" in result.stderr


def test_a_single_workspace_start_logs_no_warning(database_url: str) -> None:
    """Bolt warned "`token` will be unused" on every start with SLACK_BOT_TOKEN set."""
    with FakeSlack() as fake:
        port = free_port()
        web = subprocess.Popen(
            [*NEWSBOT, "slack", "--http", "--port", str(port), "--no-jobs"],
            env=_env(database_url, fake),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            ready = False
            while not ready and time.monotonic() < deadline and web.poll() is None:
                try:
                    url = f"http://127.0.0.1:{port}/readyz"
                    with urllib.request.urlopen(url, timeout=2) as reply:
                        ready = reply.status == 200
                except OSError:
                    time.sleep(0.2)
            web.send_signal(signal.SIGTERM)
            _, err = web.communicate(timeout=60)
        finally:
            if web.poll() is None:
                web.kill()
    assert ready, err
    assert web.returncode == 0, err
    assert "WARNING" not in err and "Traceback" not in err, err
