"""Extractive summaries with sumy, offline.

Sentences come from `NewsTokenizer` (no NLTK data); stemming is Snowball's for the article's
language (`stems.stemmer_for`: English, Arabic, French, Russian; Ukrainian by prefix) and
stop words sumy's list for it (English, Arabic, French, Ukrainian; sumy has none for
Russian), all shipped with the packages. The sumy
document is built once per text straight from the split sentences (sumy's plain-text
parser would split them again and turn all-caps lines into headings).

The default method, "news", cleans the text first (`clean_article`), has sumy's TextRank
rate every sentence, adds a bonus that fades after the first sentence, discounts quotes,
questions, fragments and sentences opening on a pronoun or connective (they lean on what
came before), and picks by maximal marginal relevance: the best sentence first, then the
most informative per word, never a near-repeat. The other methods are plain sumy rankers
on the raw text.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Callable, Sequence
from importlib import import_module
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from bot.understand.stopwords import stop_words

if TYPE_CHECKING:
    from sumy.models.dom import ObjectDocumentModel
    from sumy.summarizers._summarizer import AbstractSummarizer, SentenceInfo

from bot.understand.stems import stem, stemmer_for
from bot.understand.summary.sentences import NewsTokenizer, split_sentences

_SUMMARIZERS: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "news": ("text_rank", "TextRankSummarizer"),
        "lexrank": ("lex_rank", "LexRankSummarizer"),
        "textrank": ("text_rank", "TextRankSummarizer"),
        "lsa": ("lsa", "LsaSummarizer"),
        "luhn": ("luhn", "LuhnSummarizer"),
        "kl": ("kl", "KLSummarizer"),
        "sumbasic": ("sum_basic", "SumBasicSummarizer"),
    }
)
"""sumy's module and class for each method, imported when a Summarizer is made: sumy's
summarizers import NLTK, and NLTK scipy and scikit-learn (seconds and 100 MB), which
commands that never summarize skip. The "news" method rates sentences with `text_rank`
and needs none of it."""
_DAMPING, _EPSILON, _ZERO_DIVISION_PREVENTION = 0.85, 1e-4, 1e-7
"""sumy's TextRank constants (`TextRankSummarizer.damping`, `epsilon`, and its guard against
a sentence sharing no word with any other)."""
SUMMARY_METHODS: tuple[str, ...] = tuple(_SUMMARIZERS)
"""The summary methods `Summarizer` accepts; "news" is the default."""

_TOKENIZER = NewsTokenizer()
_PLAIN_TEXT = re.compile("[\x00-\x7f‘’“”–—…«»]*")
"""A sentence of ASCII and typographic quotes and dashes: its letters are A-Z and a-z, and it
has no vowel marks."""
_PLAIN_WORD = re.compile(r"(?:[a-z]\.){2,}|[a-z]+(?:['’-][a-z]+)*")
"""`NewsTokenizer.to_words` on a lower-cased `_PLAIN_TEXT` sentence, in a third of the time."""
_STOP_WORD_LISTS = {"en": "english", "ar": "arabic", "fr": "french", "uk": "ukrainian"}
"""sumy's stop-word list for each language that has one (ISO 639-1)."""
_QUOTES = "\"“”'‘«"
_CLOSERS = "\"”’'»)"
_LEANING = re.compile(
    r"(?:He|She|It|They|This|These|Those|His|Her|Its|Their|But|And|However|Also|So)\b"
)

# Weights of the "news" method, set on the mean ROUGE of both sets of bench/summaries.py
# (never on single articles), and checked again on the tune split of summaries-dev alone:
# no setting there beats them beyond noise (docs/decisions.md, 2026-12-04). A sentence's
# score is (TextRank rating / the best rating + W_POSITION * exp(-index / POSITION_DECAY))
# times its `form_factor`.
W_POSITION = 0.25
POSITION_DECAY = 1.0
QUOTE_FACTOR = 0.6
QUESTION_FACTOR = 0.5
SHORT_WORDS = 6
SHORT_FACTOR = 0.5
LEANING_FACTOR = 0.7
REDUNDANCY = 0.5
"""`select`: likeness to a chosen sentence costs this share of the best score."""
NEAR_REPEAT = 0.6
"""`select`: a sentence this alike (cosine of word sets) to a chosen one is never chosen."""
LENGTH_POWER = 0.5
"""`select`: after the first pick, scores are divided by (length / median) ** this."""

