"""Classes of Russian and Ukrainian regional reports (issue 18): a count after an oblast's
case form, villages listed after a plural kind word, one village named with its oblast and
then its raion, a town after "город", okrugs sharing a council's adjective, a listed raion
whose namesake lies abroad, hromadas listed after a town's case form, a river after its bank
and a city's name after a village's kind word."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

ZAPORIZHZHIA = "gn:687700"
ZAPORIZHZHIA_OBLAST = "cfg:zaporizhzhia-oblast"
KURSK_OBLAST = "cfg:kursk-oblast"
BELGOROD_OBLAST = "cfg:belgorod-oblast"
DNIPROPETROVSK_OBLAST = "cfg:dnipropetrovsk-oblast"
DNIPRO = "gn:709930"
KHERSON_OBLAST = "cfg:kherson-oblast"
BORYSOV_RAION = "gn:629799"
HORLIVKA = "gn:707753"
KHARKIV = "gn:706483"


def test_a_number_after_an_oblast_counts_in_it(gaz: Gazetteer) -> None:
    for text in (
        "У Запорізькій області 70-річний чоловік дістав поранення.",
        "У Запорізькій області 12 будинків залишилися без світла.",
    ):
        assert found(gaz, text) == {ZAPORIZHZHIA_OBLAST: "Запорізькій області"}


def test_every_village_of_a_list_after_a_plural_kind_word(gaz: Gazetteer) -> None:
    text = "Обстрелу подверглись поселки Ракитное и Заречный Глушковского района Курской области."
    raion = f"unlisted:{KURSK_OBLAST}/глушковск-raion"
    places = found(gaz, text)
    assert places.get(f"unlisted:{raion}/ракитное") == "Ракитное"
    assert places.get(f"unlisted:{raion}/заречныи") == "Заречный"


def test_a_village_named_with_its_oblast_then_its_raion_is_one_place(gaz: Gazetteer) -> None:
    text = (
        "Дрон упал в селе Березовка Курской области. Позже село Березовка Рыльского района "
        "снова обстреляли."
    )
    villages = [key for key in found(gaz, text) if key.endswith("/березовка")]
    assert villages == [f"unlisted:unlisted:{KURSK_OBLAST}/рыльск-raion/березовка"]


def test_a_small_town_after_its_kind_word(gaz: Gazetteer) -> None:
    text = (
        "Губернатор Белгородской области сообщил, что в Белгороде и в городе Грайворон выбиты окна."
    )
    assert found(gaz, text).get(f"unlisted:{BELGOROD_OBLAST}/граиворон") == "Грайворон"


def test_a_person_after_a_town_word_is_no_town(gaz: Gazetteer) -> None:
    text = "В Горловке ранен мужчина, сообщил мэр города Иван Петренко."
    assert not any("петренко" in key for key in found(gaz, text))


def test_okrugs_sharing_their_council_adjective(gaz: Gazetteer) -> None:
    text = "В Белгородской области атакованы Валуйский и Шебекинский муниципальный округа."
    places = found(gaz, text)
    assert places.get(f"unlisted:{BELGOROD_OBLAST}/валуиск-okrug") == "Валуйский"
    assert f"unlisted:{BELGOROD_OBLAST}/шебекинск-okrug" in places


def test_a_listed_raion_lies_in_the_oblast_of_the_report(gaz: Gazetteer) -> None:
    text = (
        "Белгородская область: обстрелам подверглись Волоконовский и Борисовский районы, "
        "в Белгороде выбиты окна."
    )
    places = found(gaz, text)
    assert BORYSOV_RAION not in places
    assert places.get(f"unlisted:{BELGOROD_OBLAST}/борисовск-raion") == "Борисовский"


def test_a_hromada_listed_after_its_town_case_form(gaz: Gazetteer) -> None:
    text = "Ворог обстріляв Покровську та Мирівську громади Дніпропетровської області."
    places = found(gaz, text)
    assert places.get(f"unlisted:{DNIPROPETROVSK_OBLAST}/покровськ-hromada") == "Покровську"


def test_a_river_after_its_bank_is_no_city(gaz: Gazetteer) -> None:
    text = "Артиллерия била по селам левого берега Днепра в Херсонской области."
    assert found(gaz, text) == {KHERSON_OBLAST: "Херсонской области"}
    assert DNIPRO in found(gaz, "Вибухи пролунали у Дніпрі.")


def test_a_city_name_after_a_village_word_is_no_city(gaz: Gazetteer) -> None:
    assert ZAPORIZHZHIA not in found(gaz, "Бои идут у села Запорожье, сообщают военные.")
    assert ZAPORIZHZHIA in found(gaz, "Жители города Запорожье спускаются в укрытия.")


def test_a_district_of_the_city_named_before(gaz: Gazetteer) -> None:
    text = "Донецк не обстреливали, а в Горловке снаряд упал в Заводском районе города."
    assert found(gaz, text).get(f"unlisted:{HORLIVKA}/заводск-raion") == "Заводском районе"


def test_a_district_of_the_one_city_of_its_sentence(gaz: Gazetteer) -> None:
    text = "Дрони атакували Харків і Чугуїв. У Харкові влучання були в Індустріальному районі."
    assert found(gaz, text).get(f"unlisted:{KHARKIV}/індустріальн-raion") == (
        "Індустріальному районі"
    )
