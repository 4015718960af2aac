"""People listed after a casualty word in Russian or Ukrainian, the second after a
possessive ("погибли отец и его 5-летний сын", "загинули жінка та її двоє дітей"), are all
counted: the possessive and an age between it and its person are passed over, never read as
a figure; kin ("бабушка и внук", "дідусь і онука") are people like "мать" and "батько". In
English, one person opening a list before a figure ("a man and his three sons were
killed", "a woman and two children were killed") is counted with it. Controls: one person
with a possessive in another clause ("погиб мужчина, его жена ранена") stays one of each
kind, and English lists already counted stay counted. All sentences are written for this
test."""

from __future__ import annotations

import pytest

from bot.understand.events import EventRules, read_event


def figures(rules: EventRules, language: str, title: str, text: str) -> tuple[int | None, ...]:
    facts = read_event(rules.for_language(language), title, text)
    assert facts is not None
    return facts.killed.min, facts.injured.min


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        (
            "ru",
            "Удар по Днепру",
            "В результате удара по Днепру погибли отец и его 5-летний сын.",
            (2, None),
        ),
        (
            "ru",
            "Обстрел Херсона",
            "При обстреле Херсона погибли мать и ее двое детей.",
            (3, None),
        ),
        (
            "ru",
            "Обстрел Херсона",
            "При обстреле Херсона ранены женщина и ее 12-летняя дочь.",
            (None, 2),
        ),
        (
            "uk",
            "Удар по Дніпру",
            "Внаслідок удару по Дніпру загинули батько і його 5-річний син.",
            (2, None),
        ),
        (
            "uk",
            "Обстріл Херсона",
            "Внаслідок обстрілу Херсона загинули жінка та її двоє дітей.",
            (3, None),
        ),
        (
            "uk",
            "Обстріл Херсона",
            "Внаслідок обстрілу Херсона поранені чоловік і його 8-річна донька.",
            (None, 2),
        ),
        (
            "en",
            "Strike on Dnipro",
            "A woman and her two children were killed in a Russian strike on Dnipro.",
            (3, None),
        ),
        (
            "ru",
            "Атака беспилотника",
            "После атаки беспилотника на частный дом погибли бабушка и ее 7-летний внук.",
            (2, None),
        ),
        (
            "uk",
            "Обстріл Нікополя",
            "Унаслідок обстрілу Нікополя поранені дідусь і онука.",
            (None, 2),
        ),
        (
            "en",
            "Mortar fire on a village",
            "A woman and two children were killed when mortar fire hit a village on Sunday.",
            (3, None),
        ),
        (
            "en",
            "Air strike on a village",
            "A man and his three sons were killed when an air strike hit their house.",
            (4, None),
        ),
    ],
)
def test_a_person_after_a_possessive_is_counted_in_the_list(
    rules: EventRules, language: str, title: str, text: str, expected: tuple[int | None, ...]
) -> None:
    assert figures(rules, language, title, text) == expected


@pytest.mark.parametrize(
    ("language", "title", "text", "expected"),
    [
        (
            "ru",
            "Обстрел Херсона",
            "При обстреле Херсона погиб 40-летний мужчина, его жена ранена.",
            (1, 1),
        ),
        (
            "uk",
            "Обстріл Херсона",
            "Внаслідок обстрілу Херсона загинув чоловік, його дружина поранена.",
            (1, 1),
        ),
        (
            "en",
            "Strike on Dnipro",
            "A Russian strike on Dnipro killed a father and his 5-year-old son.",
            (2, None),
        ),
        (
            "en",
            "Gunmen raid a village",
            "Gunmen abducted a man and his two sons and killed three villagers.",
            (3, None),
        ),
    ],
)
def test_possessives_elsewhere_keep_their_figures(
    rules: EventRules, language: str, title: str, text: str, expected: tuple[int | None, ...]
) -> None:
    assert figures(rules, language, title, text) == expected
