"""Every hand-kept place has a point: its own, the mean of the places inside it, or its
town's (`_Builder.place_config_points`)."""

from __future__ import annotations

from bot.understand.places import find_places
from bot.understand.places.distance import distance_km
from bot.understand.places.gazetteer import Gazetteer


def _point(gaz: Gazetteer, key: str) -> tuple[float, float]:
    place = gaz.get(key)
    assert place is not None and place.lat is not None and place.lon is not None, key
    return place.lat, place.lon


def test_a_region_without_a_point_takes_the_mean_of_the_places_inside_it(gaz: Gazetteer) -> None:
    lat, lon = _point(gaz, "cfg:gaza-strip")
    assert 31.2 < lat < 31.6 and 34.2 < lon < 34.6
    region = gaz.get("cfg:darfur")
    assert region is not None and region.approximate
    assert distance_km(*_point(gaz, "cfg:darfur"), 13.0, 24.5) < 300


def test_a_place_in_a_city_takes_the_city_point(gaz: Gazetteer) -> None:
    assert _point(gaz, "cfg:shujaiya") == _point(gaz, "gn:281133")


def test_a_hand_kept_point_is_the_place_own(gaz: Gazetteer) -> None:
    camp = gaz.get("cfg:jenin-camp")
    assert camp is not None and not camp.approximate
    assert distance_km(*_point(gaz, "cfg:jenin-camp"), *_point(gaz, "gn:283506")) < 5


def test_hand_kept_places_and_continents_have_points(gaz: Gazetteer) -> None:
    for key in ("cfg:europe", "cfg:africa", "cfg:south-ossetia", "cfg:golan-heights"):
        _point(gaz, key)
    missing = [k for k, p in gaz.places.items() if k.startswith("cfg:") and p.lat is None]
    assert len(missing) <= 5, missing


def test_places_a_text_names_carry_coordinates(gaz: Gazetteer) -> None:
    text = (
        "Aid convoys waited for days at the Rafah crossing while families in the Gaza Strip "
        "and in Jenin camp in the West Bank ran short of water, the envoys told Europe."
    )
    found = {m.place.key: m.place for m in find_places(gaz, text)}
    assert {"cfg:rafah-crossing", "cfg:gaza-strip", "cfg:jenin-camp", "cfg:west-bank"} <= set(found)
    assert all(p.lat is not None and p.lon is not None for p in found.values())
