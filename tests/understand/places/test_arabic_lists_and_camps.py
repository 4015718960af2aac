"""Arabic villages, areas and camps named in lists, after a colon, by a district read by its
consonants or by "the governorate" again, and camps placed in the report's country; the duals
of kind words and a front's sectors are no names; a country joined to a list before a definite
word is named (issue 18). Sentences written for these tests."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer


def _places(gaz: Gazetteer, text: str) -> dict[str, str]:
    """Written name -> country code of each place found in an Arabic text."""
    return {m.as_written: m.place.country_code for m in find_places(gaz, text, language="ar")}


def test_a_kind_words_dual_and_a_fronts_sectors_are_no_villages(gaz: Gazetteer) -> None:
    text = "تواصل القصف على قرى القطاعين الغربي والأوسط وعلى قرى قضاءي صور وبنت جبيل في جنوب لبنان."
    found = _places(gaz, text)
    assert "القطاعين" not in found
    assert "قضاءي" not in found
    assert found.get("بنت جبيل") == "LB"


def test_towns_listed_after_a_colon_are_placed(gaz: Gazetteer) -> None:
    text = "شنت المسيرات غارات على بلدات: البازورية، الصوانة، مجدل سلم في قضاء صور جنوبي لبنان."
    found = _places(gaz, text)
    assert found.get("البازورية") == "LB"
    assert found.get("مجدل سلم") == "LB"


def test_a_district_read_by_its_consonants_places_the_area_before_it(gaz: Gazetteer) -> None:
    text = "صدت القوات هجوما على منطقة الأحطوب التابعة لمديرية جبل حبشي في محافظة تعز."
    assert _places(gaz, text).get("الأحطوب") == "YE"


def test_the_governorate_named_again_places_an_area(gaz: Gazetteer) -> None:
    text = (
        "تجددت المواجهات في محافظة ديالى، إذ قصفت الطائرات مخابئ في منطقة المطيبيجة"
        " شمال شرقي المحافظة."
    )
    assert _places(gaz, text).get("المطيبيجة") == "IQ"


def test_a_country_joined_to_a_list_before_a_definite_word_is_named(gaz: Gazetteer) -> None:
    text = "تتقاسم تركيا وروسيا وإيران النفوذ في شمال سوريا منذ سنوات."
    assert _places(gaz, text).get("إيران") == "IR"


def test_a_camp_is_placed_in_the_reports_country(gaz: Gazetteer) -> None:
    text = "اقتحمت القوات مدينة طوباس واعتقلت شبانا في نابلس، ثم حاصرت منزلا في مخيم الفارعة."
    assert _places(gaz, text).get("الفارعة") == "PS"


def test_whom_a_camp_shelters_is_no_camp(gaz: Gazetteer) -> None:
    text = "قصفت الطائرات مخيم النازحين في رفح ثم مخيم اللاجئين قرب خان يونس."
    found = _places(gaz, text)
    assert "النازحين" not in found
    assert "اللاجئين" not in found
    assert found.get("رفح") == "PS"
