"""Great-circle distances between points."""

from __future__ import annotations

import pytest

from bot.understand.places.distance import distance_km


def test_known_distances() -> None:
    assert distance_km(36.2, 37.1, 36.2, 37.1) == 0.0
    # one degree of latitude along a meridian is about 111.2 km
    assert distance_km(0.0, 30.0, 1.0, 30.0) == pytest.approx(111.19, abs=0.01)
    # Goma to Bukavu, over Lake Kivu
    assert distance_km(-1.67409, 29.22845, -2.49077, 28.84281) == pytest.approx(100.4, abs=0.5)
    # London to Paris, and the same back
    assert distance_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1.0)
    assert distance_km(48.8566, 2.3522, 51.5074, -0.1278) == distance_km(
        51.5074, -0.1278, 48.8566, 2.3522
    )


def test_across_the_antimeridian_and_the_far_side() -> None:
    assert distance_km(0.0, 179.5, 0.0, -179.5) == pytest.approx(111.19, abs=0.01)
    assert distance_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(20015.1, abs=1.0)
