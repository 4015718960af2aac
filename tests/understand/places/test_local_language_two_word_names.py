"""Russian and Ukrainian two-word names of a possessive adjective and a masculine noun
("Часов Яр", "Часів Яр"): both words decline, or the noun alone."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.inflect import case_forms
from bot.understand.places.normalize import name_key
from tests.understand.places.test_local_languages import found

CHASIV_YAR = "gn:710915"
TORETSK = "gn:709354"
DONETSK_OBLAST = "cfg:donetsk-oblast"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Штурмовики пытались прорваться под Часовым Яром и Торецком.",
            {CHASIV_YAR: "Часовым Яром", TORETSK: "Торецком"},
        ),
        (
            "Обстановка в Часовом Яре Донецкой области остаётся тяжёлой.",
            {CHASIV_YAR: "Часовом Яре", DONETSK_OBLAST: "Донецкой области"},
        ),
        (
            "Евакуація з Часового Яру на Донеччині триває.",
            {CHASIV_YAR: "Часового Яру", DONETSK_OBLAST: "Донеччині"},
        ),
        (
            "У Часовому Яру та Торецьку знову чули вибухи.",
            {CHASIV_YAR: "Часовому Яру", TORETSK: "Торецьку"},
        ),
    ],
)
def test_a_possessive_two_word_name_declines_in_both_words(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


def test_only_a_possessive_adjective_before_a_consonant_noun_takes_these_forms() -> None:
    assert " часовому яру " in case_forms(name_key("Часів Яр"))
    assert " часов яре " in case_forms(name_key("Часов Яр"))
    assert not any(form.startswith(" кривов") for form in case_forms(name_key("Кривой Рог")))


KOZACHA_LOPAN = "gn:706587"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("У Козачій Лопані на Харківщині загорівся будинок.", "Козачій Лопані"),
        ("Жителів Козачої Лопані на Харківщині евакуюють.", "Козачої Лопані"),
        ("Ворог обстріляв Козачу Лопань на Харківщині.", "Козачу Лопань"),
        ("Над Козачою Лопанню на Харківщині лунали вибухи.", "Козачою Лопанню"),
    ],
)
def test_a_feminine_adjective_and_a_soft_noun_decline_together(
    gaz: Gazetteer, text: str, written: str
) -> None:
    assert found(gaz, text).get(KOZACHA_LOPAN) == written


def test_a_russian_feminine_adjective_and_a_soft_noun_take_russian_forms() -> None:
    forms = case_forms(name_key("Старая Русь"))
    assert {" старои руси ", " старую русь ", " старои русью "} <= forms
