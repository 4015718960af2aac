"""Russian and Ukrainian regional reports, a fifth pass (issue 18): okrugs of a report naming
no region whose centres agree on one oblast, units listed before a plural noun in the
instrumental or the Ukrainian genitive, starosta districts, oblasts named by a governor's
title or a raion's administration, a far raion of a nearby town's name, centres in "-кинськ"
and "-янськ", an outlet's name after a crediting verb. Sentences of our own."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import areas_found, named_by_stem, names_in_area

BELGOROD_OBLAST = "cfg:belgorod-oblast"
BRYANSK_OBLAST = "cfg:bryansk-oblast"
KURSK_OBLAST = "cfg:kursk-oblast"
ROSTOV_OBLAST = "gn:501165"
SUMY_OBLAST = "cfg:sumy-oblast"
POLTAVA_OBLAST = "cfg:poltava-oblast"
KHERSON = "gn:706448"
KURSK = "gn:538560"


def test_okrugs_of_a_report_naming_no_region_lie_where_their_centres_agree(
    gaz: Gazetteer,
) -> None:
    text = (
        "По словам главы области, за ночь Валуйский и Волоконовский округа атакованы "
        "беспилотниками, а над Вейделевским, Ракитянским и Чернянским округами сбиты ещё "
        "четыре дрона."
    )
    names = names_in_area(gaz, text, "ru", BELGOROD_OBLAST)
    for stem in ("Валуйск", "Волоконовск", "Вейделевск", "Ракитянск", "Чернянск"):
        assert named_by_stem(names, stem), stem


def test_two_okrugs_alone_do_not_make_a_region(gaz: Gazetteer) -> None:
    text = "Глава округа сообщил, что Валуйский и Волоконовский округа атакованы дронами."
    assert not names_in_area(gaz, text, "ru", BELGOROD_OBLAST)  # fewer than three agree


def test_raions_listed_before_the_instrumental_plural_and_their_oblast(gaz: Gazetteer) -> None:
    text = "Ночью беспилотники сбиты над Миллеровским и Кашарским районами Ростовской области."
    names = names_in_area(gaz, text, "ru", ROSTOV_OBLAST)
    assert named_by_stem(names, "Миллеровск") and named_by_stem(names, "Кашарск")


def test_a_starosta_district_lies_in_the_texts_oblast(gaz: Gazetteer) -> None:
    text = (
        "Ворог двічі атакував Вербівський старостинський округ на Сумщині. Пізніше дрон "
        "влучив у Вербівський старостат ще раз."
    )
    found = [f for f in areas_found(gaz, text, "uk") if f[1].startswith("Вербівськ")]
    assert len(found) == 1  # one district, whichever word the text calls it by
    assert SUMY_OBLAST in found[0][2]


def test_a_governors_title_names_the_oblast_of_the_units_and_villages(gaz: Gazetteer) -> None:
    text = (
        "Брянский губернатор сообщил об обстреле Климовского района. В селе Лукашовка "
        "повреждены два дома."
    )
    names = names_in_area(gaz, text, "ru", BRYANSK_OBLAST)
    assert named_by_stem(names, "Климовск") and "Лукашовка" in names
    assert BRYANSK_OBLAST not in {key for key, _, _ in areas_found(gaz, text, "ru")}  # no mention


def test_a_raions_administration_names_the_oblast_of_its_hromadas(gaz: Gazetteer) -> None:
    text = (
        "Голова Роменської районної військової адміністрації розповіла про обстріл. У "
        "Липоводолинській громаді пошкоджено два будинки."
    )
    assert named_by_stem(names_in_area(gaz, text, "uk", SUMY_OBLAST), "Липоводолинськ")


def test_a_far_raion_of_a_town_in_the_texts_oblast_gives_way(gaz: Gazetteer) -> None:
    text = (
        "Губернатор Белгородской области рассказал: в селе Мирное Борисовского района "
        "повреждена крыша дома."
    )
    found = areas_found(gaz, text, "ru")
    assert all(BELGOROD_OBLAST in areas for key, _, areas in found)  # not Belarus's raion
    assert named_by_stem(names_in_area(gaz, text, "ru", BELGOROD_OBLAST), "Борисовск")


def test_centres_in_kinsk_and_yansk(gaz: Gazetteer) -> None:
    text = "На Сумщині ворог обстріляв Шосткинську і Ворожбянську громади, є поранені."
    names = names_in_area(gaz, text, "uk", SUMY_OBLAST)
    assert named_by_stem(names, "Шосткинськ") and named_by_stem(names, "Ворожбянськ")


def test_an_outlets_name_after_a_crediting_verb_is_no_place(gaz: Gazetteer) -> None:
    text = "Вночі росіяни вдарили по Херсону дронами, передає Полтавщина."
    keys = {key for key, _, _ in areas_found(gaz, text, "uk")}
    assert KHERSON in keys and POLTAVA_OBLAST not in keys


def test_a_place_after_a_crediting_verb_not_ending_its_clause_stays(gaz: Gazetteer) -> None:
    text = "Вечером агентство сообщает: дроны атаковали Брянск, а также сообщает Курск и Орёл."
    assert KURSK in {key for key, _, _ in areas_found(gaz, text, "ru")}


def test_a_village_named_as_an_adjective_in_the_locative_is_keyed_by_its_nominative(
    gaz: Gazetteer,
) -> None:
    text = (
        "Губернатор Курской области рассказал об ударах по Глушковскому району. В селе "
        "Лозовском повреждены два дома, позже дрон снова атаковал село Лозовское."
    )
    villages = [f for f in areas_found(gaz, text, "ru") if f[1].startswith("Лозовск")]
    assert [name for _, name, _ in villages] == ["Лозовское"]  # one village, both forms
    assert KURSK_OBLAST in villages[0][2]
