"""A deployment's mistakes, made as an operator makes them: each ends in one line saying what
to fix and a non-zero exit code, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.settings import SUMMARY_METHODS, Settings
from tests.conftest import POSTGRES_URL
from tests.support.processes import free_port


def _newsbot(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        env={**os.environ, "NEWSBOT_SEED_FEEDS": "false", **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _refused(result: subprocess.CompletedProcess[str], code: int, *said: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsbot: error: "), result.stderr
    for words in said:
        assert words in lines[0]


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("not a url", "NEWSBOT_DATABASE_URL"),
        ("mysql+nodriver://u@h/db", "NEWSBOT_DATABASE_URL"),
        ("mysql://u@h/db", "driver MySQLdb, which is not installed"),
    ],
)
def test_a_database_url_newsbot_cannot_use_is_named(tmp_path: Path, url: str, said: str) -> None:
    result = _newsbot("db", "upgrade", NEWSBOT_DATABASE_URL=url, NEWSBOT_DATA_DIR=str(tmp_path))
    _refused(result, 2, said, "postgresql+psycopg://")


def test_a_database_that_does_not_answer_is_one_line(tmp_path: Path) -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:9/none?connect_timeout=2"
    for command in (("db", "upgrade"), ("digest",)):
        result = _newsbot(*command, NEWSBOT_DATABASE_URL=url, NEWSBOT_DATA_DIR=str(tmp_path))
        _refused(result, 1, "cannot open the database", "127.0.0.1")


def test_a_postgres_url_as_hosts_hand_them_out_is_read_as_postgresql() -> None:
    settings = Settings(database_url="postgres://user:pw@db.internal:5432/newsbot")
    assert (
        settings.effective_database_url == "postgresql+psycopg://user:pw@db.internal:5432/newsbot"
    )
    kept = "postgresql://user@db/newsbot"
    assert Settings(database_url=kept).effective_database_url == kept


@pytest.mark.skipif(POSTGRES_URL is None, reason="needs PostgreSQL")
def test_db_upgrade_takes_a_postgres_url(database_url: str) -> None:
    url = "postgres://" + database_url.split("://", 1)[1]
    result = _newsbot("db", "upgrade", NEWSBOT_DATABASE_URL=url)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


def test_a_data_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    result = _newsbot("digest", NEWSBOT_DATABASE_URL="", NEWSBOT_DATA_DIR=str(blocked / "data"))
    _refused(result, 1, str(blocked), "NEWSBOT_DATA_DIR")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("feeds:\n  - url: [oops\n", "not valid YAML (line 3)"),
        ("feeds:\n  - title: BBC\n", "feed 1 has no `url:`"),
        ("feeds: 3\n", "a list of feeds"),
        ("feeds:\n  - url: https://a.example/rss\n  - url: ftp://b.example/rss\n", "feed 2"),
    ],
)
def test_a_broken_feed_list_is_named_with_what_is_wrong(
    tmp_path: Path, database_url: str, text: str, said: str
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "feeds.yaml").write_text(text, encoding="utf-8")
    env = {
        "NEWSBOT_DATABASE_URL": database_url,
        "NEWSBOT_DATA_DIR": str(tmp_path / "data"),
        "NEWSBOT_CONFIG_DIR": str(config),
        "NEWSBOT_SEED_FEEDS": "true",
    }
    _refused(_newsbot("digest", **env), 2, str(config / "feeds.yaml"), said)
    (config / "feeds.yaml").unlink()
    _refused(_newsbot("digest", **env), 2, "cannot read the feed list", str(config))


@pytest.mark.parametrize(
    ("variable", "value", "said"),
    [
        ("NEWSBOT_LOG_FORMAT", "yaml", "text, json"),
        ("NEWSBOT_SUMMARY_METHOD", "bestest", "lexrank"),
        ("NEWSBOT_POLL_EVERY_SECONDS", "1m", "integer"),
    ],
)
def test_a_bad_setting_is_named_before_anything_runs(
    tmp_path: Path, variable: str, value: str, said: str
) -> None:
    result = _newsbot("digest", NEWSBOT_DATA_DIR=str(tmp_path), **{variable: value})
    _refused(result, 2, f"{variable}={value!r}", said, "docs/settings.md")


def test_settings_offer_the_summary_methods_there_are() -> None:
    from bot.understand.summary.article import SUMMARY_METHODS as OFFERED

    assert set(SUMMARY_METHODS) == set(OFFERED)


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_a_worker_serves_its_own_health_and_metrics(tmp_path: Path, database_url: str) -> None:
    """In the Procfile's web + workers, polls happen in workers: their figures are theirs."""
    port = free_port()
    env = {
        **os.environ,
        "NEWSBOT_DATABASE_URL": database_url,
        "NEWSBOT_DATA_DIR": str(tmp_path / "data"),
        "NEWSBOT_SEED_FEEDS": "false",
        "NEWSBOT_METRICS_PORT": str(port),
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        metrics = (0, "")
        while time.monotonic() < deadline and worker.poll() is None:
            try:
                metrics = _get(f"http://127.0.0.1:{port}/metrics")
            except OSError:
                time.sleep(0.2)
                continue
            if "newsbot_poll_pass_seconds_count 1.0" in metrics[1]:
                break
            time.sleep(0.2)
        assert _get(f"http://127.0.0.1:{port}/healthz") == (200, "ok\n")
        assert _get(f"http://127.0.0.1:{port}/readyz") == (200, "ok\n")
        assert "newsbot_poll_pass_seconds_count 1.0" in metrics[1], "the worker's first pass"
        # a second worker told the same port says so and stops
        taken = _newsbot("run", **{k: v for k, v in env.items() if k.startswith("NEWSBOT_")})
        assert taken.returncode == 1 and "Traceback" not in taken.stderr, taken.stderr
        assert f"NEWSBOT_METRICS_PORT={port}" in taken.stderr
    finally:
        worker.send_signal(signal.SIGTERM)
        out, err = worker.communicate(timeout=60)
    assert worker.returncode == 0, err
    assert "Stopped." in out
