"""Arabic city quarters the gazetteer lacks, named after "حي", "حيي" or "أحياء": places inside
the city the text names; the city named after "أحياء" is that city, not a quarter named like
it. Every sentence is written for the test; the controls guard the rules against reaching too
far ("alive", "a residential quarter", "the city's quarters", a text that names no city)."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

UNLISTED = "unlisted:"


def city_key(gaz: Gazetteer, name: str) -> str:
    return next(p.key for p in gaz.lookup(name) if p.kind == "city")


def quarters(places: dict[str, str]) -> dict[str, str]:
    """The unlisted places found, by key: "<city key>/<name>" -> the name as written."""
    return {k.removeprefix(UNLISTED): v for k, v in places.items() if k.startswith(UNLISTED)}


@pytest.mark.parametrize(
    ("text", "city", "names"),
    [
        ("قتل مدنيان في قصف على حي الزنابق في مدينة حمص.", "Homs", ["الزنابق"]),
        ("أصيب ثلاثة أطفال بقذيفة سقطت بحي الياسمين وسط مدينة تعز.", "Taiz", ["الياسمين"]),
        (
            "سقطت قذائف على أحياء الزنابق والمنارة وكرم السلطان في مدينة حلب.",
            "Aleppo",
            ["الزنابق", "المنارة", "كرم السلطان"],
        ),
        (
            "دارت اشتباكات في محيط حيي النخيلات والسبيلة بمدينة دير الزور.",
            "Deir ez-Zor",
            ["النخيلات", "السبيلة"],
        ),
        (
            "تعرضت مدينة الفاشر لقصف مدفعي عنيف. وسقطت القذائف على أحياء الزنابق وبرنوسة.",
            "El Fasher",
            ["الزنابق", "برنوسة"],
        ),
    ],
)
def test_a_quarters_word_names_a_quarter_inside_the_city(
    gaz: Gazetteer, text: str, city: str, names: list[str]
) -> None:
    key = city_key(gaz, city)
    assert quarters(found(gaz, text, "ar")) == {f"{key}/{name}": name for name in names}


def test_the_city_after_a_plural_quarters_word_is_that_city(gaz: Gazetteer) -> None:
    places = found(gaz, "قصفت الطائرات الحربية أحياء حلب الشرقية طوال الليل.", "ar")
    assert city_key(gaz, "Aleppo") in places
    assert not quarters(places)


def test_the_quarter_is_no_town_of_another_country(gaz: Gazetteer) -> None:
    text = "قتل أربعة مدنيين بقصف على حي الزنابق في مدينة دير الزور، وتضررت منازل في الحي."
    places = found(gaz, text, "ar")
    assert quarters(places) == {f"{city_key(gaz, 'Deir ez-Zor')}/الزنابق": "الزنابق"}
    assert {p.country_code for p in gaz.places.values() if p.key in places} == {"SY"}


def test_a_quarter_the_gazetteer_holds_is_its_own(gaz: Gazetteer) -> None:
    places = found(gaz, "استشهد خمسة مواطنين في غارة على حي الشجاعية شرق مدينة غزة.", "ar")
    assert not quarters(places)
    assert "Shujaiya" in {gaz.places[k].name for k in places}


@pytest.mark.parametrize(
    "text",
    [
        # "alive"
        "انتشل المسعفون ثلاثة أطفال أحياء من تحت أنقاض منزل في مدينة غزة.",
        # a residential quarter, a quarter held by a side, the city's quarters, scattered ones
        "سقطت قذيفة على حي سكني في مدينة تعز دون إصابات.",
        "قصفت الطائرات حي خاضع لسيطرة التنظيم في مدينة دير الزور.",
        "قصفت المدفعية أحياء المدينة الشرقية في حمص.",
        "سقطت قذائف على أحياء متفرقة من مدينة حلب.",
        # "reviving" an anniversary written like "quarters", "inspired by" ("من وحي")
        "شارك المئات في أحياء الذكرى السنوية للمجزرة في مدينة حمص.",
        "افتتح في مدينة حلب معرض رسوم من وحي الذاكرة الشعبية.",
        # no city named: no place to put the quarter in
        "قتل شخصان في قصف على حي الزنابق.",
    ],
)
def test_words_after_a_quarters_word_that_name_no_quarter(gaz: Gazetteer, text: str) -> None:
    assert not quarters(found(gaz, text, "ar"))


def test_a_list_after_a_comma_takes_only_names(gaz: Gazetteer) -> None:
    text = "تركزت الاشتباكات في حيي الزنابق والمنارة، إضافة إلى محيط الدوار في مدينة حلب."
    names = set(quarters(found(gaz, text, "ar")).values())
    assert names == {"الزنابق", "المنارة"}
