"""Russian and Ukrainian reports, a ninth pass (issue 18): a front's direction named after a
town the text names too is no further mention of the town; a far town's Cyrillic spelling
that is a word opening a sentence is no place; a raion or a hromada named again in another
case form is mentioned there. Sentences of our own."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found, keys_by_written


def test_a_direction_after_its_town_is_no_mention_of_the_town(gaz: Gazetteer) -> None:
    written = keys_by_written(
        gaz,
        "Бои идут в Купянске, сообщили военные.\n\nПодразделения удерживают рубежи на этом "
        "участке фронта и уничтожают технику противника.\n\nНа Купянском направлении за "
        "сутки отражены шесть атак штурмовых групп.",
        "ru",
    )
    assert "Купянске" in written
    assert "Купянском" not in written


def test_a_far_towns_spelling_opening_a_sentence_is_a_word(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "Вночі дрони атакували Одесу та Одеський район. Усі служби працюють на місцях.",
        "uk",
    )
    assert "Усі" not in places.values()
    assert "Одесу" in places.values()


def test_a_far_capital_opening_a_sentence_stays_a_place(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "Удари по Харкову та Харківській області тривають. Пекін закликав сторони до переговорів.",
        "uk",
    )
    assert "Пекін" in places.values()


def test_a_raion_named_again_in_another_case_is_mentioned_again(gaz: Gazetteer) -> None:
    written = keys_by_written(
        gaz,
        "Украинский дрон атаковал автомобиль в Беловском районе Курской области. Глава "
        "Беловского района сообщил о двух раненых.",
        "ru",
    )
    assert written["Беловского района"] == written["Беловском районе"]


def test_a_hromada_named_again_without_its_noun_is_mentioned_again(gaz: Gazetteer) -> None:
    written = keys_by_written(
        gaz,
        "Росіяни обстріляли прикордоння Сумської області. Протягом дня ворог здійснив обстріл "
        "3 територіальних громад області: Білопільської, Юнаківської, Хотінської. У Юнаківській "
        "пошкоджено будинок, повідомили в Сумській ОВА.",
        "uk",
    )
    assert written["Юнаківській"] == written["Юнаківської"]
    assert "Сумській" not in written  # the oblast's office, not a hromada
