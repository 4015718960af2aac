"""Places written in Arabic, French, Russian and Ukrainian, in their own script and grammar,
found under the same keys as their English names (so `/whatsnew Kharkiv` finds them)."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.inflect import case_forms, oblast_adjectives, region_noun

KHARKIV = "gn:706483"
KHARKIV_OBLAST = "cfg:kharkiv-oblast"
KURSK = "gn:538560"
BELGOROD_OBLAST = "cfg:belgorod-oblast"
DONETSK_OBLAST = "cfg:donetsk-oblast"
DEIR_EZ_ZOR = "gn:170794"
ALEPPO = "gn:170063"
RAQQA = "gn:172955"
GOMA = "gn:216281"
GAZA_STRIP = "cfg:gaza-strip"
UKRAINE = "cc:UA"


def found(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Place key -> the words naming it first."""
    return {m.place.key: m.as_written for m in find_places(gaz, text)}


@pytest.mark.parametrize(
    ("text", "written", "key"),
    [
        ("Уночі ворог атакував дронами Харків.", "Харків", KHARKIV),
        ("У Харкові пролунали вибухи.", "Харкові", KHARKIV),
        ("Ракета влучила по Харкову вранці.", "Харкову", KHARKIV),
        ("Евакуація з Харкова триває.", "Харкова", KHARKIV),
        ("Обстріл Харківської області не вщухає.", "Харківської області", KHARKIV_OBLAST),
        ("На Харківщині загинули двоє людей.", "Харківщині", KHARKIV_OBLAST),
        ("Удар по Харькову ночью.", "Харькову", KHARKIV),
        ("В Харьковской области сбиты беспилотники.", "Харьковской области", KHARKIV_OBLAST),
        ("Бои идут под Курском.", "Курском", KURSK),
        ("Обстрел Белгородской области продолжается.", "Белгородской области", BELGOROD_OBLAST),
        ("В секторе Газа погибли пятеро.", "секторе Газа", GAZA_STRIP),
        ("Удар по сектору Газа ночью.", "сектору Газа", GAZA_STRIP),
        ("У секторі Гази загинули троє.", "секторі Гази", GAZA_STRIP),
    ],
)
def test_russian_and_ukrainian_case_forms_are_the_place(
    gaz: Gazetteer, text: str, written: str, key: str
) -> None:
    assert found(gaz, text) == {key: written}


@pytest.mark.parametrize(
    ("text", "written", "key"),
    [
        ("قصف مدفعي بدير الزور صباح اليوم", "دير الزور", DEIR_EZ_ZOR),
        ("اشتباكات في إدلب وحلب", "حلب", ALEPPO),
        ("غارات على الرقة", "الرقة", RAQQA),
        ("Frappes dans l'oblast de Donetsk", "oblast de Donetsk", DONETSK_OBLAST),
        ("Les combats se rapprochent de Goma", "Goma", GOMA),
    ],
)
def test_arabic_and_french_forms_are_the_place(
    gaz: Gazetteer, text: str, written: str, key: str
) -> None:
    assert found(gaz, text)[key] == written


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Des soldats tués au Soudan et en Somalie", {"cc:SD", "cc:SO"}),
        ("Бои в Судане и Сомали", {"cc:SD", "cc:SO"}),
        ("Обстріли в Україні та Сирії", {"cc:UA", "cc:SY"}),
        ("اشتباكات في السودان والصومال", {"cc:SD", "cc:SO"}),
    ],
)
def test_countries_go_by_their_names_in_each_language(
    gaz: Gazetteer, text: str, country: set[str]
) -> None:
    assert set(found(gaz, text)) == country


def test_a_french_elision_parts_two_words_but_not_a_name(gaz: Gazetteer) -> None:
    assert found(gaz, "Le gouvernorat d'Idlib et l'Ukraine") == {
        "cfg:idlib-governorate": "gouvernorat d'Idlib",
        "cc:UA": "Ukraine",
    }
    assert "gn:2427123" in found(gaz, "Talks opened in N'Djamena on Monday.")


