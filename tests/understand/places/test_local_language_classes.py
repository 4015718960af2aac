"""Classes of local-language place mentions beyond single names in their case forms:
raions named after a city, abbreviations, names joined without a space, the words before a
name that make it a person's, a building's or a camp's, continents, "areas in" a place."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.inflect import district_adjectives, ukrainian_spelling
from tests.understand.places.test_local_languages import found

BELGOROD_DISTRICT = "gn:578070"
POKROVSK_DISTRICT = "cfg:pokrovsk-district"
DONETSK = "gn:709717"
DONETSK_OBLAST = "cfg:donetsk-oblast"
LUHANSK_OBLAST = "cfg:luhansk-oblast"
KURSK = "gn:538560"
DEIR_EZ_ZOR = "gn:170794"
SANAA = "gn:71137"
NUSEIRAT_CAMP = "cfg:nuseirat-camp"
DR_CONGO = "cc:CD"
MEDINA = "gn:109223"


@pytest.mark.parametrize(
    ("text", "written", "key"),
    [
        ("Обстрел в Белгородском районе идёт.", "Белгородском районе", BELGOROD_DISTRICT),
        ("Дрон упал по Белгородскому району.", "Белгородскому району", BELGOROD_DISTRICT),
        ("У Покровському районі загинули двоє людей.", "Покровському районі", POKROVSK_DISTRICT),
        ("Бои идут в Покровском районе.", "Покровском районе", POKROVSK_DISTRICT),
    ],
)
def test_a_raion_named_after_its_city_is_found_in_its_case_forms(
    gaz: Gazetteer, text: str, written: str, key: str
) -> None:
    assert found(gaz, text) == {key: written}


def test_district_adjectives_are_made_from_the_city() -> None:
    assert district_adjectives("белгород") == {"белгородскии", "белгородськии"}
    assert district_adjectives("покровськ") == {"покровськии"}


def test_the_self_proclaimed_republics_are_their_oblasts(gaz: Gazetteer) -> None:
    assert found(gaz, "Власти ДНР и ЛНР сообщили об обстрелах.") == {
        DONETSK_OBLAST: "ДНР",
        LUHANSK_OBLAST: "ЛНР",
    }


def test_a_cyrillic_abbreviation_in_capitals_is_no_town(gaz: Gazetteer) -> None:
    assert found(gaz, "Сотрудники ГАИ остановили машину на въезде.") == {}
    assert found(gaz, "КУРСК, 5 декабря. Ночью сбиты два беспилотника.") == {KURSK: "КУРСК"}


def test_a_case_form_before_a_persons_name_is_still_the_place(gaz: Gazetteer) -> None:
    text = "По словам мэра Донецка Алексея Кулемзина, ракета упала у рынка."
    assert found(gaz, text) == {DONETSK: "Донецка"}


def test_a_name_after_a_building_word_names_the_building(gaz: Gazetteer) -> None:
    assert found(gaz, "Біля готелю Україна автомобіль злетів з дороги.") == {}
    assert found(gaz, "أقيمت المباراة مساء السبت على استاد القاهرة.") == {}


def test_a_name_after_an_arabic_rank_is_a_persons(gaz: Gazetteer) -> None:
    assert found(gaz, "وقالت الميجر بيجي المتحدثة باسم القوات إن التحقيق جار.") == {}


def test_an_arabic_name_written_without_its_inner_space_is_found(gaz: Gazetteer) -> None:
    assert found(gaz, "سقطت قذائف الهاون على أحياء مدينة ديرالزور مساء أمس.") == {
        DEIR_EZ_ZOR: "ديرالزور"
    }
    assert found(gaz, "وصل الحجاج إلى المدينةالمنورة صباح اليوم.") == {MEDINA: "المدينةالمنورة"}


def test_a_camp_named_again_without_its_kind_word_is_the_camp(gaz: Gazetteer) -> None:
    text = "غارة جوية على مخيم النصيرات فجر اليوم. وقال مسعفون في النصيرات إن القتلى ثلاثة."
    assert set(found(gaz, text)) == {NUSEIRAT_CAMP}


def test_areas_in_a_city_do_not_make_it_a_region(gaz: Gazetteer) -> None:
    assert found(gaz, "استهدفت الغارات مناطق في جنوب وغرب صنعاء.") == {SANAA: "صنعاء"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Країни Європи обіцяють нову допомогу.", "cfg:europe"),
        ("Des ministres venus d'Afrique et d'Asie.", "cfg:africa"),
        ("وصلت شحنة الأسلحة من أوروبا أمس.", "cfg:europe"),
        ("Новые поставки оружия в Ближний Восток.", "cfg:middle-east"),
        ("Les équipes de la RD Congo ont gagné.", DR_CONGO),
        ("Des combats ont repris dans le territoire de Nyiragongo.", "cfg:nyiragongo-territory"),
    ],
)
def test_continents_and_short_country_names_in_each_language(
    gaz: Gazetteer, text: str, key: str
) -> None:
    assert key in found(gaz, text)


def test_a_city_naming_a_french_football_club_is_no_place(gaz: Gazetteer) -> None:
    text = "Le PSG compte huit points d'avance sur l'Olympique de Marseille et le Stade Rennais."
    assert found(gaz, text) == {}
    assert set(found(gaz, "Des renforts arrivent à Marseille et à Rennes.")) == {
        "gn:2995469",
        "gn:2983990",
    }


@pytest.mark.parametrize(
    ("text", "written", "key"),
    [
        ("Взрыв прогремел в Нижнем Новгороде.", "Нижнем Новгороде", "gn:520555"),
        ("Ракетный удар по Кривому Рогу ночью.", "Кривому Рогу", "gn:703845"),
        ("Бои идут в Северном Дарфуре.", "Северном Дарфуре", "cfg:north-darfur"),
        ("Бої тривають у Північному Дарфурі.", "Північному Дарфурі", "cfg:north-darfur"),
        ("Бои идут в Дейр-эз-Зоре.", "Дейр-эз-Зоре", DEIR_EZ_ZOR),
        ("Бої тривають у Дейр-ез-Зорі.", "Дейр-ез-Зорі", DEIR_EZ_ZOR),
    ],
)
def test_names_of_two_or_three_words_decline(
    gaz: Gazetteer, text: str, written: str, key: str
) -> None:
    assert found(gaz, text) == {key: written}


@pytest.mark.parametrize(
    ("text", "written", "key"),
    [
        ("Бої тривають в Авдіївці.", "Авдіївці", "gn:713122"),
        ("Делегація зустрілася у Празі.", "Празі", "gn:3067696"),
        ("Авіаудари по Ідлібі тривають.", "Ідлібі", "gn:169389"),
        ("Ракета влучила по Ербілю вночі.", "Ербілю", "gn:95446"),
        ("Обстріли у Хан-Юнісі не вщухають.", "Хан-Юнісі", "gn:281124"),
    ],
)
def test_ukrainian_forms_of_names_in_ka_and_of_foreign_names(
    gaz: Gazetteer, text: str, written: str, key: str
) -> None:
    assert found(gaz, text) == {key: written}


def test_ukrainian_spelling_follows_the_rule_of_nine() -> None:
    assert ukrainian_spelling(" идлиб ") == " ідліб "
    assert ukrainian_spelling(" сирия ") == " сирія "
    assert ukrainian_spelling(" триполи ") == " триполі "
    assert ukrainian_spelling(" эрбиль ") == " ербіль "
