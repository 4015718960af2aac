"""Quality and speed of conflict relevance: `.venv/bin/python bench/relevance.py`.

Prints precision, recall and F1 of the yes/no verdict on the shared development set
(`../shared/eval/articles-dev.jsonl`, skipped when absent) and on the project's own
labelled set (`tests/data/relevance/articles.jsonl`), and on the local-language set
(`../shared/eval/lang-dev.jsonl`) per language on its tune and held-out splits
(`bench.geoparsing.split_of`), beside a bare keyword-count
baseline (any lexicon conflict term, unweighted, no false friends, context or length,
at least BASELINE_MIN_HITS occurrences), lists misclassified ids (of lang-dev's tune split
only: held-out stays unseen), and times scoring. Each article is scored with the lexicon of
its language (`lang`).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.geoparsing import SPLITS, split_of  # noqa: E402
from bot.understand.relevance import Lexicon, TermSet, load_lexicon, normalise, score  # noqa: E402

SETS = {
    "shared dev": ROOT.parent / "shared" / "eval" / "articles-dev.jsonl",
    "own labelled": ROOT / "tests" / "data" / "relevance" / "articles.jsonl",
}
LANG_DEV = ROOT.parent / "shared" / "eval" / "lang-dev.jsonl"
LANGUAGES = ("ar", "fr", "ru", "uk")
BASELINE_MIN_HITS = 2

Article = dict[str, str]
Verdict = Callable[[Article], bool]


def read(path: Path) -> list[Article]:
    """Articles of one JSONL set."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def lexicon_verdict(lexicon: Lexicon) -> Verdict:
    """The real scorer's yes/no, with the lexicon of the article's language."""
    return lambda a: score(lexicon, a.get("title") or "", a["text"], a.get("lang")).is_conflict


def baseline_verdict(lexicon: Lexicon) -> Verdict:
    """Bare keyword count: conflict when the terms of the article's language's lexicon occur
    often enough."""
    bare: dict[str, TermSet] = {}

    def verdict(a: Article) -> bool:
        language = a.get("lang") or ""
        if language not in bare:
            terms = lexicon.for_language(language).conflict
            bare[language] = TermSet.build(dict(zip(terms.terms, terms.weights, strict=True)))
        text = normalise((a.get("title") or "") + "\n" + a["text"])
        return sum(bare[language].counts(text).values()) >= BASELINE_MIN_HITS

    return verdict


def report(name: str, articles: list[Article], verdict: Verdict, errors: bool = True) -> None:
    """Print precision, recall, F1 and (unless `errors` is false) the misclassified ids."""
    tp = fp = fn = 0
    wrong: list[str] = []
    for article in articles:
        said, truth = verdict(article), article["label"] == "conflict"
        tp += said and truth
        fp += said and not truth
        fn += truth and not said
        if said != truth:
            wrong.append(f"{article['id']}({'FP' if said else 'FN'})")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"  {name:<9} P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    if errors:
        print(f"            misclassified: {', '.join(wrong) or 'none'}")


def report_languages(lexicon: Lexicon) -> None:
    """The lexicon's verdict on lang-dev, per language and split."""
    if not LANG_DEV.exists():
        print(f"lang-dev: {LANG_DEV} not found, skipped")
        return
    articles = read(LANG_DEV)
    print(f"lang-dev: {LANG_DEV} ({len(articles)} articles), per language and split")
    for lang in LANGUAGES:
        for split in SPLITS:
            chosen = [
                a
                for a in articles
                if a["lang"] == lang and split_of("lang-dev", str(a["id"])) == split
            ]
            n_conflict = sum(a["label"] == "conflict" for a in chosen)
            print(f" {lang} {split}: {len(chosen)} articles, {n_conflict} conflict")
            report("lexicon", chosen, lexicon_verdict(lexicon), errors=split == "tune")


def timing(lexicon: Lexicon, articles: list[Article]) -> None:
    """Mean time to score an article of about 800 words built from the set's texts."""
    words = " ".join(a["text"] for a in articles if a.get("lang", "en") == "en").split()
    article = " ".join(words[:800])
    rounds = 2000
    start = time.perf_counter()
    for _ in range(rounds):
        score(lexicon, "Shelling kills three in eastern town", article)
    per_call = (time.perf_counter() - start) / rounds * 1e6
    print(f"speed: {per_call:.0f} µs per 800-word article (mean of {rounds})")


def main() -> None:
    """Run every available set."""
    lexicon = load_lexicon()
    for name, path in SETS.items():
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        articles = read(path)
        n_conflict = sum(a["label"] == "conflict" for a in articles)
        print(f"{name}: {path} ({len(articles)} articles, {n_conflict} conflict)")
        report("lexicon", articles, lexicon_verdict(lexicon))
        report("baseline", articles, baseline_verdict(lexicon))
    report_languages(lexicon)
    timing(lexicon, read(SETS["own labelled"]))


if __name__ == "__main__":
    main()
