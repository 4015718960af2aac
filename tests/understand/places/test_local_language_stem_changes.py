"""Russian and Ukrainian place names whose stem changes as they decline (a fleeting vowel,
Ukrainian "і" alternating with "о"/"е", a velar before the locative "-і"), names of a noun
and an adjective or of two plural words, regional names of Russia's areas, and raions the
gazetteer does not list: each made by rule from the nominative, not listed."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.inflect import case_forms
from bot.understand.places.normalize import name_key
from tests.understand.places.test_local_languages import found

MARHANETS = "gn:701855"
NIKOPOL = "gn:700051"
KRYVYI_RIH = "gn:703845"
OREL = "gn:515012"
YELETS = "gn:467978"
KREMENETS = "gn:704143"
IRPIN = "gn:707565"
KAMIANETS = "gn:706950"
BILHOROD = "gn:712160"
CHELNY = "gn:523750"
MINERALNYE_VODY = "gn:526480"
MOSCOW_OBLAST = "gn:524925"
KRASNODAR_KRAI = "gn:542415"
PRYAZOVIA = "cfg:pryazovia"
ODESA_OBLAST = "cfg:odesa-oblast"
KHERSON_OBLAST = "cfg:kherson-oblast"
KHARTOUM_NORTH = "gn:379251"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Уночі у Марганці та Нікополі пролунали вибухи.",
            {MARHANETS: "Марганці", NIKOPOL: "Нікополі"},
        ),
        ("Окупанти знову обстріляли околиці Марганця з важкої артилерії.", {MARHANETS: "Марганця"}),
        ("Ракета влучила в підприємство у Кривому Розі.", {KRYVYI_RIH: "Кривому Розі"}),
        ("Беспилотник сбили на подлёте к Орлу.", {OREL: "Орлу"}),
        ("Под Ельцом загорелась нефтебаза после атаки дронов.", {YELETS: "Ельцом"}),
        ("Сирени лунали у Кременці всю ніч.", {KREMENETS: "Кременці"}),
        ("З Ірпеня евакуювали ще двісті людей.", {IRPIN: "Ірпеня"}),
    ],
)
def test_a_name_whose_stem_changes_is_found_in_its_case_forms(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("У Кам'янці-Подільському оголосили тривогу.", {KAMIANETS: "Кам'янці-Подільському"}),
        ("Дрони атаковали порт Белгорода-Днестровского.", {BILHOROD: "Белгорода-Днестровского"}),
        (
            "Міст біля Білгорода-Дністровського знову пошкоджено.",
            {BILHOROD: "Білгорода-Дністровського"},
        ),
        ("В Каменце-Подольском прошла акция.", {KAMIANETS: "Каменце-Подольском"}),
    ],
)
def test_a_noun_and_its_adjective_decline_together_and_are_not_another_city(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На заводе в Набережных Челнах произошёл взрыв.", {CHELNY: "Набережных Челнах"}),
        ("Рейс из Минеральных Вод задержали.", {MINERALNYE_VODY: "Минеральных Вод"}),
    ],
)
def test_a_plural_name_declines_in_both_words(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ночью в Подмосковье сбили три беспилотника.", {MOSCOW_OBLAST: "Подмосковье"}),
        ("На Кубани загорелся нефтеперерабатывающий завод.", {KRASNODAR_KRAI: "Кубани"}),
        ("Дрони атакували НПЗ на Кубані.", {KRASNODAR_KRAI: "Кубані"}),
        ("Бои в Приазовье не стихают.", {PRYAZOVIA: "Приазовье"}),
    ],
)
def test_a_regional_name_is_its_area(gaz: Gazetteer, text: str, expected: dict[str, str]) -> None:
    assert found(gaz, text) == expected


def test_a_raion_the_gazetteer_lacks_is_a_place_inside_the_oblast_after_it(gaz: Gazetteer) -> None:
    text = "Аварія сталася на трасі в Саратському районі Одеської області."
    mentions = {m.as_written: m.place for m in find_places(gaz, text)}
    raion = mentions["Саратському районі"]
    assert raion.key.startswith(f"unlisted:{ODESA_OBLAST}/")
    assert raion.country_code == "UA"
    assert mentions["Одеської області"].key == ODESA_OBLAST


def test_a_raion_s_case_forms_are_one_place(gaz: Gazetteer) -> None:
    text = (
        "Жителів Великоолександрівського району Херсонської області евакуюють. "
        "У Великоолександрівському районі Херсонської області немає світла."
    )
    raions = {m.place.key for m in find_places(gaz, text) if m.place.kind == "district"}
    assert len(raions) == 1
    assert next(iter(raions)).startswith(f"unlisted:{KHERSON_OBLAST}/")


def test_a_foreign_name_in_i_declined_as_if_it_were_an_ending(gaz: Gazetteer) -> None:
    text = "Бои в Судане продолжаются: перестрелки слышны в Хартуме и в Бахре."
    assert found(gaz, text).get(KHARTOUM_NORTH) == "Бахре"


def test_the_forms_are_made_by_rule_from_the_nominative() -> None:
    assert {" городка ", " городку "} <= case_forms(name_key("Городок"))
    assert {" ельца ", " ельце "} <= case_forms(name_key("Елец"))
    assert " кременчуці " in case_forms(name_key("Кременчук"))
    assert " кривого рогу " in case_forms(name_key("Кривий Ріг"))
    assert " луцькі " not in case_forms(name_key("Луцьк"))  # an adjective's form, not Луцьк's
    assert " орля " not in case_forms(name_key("Орел"))  # soft endings only after "ц"
