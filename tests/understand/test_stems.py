"""Stems are Snowball's, whichever implementation computes them: stems already stored
(story word sets, band keys) stay comparable with new ones."""

from __future__ import annotations

import pytest
from snowballstemmer.arabic_stemmer import ArabicStemmer
from snowballstemmer.english_stemmer import EnglishStemmer
from snowballstemmer.french_stemmer import FrenchStemmer
from snowballstemmer.russian_stemmer import RussianStemmer

from bot.understand.stems import stem, stemmer_for

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
