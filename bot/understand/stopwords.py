"""Stop words: the lists sumy ships, read as data (sumy's own reader loads requests and
pycountry, which a place question does not need); and, for story matching in Arabic,
Russian and Ukrainian, the classes of words `config/stopwords/` lists."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml

from bot.folders import REPO_CONFIG_DIR


@cache
def stop_words(language: str) -> frozenset[str]:
    """The stop words sumy ships for `language` ("english", "arabic", "french", ...), exactly
    as `sumy.utils.get_stop_words` reads them."""
    data = files("sumy").joinpath(f"data/stopwords/{language}.txt").read_text("utf-8")
    return frozenset(word.rstrip() for word in data.splitlines() if word)


STORY_WORDS_DIR = REPO_CONFIG_DIR / "stopwords"
"""`config/stopwords/<code>.yaml`: per language besides English (ISO 639-1), the classes of
words that tell no event apart, for story matching."""


@cache
def local_stop_words(language: str) -> frozenset[str] | None:
    """The story stop words of `language` (ISO 639-1): every class its file in
    `STORY_WORDS_DIR` lists, lower case; None for a language without one (English and every
    other: `stop_words("english")`)."""
    path = STORY_WORDS_DIR / f"{language}.yaml"
    if not path.is_file():
        return None
    classes: dict[str, list[str]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return frozenset(str(word).lower() for listed in classes.values() for word in listed)
