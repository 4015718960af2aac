"""Russian and Ukrainian regional reports, a second pass (issue 18): one place listed once
whichever ways the text names it, Russia as "РФ" and in lower case, a village's current name
over another village's old one, villages after "у"/"в" in the locative, a village in
brackets before its hromada. Sentences of our own."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

KUPIANSK_DISTRICT = "cfg:kupiansk-district"
SUMY_OBLAST = "cfg:sumy-oblast"
DONETSK_OBLAST = "cfg:donetsk-oblast"
KHERSON_OBLAST = "cfg:kherson-oblast"
RUSSIA = "cc:RU"
LAZURNE = "gn:703317"
VELYKA_OLEKSANDRIVKA = "gn:690288"
CHAYKYNE_OF_CRIMEA = "gn:710905"


def test_a_raion_named_in_a_list_and_with_its_noun_is_one_place(gaz: Gazetteer) -> None:
    text = (
        "Ворог обстріляв села в Куп’янському, Чугуївському та Харківському районах. "
        "Поранено чоловіка в селі Кучерівка Куп’янського району."
    )
    mentions = find_places(gaz, text)
    keys = [m.place.key for m in mentions]
    assert keys.count(KUPIANSK_DISTRICT) == 1
    raion = next(m for m in mentions if m.place.key == KUPIANSK_DISTRICT)
    assert raion.as_written == "Куп’янському"
    assert [w for _, _, w in raion.spans] == ["Куп’янському", "Куп’янського району"]


def test_an_oblast_named_in_a_list_first_is_written_as_there(gaz: Gazetteer) -> None:
    text = "Обстріли у Сумській та Харківській областях. У Сумській області поранено двох."
    mentions = find_places(gaz, text)
    sumy = [m for m in mentions if m.place.key == SUMY_OBLAST]
    assert len(sumy) == 1
    assert [w for _, _, w in sumy[0].spans] == ["Сумській", "Сумській області"]


def test_russia_as_its_abbreviation_and_in_lower_case(gaz: Gazetteer) -> None:
    assert found(gaz, "Село обстріляли з території РФ уночі.").get(RUSSIA) == "РФ"
    assert found(gaz, "Вчора росія вдарила ракетами по Харкову.").get(RUSSIA) == "росія"
    assert found(gaz, "Удары по Российской Федерации продолжаются.").get(RUSSIA)


def test_russias_forces_abbreviated_are_no_place(gaz: Gazetteer) -> None:
    assert RUSSIA not in found(gaz, "Удар по Харкову завдали ЗС РФ.")
    assert RUSSIA not in found(gaz, "Вночі війська РФ обстріляли Нікополь.")


def test_a_villages_current_name_is_no_other_villages_old_one(gaz: Gazetteer) -> None:
    text = "На Херсонщині під обстрілами були Білозерка, Новоолександрівка, Софіївка та Херсон."
    places = found(gaz, text)
    assert LAZURNE not in places  # GeoNames lists "Софіївка" as its old name
    assert VELYKA_OLEKSANDRIVKA not in places  # and "Новоолександрівка" as this one's
    assert "Софіївка" in places.values()
    assert "Новоолександрівка" in places.values()


def test_a_village_after_u_in_the_locative_where_a_strike_is_told(gaz: Gazetteer) -> None:
    text = (
        "У Донецькій області обстріляли Костянтинівку і Краматорськ. "
        "У Соледарській громаді пошкоджено будинок у Васюківці."
    )
    places = found(gaz, text)
    assert places.get(f"unlisted:{DONETSK_OBLAST}/васюківка") == "Васюківці"
    russian = "В Донецкой области обстреляли Константиновку. В Новодмитровке повреждены дома."
    assert f"unlisted:{DONETSK_OBLAST}/новодмитровка" in found(gaz, russian)


def test_a_locative_named_in_passing_is_no_village_of_the_report(gaz: Gazetteer) -> None:
    text = (
        "У Донецькій області обстріляли Костянтинівку і Краматорськ. "
        "Водій розповів, що виріс у Сосніківці."
    )
    assert not any("сосніків" in key for key in found(gaz, text))


def test_a_village_in_brackets_before_its_hromada(gaz: Gazetteer) -> None:
    text = "Загинула людина через обстріл Херсонського району (Чайкине, Дар’ївська громада)."
    places = found(gaz, text)
    assert CHAYKYNE_OF_CRIMEA not in places
    village = next(k for k, w in places.items() if w == "Чайкине")
    assert KHERSON_OBLAST in gaz.admin1_keys(village) or f":{KHERSON_OBLAST}/" in village


def test_hromadas_listed_in_the_genitive_after_their_oblasts_word(gaz: Gazetteer) -> None:
    text = (
        "Ворог обстріляв громади Сумської області. Під вогнем перебували населені пункти "
        "громад області: Білопільської та Краснопільської."
    )
    places = found(gaz, text)
    assert places.get(f"unlisted:{SUMY_OBLAST}/білопільськ-hromada") == "Білопільської"
