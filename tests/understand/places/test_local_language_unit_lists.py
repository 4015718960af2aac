"""Lists of Russian and Ukrainian units sharing one plural noun: raions before their oblast's
name ("Куп'янському й Чугуївському районах Харківської області") are raions, not a city's
districts; hromadas with a hyphened adjective ("Середино-Будська") still make a list, and
an item of such a list is the hromada's adjective, no town's genitive."""

from __future__ import annotations

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

CHUHUIV_RAION = "gn:9114317"
KUPIANSK_DISTRICT = "cfg:kupiansk-district"
SUMY_OBLAST = "cfg:sumy-oblast"
POKROVSK = "gn:704422"


def test_raions_listed_before_their_oblast_are_raions(gaz: Gazetteer) -> None:
    text = "Снаряди падали в Куп'янському й Чугуївському районах Харківської області."
    places = found(gaz, text)
    assert places.get(KUPIANSK_DISTRICT) == "Куп'янському"
    assert places.get(CHUHUIV_RAION) == "Чугуївському"


def test_a_hyphened_hromada_keeps_its_list(gaz: Gazetteer) -> None:
    text = "На Сумщині вибухи чули Глухівська, Середино-Будська та Білопільська громади."
    places = found(gaz, text)
    assert places.get(f"unlisted:{SUMY_OBLAST}/глухівськ-hromada") == "Глухівська"
    assert f"unlisted:{SUMY_OBLAST}/білопільськ-hromada" in places


def test_a_listed_hromadas_adjective_is_no_towns_genitive(gaz: Gazetteer) -> None:
    text = "Уночі на Дніпропетровщині вибухи чули Покровська та Марганецька громади."
    assert POKROVSK not in found(gaz, text)


OCHAKIV = "gn:698770"
MYKOLAIV_OBLAST = "cfg:mykolaiv-oblast"


def test_a_town_before_its_units_adjective_is_the_town(gaz: Gazetteer) -> None:
    """A capitalised word after a town is its unit's adjective, no surname, when the unit's
    noun follows it."""
    places = found(gaz, "Увечері обстріляли Очаків Очаківської громади Миколаївської області.")
    assert places.get(OCHAKIV) == "Очаків"
    assert f"unlisted:{MYKOLAIV_OBLAST}/очаківськ-hromada" in places
