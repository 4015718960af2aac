"""Geoparsing benchmarks (LGL, GeoWebNews, GeoVirus): loaders, a stable split and scoring.

The corpora live in ../shared/corpus/geoparsing/ (GPL-3, never copied into the project); their
README defines the protocol followed here (Gritta, Pilehvar and Collier, "A Pragmatic Guide to
Geoparsing Evaluation", 2019):

- Detection, per mention: a predicted span is right when it overlaps a gold toponym (one shared
  character is enough); a gold toponym is found when some predicted span overlaps it.
  Precision = right predictions / predictions, recall = found gold / gold.
- Detection, per distinct place per article: the gold toponyms of one article are grouped by
  place (`gold_place_id`: the GeoNames id, else the coordinates rounded to 0.01°, else the
  case-folded phrase) and the predictions by `Predicted.key` (the product's place key). A gold
  place is found when any of its mentions is; a predicted place is right when any of its spans
  overlaps an in-scope gold toponym.
- Resolution, of the gold toponyms found: acc@161 is the share whose prediction (the overlapping
  prediction sharing most characters with it) lies within 161 km of the gold coordinates, among
  found gold toponyms that have coordinates. A prediction carrying the gold GeoNames id counts as
  distance 0 even without coordinates of its own (same GeoNames record, same point); any other
  prediction without coordinates counts as a miss and is reported as unresolved. The exact-id
  share is the share of found gold toponyms with a GeoNames id whose prediction has that id.

Scope (`Scope`): every toponym of LGL and GeoVirus is gold (neither types usage; LGL's include
demonyms such as "Russian" and street names). On GeoWebNews the product's scope is
`GWN_IN_SCOPE` (Literal, Metonymic, Mixed, Literal_Modifier). A prediction that overlaps no gold
but overlaps a *neutral* annotation is neither credited nor penalised: in the in-scope view the
`GWN_NEUTRAL` types (non-literal modifiers, demonyms, names embedded in organisation names,
coerced names), which do contain a place name the product may take as a hint; in the "with a
GeoNames id" views the toponyms without one. In the in-scope view homonyms (a person or a shop
named like a place) and language names are not neutral: a prediction on them is a false
positive, as is one on GeoWebNews's non-toponym expressions in every view. The "all toponym
types" view counts every GeoWebNews toponym type as gold, Homonym and Language included.

Split: every document goes to "tune" or "held-out" by a SHA-256 hash of its corpus name and
document id (`split_of`), about 2/3 and 1/3, the same on every machine and run.
"""

from __future__ import annotations

import functools
import hashlib
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import countryinfo

from bot.understand.places.distance import distance_km

Split = Literal["tune", "held-out"]
SPLITS: tuple[Split, Split] = ("tune", "held-out")
ACC_KM = 161.0
"""100 miles, the field's threshold for a correct resolution."""

GWN_IN_SCOPE = frozenset({"Literal", "Metonymic", "Mixed", "Literal_Modifier"})
"""GeoWebNews usage types newsbot should tag as places."""
GWN_NEUTRAL = frozenset(
    {
        "Non_Literal_Modifier",
        "Demonym",
        "Embedded_Literal",
        "Embedded_Non_Lit",
        "Coercion",
    }
)
"""GeoWebNews toponym types outside the product's scope whose predictions are not penalised."""
GWN_NOT_TOPONYMS = frozenset({"Non_Toponym", "Literal_Expression", "Non_Lit_Expression"})
"""GeoWebNews annotations that are not toponyms ("the country", organisation names)."""


@dataclass(frozen=True)
class Toponym:
    """One gold annotation: a character span of the document's text and what it names."""

    start: int
    end: int
    phrase: str
    usage: str | None = None
    """GeoWebNews usage type ("Literal", "Demonym", ...); None where the corpus has none."""
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Document:
    """One benchmark article with its gold toponyms."""

    corpus: str
    doc_id: str
    text: str
    toponyms: tuple[Toponym, ...]
    feed: str | None = None
    """The feed the article came from (LGL's `feedid`), None where the corpus does not say."""
    fetched: str = ""
    """When it was downloaded (LGL's `dltime`, ISO 8601 in one zone: sorts as written)."""


@dataclass(frozen=True)
class Predicted:
    """One place mention predicted by the system under test."""

    start: int
    end: int
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    key: str = ""
    """The system's identity of the place (newsbot's place key), for per-distinct scoring."""


@dataclass(frozen=True)
class Scope:
    """Which gold annotations count (`gold`) and which are neither credited nor penalised."""

    name: str
    gold: Callable[[Toponym], bool]
    neutral: Callable[[Toponym], bool] = lambda _t: False


