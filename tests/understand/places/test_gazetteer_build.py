"""How the gazetteer is built: GeoNames cities read as they are added, country strings shared
(what keeps the first start's building process small)."""

from __future__ import annotations

import pytest

from bot.understand.places.build import load_gazetteer
from bot.understand.places.config import DEFAULT_CONFIG, read_config
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.geodata import City, load_geodata


@pytest.fixture(scope="module")
def whole() -> Gazetteer:
    """The whole gazetteer, as its cache holds it."""
    return load_gazetteer()


def test_geonames_cities_are_read_at_each_pass_not_held() -> None:
    focus = frozenset(read_config([DEFAULT_CONFIG])["focus_countries"])
    cities = load_geodata(focus).cities
    assert not isinstance(cities, list | tuple)
    first = [city for city, _ in zip(cities, range(100), strict=False)]
    again = [city for city, _ in zip(cities, range(100), strict=False)]
    assert len(first) == 100 and first == again and isinstance(first[0], City)


def test_places_of_one_country_share_its_code_and_key(whole: Gazetteer) -> None:
    deir_ez_zor, aleppo = whole.places["gn:170794"], whole.places["gn:170063"]
    assert deir_ez_zor.country_code == aleppo.country_code == "SY"
    assert deir_ez_zor.country_code is aleppo.country_code
    chains = whole.parents[deir_ez_zor.key], whole.parents[aleppo.key]
    assert chains[0][-1] == chains[1][-1] == "cc:SY"
    assert chains[0][-1] is chains[1][-1]
