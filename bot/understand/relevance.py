"""Conflict relevance: a weighted-lexicon score and a yes/no verdict for one article.

The lexicon lives in `config/lexicon.yaml` (English, and any language without its own);
`config/lexicon/<code>.yaml` holds the lexicon of one other language (ISO 639-1: ar, fr, ru,
uk), in the same format, chosen by the article's detected language. Inflected languages
write their terms as stems with a trailing `*` ("обстріл*" finds "обстрілу", "обстріляли").
Pattern syntax, shared by every section:
case-insensitive; a space matches any run of spaces or hyphens ("air strike" also finds
"air-strike"); a trailing `*` matches any word ending ("airstrike*" finds "airstrikes").
Terms in Arabic script also match with attached proclitics (و ف ب ل ك ال) and any ending,
as Arabic writes them joined to the word; Arabic diacritics and hamza forms are ignored.
`<name>` in a term stands for any entry of the file's class `name` (`classes:`), so
"<forces> strikes" finds "Israeli strikes" and "junta strikes"; a class entry "20..150"
stands for every whole number from 20 to 150; a literal a class term makes
that an explicit term or an earlier class term already makes keeps that one's weight.

Scoring: false-friend phrases hide the conflict terms they overlap (longest match wins), and
a conflict term found hides a shorter context term inside it ("armed gangs abducted" hides
"gang*"); each remaining conflict term adds `weight * (1 + ln(count))`, and
`weight * (title_weight - 1)` more when it also occurs in the title; each context term
subtracts the same way; the sum (never below 0) is divided by
`(words / reference_words) ** length_exponent` for texts longer than `reference_words`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from ahocorasick_rs import AhoCorasick

from bot.folders import REPO_CONFIG_DIR
from bot.records import Relevance

DEFAULT_LEXICON_PATH = REPO_CONFIG_DIR / "lexicon.yaml"
LANGUAGE_FOLDER = "lexicon"
"""The folder, beside the main lexicon file, of the other languages' lexicons."""
_LANGUAGE_CODE = re.compile(r"[a-z]{2}")

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_PROCLITICS = re.compile(r"(?:[وفبلك]{0,2}ال|[وفبلك]{1,2})")
_FOLD = str.maketrans(
    {
        **{chr(c): None for c in [*range(0x064B, 0x0660), 0x0640, 0x0670]},
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
    }
)
_FOLDED = re.compile(f"[{''.join(map(chr, _FOLD))}]")
"""Any character `_FOLD` changes (a search finds one much faster than translating)."""
_FALSE_FRIEND = -1
_CLASS = re.compile(r"<([a-z_]+)>")
_RANGE = re.compile(r"(\d+)\.\.(\d+)")
"""A class entry standing for every whole number from the first to the second."""


def normalise(text: str) -> str:
    """Text as the lexicon sees it: lower-cased, Arabic diacritics and hamza forms folded,
    runs of spaces and hyphens made one space."""
    lowered = text.lower()
    folded = lowered.translate(_FOLD) if _FOLDED.search(lowered) else lowered
    return " ".join(folded.replace("-", " ").split())