def test_arabic_prefixes_join_a_name_but_like_does_not(gaz: Gazetteer) -> None:
    assert found(gaz, "اشتباكات عنيفة بحلب") == {ALEPPO: "حلب"}, "the name without its prefix"
    assert found(gaz, "شن الجيش هجوما كبيرا فجر اليوم") == {}


def test_the_city_is_meant_after_the_local_word_for_city(gaz: Gazetteer) -> None:
    assert DEIR_EZ_ZOR in found(gaz, "قتل خمسة في مدينة دير الزور")


def test_a_name_naming_a_street_or_road_or_another_area_is_no_place(gaz: Gazetteer) -> None:
    assert found(gaz, "ДТП на трасі Одеса-Київ") == {}
    assert found(gaz, "Вибух у Дзержинському районі") == {}


def test_a_country_inside_an_organisations_or_teams_name_is_no_place(gaz: Gazetteer) -> None:
    assert found(gaz, "Сили оборони України відбили атаку під Курськом.") == {KURSK: "Курськом"}
    assert found(gaz, "Верховна Рада України ухвалила закон.") == {}
    assert found(gaz, "Минобороны России сообщило о перехвате.") == {}
    assert found(gaz, "Збірна України вийшла до чвертьфіналу.") == {}
    assert found(gaz, "Тривогу оголошено по всій Україні.") == {UKRAINE: "Україні"}


def test_an_english_word_that_is_a_french_country_name_needs_support(gaz: Gazetteer) -> None:
    assert found(gaz, "Grenade attack kills two in the market.") == {}


def test_case_forms_follow_each_declension() -> None:
    assert {" харкова ", " харкові ", " харкову ", " харковом "} <= case_forms(" харків ")
    assert {" києва ", " києві "} <= case_forms(" киів ")
    assert {" одеси ", " одесі ", " одесу ", " одесою "} <= case_forms(" одеса ")
    assert {" курском ", " курске "} <= case_forms(" курск ")
    assert " луцькі " not in case_forms(" луцьк ")
    assert " белгородскои области " in case_forms(" белгородская область ")
    assert case_forms(" kharkiv ") == set()


def test_oblast_names_are_made_from_the_city() -> None:
    assert oblast_adjectives("харків") == {"харківська", "харківская"}
    assert oblast_adjectives("донецьк") == {"донецька"}
    assert region_noun("донецька") == "донеччина"
    assert region_noun("одеська") == "одещина"
    assert region_noun("донецкая") == "донетчина"
    assert region_noun("брянская") == "брянщина"


def test_an_arabic_name_listed_without_its_article_is_found_with_it(gaz: Gazetteer) -> None:
    """GeoNames lists Khartoum in Arabic as "خرطوم"; the news writes "الخرطوم"."""
    assert found(gaz, "قتل خمسة مدنيين في قصف مدفعي على الخرطوم أمس") == {"gn:379252": "الخرطوم"}


@pytest.mark.parametrize(
    ("text", "written", "key"),
    [
        ("قتل ثلاثة في قصف على بلدة في ريف حلب الشرقي", "حلب", "cfg:aleppo-governorate"),
        ("أمطار غزيرة في محافظات أبين وشبوة وصنعاء وذمار", "صنعاء", "cfg:sanaa-governorate"),
    ],
)
def test_arabic_words_for_the_countryside_or_a_list_of_governorates_mean_the_region(
    gaz: Gazetteer, text: str, written: str, key: str
) -> None:
    assert found(gaz, text)[key] == written


def test_a_bare_name_is_the_city_when_the_text_names_both_city_and_governorate(
    gaz: Gazetteer,
) -> None:
    text = (
        "تخضع معظم محافظة دير الزور لسيطرة التنظيم. وسقطت قذائف على مدينة دير الزور صباح "
        "اليوم. وقتل خمسة مدنيين في دير الزور."
    )
    city = {m.place.key: m for m in find_places(gaz, text)}[DEIR_EZ_ZOR]
    assert city.mentions[-1][0] == text.rindex("دير الزور")


def test_a_small_russian_town_is_found_by_its_russian_name(gaz: Gazetteer) -> None:
    """Towns below 300,000 people outside the focus countries keep their Cyrillic names."""
    assert found(gaz, "Взрыв прогремел в Хасавюрте, пострадали трое.") == {"gn:550478": "Хасавюрте"}
