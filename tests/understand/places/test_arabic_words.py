"""Arabic words read as far places are told from names by their grammar and by the text's other
places (`places/arabic_words.py`); French units after their kind word and an Arabic area's
describing word (`places/local_villages.py`). Sentences written for these tests."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

FADA = "gn:244128"
LYON = "gn:2996944"
RASAD = "gn:8357714"
SALEM = "gn:1257629"
BEIRUT = "gn:276781"
DOHA = "gn:290030"
MOSUL = "gn:99072"
KFAR_KILA = "gn:272849"
IBB = "cfg:ibb-governorate"
EL_FASHER = "gn:379555"


def test_a_word_with_tanween_is_no_town(gaz: Gazetteer) -> None:
    places = found(gaz, "أرسلت الحكومة وفداً أمنياً إلى مدينة الموصل لبحث الهجوم.")
    assert FADA not in places
    assert places.get(MOSUL) == "الموصل"


def test_a_village_name_is_not_cut_into_a_far_city(gaz: Gazetteer) -> None:
    text = (
        "قتل تسعة مدنيين في قرية بليون، وفق المرصد."
        " وقصفت الطائرات بلدة سرمين في ريف إدلب شمال غرب سوريا."
    )
    places = found(gaz, text)
    assert LYON not in places
    assert "cc:SY" in places


def test_a_relative_and_a_common_noun_are_no_far_towns(gaz: Gazetteer) -> None:
    text = "قتل أب وأم ونجلهما في غارة على بلدة كفركلا في جنوب لبنان، بعد رصد تحركات في المنطقة."
    places = found(gaz, text)
    assert IBB not in places
    assert RASAD not in places
    assert KFAR_KILA in places


def test_a_given_name_is_no_far_city(gaz: Gazetteer) -> None:
    places = found(gaz, "وأصيب الشاب عبدالله سالم بجروح في قصف على مدينة تعز في اليمن.")
    assert SALEM not in places
    assert "تعز" in places.values()


def test_a_capital_and_the_one_town_beside_it_stay(gaz: Gazetteer) -> None:
    places = found(gaz, "غادر الوفد السوداني بعد معارك الفاشر إلى الدوحة.")
    assert DOHA in places
    assert EL_FASHER in places


def test_a_far_small_town_stays_where_its_country_is_named(gaz: Gazetteer) -> None:
    places = found(gaz, "زار الوفد بيروت ثم توجه إلى بلدة رصد في محافظة أبين باليمن.")
    assert BEIRUT in places
    assert RASAD in places


def test_a_populated_area_is_no_village(gaz: Gazetteer) -> None:
    mentions = find_places(gaz, "شنت الطائرات غارات على مناطق آهلة بالسكان في محافظة صعدة.")
    assert [m.as_written for m in mentions] == ["محافظة صعدة"]


def _unlisted(gaz: Gazetteer, text: str) -> dict[str, str]:
    """As written -> the country of each place the text's own words placed."""
    return {
        m.as_written: m.place.country_code
        for m in find_places(gaz, text, language="fr")
        if m.place.key.startswith("unlisted:")
    }


def test_a_french_sector_of_a_congolese_territory(gaz: Gazetteer) -> None:
    text = (
        "Des détonations ont été entendues dans le secteur de Bapere depuis mercredi, selon des"
        " sources locales du territoire de Lubero."
    )
    assert _unlisted(gaz, text) == {"Bapere": "CD"}


def test_a_neighbouring_locality_named_after_a_comma(gaz: Gazetteer) -> None:
    text = (
        "Les assaillants ont ensuite attaqué une localité voisine, Kourgoubi, dans la province"
        " du Soum."
    )
    assert _unlisted(gaz, text) == {"Kourgoubi": "BF"}


def test_a_ukrainian_territorial_community_in_french(gaz: Gazetteer) -> None:
    text = (
        "Une frappe a touché la communauté territoriale de Velykoburlutska, dans la région de"
        " Kharkiv."
    )
    assert _unlisted(gaz, text) == {"Velykoburlutska": "UA"}
