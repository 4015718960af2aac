"""Measure event understanding on events-dev: event and sub-event type, killed and injured.

Run from the repository root: `.venv/bin/python bench/events.py` (`-v`: every error on the
tune split; `--tune`: the tune split alone, for tuning without a glance at the held-out
figures). Uses ../shared/eval/events-dev.jsonl (skipped with a message when absent), split
by item id with `bench.geoparsing.split_of`: tune on "tune", report "held-out".

Also scores the local-language set: the headline events of lang-dev's conflict articles
(../shared/eval/lang-dev.jsonl for the texts, bench/data/lang-events.jsonl for the labels, see
bench/data/README.md), one row per language (ar, fr, ru, uk) and split, split by id as lang-dev
is everywhere; each article read with the cues of the language detected in it, as ingest does.
It has no event places: its rows print "place n/a".

Per split: event type and sub-event type accuracy; killed and injured figure right (the
minimum equal to the coded one; no figure where none is coded counts as right); figures
invented (a figure where the coding has none, of the items that have none); the event place
right: "place" when its name or as-written is the coded place once a word for its kind is
set aside on either side ("Hiliwaa" for "Hiliwaa district" when the place found is a
district, "al-Shati camp" for "Shati refugee camp"; never "Voronezh" the city for "Voronezh
Region"), "strict" when the names are equal as written; milliseconds per article.
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.flags import TUNE, check_flags  # noqa: E402
from bench.geoparsing import SPLITS, Split, split_of  # noqa: E402
from bot.records import EventFacts  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.understand.analyzer import Analyzer  # noqa: E402
from bot.understand.events import EventRules, load_event_rules, read_event  # noqa: E402
from bot.understand.language import detect_language  # noqa: E402
from bot.understand.places import find_places  # noqa: E402

EVENTS = ROOT.parent / "shared" / "eval" / "events-dev.jsonl"
LANG_DEV = ROOT.parent / "shared" / "eval" / "lang-dev.jsonl"
LANG_EVENTS = ROOT / "bench" / "data" / "lang-events.jsonl"
LANGUAGES = ("ar", "fr", "ru", "uk")
NO_EVENT = EventFacts(event_type="none", sub_event_type="none")
"""What an article telling no incident (a situation report) is scored as."""


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
    strict_place: int = 0
    seconds: float = 0.0


def load(path: Path) -> dict[Split, list[dict[str, Any]]]:
    """events-dev items by split (by item id)."""
    parts: dict[Split, list[dict[str, Any]]] = {split: [] for split in SPLITS}
    for line in path.read_text("utf-8").splitlines():
        item = json.loads(line)
        parts[split_of("events-dev", item["id"])].append(item)
    return parts


def load_local(texts: Path, labels: Path) -> dict[tuple[str, Split], list[dict[str, Any]]]:
    """lang-dev's labelled conflict articles (text and labels joined by id), by language and
    split."""
    articles = {}
    for line in texts.read_text("utf-8").splitlines():
        article = json.loads(line)
        articles[article["id"]] = article
    parts: dict[tuple[str, Split], list[dict[str, Any]]] = {}
    for line in labels.read_text("utf-8").splitlines():
        label = json.loads(line)
        article = articles[label["id"]]
        key = (article["lang"], split_of("lang-dev", label["id"]))
        parts.setdefault(key, []).append({**article, **label})
    return parts


_KIND_WORDS = {
    "village": {"village", "city", "town"},
    "town": {"city", "town", "village"},
    "city": {"city", "town"},
    "neighbourhood": {"neighbourhood", "district"},
    "neighborhood": {"neighbourhood", "district"},
    "district": {"district", "subdistrict", "admin2", "neighbourhood"},
    "refugee camp": {"camp"},
    "camp": {"camp"},
    "state": {"admin1"},
    "province": {"admin1"},
    "region": {"admin1", "region"},
    "governorate": {"admin1"},
    "territory": {"admin2", "region"},
    "county": {"admin2"},
}
"""A word for a kind of place, and the kinds of place found that it may name."""
_ARTICLE = re.compile(r"^(?:the |al-|el-|el |al )")


def _bare(name: str, kind: str) -> str:
    """A name without its article and without a word for `kind` at either end."""
    name = _ARTICLE.sub("", name.casefold().strip())
    for word, kinds in _KIND_WORDS.items():
        if kind in kinds:
            name = re.sub(rf"^{word} (?:of )?|,? {word}$", "", name)
    return _ARTICLE.sub("", name.strip())


def _place_right(facts: EventFacts, where: str | None, strict: bool = False) -> bool:
    if facts.place is None or where is None:
        return facts.place is None and where is None
    names = {facts.place.as_written.casefold(), facts.place.place.name.casefold()}
    if strict:
        return where.casefold() in names
    kind = facts.place.place.kind
    return _bare(where, kind) in {_bare(name, kind) for name in names}


def score(analyzer: Analyzer, items: list[dict[str, Any]], verbose: bool) -> Tally:
    """Read every item and count what is right."""
    rules: EventRules = load_event_rules()
    tally = Tally()
    for item in items:
        title, text = item["title"] or "", item["text"]
        started = time.perf_counter()
        full = f"{title}\n\n{text}" if title else text
        places = find_places(analyzer.gazetteer, full)
        language_rules = rules.for_language(detect_language(title, text))
        ancestors = analyzer.gazetteer.ancestor_keys
        lookup = analyzer.gazetteer.lookup
        facts = read_event(language_rules, title, text, places, ancestors, lookup) or NO_EVENT
        tally.seconds += time.perf_counter() - started
        tally.items += 1
        tally.event_type += facts.event_type == item["event_type"]
        tally.sub_event += facts.sub_event_type == item["sub_event_type"]
        tally.place += "where" in item and _place_right(facts, item["where"])
        tally.strict_place += "where" in item and _place_right(facts, item["where"], strict=True)
        errors = []
        for kind in ("killed", "injured"):
            got = getattr(facts, kind).min
            want = (item[kind] or {}).get("min")
            right = got == want
            setattr(tally, kind, getattr(tally, kind) + right)
            if want is None:
                tally.without_figure += 1
                tally.invented += got is not None
            if not right:
                errors.append(f"{kind} {got} ({getattr(facts, kind).as_written!r}) != {want}")
        if facts.sub_event_type != item["sub_event_type"]:
            errors.append(f"sub-event {facts.sub_event_type} != {item['sub_event_type']}")
        if "where" in item and not _place_right(facts, item["where"]):
            got_place = facts.place and f"{facts.place.as_written} ({facts.place.place.kind})"
            named = ", ".join(dict.fromkeys(m.as_written for m in places))
            errors.append(f"place {got_place} != {item['where']} [found: {named}]")
        if verbose and errors:
            print(f"    {item['id']}: " + "; ".join(errors))
    return tally


def report(split: str, t: Tally, places: bool = True) -> None:
    n = t.items
    place = f"{t.place / n:.3f} (strict {t.strict_place / n:.3f})" if places else "n/a"
    print(
        f"  {split:<9} {n:>3} items | event type {t.event_type / n:.3f} | sub-event "
        f"{t.sub_event / n:.3f} | killed {t.killed / n:.3f} | injured {t.injured / n:.3f} | "
        f"invented {t.invented}/{t.without_figure} | place {place} | "
        f"{1000 * t.seconds / n:.1f} ms/article"
    )


def main_local(analyzer: Analyzer) -> None:
    """The local-language rows: per language and split."""
    if not LANG_DEV.exists():
        print(f"{LANG_DEV} not found: local-language events skipped")
        return
    parts = load_local(LANG_DEV, LANG_EVENTS)
    print("lang-dev conflict articles' headline events (bench/data/lang-events.jsonl)")
    for language in LANGUAGES:
        for split in SPLITS:
            if "--tune" in sys.argv and split != "tune":
                continue
            verbose = "-v" in sys.argv and split == "tune"
            tally = score(analyzer, parts.get((language, split), []), verbose)
            report(f"{language} {split}", tally, places=False)


def main() -> None:
    check_flags(__doc__, {"--tune": TUNE, "-v": "every tune item read wrong"})
    analyzer = Analyzer.load(Settings(seed_feeds=False))
    if not EVENTS.exists():
        print(f"{EVENTS} not found: events-dev skipped")
        main_local(analyzer)
        return
    parts = load(EVENTS)
    print("events-dev.jsonl (bars on held-out: event type >= 0.90, sub-event >= 0.80,")
    print("  killed >= 0.90, no figure invented; place and ms include place tagging)")
    for split in SPLITS:
        if "--tune" in sys.argv and split != "tune":
            continue
        report(split, score(analyzer, parts[split], "-v" in sys.argv and split == "tune"))
    main_local(analyzer)


if __name__ == "__main__":
    main()
