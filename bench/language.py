"""Language detection: `.venv/bin/python bench/language.py`.

Prints, per labelled language, how often `detect_language` names it on
`../shared/eval/lang-dev.jsonl` and `articles-dev.jsonl` (each skipped when absent), on the
whole title and text and on their first 40 and 80 characters (what a short feed entry gives),
with every wrong answer (Russian taken for Ukrainian and back shown on their own line); then
the detector's import time, and the model's load time and the memory it holds, in a fresh
process.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.understand.language import detect_language  # noqa: E402

SETS = [ROOT.parent / "shared" / "eval" / name for name in ("lang-dev.jsonl", "articles-dev.jsonl")]
CUTS = (None, 80, 40)
"""Characters of the title and text given to the detector (None: all)."""

COST = """
import time
import numpy  # the project imports it anyway
def rss():
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    return int(status["VmRSS"].split()[0]) / 1024, int(status["VmHWM"].split()[0]) / 1024
start = time.perf_counter()
import py3langid.langid
print(f"import py3langid {time.perf_counter() - start:.3f} s")
from bot.understand.language import detect_language
before = rss()[0]
start = time.perf_counter()
detect_language("Обстріл Херсона", "Унаслідок обстрілу загинули двоє людей.")
after, peak = rss()
print(f"model load at the first text {time.perf_counter() - start:.2f} s")
print(f"resident +{after - before:.0f} MB once loaded (peak +{peak - before:.0f} MB while loading)")
"""


def read() -> list[dict[str, str]]:
    """The articles of every set found, each with its text as the detector gets it."""
    found = []
    for path in SETS:
        if not path.exists():
            print(f"{path} not found, skipped")
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        found += [json.loads(line) for line in lines if line.strip()]
    return found


def report(articles: list[dict[str, str]], cut: int | None) -> None:
    """Right answers per language, and the wrong ones."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    for article in articles:
        text = "\n\n".join(t for t in (article.get("title"), article["text"]) if t)
        said = detect_language("", text[:cut] if cut else text)
        truth = article["lang"]
        total[truth] += 1
        right[truth] += said == truth
        if said != truth:
            wrong[(truth, said)] += 1
    print(f"{'all of the text' if cut is None else f'first {cut} characters'}:")
    for lang in sorted(total, key=lambda code: -total[code]):
        print(f"  {lang}: {right[lang]}/{total[lang]} = {right[lang] / total[lang]:.3f}")
    mixed = wrong[("ru", "uk")], wrong[("uk", "ru")]
    print(f"  Russian taken for Ukrainian {mixed[0]}, Ukrainian for Russian {mixed[1]}")
    print(f"  wrong: {', '.join(f'{t}->{s} {n}' for (t, s), n in wrong.items()) or 'none'}")


def main() -> None:
    """Accuracy on every set found, then the cost."""
    articles = read()
    if articles:
        for cut in CUTS:
            report(articles, cut)
    cost = subprocess.run(
        [sys.executable, "-c", COST], cwd=ROOT, capture_output=True, text=True, check=True
    )
    print(cost.stdout, end="")


if __name__ == "__main__":
    main()
