"""Places: the gazetteer, the places a text names, and what place a user's query means."""

from bot.understand.places.distance import distance_km
from bot.understand.places.gazetteer import Gazetteer, load_gazetteer
from bot.understand.places.query import QueryResolution, resolve_query
from bot.understand.places.tagging import find_places

__all__ = [
    "Gazetteer",
    "QueryResolution",
    "distance_km",
    "find_places",
    "load_gazetteer",
    "resolve_query",
]
