"""A Ukrainian raion named by the land noun of its adjective, as an oblast is ("на
Нікопольщині", "Синельниківщину"), made from the raion's town's names, with their apostrophe
("на Куп'янщині"); a noun another country's area is named by in Russian stays that area's
("Владимирщина")."""

from __future__ import annotations

import pytest

from bot.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_local_languages import found

NIKOPOL_RAION = "gn:700049"
SYNELNYKOVE_RAION = "gn:693793"
BOHODUKHIV_RAION = "gn:711892"
KHARKIV_OBLAST = "cfg:kharkiv-oblast"
VOLODYMYR_RAION = "gn:9287851"


@pytest.mark.parametrize(
    ("text", "key", "written"),
    [
        ("Увечері на Нікопольщині знову гриміли вибухи.", NIKOPOL_RAION, "Нікопольщині"),
        ("Дрони атакували Синельниківщину вночі.", SYNELNYKOVE_RAION, "Синельниківщину"),
        (
            "Фермери Богодухівщини збирають урожай попри обстріли.",
            BOHODUKHIV_RAION,
            "Богодухівщини",
        ),
    ],
)
def test_a_raion_is_named_by_its_land_noun(
    gaz: Gazetteer, text: str, key: str, written: str
) -> None:
    assert found(gaz, text).get(key) == written


def test_an_oblasts_land_noun_stays_the_oblasts(gaz: Gazetteer) -> None:
    assert found(gaz, "На Харківщині тривога.") == {KHARKIV_OBLAST: "Харківщині"}


def test_a_russian_areas_land_noun_is_no_ukrainian_raion(gaz: Gazetteer) -> None:
    assert VOLODYMYR_RAION not in found(gaz, "Во Владимирщине открыли новую школу.")


@pytest.mark.parametrize(
    "text",
    [
        "Уночі ворог обстріляв три села на Куп'янщині.",
        "Уночі ворог обстріляв три села на Куп’янщині.",
    ],
)
def test_a_raions_land_noun_keeps_its_towns_apostrophe(gaz: Gazetteer, text: str) -> None:
    assert "cfg:kupiansk-district" in found(gaz, text)


def test_a_raions_name_keeps_its_towns_apostrophe(gaz: Gazetteer) -> None:
    places = found(gaz, "Росіяни обстрілювали Куп’янський район Харківської області.")
    assert places.get("cfg:kupiansk-district") == "Куп’янський район"
