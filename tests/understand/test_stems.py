"""Stems are Snowball's, whichever implementation computes them: stems already stored
(story word sets, band keys) stay comparable with new ones."""

from __future__ import annotations

import pytest
from snowballstemmer.arabic_stemmer import ArabicStemmer
from snowballstemmer.english_stemmer import EnglishStemmer
from snowballstemmer.french_stemmer import FrenchStemmer
from snowballstemmer.russian_stemmer import RussianStemmer

from bot.understand.stems import STEMS_KEPT, stem, stemmer_for

WORDS = {
    "en": "shelling shelled strikes struck killing killed wounded villagers governorate "
    "reported reportedly displacement civilians ceasefire negotiations outskirts",
    "fr": "bombardements bombardé frappes tués blessés villageois préfecture déplacés",
    "ru": "обстрелы обстрелял ударов погибли раненых жителей области района",
    "ar": "القصف قصفت غارات قتلى جرحى المدنيين محافظة النازحين",
}
PURE = {"en": EnglishStemmer, "fr": FrenchStemmer, "ru": RussianStemmer, "ar": ArabicStemmer}


@pytest.mark.parametrize("language", sorted(WORDS))
def test_stems_are_the_snowball_algorithms_own(language: str) -> None:
    pure = PURE[language]()
    stems = stem if language == "en" else stemmer_for(language)
    for word in WORDS[language].split():
        assert stems(word) == pure.stemWord(word), word


@pytest.mark.parametrize("language", sorted(WORDS))
def test_each_stemmer_remembers_a_bounded_number_of_stems(language: str) -> None:
    """A poller meets new words for as long as it runs: each language's stems are remembered
    for the last STEMS_KEPT words only, and a word asked again after being forgotten gets the
    same stem."""
    stems = stem if language == "en" else stemmer_for(language)
    info = stems.cache_info()  # type: ignore[attr-defined]
    assert info.maxsize == STEMS_KEPT <= 8192
    word = WORDS[language].split()[0]
    before = stems(word)
    stems.cache_clear()  # type: ignore[attr-defined]
    assert stems(word) == before
