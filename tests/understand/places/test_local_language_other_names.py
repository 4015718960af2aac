"""Local-language names that open something else's name: a mountain's or a river's after an
Arabic feature word, an office's adjective before a Russian or Ukrainian office word."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

EL_OBEID = "gn:379003"
KORDOFAN = "cfg:kordofan"
SUDAN = "cc:SD"
DONETSK = "gn:709717"
LUTSK = "gn:702569"


def test_a_mountain_named_after_a_region_is_no_region(gaz: Gazetteer) -> None:
    text = "اندلعت معارك عنيفة في جبل كردفان قرب مدينة الأبيض في السودان."
    assert found(gaz, text) == {EL_OBEID: "الأبيض", SUDAN: "السودان"}


def test_the_region_itself_stays_a_place(gaz: Gazetteer) -> None:
    assert found(gaz, "وصلت القوات إلى إقليم كردفان.") == {KORDOFAN: "كردفان"}


def test_an_adjective_opening_an_offices_name_is_no_village(gaz: Gazetteer) -> None:
    text = "Про шахраїв у Луцьку попереджає Головне управління Нацполіції."
    assert found(gaz, text) == {LUTSK: "Луцьку"}
    text = "Головне управління розвідки повідомило про удар."
    assert found(gaz, text) == {}


def test_a_city_before_an_office_after_a_preposition_stays_a_place(gaz: Gazetteer) -> None:
    text = "В Донецке управление полиции сообщило о взрыве."
    assert found(gaz, text) == {DONETSK: "Донецке"}
