"""Names inside titles in Russian, Ukrainian and French text: a unit's, a ship's, an outlet's
or a brand's name in quotation marks, a channel's name with its number, the public
broadcaster's regional outlets, French outlets named with a country and French streets named
after a place, and given names that are towns' names in a short Cyrillic line."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

KHARKIV = "gn:706483"
KHERSON = "gn:706448"
DONETSK_OBLAST = "cfg:donetsk-oblast"
SEVASTOPOL = "gn:694423"


@pytest.mark.parametrize(
    "text",
    [
        "Оборону тримають бійці полку «Азов» та інших підрозділів.",
        "Командування ОТУ «Харків» доповіло про відбиті атаки.",
        "Затонувший крейсер «Москва» был флагманом флота.",
        "Ракетный удар повредил подводную лодку «Ростов-на-Дону» у причала.",
        "Журналисты радиостанции «Эхо Москвы» уехали из страны.",
        "Під санкції потрапив банк “Россия” разом з іншими.",
        'Бійці батальйону "Донбас" вийшли з оточення.',
        "Les marins du navire « Bretagne » ont abattu des drones.",
    ],
)
def test_a_name_in_a_short_quoted_title_is_no_place(gaz: Gazetteer, text: str) -> None:
    assert found(gaz, text) == {}


def test_a_quoted_title_leaves_the_places_around_it(gaz: Gazetteer) -> None:
    text = "Бійці бригади «Азов» розповіли, що у Харкові вночі лунали вибухи."
    assert found(gaz, text) == {KHARKIV: "Харкові"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Цього тижня окупанти знову згадували так звану «ДНР» у заявах.", DONETSK_OBLAST),
        ("Заголовок статті «Удар по Харкову» облетів мережу.", KHARKIV),
        ("Мер сказав: «Харків, тримайся!» — і пішов до людей.", KHARKIV),
    ],
)
def test_abbreviations_headlines_and_speech_in_quotes_keep_their_places(
    gaz: Gazetteer, text: str, key: str
) -> None:
    assert key in found(gaz, text)


@pytest.mark.parametrize(
    "text",
    [
        "Про обстріл розповів телеканал Київ 24 у вечірньому випуску.",
        "Об этом в эфире сообщил телеканал «Россия 24» вечером.",
        "Le ministre a répondu aux questions de France 24, hier soir.",
        "Le général s'est exprimé sur France 2 dimanche soir.",
    ],
)
def test_a_channel_named_by_a_place_and_a_number_is_no_place(gaz: Gazetteer, text: str) -> None:
    assert found(gaz, text) == {}


def test_a_place_before_a_date_or_a_road_number_stays(gaz: Gazetteer) -> None:
    assert KHARKIV in found(gaz, "Харків 24 грудня знову пережив атаку дронів.")
    assert "cc:US" in found(gaz, "The crash closed U.S. 95 north of the lake on Monday.")


def test_the_public_broadcasters_regional_outlet_is_no_place(gaz: Gazetteer) -> None:
    text = "Про це повідомляє Суспільне Харків з посиланням на військових."
    assert found(gaz, text) == {}
    assert found(gaz, "Вибухи пролунали у Херсоні, пише Суспільне.") == {KHERSON: "Херсоні"}


@pytest.mark.parametrize(
    "text",
    [
        "Le responsable a confié à l'Agence France-Presse que la situation reste tendue.",
        "Interrogé par Radio France Internationale, le porte-parole a démenti.",
        "Le ministre était l'invité de France Info ce matin pour parler des frappes.",
    ],
)
def test_a_french_outlet_named_with_a_country_is_no_place(gaz: Gazetteer, text: str) -> None:
    assert found(gaz, text) == {}


@pytest.mark.parametrize("text", ["Заявил Владимир Соловьев.", "Сказала Олена Полтава."])
def test_a_short_cyrillic_line_of_names_is_no_title_case_headline(
    gaz: Gazetteer, text: str
) -> None:
    assert found(gaz, text) == {}


def test_a_place_naming_a_french_street_is_no_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Un obus est tombé rue de Paris, près du marché central.") == {}
    assert found(gaz, "Un incendie s'est déclaré avenue de Moscou dans la nuit.") == {}
    assert "gn:2988507" in found(gaz, "Des renforts sont partis de Paris dans la nuit.")
