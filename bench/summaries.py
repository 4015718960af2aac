"""Summary quality: ROUGE-1/2/L F1 of every method at one and three sentences.

Sets: `../shared/eval/summaries-dev.jsonl` (283 BBC XSum articles; skipped when absent)
and `tests/data/summaries/articles.jsonl` (32 articles written for newsbot). Each row is
scored against its one-sentence reference with the rouge-score package (Porter stemming,
its own tokenizer: nothing downloaded). Methods: Lead-N (the first N sentences), Lead-N
of the cleaned text, each plain sumy method, and newsbot's default "news" summarizer.
Target: "news" beats Lead-N and every sumy method on all three scores, on both sets, at
no more than 2x LexRank's time per article.

    .venv/bin/python bench/summaries.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rouge_score import rouge_scorer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.understand.summary.article import SUMMARY_METHODS, Summarizer
from bot.understand.summary.clean import clean_article
from bot.understand.summary.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "summaries-dev (XSum)": ROOT.parent / "shared" / "eval" / "summaries-dev.jsonl",
    "tests/data/summaries": ROOT / "tests" / "data" / "summaries" / "articles.jsonl",
}
LENGTHS = (1, 3)
SCORES = ("rouge1", "rouge2", "rougeL")
NEWSBOT = "news"

Method = Callable[[str, int], str]


@dataclass(frozen=True)
class Result:
    """Mean F1 of each ROUGE score, and milliseconds per article."""

    f1: dict[str, float]
    ms: float


def methods() -> dict[str, Method]:
    """Every method compared, by its printed name."""
    found: dict[str, Method] = {
        "lead": lambda text, n: " ".join(split_sentences(text)[:n]),
        "lead (cleaned)": lambda text, n: " ".join(split_sentences(clean_article(text))[:n]),
    }
    for name in SUMMARY_METHODS:
        found[name] = Summarizer(name).summarize
    return found


def evaluate(method: Method, rows: list[dict[str, str]], length: int) -> Result:
    """Score one method at one length over a set."""
    scorer = rouge_scorer.RougeScorer(list(SCORES), use_stemmer=True)
    totals = dict.fromkeys(SCORES, 0.0)
    elapsed = 0.0
    for row in rows:
        started = time.perf_counter()
        summary = method(row["text"], length)
        elapsed += time.perf_counter() - started
        scores = scorer.score(row["reference_summary"], summary)
        for name in SCORES:
            totals[name] += scores[name].fmeasure
    return Result({k: 100 * v / len(rows) for k, v in totals.items()}, 1000 * elapsed / len(rows))


def report(title: str, rows: list[dict[str, str]]) -> list[str]:
    """Print one set's table; return the targets it misses."""
    results = {
        (name, n): evaluate(method, rows, n) for name, method in methods().items() for n in LENGTHS
    }
    print(f"\n{title}: {len(rows)} articles, ROUGE F1 x100, ms per article")
    head = "".join(f" | {'N=' + str(n):^4}  R-1   R-2   R-L     ms" for n in LENGTHS)
    print(f"{'method':<15}{head}")
    for name in methods():
        cells = "".join(
            f" |      {r.f1['rouge1']:5.2f} {r.f1['rouge2']:5.2f} {r.f1['rougeL']:5.2f} {r.ms:6.1f}"
            for r in (results[name, n] for n in LENGTHS)
        )
        print(f"{name:<15}{cells}")
    misses: list[str] = []
    rivals = ["lead", *(m for m in SUMMARY_METHODS if m != NEWSBOT)]
    for n in LENGTHS:
        ours = results[NEWSBOT, n]
        for rival in rivals:
            lost = [s for s in SCORES if ours.f1[s] <= results[rival, n].f1[s]]
            if lost:
                misses.append(f"{title}, N={n}: not above {rival} on {', '.join(lost)}")
        ratio = ours.ms / results["lexrank", n].ms
        print(f"N={n}: news/lexrank time per article {ratio:.2f}x (target <= 2x)")
        if ratio > 2:
            misses.append(f"{title}, N={n}: {ratio:.2f}x LexRank's time")
    return misses


def main() -> None:
    """Print each available set's table, then every target missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles of each set")
    args = parser.parse_args()
    misses: list[str] = []
    for title, path in SETS.items():
        if not path.is_file():
            print(f"\n{title}: skipped, {path} not found")
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        misses += report(title, rows[: args.limit])
    print("\nall targets met" if not misses else "\nmissed:\n  " + "\n  ".join(misses))


if __name__ == "__main__":
    main()
