"""Places: the gazetteer, the places a text names, and what place a user's query means."""

from typing import TYPE_CHECKING

from bot.lazy import exports

if TYPE_CHECKING:
    from bot.understand.places.build import load_gazetteer
    from bot.understand.places.distance import distance_km
    from bot.understand.places.gazetteer import Gazetteer
    from bot.understand.places.home import HOME_ARTICLES, feed_home
    from bot.understand.places.index import load_place_index, load_places
    from bot.understand.places.query import QueryResolution, resolve_query
    from bot.understand.places.tagging import find_places

__all__ = [
    "HOME_ARTICLES",
    "Gazetteer",
    "QueryResolution",
    "distance_km",
    "feed_home",
    "find_places",
    "load_gazetteer",
    "load_place_index",
    "load_places",
    "resolve_query",
]

__getattr__ = exports(
    __name__,
    {
        "distance_km": "distance",
        "Gazetteer": "gazetteer",
        "load_gazetteer": "build",
        "HOME_ARTICLES": "home",
        "feed_home": "home",
        "load_place_index": "index",
        "load_places": "index",
        "QueryResolution": "query",
        "resolve_query": "query",
        "find_places": "tagging",
    },
)
