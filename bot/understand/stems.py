"""Word stems (the Snowball project's own stemmers), shared by the summarizer and story
matching: English (`stem`; a curly apostrophe counts as a straight one, as it did with NLTK's
stemmer), and by language (`stemmer_for`) Arabic, French and Russian. Snowball has no
Ukrainian: a Ukrainian word's stem is its first `UKRAINIAN_PREFIX` letters, enough to tell
"обстріл" (обстрілу, обстрілом) from "області" for the summarizer's word overlap."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

import snowballstemmer

_ENGLISH = snowballstemmer.stemmer("english")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})

STEMS_KEPT = 8192
"""Stems remembered for each language's stemmer (a stem is the same whenever asked, so only
time depends on it). The development texts' 174,000 English words (16,600 distinct) are 89%
found among the last 8,192 and 90% among 65,536 (a miss costs 1.3 us); 65,536 kept a poller
up to 13 MB a language as feeds bring new words."""


@lru_cache(maxsize=STEMS_KEPT)
def stem(word: str) -> str:
    """The stem of one lower-case English word."""
    return str(_ENGLISH.stemWord(word.translate(_APOSTROPHES)))


SNOWBALL = {"ar": "arabic", "fr": "french", "ru": "russian"}
"""Snowball's stemmer for each language newsbot reads besides English (ISO 639-1)."""
UKRAINIAN_PREFIX = 6


def _ukrainian(word: str) -> str:
    return word[:UKRAINIAN_PREFIX]


@cache
def stemmer_for(language: str | None) -> Callable[[str], str]:
    """The stem function for lower-case words of `language` (ISO 639-1; English for any
    other)."""
    if language == "uk":
        return _ukrainian
    name = SNOWBALL.get(language or "")
    if name is None:
        return stem
    snowball = snowballstemmer.stemmer(name)
    return lru_cache(maxsize=STEMS_KEPT)(lambda word: str(snowball.stemWord(word)))