@dataclass(frozen=True)
class TermSet:
    """Weighted patterns compiled into one Aho-Corasick automaton.

    The automaton's pattern `i` is a literal; `matches[i]` is its `(index, open_end, arabic)`,
    where `index` points into `terms`/`weights`, or is -1 for a false friend.
    """

    terms: tuple[str, ...]
    weights: tuple[float, ...]
    matches: tuple[tuple[int, bool, bool], ...]
    automaton: AhoCorasick | None

    @classmethod
    def build(
        cls,
        weighted: Mapping[str, float],
        false_friends: Sequence[str] = (),
        classes: Mapping[str, Sequence[str]] | None = None,
    ) -> TermSet:
        """Compile `weighted` (pattern -> weight) and the phrases that hide them, each
        `<name>` in a pattern standing for any entry of `classes[name]`."""
        entries = [(term, index) for index, term in enumerate(weighted)]
        entries += [(phrase, _FALSE_FRIEND) for phrase in false_friends]
        entries.sort(key=lambda entry: "<" in entry[0])
        literals: dict[str, tuple[int, bool, bool]] = {}
        for pattern, index in entries:
            made = _expanded(pattern, classes or {})
            for text in made:
                literal = normalise(text).strip()
                if "*" in literal.rstrip("*") or not literal.rstrip("*"):
                    raise ValueError(f"bad lexicon pattern {pattern!r}: '*' only at the end")
                arabic = bool(_ARABIC.search(literal))
                open_end = arabic or literal.endswith("*")
                literal = literal.rstrip("*")
                if literal in literals:
                    if "<" in pattern:
                        continue
                    raise ValueError(f"lexicon pattern {pattern!r} is listed twice")
                literals[literal] = (index, open_end, arabic)
        return cls(
            terms=tuple(weighted),
            weights=tuple(float(w) for w in weighted.values()),
            matches=tuple(literals.values()),
            automaton=AhoCorasick(literals) if literals else None,
        )

    def counts(self, normalised: str, inside: Sequence[tuple[int, int]] = ()) -> dict[int, int]:
        """How often each term (by index) occurs in `normalised` text, leftmost-longest, but
        where it lies within one of the spans `inside` (another set's longer match)."""
        return self._found(normalised, inside, None)

    def found(self, normalised: str, spans: list[tuple[int, int]]) -> dict[int, int]:
        """`counts`, adding the span of each term counted to `spans`."""
        return self._found(normalised, (), spans)

    def _found(
        self,
        normalised: str,
        inside: Sequence[tuple[int, int]],
        spans_out: list[tuple[int, int]] | None,
    ) -> dict[int, int]:
        if self.automaton is None:
            return {}
        spans: list[tuple[int, int, int]] = []
        size = len(normalised)
        for match, start, end in self.automaton.find_matches_as_indexes(normalised, True):
            index, open_end, arabic = self.matches[match]
            if not open_end and end < size and normalised[end].isalnum():
                continue
            joined = start > 0 and normalised[start - 1].isalnum()
            if joined and not (arabic and _after_proclitics(normalised, start)):
                continue
            if any(a <= start and end <= b and b - a > end - start for a, b in inside):
                continue
            spans.append((start, -end, index))
        spans.sort()
        found: dict[int, int] = {}
        covered = 0
        for start, negative_end, index in spans:
            if start < covered:
                continue
            covered = -negative_end
            if index != _FALSE_FRIEND:
                found[index] = found.get(index, 0) + 1
                if spans_out is not None:
                    spans_out.append((start, covered))
        return found


def _expanded(pattern: str, classes: Mapping[str, Sequence[str]]) -> list[str]:
    """Every pattern `pattern` stands for, each `<name>` replaced by an entry of its class."""
    found = _CLASS.search(pattern)
    if found is None:
        return [pattern]
    if found.group(1) not in classes:
        raise ValueError(f"lexicon pattern {pattern!r}: no class {found.group(1)!r}")
    start, end = found.span()
    return [
        text
        for entry in classes[found.group(1)]
        for text in _expanded(pattern[:start] + entry + pattern[end:], classes)
    ]


def _after_proclitics(text: str, start: int) -> bool:
    """Whether the letters joined before `start` are only Arabic proclitics."""
    word_start = start
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    return _ARABIC_PROCLITICS.fullmatch(text, word_start, start) is not None


@dataclass(frozen=True)
class Lexicon:
    """A compiled conflict lexicon: what counts, what pulls away, and how to decide."""

    conflict: TermSet
    """Conflict terms, with the false-friend phrases that hide them."""
    context: TermSet
    """Terms that pull an article away from conflict."""
    threshold: float
    title_weight: float
    reference_words: int
    length_exponent: float
    languages: Mapping[str, Lexicon] = field(default_factory=dict)
    """The lexicons of other languages (`config/lexicon/<code>.yaml`), by ISO 639-1 code."""
    classes: Mapping[str, Sequence[str]] = field(default_factory=dict)
    """The classes of words its terms name as `<name>`."""

    def for_language(self, language: str | None) -> Lexicon:
        """The lexicon for an article in `language` ("fr"): its own, else this one."""
        return self.languages.get(language or "", self)


