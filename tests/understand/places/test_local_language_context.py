"""Arabic and French places decided by what the text says around them: a name shared by a
country and a city of another country ("عمان", Oman and Amman), a city's name shared by
cities of two countries after the word for a city ("مدينة زنجبار", Zinjibar and Zanzibar),
and places the gazetteer does not list named after an Arabic or French word for their kind
("حي", "أحياء", "بلدة", "قرية", "le quartier de", "les villages de"). Every sentence is written
for the test; the controls pass without the changes and guard them against reaching too
far."""

from __future__ import annotations

import pytest

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer

AMMAN = "gn:250441"
OMAN = "cc:OM"
ZINJIBAR = "gn:69426"
ZANZIBAR = "gn:148730"
HOMS = "gn:169577"
HASAKAH = "gn:173811"
EL_OBEID = "gn:379003"
NORTH_KORDOFAN = "cfg:north-kordofan"
KHARTOUM = "gn:379252"
MOPTI = "gn:2453348"
MOGADISHU = "gn:53654"
LEBANON = "cc:LB"
UNLISTED = "unlisted:"


def found(gaz: Gazetteer, text: str, language: str | None) -> dict[str, str]:
    """Place key -> the words naming it first, the text's language given as ingest gives it."""
    return {m.place.key: m.as_written for m in find_places(gaz, text, language=language)}


@pytest.mark.parametrize(
    ("text", "key", "not_key"),
    [
        ("تظاهر المئات في عمان العاصمة الأردنية احتجاجا على ارتفاع الأسعار.", AMMAN, OMAN),
        ("قال وزير الخارجية في عمان إن الأردن لن يقبل بتهجير السكان.", AMMAN, OMAN),
        ("وصل المبعوث الأممي إلى مسقط، وقالت سلطنة عمان إنها ترحب بالحوار.", OMAN, AMMAN),
        ("أجرى الوزير جولة شملت عمان وقطر والكويت لبحث أمن الخليج.", OMAN, AMMAN),
        ("Officials in Amman said Jordan would host the talks.", AMMAN, OMAN),
    ],
)
def test_a_name_of_a_country_and_a_foreign_city_goes_by_the_country_named(
    gaz: Gazetteer, text: str, key: str, not_key: str
) -> None:
    keys = found(gaz, text, "en" if text.isascii() else "ar")
    assert key in keys
    assert not_key not in keys


def test_a_country_supported_by_its_region_only_stays_the_country_beside_a_far_namesake(
    gaz: Gazetteer,
) -> None:
    text = "The United States urged Israel and Syria to avoid a wider war in Lebanon."
    assert LEBANON in found(gaz, text, "en")


@pytest.mark.parametrize(
    ("text", "key", "not_key"),
    [
        ("سيطر مسلحون على مدينة زنجبار عاصمة محافظة أبين جنوب اليمن.", ZINJIBAR, ZANZIBAR),
        ("عاد الهدوء إلى مدينة زنجبار بعد اشتباكات في اليمن.", ZINJIBAR, ZANZIBAR),
        ("وصل آلاف السياح إلى مدينة زنجبار في تنزانيا هذا الصيف.", ZANZIBAR, ZINJIBAR),
    ],
)
def test_the_word_for_a_city_leaves_the_text_to_choose_among_cities_of_the_name(
    gaz: Gazetteer, text: str, key: str, not_key: str
) -> None:
    keys = found(gaz, text, "ar")
    assert key in keys
    assert not_key not in keys


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "قصفت مدفعية النظام حي البستان في مدينة حمص صباح اليوم.",
            "ar",
            {f"{UNLISTED}{HOMS}/البستان": "البستان", HOMS: "حمص"},
        ),
        (
            "قتل مدنيان في غارة على أحياء الكرامة والمطار وأبو ردينة في مدينة الحسكة.",
            "ar",
            {
                f"{UNLISTED}{HASAKAH}/الكرامه": "الكرامة",
                f"{UNLISTED}{HASAKAH}/المطار": "المطار",
                f"{UNLISTED}{HASAKAH}/ابو-ردينه": "أبو ردينة",
                HASAKAH: "الحسكة",
            },
        ),
        (
            "اقتحمت القوات قرية أم خويصة شمال مدينة الأبيض في ولاية شمال كردفان.",
            "ar",
            {
                f"{UNLISTED}{EL_OBEID}/ام-خويصه": "أم خويصة",
                EL_OBEID: "الأبيض",
                NORTH_KORDOFAN: "ولاية شمال كردفان",
            },
        ),
        (
            "Des tirs d'artillerie ont touché le quartier de Hay Salam, dans le nord de Khartoum.",
            "fr",
            {f"{UNLISTED}{KHARTOUM}/hay-salam": "Hay Salam", KHARTOUM: "Khartoum"},
        ),
        (
            "Les assaillants ont attaqué les villages de Tiembara et Koumbila, près de Mopti.",
            "fr",
            {
                f"{UNLISTED}{MOPTI}/tiembara": "Tiembara",
                f"{UNLISTED}{MOPTI}/koumbila": "Koumbila",
                MOPTI: "Mopti",
            },
        ),
        (
            "Une explosion a frappé le district de Warta Nabadda dans le centre de Mogadiscio.",
            "fr",
            {f"{UNLISTED}{MOGADISHU}/warta-nabadda": "Warta Nabadda", MOGADISHU: "Mogadiscio"},
        ),
    ],
)
def test_a_name_after_a_word_for_its_kind_is_a_place_inside_the_one_beside_it(
    gaz: Gazetteer, text: str, language: str, expected: dict[str, str]
) -> None:
    assert found(gaz, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("وقعت اشتباكات في حي سكني وسط مدينة درعا.", "ar"),
        ("نزحت عشرات العائلات إلى مخيم للنازحين قرب مدينة مأرب.", "ar"),
        ("تعرضت قرية مجاورة للقصف قرب مدينة حمص.", "ar"),
        ("وصلت التعزيزات إلى بلدة صغيرة شرق مدينة حمص.", "ar"),
        ("Le village de la région a été attaqué, selon des sources locales à Gao.", "fr"),
    ],
)
def test_a_word_that_qualifies_the_kind_word_is_no_place(
    gaz: Gazetteer, text: str, language: str
) -> None:
    assert not any(key.startswith(UNLISTED) for key in found(gaz, text, language))
