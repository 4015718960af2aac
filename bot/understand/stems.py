"""English word stems (the Snowball project's own stemmer), shared by the summarizer and
story matching. A curly apostrophe counts as a straight one, as it did with NLTK's stemmer."""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

_ENGLISH = snowballstemmer.stemmer("english")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one lower-case English word."""
    return str(_ENGLISH.stemWord(word.translate(_APOSTROPHES)))
