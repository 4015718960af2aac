"""How the gazetteer is built: GeoNames cities read as they are added, country strings shared
(what keeps the first start's building process small), names added in one order by every
process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


_SPELLINGS = """
from bot.understand.places.build import _Builder, french_area_forms
from bot.understand.places.config import DEFAULT_CONFIG, read_config
builder = _Builder(read_config([DEFAULT_CONFIG]))
builder.add_name("Tell al-Abyad", "test:1", arab=True)
builder.add_name("تل الأبيض", "test:1", arab=True)
for name in french_area_forms(["Sanmatenga Province", "Est Region"]):
    builder.add_name(name, "test:2")
print(list(builder.spellings))
"""


def test_every_process_adds_a_names_spellings_in_one_order() -> None:
    """Which process built the cache (its string hash seed) must not decide the order of the
    gazetteer's names and spellings: close names tied in a place question's "did you mean"
    are ranked in that order."""
    package = Path(__file__).resolve().parents[3]
    orders = {
        subprocess.run(
            [sys.executable, "-c", _SPELLINGS],
            env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(package)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(4)
    }
    assert len(orders) == 1 and " tell al abyad " in next(iter(orders))