def _weights(raw: Any, section: str) -> dict[str, float]:
    """Validate one `pattern: weight` section of the lexicon file."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ValueError(f"lexicon section {section!r} must map patterns to weights")
    return {str(term): float(weight) for term, weight in raw.items()}


def _classes(raw: Any) -> dict[str, list[str]]:
    """Validate the lexicon file's `classes:` section (name -> list of words)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, list) for v in raw.values()):
        raise ValueError("lexicon section 'classes' must map names to lists of words")
    return {str(name): _class_words(words) for name, words in raw.items()}


def _class_words(words: Sequence[Any]) -> list[str]:
    """A class's words, each range of whole numbers ("20..150") standing for every number in
    it, so a class may name "spans of generations" without listing 131 figures."""
    listed: list[str] = []
    for word in map(str, words):
        span = _RANGE.fullmatch(word)
        if span is None:
            listed.append(word)
            continue
        low, high = int(span.group(1)), int(span.group(2))
        if low > high:
            raise ValueError(f"lexicon class range {word!r} runs backwards")
        listed.extend(str(number) for number in range(low, high + 1))
    return listed


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Load and compile a lexicon file (default: `config/lexicon.yaml` in the project) and the
    language lexicons in the `lexicon/` folder beside it, if there is one."""
    path = path or DEFAULT_LEXICON_PATH
    languages: dict[str, Lexicon] = {}
    for language_file in sorted((path.parent / LANGUAGE_FOLDER).glob("*.yaml")):
        code = language_file.stem
        if not _LANGUAGE_CODE.fullmatch(code):
            raise ValueError(f"{language_file}: name a language lexicon by its ISO 639-1 code")
        languages[code] = _compile(language_file)
    return replace(_compile(path), languages=languages)


def _compile(path: Path) -> Lexicon:
    """One lexicon file, compiled."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    length = data.get("length") or {}
    classes = _classes(data.get("classes"))
    return Lexicon(
        conflict=TermSet.build(
            _weights(data.get("conflict_terms"), "conflict_terms"),
            [str(phrase) for phrase in data.get("false_friends") or []],
            classes,
        ),
        context=TermSet.build(_weights(data.get("context_terms"), "context_terms"), (), classes),
        threshold=float(data.get("threshold", 3.0)),
        title_weight=float(data.get("title_weight", 2.0)),
        reference_words=int(length.get("reference_words", 150)),
        length_exponent=float(length.get("exponent", 0.5)),
        classes=classes,
    )


def _weighted_sum(terms: TermSet, counts: Mapping[int, int]) -> float:
    """Weighted sum with diminishing returns for repeats."""
    return sum(terms.weights[i] * (1.0 + math.log(n)) for i, n in counts.items())


def score(lexicon: Lexicon, title: str, text: str, language: str | None = None) -> Relevance:
    """Score how much an article is about armed conflict, and decide yes or no, with the
    lexicon of the article's `language` (ISO 639-1) when there is one."""
    lexicon = lexicon.for_language(language)
    title_norm, text_norm = normalise(title), normalise(text)
    title_spans: list[tuple[int, int]] = []
    text_spans: list[tuple[int, int]] = []
    in_title = lexicon.conflict.found(title_norm, title_spans)
    counts = lexicon.conflict.found(text_norm, text_spans)
    for index, n in in_title.items():
        counts[index] = counts.get(index, 0) + n
    context = lexicon.context.counts(title_norm, title_spans)
    for index, n in lexicon.context.counts(text_norm, text_spans).items():
        context[index] = context.get(index, 0) + n
    positive = _weighted_sum(lexicon.conflict, counts) + sum(
        lexicon.conflict.weights[i] * (lexicon.title_weight - 1.0) for i in in_title
    )
    negative = _weighted_sum(lexicon.context, context)
    words = sum(part.count(" ") + 1 for part in (title_norm, text_norm) if part)
    dilution = max(1.0, words / lexicon.reference_words) ** lexicon.length_exponent
    value = round(max(0.0, positive - negative) / dilution, 3)
    weights = lexicon.conflict.weights
    ranked = sorted((i for i in counts if weights[i]), key=lambda i: (-weights[i] * counts[i], i))
    return Relevance(
        score=value,
        is_conflict=value >= lexicon.threshold,
        terms=tuple(lexicon.conflict.terms[i] for i in ranked),
    )
