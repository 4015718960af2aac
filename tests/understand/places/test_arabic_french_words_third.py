"""Arabic words read as places told by their grammar (a preposition cut off a noun that a
definite genitive follows, a girl's name before her age, a military post's name) and French
names read as another country's places (Burkina Faso's regions named by a bearing or the
Sahel's name in reports on its neighbours, a foreign spelling of a far city) (issue 18, third
pass). Sentences written for these tests; village names are made up."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.support.places import found

DJENNE = "gn:2458589"
BET_SHEAN = "gn:295435"
AL_MALIKIYAH_SYRIA = "gn:173530"
BURKINA_SAHEL = "gn:6930713"
BURKINA_NORD = "gn:6930711"
SAHEL = "cfg:sahel"
MOMBASA = "gn:186301"


def test_a_preposition_is_not_cut_off_a_noun_before_its_genitive(gaz: Gazetteer) -> None:
    text = "وقالت لجنة الطوارئ في رفح إن الغارة قتلت عشرة أشخاص بينهم أطفال."
    places = found(gaz, text, "ar")
    assert DJENNE not in places
    assert "رفح" in places.values()


def test_a_girls_name_before_her_age_is_no_town(gaz: Gazetteer) -> None:
    text = (
        "قتلت الغارة على مدينة رفح الطفلة دلع (9 أعوام)، وأصيبت شقيقتها بيسان (4 أعوام) "
        "بجروح، بحسب مستشفى في خان يونس."
    )
    places = found(gaz, text, "ar")
    assert BET_SHEAN not in places
    assert "رفح" in places.values()


def test_a_military_post_named_after_a_place_across_the_border(gaz: Gazetteer) -> None:
    text = (
        "أطلق الجيش الإسرائيلي النار من موقع المالكية على أطراف بلدة عيترون، "
        "فيما قصفت المدفعية بنت جبيل في جنوب لبنان."
    )
    places = found(gaz, text, "ar")
    assert AL_MALIKIYAH_SYRIA not in places
    assert "جنوب لبنان" in places.values()


def test_the_sahel_in_a_report_on_mali_is_the_wide_region(gaz: Gazetteer) -> None:
    text = (
        "L'armée malienne a repoussé une attaque près de Niafunké, dans la région de "
        "Tombouctou. Le Mali, comme le Niger, le Tchad et le Burkina Faso, fait face aux "
        "groupes jihadistes qui sévissent dans tout le Sahel."
    )
    places = found(gaz, text, "fr")
    assert BURKINA_SAHEL not in places
    assert SAHEL in places


def test_burkinas_sahel_region_stays_where_the_text_places_it_there(gaz: Gazetteer) -> None:
    text = (
        "Des hommes armés ont attaqué un poste militaire près de Dori, dans la région du "
        "Sahel, au Burkina Faso."
    )
    assert BURKINA_SAHEL in found(gaz, text, "fr")


def test_a_bearing_in_a_report_on_niger_is_no_burkinabe_region(gaz: Gazetteer) -> None:
    text = (
        "Des soldats nigériens ont été tués près de Ouallam, dans la région de Tillabéri, "
        "non loin du Mali et du Burkina Faso. Les assaillants se sont enfuis vers le Nord."
    )
    places = found(gaz, text, "fr")
    assert BURKINA_NORD not in places
    assert "Ouallam" in places.values()


def test_a_bearing_region_stays_in_a_report_on_its_country(gaz: Gazetteer) -> None:
    text = (
        "Une attaque a fait dix morts à Ouahigouya, chef-lieu de la région du Nord, "
        "au Burkina Faso."
    )
    assert BURKINA_NORD in found(gaz, text, "fr")


def test_a_far_citys_foreign_spelling_is_a_village_of_the_reports_country(
    gaz: Gazetteer,
) -> None:
    text = (
        "Des rebelles des ADF ont tué sept civils à Mambasa, dans la province de l'Ituri, "
        "a indiqué un responsable de la société civile de Bunia."
    )
    mentions = {m.as_written: m.place for m in find_places(gaz, text, language="fr")}
    assert mentions["Mambasa"].key != MOMBASA
    assert mentions["Mambasa"].country_code == "CD"


def test_a_far_city_spelt_its_own_way_stays(gaz: Gazetteer) -> None:
    text = "Des pluies torrentielles ont frappé Nairobi et Mombasa, au Kenya, faisant dix morts."
    assert MOMBASA in found(gaz, text, "fr")