_MAX_SENTENCES = 200
"""Only a text's first sentences are ranked: LexRank's cost grows with the square of the
sentence count (45 sentences 14 ms, 180 sentences 170 ms), and news leads with its point."""


class Summarizer:
    """Picks the most telling sentences of an article with one of `SUMMARY_METHODS`."""

    def __init__(self, method: str = "news", sentences: int = 3) -> None:
        if method not in _SUMMARIZERS:
            raise ValueError(f"unknown summary method {method!r}; choose from {SUMMARY_METHODS}")
        if sentences < 1:
            raise ValueError("a summary needs at least one sentence")
        self.method = method
        self.sentences = sentences
        module, name = _SUMMARIZERS[method]
        self._class = (
            None if method == "news" else getattr(import_module(f"sumy.summarizers.{module}"), name)
        )
        self._languages: dict[
            str, tuple[AbstractSummarizer | None, frozenset[str], frozenset[str], frozenset[str]]
        ] = {}
        """Per language: sumy's summarizer (none for "news"), the stop words, the stop words
        lower-cased as sumy's TextRank keeps them, and those lower-cased forms that are not
        stop words as listed (what TextRank drops and a sentence's word set keeps)."""
        self._use("en")

    def _use(self, language: str | None) -> None:
        """Rank with the stems and stop words of `language` (English for one without)."""
        code = language if language in _STOP_WORD_LISTS or language == "ru" else "en"
        if code not in self._languages:
            listed = stop_words(_STOP_WORD_LISTS[code]) if code in _STOP_WORD_LISTS else frozenset()
            summarizer = None
            if self._class is not None:
                summarizer = self._class(stemmer_for(code))
                summarizer.stop_words = listed
            lowered = frozenset(w.lower() for w in listed)
            self._languages[code] = (summarizer, listed, lowered, lowered - listed)
        self._summarizer, self._stop_words, self._rank_stop_words, self._only_lowered = (
            self._languages[code]
        )
        self._stem = stemmer_for(code)

    def summarize(
        self, text: str, sentences: int | None = None, language: str | None = None
    ) -> str:
        """The best `sentences` sentences of `text` (default: the instance's count) in
        document order, joined by a space, ranked with the stems and stop words of the
        text's `language` (ISO 639-1). A text with no more sentences than that
        comes back whole, its sentences joined the same way; "" for an empty text.
        Only the first 200 sentences of a very long text are considered."""
        # imported here: a briefing, which only combines stored summaries, never loads it
        from bot.understand.summary.clean import clean_article

        self._use(language)
        count = self.sentences if sentences is None else max(1, sentences)
        news = self.method == "news"
        found = split_sentences(clean_article(text) if news else text)[:_MAX_SENTENCES]
        if len(found) <= count:
            return " ".join(found)
        if news:
            return " ".join(found[i] for i in self._pick(found, count))
        document = _document(found)
        if self.method == "lsa" and self._content_words(document) < len(found):
            # LSA needs more distinct words than sentences (sumy warns, the SVD says nothing).
            return " ".join(found[:count])
        # LexRank divides by zero on texts whose sentences share no words (NaN ratings,
        # leaving the sentences in document order): numpy's warning is noise.
        import numpy  # here, not at the top: a briefing uses this module's helpers only

        with numpy.errstate(divide="ignore", invalid="ignore"):
            best = self._sumy()(document, count)
        return " ".join(str(s) for s in best)

    def ratings(
        self, sentences: Sequence[str], words: Sequence[Sequence[str]] | None = None
    ) -> list[float]:
        """The method's sumy rating of each sentence, in order (NaN counts as 0); `words`:
        each sentence's lower-cased words, when already read."""
        if self.method in ("news", "textrank"):
            words = words if words is not None else [_lowered_words(s) for s in sentences]
            return text_rank(sentences, self._rank_stems(words))
        document = _document(sentences)
        rated: dict[int, float] = {}

        def keep_all(infos: list[SentenceInfo]) -> list[SentenceInfo]:
            """sumy's sentence count may be a callable over the rated sentences: keep all."""
            rated.update((info.order, float(info.rating)) for info in infos)
            return infos

        import numpy

        with numpy.errstate(divide="ignore", invalid="ignore"):
            self._sumy()(document, keep_all)
        ratings = (rated.get(i, 0.0) for i in range(len(sentences)))
        return [0.0 if math.isnan(r) else r for r in ratings]

    def _pick(self, sentences: Sequence[str], count: int) -> list[int]:
        """Indices of the "news" method's `count` sentences, in document order."""
        words = [_lowered_words(s) for s in sentences]
        stems = self._rank_stems(words)
        ratings = text_rank(sentences, stems)
        top = max(ratings) or 1.0
        lengths = [len(s.split()) for s in sentences]
        scores = [
            (rating / top + W_POSITION * math.exp(-i / POSITION_DECAY))
            * form_factor(sentence, length)
            for i, (sentence, rating, length) in enumerate(
                zip(sentences, ratings, lengths, strict=True)
            )
        ]
        bags = [self._bag(ws, kept) for ws, kept in zip(words, stems, strict=True)]
        return sorted(select(scores, bags, count, lengths))

    def _rank_stems(self, words: Sequence[Sequence[str]]) -> list[list[str]]:
        """Each sentence's stemmed words as sumy's TextRank reads them (stop words out)."""
        stop, stem_of = self._rank_stop_words, self._stem
        return [list(map(stem_of, [w for w in ws if w not in stop])) for ws in words]

    def _bag(self, words: Sequence[str], ranked: list[str]) -> frozenset[str]:
        """`_stems_of(words, self._stop_words, ...)` from the stems TextRank read: the
        lower-case words it dropped are stop words as listed unless their listed form had
        capitals (`_only_lowered`), and only those are stemmed again."""
        bag = frozenset(ranked)
        extra = self._only_lowered
        if extra and not extra.isdisjoint(words):
            bag |= {self._stem(w) for w in words if w in extra}
        return bag

    def _sumy(self) -> AbstractSummarizer:
        """sumy's summarizer of the method (every method's but "news")."""
        if self._summarizer is None:
            raise TypeError("the news method ranks with text_rank, not with sumy")
        return self._summarizer

    def _content_words(self, document: ObjectDocumentModel) -> int:
        """How many distinct stemmed non-stop words the document has, as LSA counts them."""
        words = (w.lower() for w in document.words)
        return len({self._stem(w) for w in words if w not in self._stop_words})


