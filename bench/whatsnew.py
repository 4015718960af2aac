"""/whatsnew from request to answer on a store of 100,000 articles.

Builds the store (synthetic articles, each reporting one event, each a story of its own;
Deir ez-Zor and Kharkiv named in tens of thousands of them), serves the HTTP-mode app
against the fake Slack, then times signed /whatsnew requests from the POST until the
briefing reaches the response URL, and until the briefing with the place's activity picture
replaces it; also brief() plus rendering alone. Prints p50/p95/p99 (target: p95 under 150
ms to the briefing), then starts `newsbot slack --http --no-jobs` on the store as its own
process, as an operator runs it (the gazetteer's name index, not the whole gazetteer the
build loaded), has it answer the same requests, and prints their p50/p95/p99 and its
resident memory (goal: 250 MB).

    .venv/bin/python bench/whatsnew.py [--articles 100000] [--requests 300]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import statistics
import sys
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.answers.briefing import brief
from bot.clock import utcnow
from bot.records import (
    Analysis,
    Casualties,
    EventFacts,
    ParsedEntry,
    PlaceMention,
    PollOutcome,
    Relevance,
)
from bot.runtime.services import Services
from bot.settings import Settings
from bot.slack.app import build_app
from bot.slack.blocks import briefing_message
from bot.slack.bot import make_bot, make_client
from bot.slack.serve import http_server
from bot.storage import FreshArticle
from tests.slack.conftest import SECRET, SlackHarness
from tests.support.fake_slack import TEAM, FakeSlack
from tests.support.processes import free_port, start_web
from tests.support.signed import slash_command

HOT = [("Deir ez-Zor", 0.35), ("Kharkiv", 0.25)]
"""Places named in a large share of the articles."""
OTHERS = ["Aleppo", "Mosul", "Hodeidah", "El Fasher", "Goma", "Gao", "Mandalay", "Rafah", "Tripoli"]
QUERIES = ["Dayr az Zawr", "Deir al-Zor", "Kharkiv", "Tripoli", "Mosul", "Goma", "Tripolli"]
SUGGESTED = {"Tripolli"}
"""Queries answered with "did you mean": no briefing, so no picture follows."""
PER_POLL = 1000
EVENTS = [
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
]
"""What the synthetic articles report (each one event, so /whatsnew draws its picture)."""


def build(services: Services, count: int, seed: int = 7) -> None:
    """Store `count` synthetic conflict articles over the last 60 days, 1,000 per poll."""
    rng = random.Random(seed)
    gaz = services.analyzer.gazetteer
    hot = [(gaz.lookup(name)[0], share) for name, share in HOT]
    others = [gaz.lookup(name)[0] for name in OTHERS]
    store = services.store
    now = utcnow()
    for start in range(0, count, PER_POLL):
        feed = store.add_feed(
            f"https://bench.example/{start // PER_POLL}.xml", title=f"Wire {start}"
        )
        fresh = []
        for i in range(start, min(count, start + PER_POLL)):
            places = [p for p, share in hot if rng.random() < share] or [rng.choice(others)]
            names = " and ".join(p.name for p in places)
            published = now - timedelta(minutes=rng.randrange(60 * 24 * 60))
            killed = rng.randrange(2, 40)
            event_type, sub_event_type = rng.choice(EVENTS)
            event = EventFacts(event_type, sub_event_type, Casualties(killed, True))
            summary = (
                f"Shelling hit {names} overnight, killing {killed} people. "
                f"Families fled villages around {places[0].name}. Aid convoys were blocked."
            )
            link = f"https://bench.example/article/{i}"
            entry = ParsedEntry(
                link, link, link, f"Fighting near {names} ({i})", summary, "", published
            )
            mentions = [PlaceMention(p.name, 0, len(p.name), p) for p in places]
            analysis = Analysis(Relevance(12.0, True), mentions, summary, event=event)
            fresh.append(FreshArticle(entry, analysis))
        store.save_poll(PollOutcome(feed.id, now, now + timedelta(hours=1)), fresh)


def answered(
    fake: FakeSlack,
    name: str,
    query: str,
    t0: float,
    answers: list[float],
    pictures: list[float],
) -> None:
    """Wait for the answer to request `name` (and, for a place, the briefing with its picture
    that replaces it); add the seconds since `t0` to `answers` and `pictures`."""
    sent = fake.wait_for(f"response:{name}", 1 + (query not in SUGGESTED), timeout=30)
    answers.append(sent[0].at - t0)
    pictures.extend(call.at - t0 for call in sent[1:])


def percentiles(label: str, samples: list[float]) -> None:
    """Print p50/p95/p99 in milliseconds."""
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    print(
        f"{label:<44} n={len(samples):<4} p50 {cuts[49] * 1000:6.1f} ms   "
        f"p95 {cuts[94] * 1000:6.1f} ms   p99 {cuts[98] * 1000:6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--database-url", help="default: a temporary SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, FakeSlack() as fake:
        url = args.database_url or f"sqlite:///{tmp}/bench.db"
        settings = Settings(
            database_url=url,
            seed_feeds=False,
            slack_bot_token="xoxb-bench",
            slack_signing_secret=SECRET,
            slack_api_url=fake.api_url,
        )
        services = Services(settings)
        started = time.perf_counter()
        services.analyzer  # noqa: B018  (load before timing the build)
        build(services, args.articles)
        took = time.perf_counter() - started
        print(f"built {services.store.article_count():,} articles in {took:.1f} s")
        gaz = services.analyzer.gazetteer
        for name, _ in HOT:
            key = gaz.lookup(name)[0].key
            named = len(services.store.place_articles([key], limit=10**6))
            print(f"  {name} is named in {named:,} of them")

        since = utcnow() - timedelta(days=7)
        direct = []
        for i in range(args.requests):
            t0 = time.perf_counter()
            answer = brief(services.store, gaz, QUERIES[i % len(QUERIES)], since)
            briefing_message(answer)
            direct.append(time.perf_counter() - t0)

        client = make_client(settings)
        bot = make_bot(services, client, pace_seconds=0)
        app = build_app(bot, client)
        server = http_server(
            app,
            services.store.not_ready,
            host="127.0.0.1",
            port=0,
            threads=4,
            signing_secret=str(settings.slack_signing_secret),
        )

        def serve() -> None:
            with contextlib.suppress(OSError, ValueError):
                server.run()

        threading.Thread(target=serve, daemon=True).start()
        harness = SlackHarness(
            fake, services, bot, app, f"http://127.0.0.1:{server.effective_port}/slack/events"
        )
        acks, answers, pictures = [], [], []
        for i in range(args.requests):
            name = f"bench{i}"
            t0 = time.monotonic()
            status, _ = harness.command("/whatsnew", QUERIES[i % len(QUERIES)], response=name)
            acks.append(time.monotonic() - t0)
            assert status == 200
            answered(fake, name, QUERIES[i % len(QUERIES)], t0, answers, pictures)
        server.close()
        app.listener_runner.listener_executor.shutdown(wait=True)
        percentiles("brief() + Block Kit rendering", direct)
        percentiles("signed POST -> ack (HTTP 200)", acks)
        percentiles("signed POST -> briefing at response_url", answers)
        percentiles("signed POST -> briefing with its picture", pictures)
        services.store.close()
        web_process_memory(url, fake, args.requests)


def web_process_memory(database_url: str, fake: FakeSlack, requests: int) -> None:
    """Resident memory of `newsbot slack --http --no-jobs` on the built store, as an operator
    starts it, once it has answered `requests` signed /whatsnew commands (goal: 250 MB), and
    how long each took from the POST until the briefing reached the response URL."""
    port = free_port()
    env = {
        **os.environ,
        "NEWSBOT_DATABASE_URL": database_url,
        "NEWSBOT_SEED_FEEDS": "false",
        "SLACK_BOT_TOKEN": "xoxb-bench",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.api_url,
    }
    process = start_web(port, env)
    try:
        ready = _memory_mb(process.pid)
        answers, pictures = [], []
        for i in range(requests):
            name = f"web{i}"
            t0 = time.monotonic()
            status, _ = slash_command(
                f"http://127.0.0.1:{port}/slack/events",
                SECRET,
                team=TEAM,
                channel="CBENCH",
                user="UBENCH",
                command="/whatsnew",
                text=QUERIES[i % len(QUERIES)],
                response_url=fake.response_url(name),
            )
            assert status == 200
            answered(fake, name, QUERIES[i % len(QUERIES)], t0, answers, pictures)
        rss, peak = _memory_mb(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    percentiles("web process: signed POST -> briefing", answers)
    percentiles("web process: signed POST -> its picture", pictures)
    print(
        f"newsbot slack --http --no-jobs: {ready[0]:.0f} MB resident when ready, {rss:.0f} MB "
        f"after {requests} answers (peak {peak:.0f} MB; goal 250 MB)"
    )


def _memory_mb(pid: int) -> tuple[float, float]:
    """(resident, peak resident) memory of process `pid` in MB, from /proc (Linux)."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


if __name__ == "__main__":
    main()
