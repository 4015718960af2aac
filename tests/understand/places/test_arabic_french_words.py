"""Arabic words read as places told by their grammar (a conjunction before a bare word, an
area named by its bearing, an organisation's name), Arabic towns and villages no place
follows, and French villages named after "à" or "près de" and before "à" a small town, or
after "territoire de" (issue 18, second pass). Sentences written for these tests; the
village names are made up unless a far namesake is the point."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

RAQQA = "gn:172955"
NORTHERN_DISTRICT = "gn:294824"
TURIN = "gn:3165524"
MOMBASA = "gn:186301"


def _unlisted(gaz: Gazetteer, text: str, language: str) -> dict[str, str]:
    """As written -> the country of each place the text's own words placed."""
    return {
        m.as_written: m.place.country_code
        for m in find_places(gaz, text, language=language)
        if m.place.key.startswith("unlisted:")
    }


def test_a_word_after_the_conjunction_fa_is_no_town(gaz: Gazetteer) -> None:
    text = "قصفت الطائرات بلدة سرمين في ريف إدلب، وذكر الدفاع المدني أن فرقه انتشلت ثلاثة قتلى."
    places = found(gaz, text, "ar")
    assert RAQQA not in places
    assert "إدلب" in places.values()


def test_a_town_after_fa_written_with_its_article_stays(gaz: Gazetteer) -> None:
    places = found(gaz, "سيطرت القوات على دير الزور، فالرقة باتت محاصرة من الجهات كلها.", "ar")
    assert RAQQA in places


def test_an_area_named_by_its_bearing_is_a_description(gaz: Gazetteer) -> None:
    text = "فرض الجيش حصاراً على شمال قطاع غزة ومنع دخول الغذاء إلى المنطقة الشمالية."
    places = found(gaz, text, "ar")
    assert NORTHERN_DISTRICT not in places
    assert "قطاع غزة" in places.values()


def test_an_area_named_by_its_bearing_stays_where_its_country_is_named(gaz: Gazetteer) -> None:
    text = "أطلق حزب الله صواريخ على المنطقة الشمالية في إسرائيل، وسقط بعضها قرب صفد."
    assert NORTHERN_DISTRICT in found(gaz, text, "ar")


def test_a_place_inside_an_organisations_name_is_none(gaz: Gazetteer) -> None:
    text = "قالت شبكة أطباء اليمن إن القصف على مدينة تعز أدى إلى مقتل خمسة مدنيين."
    places = found(gaz, text, "ar")
    assert "cc:YE" not in places
    assert "تعز" in " ".join(places.values())


def test_a_town_no_place_follows_lies_in_the_reports_country(gaz: Gazetteer) -> None:
    text = "أغارت مسيّرة إسرائيلية على بلدة زهرون، ثم قصفت المدفعية محيط مدينة صور في جنوب لبنان."
    assert _unlisted(gaz, text, "ar").get("زهرون") == "LB"


def test_a_town_no_place_follows_in_a_report_over_countries_is_left_out(
    gaz: Gazetteer,
) -> None:
    text = "زار الوفد بلدة زهرون ثم توجه إلى دمشق وبيروت."
    assert "زهرون" not in _unlisted(gaz, text, "ar")


def test_a_village_before_a_to_and_a_small_town_is_no_far_city(gaz: Gazetteer) -> None:
    text = (
        "Au Mali, les villages de Dounkoro dans le cercle de Bandiagara, et Tori à Bankass"
        " ont été attaqués."
    )
    assert TURIN not in found(gaz, text, "fr")
    assert _unlisted(gaz, text, "fr").get("Tori") == "ML"


def test_a_village_after_a_in_an_attack_report(gaz: Gazetteer) -> None:
    text = (
        "Des hommes armés ont attaqué un poste de gendarmerie à Kolibanga, près de la"
        " frontière, dans le nord du Burkina Faso."
    )
    assert _unlisted(gaz, text, "fr").get("Kolibanga") == "BF"


def test_names_after_a_that_are_no_villages(gaz: Gazetteer) -> None:
    text = (
        "Un habitant a déclaré à Reuters que des assaillants affiliés à Al-Qaïda ont tué dix"
        " civils dans le nord du Burkina Faso."
    )
    assert not _unlisted(gaz, text, "fr")


def test_a_congolese_territory_is_no_far_city(gaz: Gazetteer) -> None:
    text = "Les rebelles ont tué six civils au village Makodu, en territoire de Mambasa, en Ituri."
    assert MOMBASA not in found(gaz, text, "fr")
    assert _unlisted(gaz, text, "fr").get("Mambasa") == "CD"
