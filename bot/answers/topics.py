"""Topics matched by meaning rather than letter for letter: case, plural, hyphen and spacing
variants are the same topic ("airstrikes" matches "Air strikes pound..." and "Airstrike
kills...", "peace talks" matches "peace-talk").

Words are split on anything not a letter or digit, possessives dropped, and English plurals
folded to the singular by suffix (a stemmer would cut "airstrikes" and "strikes"
differently, so the joined forms would no longer meet); a topic matches where a run of the
text's words, joined without spaces, equals the topic's words joined the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b")
_KEEP = ("ss", "us", "is")
_DROP_ES = ("sses", "shes", "ches", "xes", "zes")
MAX_RUN = 6
"""Most words one topic spans in a text ("united nations security council")."""


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """An English plural's singular by suffix ("casualties" -> "casualty"); other words as
    they are."""
    if len(word) <= 3 or word.endswith(_KEEP) or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(_DROP_ES):
        return word[:-2]
    return word[:-1]


def stems(text: str) -> list[str]:
    """The words of `text`, case-folded, possessives dropped, plurals made singular."""
    return [singular(word) for word in _WORD.findall(_POSSESSIVE.sub("", text.casefold()))]


def topic_form(topic: str) -> str:
    """The topic as compared: its stems joined without spaces ("Air-strikes" -> "airstrike")."""
    return "".join(stems(topic))


def mentions(text_stems: list[str], topic: str) -> bool:
    """Whether a text (as `stems`) mentions `topic` in any of its variants."""
    wanted = topic_form(topic)
    if not wanted:
        return False
    for start in range(len(text_stems)):
        joined = ""
        for stem in text_stems[start : start + MAX_RUN]:
            joined += stem
            if joined == wanted:
                return True
            if not wanted.startswith(joined):
                break
    return False
