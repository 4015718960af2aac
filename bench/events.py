"""Measure event understanding on events-dev: event and sub-event type, killed and injured.

Run from the repository root: `.venv/bin/python bench/events.py` (`-v`: every error on the
tune split; `--tune`: the tune split alone, for tuning without a glance at the held-out
figures). Uses ../shared/eval/events-dev.jsonl (skipped with a message when absent), split
by item id with `bench.geoparsing.split_of`: tune on "tune", report "held-out".

Per split: event type and sub-event type accuracy; killed and injured figure right (the
minimum equal to the coded one; no figure where none is coded counts as right); figures
invented (a figure where the coding has none, of the items that have none); the event place
right (its name or as-written equal to the coded place); milliseconds per article.
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.geoparsing import SPLITS, Split, split_of  # noqa: E402
from bot.records import EventFacts  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.understand.analyzer import Analyzer  # noqa: E402
from bot.understand.events import load_event_rules, read_event  # noqa: E402
from bot.understand.places import find_places  # noqa: E402

EVENTS = ROOT.parent / "shared" / "eval" / "events-dev.jsonl"


@dataclass
class Tally:
    """Counts for one split."""

    items: int = 0
    event_type: int = 0
    sub_event: int = 0
    killed: int = 0
    injured: int = 0
    invented: int = 0
    without_figure: int = 0
    place: int = 0
    seconds: float = 0.0


def load(path: Path) -> dict[Split, list[dict[str, Any]]]:
    """events-dev items by split (by item id)."""
    parts: dict[Split, list[dict[str, Any]]] = {split: [] for split in SPLITS}
    for line in path.read_text("utf-8").splitlines():
        item = json.loads(line)
        parts[split_of("events-dev", item["id"])].append(item)
    return parts


def _place_right(facts: EventFacts, where: str | None) -> bool:
    if facts.place is None or where is None:
        return facts.place is None and where is None
    names = {facts.place.as_written.casefold(), facts.place.place.name.casefold()}
    return where.casefold() in names


def score(analyzer: Analyzer, items: list[dict[str, Any]], verbose: bool) -> Tally:
    """Read every item and count what is right."""
    rules = load_event_rules()
    tally = Tally()
    for item in items:
        title, text = item["title"] or "", item["text"]
        started = time.perf_counter()
        full = f"{title}\n\n{text}" if title else text
        places = find_places(analyzer.gazetteer, full)
        facts = read_event(rules, title, text, places)
        tally.seconds += time.perf_counter() - started
        tally.items += 1
        tally.event_type += facts.event_type == item["event_type"]
        tally.sub_event += facts.sub_event_type == item["sub_event_type"]
        tally.place += _place_right(facts, item["where"])
        errors = []
        for kind in ("killed", "injured"):
            got = getattr(facts, kind).min
            want = item[kind]["min"]
            right = got == want
            setattr(tally, kind, getattr(tally, kind) + right)
            if want is None:
                tally.without_figure += 1
                tally.invented += got is not None
            if not right:
                errors.append(f"{kind} {got} ({getattr(facts, kind).as_written!r}) != {want}")
        if facts.sub_event_type != item["sub_event_type"]:
            errors.append(f"sub-event {facts.sub_event_type} != {item['sub_event_type']}")
        if not _place_right(facts, item["where"]):
            got_place = facts.place and f"{facts.place.as_written} ({facts.place.place.kind})"
            named = ", ".join(dict.fromkeys(m.as_written for m in places))
            errors.append(f"place {got_place} != {item['where']} [found: {named}]")
        if verbose and errors:
            print(f"    {item['id']}: " + "; ".join(errors))
    return tally


def report(split: str, t: Tally) -> None:
    n = t.items
    print(
        f"  {split:<9} {n:>3} items | event type {t.event_type / n:.3f} | sub-event "
        f"{t.sub_event / n:.3f} | killed {t.killed / n:.3f} | injured {t.injured / n:.3f} | "
        f"invented {t.invented}/{t.without_figure} | place {t.place / n:.3f} | "
        f"{1000 * t.seconds / n:.1f} ms/article"
    )


def main() -> None:
    if not EVENTS.exists():
        print(f"{EVENTS} not found: events-dev skipped")
        return
    analyzer = Analyzer.load(Settings(seed_feeds=False))
    parts = load(EVENTS)
    print("events-dev.jsonl (bars on held-out: event type >= 0.90, sub-event >= 0.80,")
    print("  killed >= 0.90, no figure invented; place and ms include place tagging)")
    for split in SPLITS:
        if "--tune" in sys.argv and split != "tune":
            continue
        report(split, score(analyzer, parts[split], "-v" in sys.argv and split == "tune"))


if __name__ == "__main__":
    main()