def content_stems(
    sentence: str, stop_words: frozenset[str], stemmer: Callable[[str], str] = stem
) -> frozenset[str]:
    """The stemmed words of a sentence that are not stop words."""
    return _stems_of(_lowered_words(sentence), stop_words, stemmer)


def _stems_of(
    words: Sequence[str], stop_words: frozenset[str], stemmer: Callable[[str], str]
) -> frozenset[str]:
    """The stems of the words that are not stop words."""
    return frozenset(stemmer(w) for w in words if w not in stop_words)


def _lowered_words(sentence: str) -> list[str]:
    """The words of a sentence, lower-cased, as sumy reads them (a `_PLAIN_TEXT` sentence is
    lower-cased first: the same words, as only A-Z change, each to a letter)."""
    sentence = sentence.strip()
    if sentence.isascii() or _PLAIN_TEXT.fullmatch(sentence):
        return _PLAIN_WORD.findall(sentence.lower())
    return [w.lower() for w in _TOKENIZER.to_words(sentence)]


def text_rank(sentences: Sequence[str], stems: Sequence[Sequence[str]]) -> list[float]:
    """sumy's TextRank rating of each sentence, from its stemmed content words (repeats
    kept), with numpy over a word-count matrix instead of sumy's loop over sentence pairs:
    the same edge weights bit for bit (shared-word counts are whole numbers, the norms the
    same sums of `math.log`), then sumy's own power method."""
    import numpy

    count = len(stems)
    if not count:
        return []
    vocabulary: dict[str, int] = {}
    columns = [vocabulary.setdefault(w, len(vocabulary)) for words in stems for w in words]
    width = max(1, len(vocabulary))
    rows = numpy.repeat(numpy.arange(count) * width, [len(words) for words in stems])
    cells = numpy.bincount(rows + numpy.asarray(columns, dtype=numpy.intp), minlength=count * width)
    counts = cells.reshape(count, width).astype(float)
    shared = counts @ counts.T
    logs = numpy.array([math.log(len(words)) if words else 0.0 for words in stems])
    norm = logs[:, numpy.newaxis] + logs[numpy.newaxis, :]
    single = norm == 0.0  # two one-word sentences: their shared count itself (sumy's
    # isclose to 0: a sum of logs of whole numbers is 0 or at least log 2)
    weights = numpy.divide(shared, norm, out=shared.copy(), where=~single)
    weights[shared == 0] = 0.0
    weights /= weights.sum(axis=1)[:, numpy.newaxis] + _ZERO_DIVISION_PREVENTION
    damped = numpy.full((count, count), (1.0 - _DAMPING) / count) + _DAMPING * weights
    ranks = _power_method(damped, _EPSILON)
    # sumy keys ratings by sentence text: equal sentences all take the last one's rating
    last = {s.strip(): float(r) for s, r in zip(sentences, ranks, strict=True)}
    return [last[s.strip()] for s in sentences]


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Cosine similarity of two word sets (0 when either is empty)."""
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def form_factor(sentence: str, length: int | None = None) -> float:
    """How well a sentence stands alone in a summary: quotes, questions, fragments and
    sentences leaning on the one before ("He said ...", "But ...") count less. `length`:
    its count of words between spaces, when already counted."""
    factor = 1.0
    if sentence[:1] in _QUOTES or sentence.count('"') + sentence.count("“") >= 2:
        factor *= QUOTE_FACTOR
    if sentence.rstrip(_CLOSERS).endswith("?"):
        factor *= QUESTION_FACTOR
    if (len(sentence.split()) if length is None else length) < SHORT_WORDS:
        factor *= SHORT_FACTOR
    if _LEANING.match(sentence):
        factor *= LEANING_FACTOR
    return factor


def select(
    scores: Sequence[float],
    bags: Sequence[frozenset[str]],
    count: int,
    lengths: Sequence[int] | None = None,
) -> list[int]:
    """Maximal marginal relevance, best first: the top-scored sentence, then each time the
    one with the best score (per word, to `LENGTH_POWER`, when `lengths` are given) less
    `REDUNDANCY` times its likeness to those chosen; never a `NEAR_REPEAT`."""
    if not scores:
        return []
    density = list(scores)
    if lengths is not None:
        median = statistics.median(max(n, 1) for n in lengths)
        density = [
            score * (median / max(n, 1)) ** LENGTH_POWER
            for score, n in zip(scores, lengths, strict=True)
        ]
    penalty = REDUNDANCY * max(density)
    chosen = [max(range(len(scores)), key=scores.__getitem__)]
    similar = [0.0] * len(scores)  # each one's greatest likeness to a chosen sentence
    left = sorted(set(range(len(scores))) - set(chosen))
    while left and len(chosen) < count:
        best, best_value = -1, -math.inf
        last = bags[chosen[-1]]
        for i in left:
            similar[i] = max(similar[i], overlap(bags[i], last))
            value = density[i] - penalty * similar[i]
            if similar[i] < NEAR_REPEAT and value > best_value:
                best, best_value = i, value
        if best < 0:
            break
        chosen.append(best)
        left.remove(best)
    return chosen


def _document(sentences: Sequence[str]) -> ObjectDocumentModel:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence  # loads requests

    return ObjectDocumentModel([Paragraph([Sentence(s, _TOKENIZER) for s in sentences])])


def _power_method(matrix: Any, epsilon: float) -> Any:
    """sumy's `TextRankSummarizer.power_method`: the stationary vector of `matrix`."""
    import numpy

    transposed = matrix.T
    count = len(matrix)
    vector = numpy.array([1.0 / count] * count)
    change: Any = 1.0
    while change > epsilon:
        following = numpy.dot(transposed, vector)
        difference = numpy.subtract(following, vector)
        change = math.sqrt(difference.dot(difference))  # numpy.linalg.norm's own sum
        vector = following
    return vector
