"""Russian and Ukrainian lists of one area's settlements: each name is a settlement of that
area, the gazetteer's there or one it does not list, never a namesake far away."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from tests.understand.places.test_local_languages import found

KHERSON_OBLAST = "cfg:kherson-oblast"
DONETSK_OBLAST = "cfg:donetsk-oblast"
ZAPORIZHZHIA_OBLAST = "cfg:zaporizhzhia-oblast"


def unlisted(area: str, name: str) -> str:
    return f"unlisted:{area}/{name_key(name).strip().replace(' ', '-')}"


def test_a_summarys_small_villages_are_placed_in_its_oblast(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "Минулої доби на Херсонщині під ворожим вогнем перебували Антонівка, Білозерка, "
        "Кізомис, Берислав, Інженерне, Велетенське та Томарине.",
    )
    for name in ("Інженерне", "Велетенське", "Томарине"):
        assert places[unlisted(KHERSON_OBLAST, name)] == name


def test_a_list_before_its_area_puts_every_name_there(gaz: Gazetteer) -> None:
    text = "В Минобороны заявили, что войска заняли Родинское, Артемовку и Вольное в ДНР."
    listed = [m for m in find_places(gaz, text) if m.as_written in {"Артемовку", "Вольное"}]
    assert len(listed) == 2
    assert all(DONETSK_OBLAST in gaz.admin1_keys(m.place.key) for m in listed)


def test_a_name_only_partly_read_is_the_lists_settlement(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "У Запорізькій області окупанти обстріляли Малинівку, Гуляйполе, Залізничне, "
        "Полтавку і Малі Щербаки.",
    )
    assert "cc:ML" not in places
    assert places[unlisted(ZAPORIZHZHIA_OBLAST, "Малі Щербаки")] == "Малі Щербаки"


def test_cities_of_several_oblasts_and_peoples_names_are_no_such_list(gaz: Gazetteer) -> None:
    cities = found(gaz, "Вибухи пролунали в Харкові, Одесі, Дніпрі та Львові вночі.")
    people = found(
        gaz,
        "Нараду провели Іван Федоров, Олег Синєгубов, Вадим Філашкін та Олександр Прокудін "
        "у Запоріжжі.",
    )
    assert not any(key.startswith("unlisted:") for key in [*cities, *people])
    assert "gn:706483" in cities  # Kharkiv


def test_a_list_in_a_text_about_one_oblast_is_placed_there(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "У Запорізькій області ворог атакував Оріхів, Гуляйполе і Степногірськ. Артилерія "
        "била по території Червонодніпровки, Оріхова, Степового та Гуляйполя.",
    )
    for name in ("Червонодніпровки", "Степового"):
        assert places[unlisted(ZAPORIZHZHIA_OBLAST, name)] == name


def test_a_list_naming_a_town_of_another_oblast_leaves_it_there(gaz: Gazetteer) -> None:
    places = found(
        gaz,
        "На Донеччині загинули двоє людей у Слов'янську та Краматорську. Вибухи також "
        "пролунали в Покровську, Костянтинівці, Дружківці та Куп'янську.",
    )
    assert "gn:703656" in places  # Kupiansk, Kharkiv Oblast
    assert not any(key.startswith("unlisted:") for key in places)
