"""newsbot against lemon24/reader on the same local feeds, in the same run, with paired ratios.

N feeds (default 1,000) of realistic articles (bench/peer_feeds.py: real text from
../shared/eval, distinct per article, ~15% re-reports of the same event; synthetic text
with a message when ../shared is absent) are served with ETags from 127.0.0.1. Each round
runs both sides, newsbot's poller and reader's `update_feeds`, one after the other (the
order alternating round by round), each in its own process on a fresh SQLite store:
- first pass: every item new;
- changed pass: each feed brings 3 new items (and drops its 3 oldest), with a new ETag;
- unchanged pass: every feed answers 304 (reader: each worker count of --peer-workers,
  its best kept; newsbot: its own fetch concurrency setting).
Reader's first and changed passes use the largest worker count of --peer-workers.
Printed: each round, then the medians of each side and of the paired ratios beside the
bars of issue 15 (first <= 3x, changed <= 1.2x, unchanged <= 1.0x, peak memory <= 250 MB,
store per article <= 1.5x; stores measured with their write-ahead logs checkpointed), and
terminal commands, wall time and peak resident memory: `newsbot whatsnew PLACE` on the
bench's store beside reader's own CLI on its store (`python -m reader list feeds`), and
on the demo store (`newsbot demo`; issue 15's bar: <= 0.6 s, <= 150 MB) beside
`python -c "import reader"`. Every peak is the process's own (bench/peak_rss.py).

reader is not a project dependency: the bench makes (once) a venv of its own with
`python -m venv` and `pip install 'reader[cli]' sgmllib3k` under $XDG_CACHE_HOME/newsbot-bench/
(or --peer-venv), and runs reader's side with that venv's python. If the install fails it
says why and runs newsbot's side alone.

    XDG_CACHE_HOME=/tmp/cache-bench .venv/bin/python bench/peers.py [--feeds 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.peer_feeds import load_corpus, make_feeds
from bench.peer_side import MARK
from bot.runtime.demo import DEMO_PLACE
from tests.support.feed_server import FeedServer

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
MB = 1024 * 1024
PEER_INSTALL = ("reader[cli]", "sgmllib3k")
"""reader, its CLI, and the `sgmllib` its vendored feedparser imports (the feedparser on this
machine's index brings `feedparser_sgmllib` instead)."""


def default_peer_venv() -> Path:
    """Where reader's environment is kept between runs."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "newsbot-bench" / "reader-venv"


def peer_python(venv: Path) -> Path | None:
    """The python of a venv with reader installed (made once), or None, saying why."""
    python = venv / "bin" / "python"
    check = [str(python), "-c", "import click, reader, sgmllib"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python
    print(f"making {venv} with reader ({' '.join(PEER_INSTALL)}), once", flush=True)
    steps = [
        [sys.executable, "-m", "venv", "--clear", str(venv)],
        [str(python), "-m", "pip", "install", "-q", *PEER_INSTALL],
    ]
    for step in steps:
        try:
            done = subprocess.run(step, capture_output=True, text=True)
        except OSError as error:
            print(f"reader could not be installed ({error}): newsbot's side runs alone")
            return None
        if done.returncode != 0:
            why = (done.stderr.strip().splitlines() or ["no message"])[-1]
            print(f"reader could not be installed ({why}): newsbot's side runs alone")
            return None
    return python


# -- the feeds ----------------------------------------------------------------


def serve_feeds(conn: Connection, feeds: int, items: int, new_items: int, same: float) -> None:
    """Serve the feed set; on ("first" | "changed", etag) switch every feed to that state."""
    corpus = load_corpus()
    made = make_feeds(corpus, feeds, items, new_items, same, datetime.now(UTC))
    states = {"first": made.first, "changed": made.changed}
    with FeedServer() as server:
        paths = [f"/feeds/{n}.xml" for n in range(feeds)]
        for path, body in zip(paths, made.first, strict=True):
            server.add_feed(path, body, etag='"start"')
        conn.send(
            {
                "urls": [server.url(p) for p in paths],
                "source": corpus.source,
                "articles": made.articles,
                "re_reports": made.re_reports,
                "bytes": sum(map(len, made.first)),
            }
        )
        while (message := conn.recv()) != "stop":
            state, etag = message
            for path, body in zip(paths, states[state], strict=True):
                server.update(path, body=body, etag=etag)
            conn.send("ok")


# -- one side's process --------------------------------------------------------


@dataclass(frozen=True)
class Finished:
    """How a child process ended: its exit code, wall seconds and its own peak resident memory."""

    code: int
    seconds: float
    peak_mb: float


def launched(command: list[str], measured: Path) -> list[str]:
    """`command` started by bench/peak_rss.py, which writes its seconds and peak to `measured`."""
    return [sys.executable, "-I", "-S", str(BENCH / "peak_rss.py"), str(measured), *command]


def finished(process: subprocess.Popen[Any], measured: Path) -> Finished:
    """Wait for a launched process; how it ended, as its launcher measured it."""
    code = process.wait()
    seconds, peak_kb = measured.read_text().split()
    return Finished(code, float(seconds), int(peak_kb) / 1024)


class Side:
    """One side's process, answering bench/peer_side.py commands."""

    def __init__(self, command: list[str], log: IO[str], measured: Path) -> None:
        self.measured = measured
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            launched(command, measured),
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        self.ready = self._answer()
        self.ready_seconds = time.perf_counter() - self.started

    def ask(self, command: str) -> dict[str, Any]:
        """Send one command; its answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._answer()

    def stop(self) -> Finished:
        """End the process; how it ended."""
        assert self.process.stdin is not None
        self.process.stdin.write("stop\n")
        self.process.stdin.close()
        assert self.process.stdout is not None
        self.process.stdout.read()
        return finished(self.process, self.measured)

    def _answer(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith(MARK):
                answer: dict[str, Any] = json.loads(line[len(MARK) :])
                return answer
        raise RuntimeError(f"{self.process.args[1]} ended without answering (see its log)")


@dataclass(frozen=True)
class SideSpec:
    """How to start one side and what to send it for each pass."""

    name: str
    command: Callable[[Path, Path], list[str]]
    """(urls file, store file) -> the command line."""
    first: str
    changed: str
    unchanged: tuple[str, ...]
    """One or more unchanged passes; the fastest counts."""


@dataclass(frozen=True)
class SideRun:
    """What one side did in one round."""

    ready: float
    first: float
    changed: float
    unchanged: float
    unchanged_workers: int
    peak_mb: float
    articles_first: int
    articles_changed: int
    bytes_first: int
    bytes_changed: int
    failed: int


def store_bytes(path: Path) -> int:
    """Bytes of an SQLite store on disk once its write-ahead log is checkpointed into it
    (the side's process is idle between commands), with whatever log is left."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


def run_side(
    spec: SideSpec, server: Connection, urls: Path, store: Path, tag: str, log: IO[str]
) -> SideRun:
    """One round of one side: first, changed and unchanged passes on a fresh store."""
    switch(server, "first", f'"{tag}-1"')
    side = Side(spec.command(urls, store), log, store.with_suffix(".peak"))
    first = side.ask(spec.first)
    bytes_first = store_bytes(store)
    switch(server, "changed", f'"{tag}-2"')
    changed = side.ask(spec.changed)
    bytes_changed = store_bytes(store)
    unchanged = min((side.ask(c) for c in spec.unchanged), key=lambda a: a["seconds"])
    ended = side.stop()
    if ended.code != 0:
        raise RuntimeError(f"{spec.name}'s process exited with {ended.code} (see its log)")
    return SideRun(
        ready=side.ready_seconds,
        first=first["seconds"],
        changed=changed["seconds"],
        unchanged=unchanged["seconds"],
        unchanged_workers=unchanged.get("workers") or side.ready.get("workers") or 0,
        peak_mb=ended.peak_mb,
        articles_first=first["articles"],
        articles_changed=changed["articles"],
        bytes_first=bytes_first,
        bytes_changed=bytes_changed,
        failed=first["failed"] + changed["failed"] + unchanged["failed"],
    )


def switch(server: Connection, state: str, etag: str) -> None:
    """Make every feed serve `state` under `etag`."""
    server.send((state, etag))
    server.recv()


# -- the terminal ----------------------------------------------------------------


def user_environment() -> dict[str, str]:
    """This environment as a user's shell has it: Python writes its bytecode cache, so the
    demo run leaves compiled modules the measured commands reuse, as a user's second command
    does (reader's installed modules come compiled by pip; newsbot's editable ones do not)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_command(command: list[str], env: dict[str, str], measured: Path) -> Finished:
    """Run a command to its end, its output discarded."""
    process = subprocess.Popen(
        launched(command, measured),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return finished(process, measured)


# -- the figures -----------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One compared figure: how to read it off a side's run, and its bar."""

    label: str
    unit: str
    value: Callable[[Any], float]
    ratio_bar: float | None = None
    """newsbot / reader must stay at or under this."""
    own_bar: float | None = None
    """newsbot's own value must stay at or under this."""


@dataclass(frozen=True)
class Row:
    """A figure's medians over the rounds, their paired ratio and the bar's verdict."""

    figure: Figure
    ours: float
    theirs: float | None
    ratio: float | None
    met: bool | None


def per_article(stored: int, articles: int) -> float:
    """kB of store per article."""
    return stored / max(articles, 1) / 1000


POLL_FIGURES = (
    Figure("first pass, every item new", "s", lambda r: r.first, ratio_bar=3.0),
    Figure("changed pass, 3 new items a feed", "s", lambda r: r.changed, ratio_bar=1.2),
    Figure("unchanged pass, every feed 304", "s", lambda r: r.unchanged, ratio_bar=1.0),
    Figure("peak memory (RSS)", "MB", lambda r: r.peak_mb, own_bar=250),
    Figure(
        "store per article, after first",
        "kB",
        lambda r: per_article(r.bytes_first, r.articles_first),
        ratio_bar=1.5,
    ),
    Figure(
        "store per article, after changed",
        "kB",
        lambda r: per_article(r.bytes_changed, r.articles_changed),
        ratio_bar=1.5,
    ),
    Figure("process start to ready", "s", lambda r: r.ready),
)


def paired_rows(figures: tuple[Figure, ...], ours: list[Any], theirs: list[Any]) -> list[Row]:
    """Medians of each side over the rounds and the median of the per-round ratios.

    `theirs` is empty when the peer did not run: then only newsbot's own bars are judged.
    """
    rows = []
    for figure in figures:
        mine = [figure.value(r) for r in ours]
        other = [figure.value(r) for r in theirs]
        ratio = None
        if other:
            ratio = statistics.median(a / b for a, b in zip(mine, other, strict=True) if b > 0)
        ours_median = statistics.median(mine)
        met = None
        if figure.own_bar is not None:
            met = ours_median <= figure.own_bar
        elif figure.ratio_bar is not None and ratio is not None:
            met = ratio <= figure.ratio_bar
        theirs_median = statistics.median(other) if other else None
        rows.append(Row(figure, ours_median, theirs_median, ratio, met))
    return rows


def format_rows(rows: list[Row], title: str) -> list[str]:
    """The table: figure, newsbot, reader, ratio, bar and verdict."""
    lines = [f"{title:38} {'newsbot':>12} {'reader':>12} {'ratio':>8}  bar"]
    for row in rows:
        figure = row.figure
        theirs = "-" if row.theirs is None else f"{row.theirs:.2f} {figure.unit}"
        ratio = "-" if row.ratio is None else f"{row.ratio:.2f}x"
        if figure.own_bar is not None:
            bar = f"newsbot <= {figure.own_bar:g} {figure.unit}"
        elif figure.ratio_bar is not None:
            bar = f"<= {figure.ratio_bar:g}x"
        else:
            bar = ""
        verdict = {True: "  met", False: "  NOT met", None: ""}[row.met] if bar else ""
        lines.append(
            f"{figure.label:38} {f'{row.ours:.2f} {figure.unit}':>12} {theirs:>12} "
            f"{ratio:>8}  {bar}{verdict}"
        )
    return lines


def round_line(name: str, run: SideRun) -> str:
    """One side's figures in one round."""
    return (
        f"  {name:8} ready {run.ready:6.2f} s | first {run.first:7.2f} s "
        f"({run.articles_first} articles) | changed {run.changed:6.2f} s "
        f"({run.articles_changed}) | unchanged {run.unchanged:6.2f} s "
        f"(workers {run.unchanged_workers}) | peak {run.peak_mb:6.1f} MB | "
        f"store {run.bytes_first / MB:6.1f} -> {run.bytes_changed / MB:6.1f} MB | "
        f"failed {run.failed}"
    )


CLI_FIGURES = (
    Figure("wall time", "s", lambda f: f.seconds),
    Figure("peak resident memory", "MB", lambda f: f.peak_mb),
)
DEMO_FIGURES = (
    Figure("wall time", "s", lambda f: f.seconds, own_bar=0.6),
    Figure("peak resident memory", "MB", lambda f: f.peak_mb, own_bar=150),
)


# -- main -----------------------------------------------------------------------


def sides(reader_python: Path | None, workers: list[int]) -> list[SideSpec]:
    """newsbot's side, and reader's when its environment is there."""
    newsbot = SideSpec(
        "newsbot",
        lambda urls, store: [
            sys.executable,
            str(BENCH / "peer_newsbot.py"),
            str(urls),
            f"sqlite:///{store}",
        ],
        first="pass 0",
        changed="pass 7",
        unchanged=("pass 14",),
    )
    if reader_python is None:
        return [newsbot]
    reader = SideSpec(
        "reader",
        lambda urls, store: [
            str(reader_python),
            str(BENCH / "peer_reader.py"),
            str(urls),
            str(store),
        ],
        first=f"pass {max(workers)}",
        changed=f"pass {max(workers)}",
        unchanged=tuple(f"pass {w}" for w in workers),
    )
    return [newsbot, reader]


def main() -> None:
    """Serve the feeds, run the rounds, then the terminal commands; print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=35, help="items in each feed")
    parser.add_argument("--new-items", type=int, default=3, help="new items a feed brings")
    parser.add_argument("--same-event", type=float, default=0.15, help="share of re-reports")
    parser.add_argument("--rounds", type=int, default=3, help="paired rounds (medians)")
    parser.add_argument("--peer-venv", type=Path, default=default_peer_venv())
    parser.add_argument(
        "--peer-workers", default="1,4,20", help="reader's worker counts for the unchanged pass"
    )
    parser.add_argument("--place", default="Kharkiv", help="for newsbot whatsnew")
    args = parser.parse_args()
    workers = [int(w) for w in args.peer_workers.split(",")]
    reader_python = peer_python(args.peer_venv)
    specs = sides(reader_python, workers)

    ours, theirs = Pipe()
    server = Process(
        target=serve_feeds,
        args=(theirs, args.feeds, args.items, args.new_items, args.same_event),
        daemon=True,
    )
    server.start()
    feeds: dict[str, Any] = ours.recv()
    print(
        f"{args.feeds} feeds x {args.items} items, {args.new_items} new a feed in the changed "
        f"pass: {feeds['articles']} articles made ({feeds['re_reports']} re-reports of the "
        f"same event, {feeds['re_reports'] / feeds['articles']:.0%}), "
        f"{feeds['bytes'] / MB:.1f} MB of feeds; from {feeds['source']}"
    )
    print(f"reader: workers {max(workers)} for first and changed, best of {workers} unchanged")
    runs: dict[str, list[SideRun]] = {spec.name: [] for spec in specs}
    with tempfile.TemporaryDirectory(prefix="peers-") as tmp:
        folder = Path(tmp)
        urls = folder / "urls.txt"
        urls.write_text("\n".join(feeds["urls"]))
        stores: dict[str, Path] = {}
        for round_no in range(args.rounds):
            order = specs if round_no % 2 == 0 else specs[::-1]
            print(f"round {round_no + 1}:", flush=True)
            for spec in order:
                stores[spec.name] = folder / f"{spec.name}-{round_no}.db"
                with open(folder / f"{spec.name}.log", "a") as log:
                    try:
                        run = run_side(spec, ours, urls, stores[spec.name], f"r{round_no}", log)
                    except RuntimeError as error:
                        log.flush()
                        tail = (folder / f"{spec.name}.log").read_text()[-2000:]
                        raise SystemExit(f"{error}\n{tail}") from error
                runs[spec.name].append(run)
                print(round_line(spec.name, run), flush=True)
        ours.send("stop")
        server.join(timeout=10)
        print()
        rows = paired_rows(POLL_FIGURES, runs["newsbot"], runs.get("reader", []))
        print("\n".join(format_rows(rows, f"medians of {args.rounds} paired rounds")))
        terminal(args, folder, stores, reader_python)


@dataclass(frozen=True)
class Pairing:
    """A newsbot command timed beside a peer's command."""

    ours: str
    our_command: list[str]
    our_env: dict[str, str]
    theirs: str
    their_command: list[str]
    figures: tuple[Figure, ...]


def terminal(
    args: argparse.Namespace, folder: Path, stores: dict[str, Path], reader_python: Path | None
) -> None:
    """`newsbot whatsnew` on the bench's store and on the demo store, each beside a reader
    command, alternating which runs first."""
    base = user_environment()
    bench_env = base | {"NEWSBOT_DATABASE_URL": f"sqlite:///{stores['newsbot']}"}
    demo_env = base | {"NEWSBOT_DATABASE_URL": f"sqlite:///{folder / 'demo.db'}"}
    measured = folder / "command.peak"
    run_command([sys.executable, "-m", "bot", "demo"], demo_env, measured)
    peer = str(reader_python)
    pairings = [
        Pairing(
            f"newsbot whatsnew {args.place!r}, bench store",
            [sys.executable, "-m", "bot", "whatsnew", args.place],
            bench_env,
            "python -m reader list feeds, its store",
            [peer, "-m", "reader", "--db", str(stores.get("reader")), "list", "feeds"],
            CLI_FIGURES,
        ),
        Pairing(
            f"newsbot whatsnew {DEMO_PLACE!r} --since 3650d, demo store",
            [sys.executable, "-m", "bot", "whatsnew", DEMO_PLACE, "--since", "3650d"],
            demo_env,
            'python -c "import reader"',
            [peer, "-c", "import reader"],
            DEMO_FIGURES,
        ),
    ]
    repeats = max(args.rounds, 3)
    print(f"\nterminal commands, medians of {repeats} (alternating with the peer's):")
    for pairing in pairings:
        ours: list[Finished] = []
        theirs: list[Finished] = []
        for repeat in range(repeats):
            if repeat % 2 == 0:
                ours.append(run_command(pairing.our_command, pairing.our_env, measured))
            if reader_python is not None:
                theirs.append(run_command(pairing.their_command, base, measured))
            if repeat % 2 == 1:
                ours.append(run_command(pairing.our_command, pairing.our_env, measured))
        codes = sorted({f.code for f in ours})
        print(f"{pairing.ours} (exit codes {codes}) vs {pairing.theirs}")
        rows = paired_rows(pairing.figures, ours, theirs)
        print("\n".join(format_rows(rows, "")))


if __name__ == "__main__":
    main()
