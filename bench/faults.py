"""The fault test of Slack delivery: workers killed with SIGKILL at random points.

On the local PostgreSQL (a schema of its own, dropped after), two `newsbot run` workers post
to the fake Slack (each message answered after a delay, so kills land mid-post too) for
three alert channels and two daily-digest channels whose slot is due, while articles arrive
every ~2 s. Every few seconds one worker is killed with SIGKILL (at start-up, mid-poll,
mid-post, between the Slack call and its record) and replaced. Then the killing stops, the
last workers finish what is due, and both get SIGTERM.

About one article in three is another outlet's report of a recent story (its own feed and
link, the same invented text, so it joins that story): where the story was posted, the post
is updated (chat.update) and its thread told what changed.

Half the kills come at a random moment; the other half wait for a chat.postMessage to
arrive and kill both workers a random moment later, mostly before Slack answers.
Asserts and prints: kills, kill moments with a chat.postMessage in flight, deliveries whose message
had reached Slack when their worker died (found again by metadata), articles lost (matching
an alert channel, never recorded as posted there), messages posted twice (same delivery and
part), articles shown twice in a channel (their link in the story blocks of two messages: as
a story's lead or as a source of a story, wherever), digest slots posted (each exactly once;
and the slots claimed and closed in the database),
the longest SIGTERM stop; and, to read, the stories updated in place, thread replies and
tracebacks in the workers' logs.

    NEWSBOT_DATABASE_URL=postgresql+psycopg://... .venv/bin/python bench/faults.py \
        [--seconds 90] [--runs 1] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, select, text

from bot.clock import utcnow
from bot.records import (
    Analysis,
    ParsedEntry,
    Place,
    PlaceMention,
    PollOutcome,
    Relevance,
    Target,
)
from bot.settings import Settings
from bot.storage import ChannelStore, DeliveryLog, FreshArticle, Store
from bot.storage.schema import digest_slots, posted_messages
from bot.understand.analyzer import Analyzer
from bot.understand.stories import fingerprint
from tests.answers.test_delivery import add_article
from tests.support.fake_slack import TEAM, FakeSlack

ALERTS = ["CALERT1", "CALERT2", "CALERT3"]
DIGESTS = ["CDAILY1", "CDAILY2"]
POST_DELAY = 0.4
"""Seconds the fake Slack takes to answer chat.postMessage (a kill can land inside)."""


@dataclass
class Run:
    kills: int = 0
    mid_post: int = 0
    arrived: int = 0
    lost: int = 0
    twice: int = 0
    shown_twice: int = 0
    slots_posted: dict[str, int] = field(default_factory=dict)
    slots_claimed: int = 0
    slots_done: int = 0
    sigterm_max: float = 0.0
    articles: int = 0
    second_reports: int = 0
    messages: int = 0
    updates: int = 0
    replies: int = 0
    tracebacks: int = 0


def invented_story(rng: random.Random, number: int) -> tuple[str, str]:
    """A title and text of a story no other story resembles (invented words)."""
    words = ["".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))]
    words += ["".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))
              for _ in range(40)]  # fmt: skip
    title = f"Drone strike wave {number} hits {words[0].title()} near Deir ez-Zor"
    return title, f"{title}. " + " ".join(words) + "."


def report(store: Store, place: Place, outlet: str, story: tuple[str, str], number: int) -> None:
    """One outlet's report of an invented story, with its fingerprint (so reports join)."""
    title, text = story
    url = f"https://{outlet}.example/rss"
    feed = store.feed_by_url(url) or store.add_feed(url, title=outlet.title())
    link = f"https://{outlet}.example/{number}"
    at = utcnow()
    entry = ParsedEntry(link, link, link, title, text, "", at)
    mention = PlaceMention(place.name, 0, len(place.name), place)
    analysis = Analysis(Relevance(9.0, True), [mention], text)
    fresh = FreshArticle(entry, analysis, fingerprint(title, text))
    store.save_poll(PollOutcome(feed.id, at, at + timedelta(hours=1)), [fresh])


def worker(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], env=env, stdout=sink, stderr=sink
        )


