"""The language of a text: an ISO 639-1 code from py3langid's model (shipped in the package,
loaded once, at the first text), or "und" when the text is too short or too unclear."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

UNDETERMINED = "und"
"""ISO 639-2's code for a language that cannot be told."""

MIN_LETTERS = 10
"""Fewer letters than this tell no language ("BREAKING", "Gaza: 12")."""

SAMPLE = 400
"""Characters of the title and text read: at 80 the model already tells every lang-dev
article but one (bench/language.py), and reading whole articles cost ingest 1.6 ms each."""

MIN_CONFIDENCE = 0.2
"""The least probability (the model's, normalised over its languages) of its best guess for
an answer: "Gaza: 12 dead" scores 0.03, a 60-character excerpt of lang-dev at least 0.2."""

NOT_NEWS = frozenset({"eo", "la", "vo"})
"""Two-letter codes the model knows that no news feed writes in: short texts drift to them."""


@cache
def _identifier() -> LanguageIdentifier:
    """The model (about 75 MB resident, 0.4 s to load), kept for the process."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(title: str, text: str) -> str:
    """The language of an article's title and text as an ISO 639-1 code ("en", "ar", "uk"),
    or "und" when the model's best guess is unsure. Only ISO 639-1 languages are answered: a
    dialect of the model's ("arz", Egyptian Arabic; "pcm", Nigerian Pidgin) gives way to the
    best two-letter language."""
    full_text = (f"{title}\n\n{text}" if title else text)[:SAMPLE]
    if sum(char.isalpha() for char in full_text) < MIN_LETTERS:
        return UNDETERMINED
    ranked = _identifier().rank(full_text)
    if ranked[0][1] < MIN_CONFIDENCE:
        return UNDETERMINED
    return next((c for c, _ in ranked if len(c) == 2 and c not in NOT_NEWS), UNDETERMINED)
