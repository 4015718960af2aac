"""Russian and Ukrainian spellings of Arabic and African places that the gazetteer holds
only in Latin letters ("Умдурман", "Хан-Юнус"), taken in the countries the text names."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

OMDURMAN = "gn:365137"
KHAN_YUNIS = "gn:281124"
KHARTOUM_NORTH = "gn:379251"
DEIR_AL_BALAH = "gn:281141"
ZEITOUN = "cfg:zeitoun"


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        ("Армия Судана сообщила о боях в Умдурмане и в Хартуме.", OMDURMAN, "Умдурмане"),
        (
            "Удар пришёлся по палаточному лагерю на юге Хан-Юнуса, сообщают медики Газы.",
            KHAN_YUNIS,
            "Хан-Юнуса",
        ),
        ("Бої в Умдурмані тривають, повідомляє армія Судану.", OMDURMAN, "Умдурмані"),
        ("Бои идут в городе Бахри к северу от Хартума.", KHARTOUM_NORTH, "Бахри"),
        ("Столкновения идут в Хартуме, Умдурмане и Бахри.", KHARTOUM_NORTH, "Бахри"),
        (
            "Взрыв прогремел в западной части города Дейр эль-Балах в секторе Газа.",
            DEIR_AL_BALAH,
            "Дейр эль-Балах",
        ),
        ("В секторе Газа дрон атаковал машину в районе Аз-Зейтун.", ZEITOUN, "Аз-Зейтун"),
    ],
)
def test_a_cyrillic_spelling_the_gazetteer_lacks_is_read_in_latin_letters(
    gaz: Gazetteer, text: str, key: str, written: str
) -> None:
    assert found(gaz, text).get(key) == written


def test_a_spelling_is_taken_only_in_a_country_the_text_names(gaz: Gazetteer) -> None:
    assert found(gaz, "Бои в Умдурмане продолжаются уже неделю.") == {}


def test_a_spelling_is_taken_only_where_the_text_puts_something_in_a_place(
    gaz: Gazetteer,
) -> None:
    text = "Армия Судана сообщила, что Умдурман не сдастся."
    assert found(gaz, text) == {"cc:SD": "Судана"}


@pytest.mark.parametrize(
    "text",
    [
        "Путин провёл переговоры о Судане.",  # a sentence's first word
        "Глава Судана Абдель Фаттах Бурхан прибыл в Хартум.",  # a person's names
    ],
)
def test_people_are_not_read_as_places(gaz: Gazetteer, text: str) -> None:
    assert set(found(gaz, text)) <= {"cc:SD", "gn:379252"}


@pytest.mark.parametrize(
    "text",
    [
        "Израиль и Палестина: в Хамасе заявили о новых условиях.",  # near a village's name
        "Израиль и Палестина: у Нетаньяху нет плана.",  # "у" takes people
        "Израиль и Ливан: обстрел в Тире продолжается.",  # four letters: "tire"
    ],
)
def test_groups_people_and_short_words_are_not_read_as_places(gaz: Gazetteer, text: str) -> None:
    assert set(found(gaz, text)) <= {"cc:IL", "cc:PS", "cc:LB"}
