"""The web process's /healthz, /readyz and /metrics beside POST /slack/events."""

from __future__ import annotations

import urllib.error
import urllib.request

from bot.runtime import demo
from bot.runtime.services import Services
from bot.settings import Settings
from bot.slack.bot import make_bot, make_client
from bot.storage import Store, make_engine
from tests.slack.conftest import SlackHarness


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def sample(metrics: str, name: str) -> float:
    """The value of an unlabelled sample in Prometheus' text format (0 when absent)."""
    for line in metrics.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    return 0.0


def test_health_readiness_and_metrics_are_served(harness: SlackHarness) -> None:
    base = harness.events_url.removesuffix("/slack/events")
    assert get(base + "/healthz") == (200, "ok\n")
    assert get(base + "/readyz") == (200, "ok\n")
    before = get(base + "/metrics")[1]
    demo.ingest_samples(harness.services)
    harness.services.poller.poll_due()
    assert harness.command("/whatsnew", "Aleppo", response="aleppo") == (200, "")
    harness.fake.wait_for("response:aleppo")
    status, after = get(base + "/metrics")
    assert status == 200
    for name in ("newsbot_poll_pass_seconds_count", "newsbot_briefing_seconds_count"):
        assert sample(after, name) == sample(before, name) + 1, name


def test_not_ready_says_why(database_url: str) -> None:
    unmigrated = Store(make_engine(database_url))
    assert unmigrated.not_ready() == "database schema is behind: run `newsbot db upgrade`"
    unreachable = Store(make_engine("postgresql+psycopg://postgres@127.0.0.1:1/none"))
    assert (unreachable.not_ready() or "").startswith("database unreachable")
    unmigrated.close()


def test_the_web_process_builds_no_summarizer_of_its_own(settings: Settings) -> None:
    """Slack's topics need the lexicon only: the analyzer (its summarizer alone is about
    100 MB) is for processes that ingest."""
    services = Services(settings.model_copy(update={"slack_bot_token": "xoxb-web"}))
    bot = make_bot(services, make_client(services.settings))
    assert bot.lexicon is not None and bot.lexicon.conflict
    assert "analyzer" not in services.__dict__
    services.store.close()
