"""Language names as front ends show them: only for articles not in English."""

from __future__ import annotations

from functools import cache

from babel import Locale

SHOWN_WITHOUT_NAME = frozenset({"en", "und"})
"""English (the product's own language) and an undetermined language go unnamed."""


@cache
def _english_names() -> dict[str, str]:
    return dict(Locale("en").languages)


def language_name(code: str | None) -> str | None:
    """ "Arabic" for "ar", "Ukrainian" for "uk"; None for English, an undetermined language
    or none; the code itself for one babel does not name."""
    if code is None or code in SHOWN_WITHOUT_NAME:
        return None
    return _english_names().get(code, code)