ALL = Scope("all toponyms", lambda _t: True)
WITH_ID = Scope(
    "toponyms with a GeoNames id",
    lambda t: t.geonameid is not None,
    lambda t: t.geonameid is None,
)


@functools.cache
def _demonyms() -> frozenset[str]:
    """Case-folded demonyms of every country (countryinfo, a build-time dependency), singular
    and plural ("Russian", "Russians", "Sri Lankan")."""
    words = {
        word.strip().lower()
        for country in countryinfo.all_countries()
        for word in (country.demonym() or "").split(",")
        if word.strip()
    }
    return frozenset(words | {f"{w}s" for w in words})


def is_demonym(t: Toponym) -> bool:
    """Whether a gold toponym is a country's demonym ("Russian", "Palestinians")."""
    return t.phrase.lower() in _demonyms()


LGL_PLACES = Scope("places: demonyms neutral", lambda t: not is_demonym(t), is_demonym)
"""LGL's toponyms without its demonyms, which newsbot does not tag as places (a prediction on
one is neither right nor wrong); names inside organisation names stay gold, as LGL has them."""
GWN_SCOPE = Scope(
    "in scope: Literal+Metonymic+Mixed+Literal_Modifier",
    lambda t: t.usage in GWN_IN_SCOPE,
    lambda t: t.usage in GWN_NEUTRAL,
)
GWN_BAR = Scope(
    "Literal+Metonymic+Mixed (issue 12's bar)",
    lambda t: t.usage in GWN_IN_SCOPE - {"Literal_Modifier"},
    lambda t: t.usage in GWN_NEUTRAL | {"Literal_Modifier"},
)
"""The usage types issue 12's bar names; a place name used as a modifier ("the Syria
border") is neither credited nor penalised."""
GWN_ALL = Scope("all toponym types", lambda t: t.usage not in GWN_NOT_TOPONYMS)
"""Every GeoWebNews toponym type, Homonym and Language included; the non-toponym expressions
are not gold, so a prediction on them is wrong."""
GWN_WITH_ID = Scope(
    "toponym types with a GeoNames id",
    lambda t: t.usage not in GWN_NOT_TOPONYMS and t.geonameid is not None,
    lambda t: t.usage not in GWN_NOT_TOPONYMS and t.geonameid is None,
)
"""As the published Mordecai 3 figures count: toponyms with a GeoNames id."""


# --- loaders -------------------------------------------------------------------------------


def _float(text: str | None) -> float | None:
    return float(text) if text not in (None, "") else None


def _int(text: str | None) -> int | None:
    return int(text) if text not in (None, "") else None


def _child(element: ET.Element, tag: str) -> str | None:
    found = element.find(tag)
    return found.text if found is not None else None


def _aligned(text: str, start: int, end: int, phrase: str, reach: int = 200) -> tuple[int, int]:
    """The span of `phrase` nearest to (start, end) within `reach` characters, else as given."""
    if text[start:end] == phrase or not phrase:
        return start, end
    best: int | None = None
    at = text.find(phrase, max(0, start - reach))
    while 0 <= at <= start + reach:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        at = text.find(phrase, at + 1)
    return (best, best + len(phrase)) if best is not None else (start, end)


def load_lgl(path: Path) -> list[Document]:
    """LGL: `<article docid>` with its `<feedid>` and `<dltime>`, and `<toponym>`
    start/end/phrase with an optional `<gaztag>`."""
    docs = []
    for article in ET.parse(path).getroot().iter("article"):
        text = _child(article, "text") or ""
        toponyms = []
        for t in article.iter("toponym"):
            gaztag = t.find("gaztag")
            start, end = int(_child(t, "start") or 0), int(_child(t, "end") or 0)
            phrase = _child(t, "phrase") or ""
            start, end = _aligned(text, start, end, phrase)
            geonameid = lat = lon = None
            if gaztag is not None:
                geonameid = _int(gaztag.get("geonameid"))
                lat, lon = _float(_child(gaztag, "lat")), _float(_child(gaztag, "lon"))
            toponyms.append(Toponym(start, end, phrase, None, geonameid, lat, lon))
        feed, fetched = _child(article, "feedid"), _child(article, "dltime") or ""
        docs.append(Document("LGL", article.get("docid", ""), text, tuple(toponyms), feed, fetched))
    return docs


