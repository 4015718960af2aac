"""Stop words: the lists sumy ships, read as data (sumy's own reader loads requests and
pycountry, which a place question does not need)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def stop_words(language: str) -> frozenset[str]:
    """The stop words sumy ships for `language` ("english", "arabic", "french", ...), exactly
    as `sumy.utils.get_stop_words` reads them."""
    data = files("sumy").joinpath(f"data/stopwords/{language}.txt").read_text("utf-8")
    return frozenset(word.rstrip() for word in data.splitlines() if word)
