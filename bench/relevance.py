"""Quality and speed of conflict relevance: `.venv/bin/python bench/relevance.py`.

Prints precision, recall and F1 of the yes/no verdict on the shared development set
(`../shared/eval/articles-dev.jsonl`, skipped when absent) on its tune and held-out splits
(`bench.geoparsing.split_of`, by article id; also each article's lead, see below), on the
project's own labelled set
(`tests/data/relevance/articles.jsonl`), and on the local-language set
(`../shared/eval/lang-dev.jsonl`) per language and split, beside a bare keyword-count
baseline (any lexicon conflict term, unweighted, no false friends, context or length,
at least BASELINE_MIN_HITS occurrences); then the recall on real English conflict reports:
events-dev's items (every one an armed-conflict event, but for its protests and riots,
which the relevance rule counts as other) and stories-dev's English items (all about
armed-conflict incidents; English as `detect_language` finds it), split by item id for
events-dev and by event for stories-dev, as `bench/events.py` and `bench/stories.py` split
them; each whole, and as a feed's summary would give it ("lead": the title and the first
two sentences of the cleaned text, LEAD_SENTENCES). Misclassified ids are listed for tune
splits and the own set only: held-out stays unseen (`--tune`: tune splits alone). Times
scoring. Each article is scored with the lexicon of its language (`lang`).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.flags import TUNE, check_flags  # noqa: E402
from bench.geoparsing import SPLITS, split_of  # noqa: E402
from bot.understand.language import detect_language  # noqa: E402
from bot.understand.relevance import Lexicon, TermSet, load_lexicon, normalise, score  # noqa: E402
from bot.understand.summary.clean import clean_article  # noqa: E402
from bot.understand.summary.sentences import split_sentences  # noqa: E402

SETS = {
    "shared dev": ROOT.parent / "shared" / "eval" / "articles-dev.jsonl",
    "own labelled": ROOT / "tests" / "data" / "relevance" / "articles.jsonl",
}
ARTICLES_DEV = "shared dev"
LANG_DEV = ROOT.parent / "shared" / "eval" / "lang-dev.jsonl"
EVENTS_DEV = ROOT.parent / "shared" / "eval" / "events-dev.jsonl"
STORIES_DEV = ROOT.parent / "shared" / "eval" / "stories-dev.jsonl"
NOT_ARMED = ("Protests", "Riots")
"""events-dev's event types that the relevance rule labels `other` (riots, crowds)."""
LANGUAGES = ("ar", "fr", "ru", "uk")
BASELINE_MIN_HITS = 2
LEAD_SENTENCES = 2
TUNE_ONLY = "--tune" in sys.argv

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
            chosen = lexicon.for_language(language)
            terms = chosen.conflict
            weighted = dict(zip(terms.terms, terms.weights, strict=True))
            bare[language] = TermSet.build(weighted, (), chosen.classes)
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


def report_conflict_reports(lexicon: Lexicon) -> None:
    """Recall on real English conflict reports (events-dev, stories-dev), per split."""
    rows: dict[tuple[str, str], list[Article]] = {}
    if EVENTS_DEV.exists():
        for item in read(EVENTS_DEV):
            if item["event_type"] in NOT_ARMED:
                continue
            split = split_of("events-dev", str(item["id"]))
            article = {**item, "lang": "en", "label": "conflict"}
            rows.setdefault(("events-dev", split), []).append(article)
    if STORIES_DEV.exists():
        for item in read(STORIES_DEV):
            if detect_language(item.get("title") or "", item["text"]) != "en":
                continue
            split = split_of("stories-dev", str(item["event"]))
            article = {**item, "lang": "en", "label": "conflict"}
            rows.setdefault(("stories-dev", split), []).append(article)
    if not rows:
        print("conflict reports: events-dev and stories-dev not found, skipped")
        return
    print("English conflict reports (events-dev but protests and riots; stories-dev in")
    print("  English): recall (every item is conflict, so P is 1 or 0)")
    for split in _splits():
        both = [a for (_, s), part in sorted(rows.items()) if s == split for a in part]
        for name in ("events-dev", "stories-dev"):
            part = rows.get((name, split), [])
            print(f" {name} {split}: {len(part)} articles")
            report("whole", part, lexicon_verdict(lexicon), errors=split == "tune")
            report("lead", [_lead(a) for a in part], lexicon_verdict(lexicon), split == "tune")
        print(f" both {split}: {len(both)} articles")
        report("whole", both, lexicon_verdict(lexicon), errors=False)
        report("lead", [_lead(a) for a in both], lexicon_verdict(lexicon), errors=False)


def _lead(article: Article) -> Article:
    """The article as a feed's summary gives it: its title and first sentences."""
    sentences = split_sentences(clean_article(article["text"]))
    return {**article, "text": " ".join(sentences[:LEAD_SENTENCES])}


def _splits() -> tuple[str, ...]:
    """The splits to print: tune alone with `--tune`."""
    return ("tune",) if TUNE_ONLY else SPLITS


def report_languages(lexicon: Lexicon) -> None:
    """The lexicon's verdict on lang-dev, per language and split."""
    if not LANG_DEV.exists():
        print(f"lang-dev: {LANG_DEV} not found, skipped")
        return
    articles = read(LANG_DEV)
    print(f"lang-dev: {LANG_DEV} ({len(articles)} articles), per language and split")
    for lang in LANGUAGES:
        for split in _splits():
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
    check_flags(__doc__, {"--tune": TUNE})
    lexicon = load_lexicon()
    for name, path in SETS.items():
        if not path.exists():
            print(f"{name}: {path} not found, skipped")
            continue
        articles = read(path)
        n_conflict = sum(a["label"] == "conflict" for a in articles)
        print(f"{name}: {path} ({len(articles)} articles, {n_conflict} conflict)")
        if name != ARTICLES_DEV:
            report("lexicon", articles, lexicon_verdict(lexicon))
            report("baseline", articles, baseline_verdict(lexicon))
            continue
        for split in _splits():
            chosen = [a for a in articles if split_of("articles-dev", str(a["id"])) == split]
            n_conflict = sum(a["label"] == "conflict" for a in chosen)
            print(f" {split}: {len(chosen)} articles, {n_conflict} conflict")
            report("lexicon", chosen, lexicon_verdict(lexicon), errors=split == "tune")
            report("baseline", chosen, baseline_verdict(lexicon), errors=False)
            leads = [_lead(a) for a in chosen]
            report("lead", leads, lexicon_verdict(lexicon), errors=split == "tune")
    report_languages(lexicon)
    report_conflict_reports(lexicon)
    timing(lexicon, read(SETS["own labelled"]))


if __name__ == "__main__":
    main()
