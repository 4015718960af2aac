"""Arabic districts named after their town ("قضاء صور", "بمديرية رداع"): the district, a place
the gazetteer does not list inside its town, not the town itself; and a name after "father
of", "mother of" or "son of", which is part of a longer name ("قرية أبو مكة"). Every sentence
is written for the test; the controls guard the rules against reaching too far."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

TYRE = "gn:267008"
RADA = "gn:71491"
MANDALI = "gn:93709"
BINT_JBEIL = "gn:276592"
SINJAR_SYRIA = "gn:164094"
SINJAR_IRAQ = "gn:448149"
ALEPPO = "gn:170063"
MECCA = "gn:104515"
OMDURMAN = "gn:365137"


def district(town: str, name: str) -> str:
    return f"unlisted:{town}/{name}"


@pytest.mark.parametrize(
    ("text", "town", "name"),
    [
        ("قتل شخصان في غارة على منزل في قضاء صور جنوبي لبنان.", TYRE, "صور"),
        ("أصيب ثلاثة مدنيين بقذيفة سقطت في مديرية رداع بمحافظة البيضاء.", RADA, "رداع"),
        ("انفجرت عبوة ناسفة في سوق شعبي بناحية مندلي شرقي ديالى.", MANDALI, "مندلي"),
        ("قصفت المدفعية أطراف بلدتين في قضاء بنت جبيل.", BINT_JBEIL, "بنت جبيل"),
    ],
)
def test_a_district_word_before_a_towns_name_names_the_district(
    gaz: Gazetteer, text: str, town: str, name: str
) -> None:
    places = found(gaz, text, "ar")
    assert places.get(district(town, name)) == name
    assert town not in places


@pytest.mark.parametrize(
    ("text", "town", "other"),
    [
        (
            "قصفت الطائرات قرى في ناحية سنجار بريف إدلب شمال غربي سوريا.",
            SINJAR_SYRIA,
            SINJAR_IRAQ,
        ),
        ("عاد مئات النازحين إلى قضاء سنجار غربي الموصل في العراق.", SINJAR_IRAQ, SINJAR_SYRIA),
    ],
)
def test_a_districts_town_is_the_one_in_the_texts_country(
    gaz: Gazetteer, text: str, town: str, other: str
) -> None:
    places = found(gaz, text, "ar")
    assert district(town, "سنجار") in places
    assert district(other, "سنجار") not in places


@pytest.mark.parametrize(
    "text",
    [
        "من ناحية أخرى، قال المسؤول إن الوضع هادئ في حلب.",
        "أعلنت مديرية الصحة في حلب ارتفاع عدد المصابين.",
        "طالب الأهالي بتسليم المتهمين إلى القضاء في حلب.",
    ],
)
def test_a_district_word_before_no_towns_name_names_no_district(gaz: Gazetteer, text: str) -> None:
    places = found(gaz, text, "ar")
    assert places == {ALEPPO: "حلب"}


def test_a_name_after_father_of_is_part_of_a_longer_name(gaz: Gazetteer) -> None:
    places = found(gaz, "قصفت الطائرات المروحية قرية أبو مكة في ريف إدلب الجنوبي.", "ar")
    assert MECCA not in places


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("وصل عشرات الجرحى إلى مستشفيات أم درمان.", OMDURMAN),
        ("توافد آلاف المعتمرين إلى مكة خلال الأسبوع الماضي.", MECCA),
    ],
)
def test_a_name_beginning_with_father_or_mother_of_is_read_whole(
    gaz: Gazetteer, text: str, key: str
) -> None:
    assert key in found(gaz, text, "ar")