def load_geowebnews(path: Path) -> list[Document]:
    """GeoWebNews: `<article file>`, `<toponym>` with extractedName, type, start, end and, where
    one exists, geonamesID (sometimes present but empty), latitude and longitude. Annotations
    with a negative offset (five, none in scope, of text not in `<text>`) are left out."""
    docs = []
    for article in ET.parse(path).getroot().iter("article"):
        text = _child(article, "text") or ""
        toponyms = []
        for t in article.iter("toponym"):
            phrase = _child(t, "extractedName") or ""
            start, end = int(_child(t, "start") or 0), int(_child(t, "end") or 0)
            if start < 0:
                continue
            start, end = _aligned(text, start, end, phrase)
            toponyms.append(
                Toponym(
                    start,
                    end,
                    phrase,
                    _child(t, "type"),
                    _int(_child(t, "geonamesID")),
                    _float(_child(t, "latitude")),
                    _float(_child(t, "longitude")),
                )
            )
        docs.append(Document("GeoWebNews", article.get("file", ""), text, tuple(toponyms)))
    return docs


def load_geovirus(path: Path) -> list[Document]:
    """GeoVirus: `<article>` with `<source>` (its WikiNews URL, the document id; a repeated URL
    gets "#2", "#3"), `<location>` elements (some nested in others) with name, start, end, lat,
    lon. The stored offsets are one character past the name; `_aligned` puts them right."""
    docs = []
    seen: Counter[str] = Counter()
    for article in ET.parse(path).getroot().iter("article"):
        text = _child(article, "text") or ""
        source = _child(article, "source") or ""
        seen[source] += 1
        doc_id = source if seen[source] == 1 else f"{source}#{seen[source]}"
        toponyms = []
        for loc in article.iter("location"):
            phrase = _child(loc, "name")
            if phrase is None or loc.find("start") is None:
                continue
            start, end = int(_child(loc, "start") or 0), int(_child(loc, "end") or 0)
            start, end = _aligned(text, start, end, phrase)
            lat, lon = _float(_child(loc, "lat")), _float(_child(loc, "lon"))
            toponyms.append(Toponym(start, end, phrase, None, None, lat, lon))
        docs.append(Document("GeoVirus", doc_id, text, tuple(toponyms)))
    return docs


# --- split ---------------------------------------------------------------------------------


def split_of(corpus: str, doc_id: str) -> Split:
    """A document's split: "tune" (about 2/3) or "held-out", by a stable hash of its id."""
    digest = hashlib.sha256(f"{corpus}\x00{doc_id}".encode()).digest()
    return "held-out" if int.from_bytes(digest[:8], "big") % 3 == 2 else "tune"


def split_documents(docs: Iterable[Document]) -> dict[Split, list[Document]]:
    """`docs` by split, each list in the input order."""
    parts: dict[Split, list[Document]] = {"tune": [], "held-out": []}
    for doc in docs:
        parts[split_of(doc.corpus, doc.doc_id)].append(doc)
    return parts


# --- scoring -------------------------------------------------------------------------------


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters shared by two half-open spans (0: they do not overlap)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def gold_place_id(t: Toponym) -> str:
    """What makes two gold mentions of one article the same place (see the module doc)."""
    if t.geonameid is not None:
        return f"gn:{t.geonameid}"
    if t.lat is not None and t.lon is not None:
        return f"ll:{t.lat:.2f},{t.lon:.2f}"
    return f"name:{t.phrase.casefold()}"


@dataclass
class Counts:
    """Counts behind the figures; they add up over documents (`add`)."""

    predicted: int = 0
    predicted_right: int = 0
    predicted_neutral: int = 0
    gold: int = 0
    gold_found: int = 0
    places_predicted: int = 0
    places_predicted_right: int = 0
    places_predicted_neutral: int = 0
    places_gold: int = 0
    places_gold_found: int = 0
    found_with_coords: int = 0
    within_161: int = 0
    unresolved: int = 0
    """Found gold toponyms with coordinates whose prediction has neither coordinates nor
    the gold id: counted as misses in acc@161."""
    found_with_id: int = 0
    exact_id: int = 0
    documents: int = 0

    def add(self, other: Counts) -> None:
        """Add `other`'s counts to these."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def mention_prf(self) -> tuple[float, float, float]:
        """Per-mention precision, recall, F1 (neutral predictions left out)."""
        return prf(
            self.predicted_right,
            self.predicted - self.predicted_neutral,
            self.gold_found,
            self.gold,
        )

    @property
    def place_prf(self) -> tuple[float, float, float]:
        """Per distinct place per article precision, recall, F1."""
        return prf(
            self.places_predicted_right,
            self.places_predicted - self.places_predicted_neutral,
            self.places_gold_found,
            self.places_gold,
        )

    @property
    def acc161(self) -> float:
        """Share of found gold toponyms with coordinates resolved within 161 km."""
        return self.within_161 / self.found_with_coords if self.found_with_coords else 0.0

    @property
    def acc161_with_coords(self) -> float:
        """acc@161 leaving out the unresolved (predictions without coordinates or gold id)."""
        resolved = self.found_with_coords - self.unresolved
        return self.within_161 / resolved if resolved else 0.0

    @property
    def exact_id_share(self) -> float:
        """Share of found gold toponyms with a GeoNames id resolved to exactly that id."""
        return self.exact_id / self.found_with_id if self.found_with_id else 0.0


def prf(right: int, predicted: int, found: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0 where undefined)."""
    p = right / predicted if predicted else 0.0
    r = found / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Errors:
    """Surface forms of false positives and false negatives (per mention), for error review."""

    false_positives: Counter[str] = field(default_factory=Counter)
    """Predicted spans (as written) overlapping no gold and no neutral annotation."""
    false_negatives: Counter[str] = field(default_factory=Counter)
    """Gold toponyms (their phrase) no prediction overlaps."""
    missed_places: Counter[str] = field(default_factory=Counter)
    """Gold places of an article none of whose mentions is found: each distinct phrase of the
    place once per article (the misses that repeated mentions do not explain)."""


