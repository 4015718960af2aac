"""Russian and Ukrainian reports, an eighth pass (issue 18): a summary's list of small villages
holding one named like a city of another oblast; the abbreviation "обл." of "область"; Russia
as Ukrainian outlets write it, "рф", and no web address's or hashtag's "рф". Sentences of our
own."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.unlisted import PREFIX
from tests.support.places import keys_by_written

KHERSON_OBLAST = "cfg:kherson-oblast"
KURSK_OBLAST = "cfg:kursk-oblast"
BRYANSK_OBLAST = "cfg:bryansk-oblast"
SUMY_OBLAST = "cfg:sumy-oblast"
RUSSIA = "cc:RU"


def test_a_summarys_village_named_like_a_city_elsewhere_keeps_the_list(gaz: Gazetteer) -> None:
    names = keys_by_written(
        gaz,
        "За добу на Херсонщині під обстрілами були Антонівка, Садове, Велетенське, Інгулець, "
        "Томарине, Білозерка, Качкарівка та Дудчани.",
        "uk",
    )
    for village in ("Інгулець", "Велетенське", "Томарине", "Качкарівка"):
        assert names[village].startswith(f"{PREFIX}{KHERSON_OBLAST}/"), village


def test_the_abbreviation_of_oblast_names_the_oblast(gaz: Gazetteer) -> None:
    russian = keys_by_written(
        gaz, "Обломки дронов упали в Курской обл. и в Брянской обл. ночью.", "ru"
    )
    ukrainian = keys_by_written(gaz, "Уночі у Сумській обл. пролунали вибухи.", "uk")
    assert russian == {"Курской обл": KURSK_OBLAST, "Брянской обл": BRYANSK_OBLAST}
    assert ukrainian == {"Сумській обл": SUMY_OBLAST}


def test_russia_in_lower_case_is_russia_but_not_a_web_address(gaz: Gazetteer) -> None:
    written = keys_by_written(
        gaz, "Ударні дрони летіли з боку рф, кажуть у Повітряних силах.", "uk"
    )
    address = keys_by_written(gaz, "Записаться можно на портале госуслуги.рф до пятницы.", "ru")
    tag = keys_by_written(gaz, "Уночі пролунали вибухи.\nТеги: #обстріл_рф", "uk")
    assert written == {"рф": RUSSIA}
    assert address == tag == {}
