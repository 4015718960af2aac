"""SIGTERM to a web process: the answers it has started are finished, then it exits."""

from __future__ import annotations

import os
import signal
import time

from tests.support.fake_slack import TEAM, FakeSlack
from tests.support.processes import free_port, start_web
from tests.support.signed import slash_command

SECRET = "shutdown-signing-secret"
SLOW_ANSWER = 2.0


def test_sigterm_finishes_the_answer_in_progress(database_url: str) -> None:
    with FakeSlack() as fake:
        fake.delays["response:late"] = SLOW_ANSWER  # Slack slow to take the answer
        env = {
            **os.environ,
            "NEWSBOT_DATABASE_URL": database_url,
            "NEWSBOT_SEED_FEEDS": "false",
            "SLACK_BOT_TOKEN": "xoxb-shutdown",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": fake.api_url,
        }
        port = free_port()
        web = start_web(port, env)
        try:
            status, _ = slash_command(
                f"http://127.0.0.1:{port}/slack/events",
                SECRET,
                team=TEAM,
                channel="CDESK",
                user="UANNA",
                command="/whatsnew",
                text="Aleppo",
                response_url=fake.response_url("late"),
            )
            assert status == 200
            answer = fake.wait_for("response:late")[0]
            web.send_signal(signal.SIGTERM)
            assert web.wait(timeout=30) == 0
            exited = time.monotonic()
        finally:
            if web.poll() is None:
                web.kill()
    assert "Aleppo" in str(answer.body)
    assert exited >= answer.at + SLOW_ANSWER, "exited before its answer was delivered"