def one_run(base_url: str, analyzer: Analyzer, seconds: float, rng: random.Random) -> Run:
    schema = f"faults_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{base_url}{'&' if '?' in base_url else '?'}options=-csearch_path%3D{schema}"
    try:
        with FakeSlack() as fake, tempfile.TemporaryDirectory() as tmp:
            return _run(url, analyzer, seconds, rng, fake, Path(tmp))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _run(
    url: str, analyzer: Analyzer, seconds: float, rng: random.Random, fake: FakeSlack, tmp: Path
) -> Run:
    fake.delays["chat.postMessage"] = POST_DELAY
    fake.delays["chat.update"] = POST_DELAY
    store = Store.open(url)
    channels = ChannelStore(store.engine)
    deir = analyzer.gazetteer.lookup("Deir ez-Zor")[0]
    target = Target("place", deir.key, deir.label)
    yesterday = utcnow() - timedelta(days=1)
    for channel in ALERTS:
        channels.subscribe(TEAM, channel, target, "alerts", None, "UOPS", utcnow(), timedelta(1))
    for channel in DIGESTS:
        channels.subscribe(
            TEAM, channel, target, "daily", "00:00", "UOPS", yesterday, timedelta(days=1)
        )
    for i in range(10):
        add_article(store, f"Shelling report {i} from Deir ez-Zor", deir, utcnow())
    env = {
        **os.environ,
        "NEWSBOT_DATABASE_URL": url,
        "NEWSBOT_SEED_FEEDS": "false",
        "NEWSBOT_ALERT_WINDOW_SECONDS": "1",
        "NEWSBOT_DATA_DIR": str(tmp / "data"),
        "SLACK_BOT_TOKEN": "xoxb-faults",
        "SLACK_API_URL": fake.api_url,
    }
    logs = [tmp / f"worker{i}.log" for i in range(2)]
    workers = [worker(env, log) for log in logs]
    run = Run()
    stories: list[tuple[str, str]] = []
    added = 10
    start = time.monotonic()
    next_kill = start + rng.uniform(4, 12)
    next_article = start

    def arrive() -> None:
        """Store the next article when it is due (also while waiting to kill mid-post)."""
        nonlocal added, next_article
        if time.monotonic() < next_article:
            return
        added += 1
        if stories and rng.random() < 1 / 3:  # another outlet reports a recent story
            run.second_reports += 1
            report(store, deir, f"outlet{added}", rng.choice(stories[-5:]), added)
        else:
            stories.append(invented_story(rng, added))
            report(store, deir, "levantwire", stories[-1], added)
        next_article = time.monotonic() + rng.uniform(1, 3)

    while time.monotonic() - start < seconds:
        now = time.monotonic()
        arrive()
        if now >= next_kill:
            if rng.random() < 0.5:
                doomed = [rng.randrange(2)]  # a random point: start-up, poll, idle, post
            else:  # a post in flight: just before or just after Slack answers
                doomed = [0, 1]
                seen = len(fake.calls_to("chat.postMessage"))
                while len(fake.calls_to("chat.postMessage")) == seen:
                    if time.monotonic() - now > 60:
                        break
                    arrive()
                    time.sleep(0.01)
                time.sleep(rng.uniform(0, POST_DELAY * 1.2))
            killed_at = time.monotonic()
            for i in doomed:
                workers[i].kill()
                workers[i].wait()
                run.kills += 1
            posts = fake.calls_to("chat.postMessage")
            run.mid_post += any(killed_at - POST_DELAY <= c.at <= killed_at for c in posts)
            for i in doomed:
                workers[i] = worker(env, logs[i])
            next_kill = time.monotonic() + rng.uniform(4, 12)
        time.sleep(0.05)
    log_ = DeliveryLog(store.engine)
    deadline = time.monotonic() + 300  # a slot claimed by a killed worker: 2 min stale
    while time.monotonic() < deadline:  # the last workers finish what is due
        if not log_.unfinished() and not _unposted(store, added) and _slots_done(store):
            break
        time.sleep(1)
    for process in workers:
        process.terminate()
        asked = time.monotonic()
        process.wait(timeout=60)
        run.sigterm_max = max(run.sigterm_max, time.monotonic() - asked)
    run.articles = added
    run.lost = len(_unposted(store, added))
    run.arrived = sum(log.read_text().count("had reached Slack") for log in logs)
    run.tracebacks = sum(log.read_text().count("Traceback") for log in logs)
    with store.engine.connect() as conn:
        slots = conn.execute(select(digest_slots.c.done_at)).all()
    run.slots_claimed = len(slots)
    run.slots_done = sum(1 for slot in slots if slot.done_at is not None)
    _count_posts(fake, run)
    store.close()
    return run


def _unposted(store: Store, added: int) -> list[tuple[str, int]]:
    """(alert channel, article) pairs not recorded as posted."""
    with store.engine.connect() as conn:
        query = select(posted_messages.c.channel_id, posted_messages.c.article_id).where(
            posted_messages.c.ts.is_not(None)
        )
        done = {(row.channel_id, row.article_id) for row in conn.execute(query)}
    ids = [a.id for a in store.conflict_articles_since(utcnow() - timedelta(days=1))]
    return [(c, i) for c in ALERTS for i in ids if (c, i) not in done]


def _slots_done(store: Store) -> bool:
    with store.engine.connect() as conn:
        rows = conn.execute(select(digest_slots.c.done_at)).all()
    return len(rows) == len(DIGESTS) and all(r.done_at is not None for r in rows)


def _count_posts(fake: FakeSlack, run: Run) -> None:
    parts: Counter[tuple[str, int]] = Counter()
    for channel in ALERTS + DIGESTS:
        messages = fake.messages(channel)
        run.messages += len(messages)
        shown: Counter[str] = Counter()
        for message in messages:
            payload = message.get("metadata", {}).get("event_payload", {})
            parts[(payload.get("delivery_id"), payload.get("part"))] += 1
            shown.update(_story_links(message.get("blocks") or []))
            run.replies += "thread_ts" in message and not _story_links(message["blocks"] or [])
        run.shown_twice += sum(n - 1 for n in shown.values() if n > 1)
        if channel in DIGESTS:
            run.slots_posted[channel] = sum(1 for m in messages if "thread_ts" not in m)
    run.twice = sum(n - 1 for n in parts.values() if n > 1)
    run.updates = len(fake.calls_to("chat.update"))


def _story_links(blocks: list[dict[str, Any]]) -> set[str]:
    """The article links a message shows in its stories' blocks (as lead or as source): the
    sections whose block id is a story's."""
    found: set[str] = set()
    for block in blocks:
        if str(block.get("block_id", "")).startswith("story-") and block["type"] == "section":
            found.update(re.findall(r"<(https?://[^|>]+)\|", block["text"]["text"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=90)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    base = os.environ.get("NEWSBOT_DATABASE_URL", "")
    if not base.startswith("postgresql"):
        sys.exit("set NEWSBOT_DATABASE_URL to a PostgreSQL database (not `test`)")
    analyzer = Analyzer.load(Settings(seed_feeds=False))
    rng = random.Random(args.seed)
    failed = False
    for number in range(1, args.runs + 1):
        run = one_run(base, analyzer, args.seconds, rng)
        print(json.dumps({"run": number, **run.__dict__}))
        bad = run.lost or run.twice or run.shown_twice
        failed |= bool(bad) or any(n != 1 for n in run.slots_posted.values())
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
