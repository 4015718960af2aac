"""Sentences and summaries of Arabic, French, Russian and Ukrainian articles: split where
the language ends a sentence, never mangled, ranked with the language's own stems."""

from __future__ import annotations

import pytest

from bot.understand.stems import stemmer_for
from bot.understand.summary import Summarizer
from bot.understand.summary.sentences import split_sentences

UKRAINIAN = (
    "Уночі російські війська завдали ракетного удару по Харкову. Унаслідок обстрілу "
    "загинули двоє людей, ще семеро поранені. Про це повідомив голова обласної військової "
    "адміністрації. Ракета влучила в житловий будинок у Київському районі м. Харкова. "
    "Рятувальники розбирають завали. Мешканців закликали залишатися в укриттях."
)
ARABIC = (
    "قصف مدفعي على مدينة دير الزور صباح اليوم. هل تتوقف الاشتباكات؟ قتل خمسة مدنيين "
    "وأصيب عشرة آخرون في القصف. قال المرصد إن القصف استهدف حياً سكنياً."
)


def test_an_abbreviation_does_not_end_a_russian_or_ukrainian_sentence() -> None:
    text = "В Белгородской обл. объявлена тревога. Сбиты два беспилотника."
    assert split_sentences(text) == [
        "В Белгородской обл. объявлена тревога.",
        "Сбиты два беспилотника.",
    ]
    assert len(split_sentences(UKRAINIAN)) == 6


def test_the_arabic_question_mark_ends_a_sentence() -> None:
    assert split_sentences(ARABIC)[1] == "هل تتوقف الاشتباكات؟"


@pytest.mark.parametrize(("language", "text"), [("uk", UKRAINIAN), ("ar", ARABIC)])
def test_a_summary_is_whole_sentences_of_the_article(language: str, text: str) -> None:
    summary = Summarizer("news", 2).summarize(text, language=language)
    chosen = split_sentences(summary)
    assert len(chosen) == 2
    assert all(sentence in text for sentence in chosen)


def test_each_language_has_its_own_stems() -> None:
    russian, french, ukrainian = stemmer_for("ru"), stemmer_for("fr"), stemmer_for("uk")
    assert russian("обстрелами") == russian("обстрел")
    assert french("bombardements") == french("bombardement")
    assert ukrainian("обстрілами") == ukrainian("обстрілу")
    assert stemmer_for("en")("strikes") == "strike"
