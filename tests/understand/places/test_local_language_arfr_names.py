"""Names in French and Arabic reporting: a name hyphened to an unknown capitalised word after a
preposition of place is part of a longer place's name ("à Apetina-Sana"), the Arabic names of
Sudanese and Libyan towns GeoNames gives only in Latin letters, and another language's
spelling of a far city ("Boni", Bonn), which needs support. Every sentence is written for the
test; the controls guard the rules against reaching too far."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

SANAA = "gn:71137"
POBE = "gn:2392108"
BENI = "gn:219057"
BUTEMBO = "gn:217562"
BOBO_DIOULASSO = "gn:2362344"
ISRAEL = "cc:IL"
ATHENS_CLARKE = "gn:4188191"
KUTUM = "gn:371745"
ABU_ZABAD = "gn:380348"
AL_FULAH = "gn:379535"
JALU = "gn:86049"


@pytest.mark.parametrize(
    ("text", "not_key", "language"),
    [
        ("Des rebelles ont tué six civils à Apetina-Sana dans la nuit de dimanche.", SANAA, "fr"),
        ("Les déplacés de la commune de Pobé-Mengao ont rejoint Djibo.", POBE, "fr"),
    ],
)
def test_a_name_hyphened_to_an_unknown_word_after_a_place_word_is_no_place(
    gaz: Gazetteer, text: str, not_key: str, language: str
) -> None:
    assert not_key not in found(gaz, text, language)


@pytest.mark.parametrize(
    ("text", "keys", "language"),
    [
        ("Les camions circulent de nouveau sur l'axe Beni-Butembo.", {BENI, BUTEMBO}, "fr"),
        ("Des pluies fortes sont tombées à Bobo-Dioulasso.", {BOBO_DIOULASSO}, "fr"),
        ("Talks on the Hamas-Israel truce resumed in Cairo.", {ISRAEL}, "en"),
        ("Roads were closed in Athens-Clarke County after the storm.", {ATHENS_CLARKE}, "en"),
    ],
)
def test_hyphened_places_and_names_beside_them_stay_places(
    gaz: Gazetteer, text: str, keys: set[str], language: str
) -> None:
    assert keys <= set(found(gaz, text, language))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("وصل مئات النازحين إلى مدينة كتم في ولاية شمال دارفور.", KUTUM),
        ("اندلعت اشتباكات عنيفة في محيط أبو زبد بولاية غرب كردفان.", ABU_ZABAD),
        ("سيطرت قوات الدعم السريع على مدينة الفولة في السودان.", AL_FULAH),
        ("وصلت قافلة مساعدات إلى واحة جالو جنوب شرق ليبيا.", JALU),
    ],
)
def test_sudanese_and_libyan_towns_by_their_arabic_names(
    gaz: Gazetteer, text: str, key: str
) -> None:
    assert key in found(gaz, text, "ar")


def test_a_towns_name_that_is_a_word_needs_support(gaz: Gazetteer) -> None:
    places = found(gaz, "كتم الرجل غضبه وغادر القاعة دون أن يتحدث إلى الصحفيين.", "ar")
    assert KUTUM not in places


BONN = "gn:2946447"
PENZA = "gn:511565"
MOSCOW = "gn:524901"


@pytest.mark.parametrize(
    ("text", "not_key"),
    [
        ("Deux soldats ont été tués dans une embuscade près de Boni, cercle de Douentza.", BONN),
        ("Des familles déplacées sont arrivées à Pensa, dans la province du Sanmatenga.", PENZA),
    ],
)
def test_another_languages_spelling_of_a_far_city_needs_support(
    gaz: Gazetteer, text: str, not_key: str
) -> None:
    assert not_key not in found(gaz, text, "fr")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("La conférence sur le climat s'est ouverte à Bonn, en Allemagne.", BONN),
        ("Le ministre malien de la Défense s'est rendu à Moscou.", MOSCOW),
    ],
)
def test_a_far_city_by_its_own_name_or_a_large_citys_exonym_stays(
    gaz: Gazetteer, text: str, key: str
) -> None:
    assert key in found(gaz, text, "fr")