def _best_prediction(t: Toponym, preds: Sequence[Predicted]) -> Predicted | None:
    best: Predicted | None = None
    shared = 0
    for p in preds:
        n = overlap(t.start, t.end, p.start, p.end)
        if n > shared:
            best, shared = p, n
    return best


def _resolved(t: Toponym, p: Predicted) -> bool | None:
    """Within 161 km? None when the prediction has no coordinates and not the gold id."""
    if t.geonameid is not None and p.geonameid == t.geonameid:
        return True
    if p.lat is None or p.lon is None or t.lat is None or t.lon is None:
        return None
    return distance_km(t.lat, t.lon, p.lat, p.lon) <= ACC_KM


def score_document(
    doc: Document, preds: Sequence[Predicted], scope: Scope, errors: Errors | None = None
) -> Counts:
    """The counts for one document's predictions under `scope` (see the module doc)."""
    gold = [t for t in doc.toponyms if scope.gold(t)]
    neutral = [t for t in doc.toponyms if not scope.gold(t) and scope.neutral(t)]
    c = Counts(documents=1, predicted=len(preds), gold=len(gold))

    def hits(p: Predicted, spans: list[Toponym]) -> bool:
        return any(overlap(p.start, p.end, t.start, t.end) for t in spans)

    verdict: list[str] = []
    for p in preds:
        if hits(p, gold):
            verdict.append("right")
        elif hits(p, neutral):
            verdict.append("neutral")
        else:
            verdict.append("wrong")
            if errors is not None:
                errors.false_positives[doc.text[p.start : p.end]] += 1
    c.predicted_right = verdict.count("right")
    c.predicted_neutral = verdict.count("neutral")

    found_places: dict[str, bool] = {}
    for t in gold:
        best = _best_prediction(t, preds)
        place = gold_place_id(t)
        found_places[place] = found_places.get(place, False) or best is not None
        if best is None:
            if errors is not None:
                errors.false_negatives[t.phrase] += 1
            continue
        c.gold_found += 1
        if t.lat is not None and t.lon is not None:
            c.found_with_coords += 1
            near = _resolved(t, best)
            c.within_161 += near is True
            c.unresolved += near is None
        if t.geonameid is not None:
            c.found_with_id += 1
            c.exact_id += best.geonameid == t.geonameid
    c.places_gold = len(found_places)
    c.places_gold_found = sum(found_places.values())
    if errors is not None:
        missed = {(gold_place_id(t), t.phrase) for t in gold if not found_places[gold_place_id(t)]}
        errors.missed_places.update(phrase for _, phrase in missed)

    by_key: dict[str, list[str]] = defaultdict(list)
    for i, (p, v) in enumerate(zip(preds, verdict, strict=True)):
        by_key[p.key or f"#{i}"].append(v)
    c.places_predicted = len(by_key)
    c.places_predicted_right = sum("right" in vs for vs in by_key.values())
    c.places_predicted_neutral = sum(
        "right" not in vs and "neutral" in vs for vs in by_key.values()
    )
    return c


def score_corpus(
    docs: Iterable[Document],
    predictions: Callable[[Document], Sequence[Predicted]],
    scope: Scope,
    errors: Errors | None = None,
) -> Counts:
    """The summed counts of `score_document` over `docs`."""
    total = Counts()
    for doc in docs:
        total.add(score_document(doc, predictions(doc), scope, errors))
    return total
