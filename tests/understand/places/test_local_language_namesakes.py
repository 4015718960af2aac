"""Local-language names that another place's name hides or imitates: an Arabic prefix cut from
a country's own name, a city's quarter or district named like a far village, a sea named like
the state on its shore, a Latin brand in a Cyrillic text; and Russian and Ukrainian names the
text splits or declines: oblasts sharing one plural noun, two-word feminine names."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

LEBANON = "cc:LB"
SYRIA = "cc:SY"
ISRAEL = "cc:IL"
IRAQ = "cc:IQ"
DEIR_EZ_ZOR = "gn:170794"
SHUJAIYA = "cfg:shujaiya"
RED_SEA_STATE = "cfg:red-sea-state"
DNIPRO = "gn:709930"
KYIV = "gn:703448"
KYIV_DNIPROVSKYI_DISTRICT = "gn:13546518"
DNIPRO_RAION = "gn:709961"
BERLIN = "gn:2950159"
ODESA_OBLAST = "cfg:odesa-oblast"
NOVA_KAKHOVKA = "gn:699839"
BILA_TSERKVA = "gn:712165"
KHERSON_OBLAST = "cfg:kherson-oblast"
KURSK_OBLAST = "cfg:kursk-oblast"
BELGOROD_OBLAST = "cfg:belgorod-oblast"
KHARKIV_OBLAST = "cfg:kharkiv-oblast"
SUMY_OBLAST = "cfg:sumy-oblast"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "شنت إسرائيل غارات على لبنان وسوريا.",
            {ISRAEL: "إسرائيل", LEBANON: "لبنان", SYRIA: "سوريا"},
        ),
        ("ولبنان يعيش أزمة سياسية خانقة.", {LEBANON: "لبنان"}),
    ],
)
def test_a_name_that_starts_like_a_prefix_is_its_own_place(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    """ "لبنان" is Lebanon, not "ل" (to) and the village Banān."""
    assert found(gaz, text) == expected


def test_to_before_the_article_names_the_place(gaz: Gazetteer) -> None:
    assert found(gaz, "أرسلت الأمم المتحدة مساعدات للعراق.") == {IRAQ: "للعراق"}


def test_a_quarter_of_a_city_is_not_a_far_village_of_its_name(gaz: Gazetteer) -> None:
    """The quarter is a place inside the city (`city_quarters`), not the village Al Hamidiyah."""
    text = "قتل ثلاثة مدنيين بقصف على حي الحميدية في مدينة دير الزور."
    assert found(gaz, text) == {
        DEIR_EZ_ZOR: "دير الزور",
        f"unlisted:{DEIR_EZ_ZOR}/الحميدية": "الحميدية",
    }


def test_a_quarter_the_gazetteer_holds_stays(gaz: Gazetteer) -> None:
    assert SHUJAIYA in found(gaz, "قصفت المدفعية حي الشجاعية شرق مدينة غزة.")


def test_the_red_sea_is_the_sea_not_the_state(gaz: Gazetteer) -> None:
    assert found(gaz, "ستكون الرياح شمالية غربية على البحر الأحمر.") == {
        "cfg:red-sea": "البحر الأحمر"
    }
    assert found(gaz, "زار الرئيس ولاية البحر الأحمر.") == {RED_SEA_STATE: "ولاية البحر الأحمر"}


def test_a_city_district_is_named_only_with_its_city(gaz: Gazetteer) -> None:
    """Kyiv has a Dniprovskyi district; so has the country around Dnipro: its raion."""
    text = "Ракетна атака на Дніпровський район: у Дніпрі пошкоджено будинки."
    assert found(gaz, text) == {DNIPRO_RAION: "Дніпровський район", DNIPRO: "Дніпрі"}
    text = "У Дніпровському районі Києва пошкоджено житловий будинок."
    assert found(gaz, text) == {KYIV_DNIPROVSKYI_DISTRICT: "Дніпровському районі", KYIV: "Києва"}


def test_a_latin_brand_in_a_cyrillic_text_is_no_village(gaz: Gazetteer) -> None:
    text = "На Одещині водій автомобіля “Dacia Logan” не впорався з керуванням."
    assert found(gaz, text) == {ODESA_OBLAST: "Одещині"}


def test_a_foreign_city_in_latin_letters_stays(gaz: Gazetteer) -> None:
    text = "Журналісти з Berlin приїхали до Києва."
    assert found(gaz, text) == {BERLIN: "Berlin", KYIV: "Києва"}


def test_oblasts_closing_an_offices_name_are_no_places(gaz: Gazetteer) -> None:
    text = "Об этом сообщило ГУ МВД по Курской и Белгородской областям."
    assert found(gaz, text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Курской и Белгородской областях сбиты дроны.",
            {KURSK_OBLAST: "Курской", BELGOROD_OBLAST: "Белгородской"},
        ),
        (
            "Обстрілів зазнали Харківська та Сумська області.",
            {KHARKIV_OBLAST: "Харківська", SUMY_OBLAST: "Сумська"},
        ),
        (
            "Губернаторы Брянской, Курской и Белгородской областей провели совещание.",
            {
                "cfg:bryansk-oblast": "Брянской",
                KURSK_OBLAST: "Курской",
                BELGOROD_OBLAST: "Белгородской",
            },
        ),
    ],
)
def test_oblasts_sharing_one_plural_noun(
    gaz: Gazetteer, text: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text) == expected


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        ("Окупанти обстріляли Нову Каховку на Херсонщині.", NOVA_KAKHOVKA, "Нову Каховку"),
        ("В Новой Каховке прогремели взрывы.", NOVA_KAKHOVKA, "Новой Каховке"),
        ("У Білій Церкві оголошено повітряну тривогу.", BILA_TSERKVA, "Білій Церкві"),
    ],
)
def test_both_words_of_a_feminine_name_decline(
    gaz: Gazetteer, text: str, key: str, written: str
) -> None:
    assert found(gaz, text).get(key) == written
