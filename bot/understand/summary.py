"""Extractive summaries with sumy, offline.

Sentences come from `NewsTokenizer` (no NLTK data); stemming and stop words are sumy's
English Snowball stemmer and stop-word list, which ship with the packages. The sumy
document is built once per text straight from the split sentences (sumy's plain-text
parser would split them again and turn all-caps lines into headings).
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers._summarizer import AbstractSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from bot.understand.sentences import NewsTokenizer, split_sentences

_SUMMARIZERS = MappingProxyType(
    {
        "lexrank": LexRankSummarizer,
        "textrank": TextRankSummarizer,
        "lsa": LsaSummarizer,
        "luhn": LuhnSummarizer,
        "kl": KLSummarizer,
        "sumbasic": SumBasicSummarizer,
    }
)
SUMMARY_METHODS: tuple[str, ...] = tuple(_SUMMARIZERS)
"""The summary methods `Summarizer` accepts; "lexrank" is the default."""

_TOKENIZER = NewsTokenizer()

_MAX_SENTENCES = 200
"""Only a text's first sentences are ranked: LexRank's cost grows with the square of the
sentence count (45 sentences 14 ms, 180 sentences 170 ms), and news leads with its point."""


_STEMMER = Stemmer("english")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """sumy's English stemmer, memoised: news repeats its words across articles."""
    return str(_STEMMER(word))


class Summarizer:
    """Picks the most central sentences of an article with one of `SUMMARY_METHODS`."""

    def __init__(self, method: str = "lexrank", sentences: int = 3) -> None:
        if method not in _SUMMARIZERS:
            raise ValueError(f"unknown summary method {method!r}; choose from {SUMMARY_METHODS}")
        if sentences < 1:
            raise ValueError("a summary needs at least one sentence")
        self.method = method
        self.sentences = sentences
        self._summarizer: AbstractSummarizer = _SUMMARIZERS[method](_stem)
        self._stop_words = get_stop_words("english")
        self._summarizer.stop_words = self._stop_words

    def summarize(self, text: str, sentences: int | None = None) -> str:
        """The best `sentences` sentences of `text` (default: the instance's count) in
        document order, joined by a space. A text with no more sentences than that
        comes back whole, its sentences joined the same way; "" for an empty text.
        Only the first 200 sentences of a very long text are considered."""
        count = self.sentences if sentences is None else max(1, sentences)
        found = split_sentences(text)[:_MAX_SENTENCES]
        if len(found) <= count:
            return " ".join(found)
        document = ObjectDocumentModel([Paragraph([Sentence(s, _TOKENIZER) for s in found])])
        if self.method == "lsa" and self._content_words(document) < len(found):
            # LSA needs more distinct words than sentences (sumy warns, the SVD says nothing).
            return " ".join(found[:count])
        # LexRank divides by zero on texts whose sentences share no words (NaN ratings,
        # leaving the sentences in document order): numpy's warning is noise.
        with numpy.errstate(divide="ignore", invalid="ignore"):
            chosen = self._summarizer(document, count)
        return " ".join(str(s) for s in chosen)

    def _content_words(self, document: ObjectDocumentModel) -> int:
        """How many distinct stemmed non-stop words the document has, as LSA counts them."""
        words = (w.lower() for w in document.words)
        return len({_stem(w) for w in words if w not in self._stop_words})
