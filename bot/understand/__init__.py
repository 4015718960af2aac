"""Understanding articles: pure functions from text to facts."""

from typing import TYPE_CHECKING

from bot.lazy import exports

if TYPE_CHECKING:
    from bot.understand.analyzer import Analyzer
    from bot.understand.events import EventKinds, load_event_kinds
    from bot.understand.incident import earlier_incident, incident_day
    from bot.understand.places import (
        Gazetteer,
        distance_km,
        load_place_index,
        load_places,
        resolve_query,
    )
    from bot.understand.relevance import Lexicon, load_lexicon, score
    from bot.understand.stories import (
        CROSS_LANGUAGE_WINDOW,
        DAYS_APART,
        NEAR_DUPLICATE,
        EventKey,
        Fingerprint,
        IncidentKey,
        TakeoverKey,
        best_match,
        days_agree,
        event_key,
        fingerprint,
        incident_key,
        takeover_key,
    )
    from bot.understand.summary import split_sentences, summarize_many

__all__ = [
    "CROSS_LANGUAGE_WINDOW",
    "DAYS_APART",
    "NEAR_DUPLICATE",
    "Analyzer",
    "EventKey",
    "EventKinds",
    "Fingerprint",
    "Gazetteer",
    "IncidentKey",
    "Lexicon",
    "TakeoverKey",
    "best_match",
    "days_agree",
    "distance_km",
    "earlier_incident",
    "event_key",
    "fingerprint",
    "incident_day",
    "incident_key",
    "load_event_kinds",
    "load_lexicon",
    "load_place_index",
    "load_places",
    "resolve_query",
    "score",
    "split_sentences",
    "summarize_many",
    "takeover_key",
]

__getattr__ = exports(
    __name__,
    {
        "Analyzer": "analyzer",
        "load_place_index": "places",
        "load_places": "places",
        "EventKinds": "events",
        "load_event_kinds": "events",
        "Gazetteer": "places",
        "distance_km": "places",
        "resolve_query": "places",
        "Lexicon": "relevance",
        "load_lexicon": "relevance",
        "score": "relevance",
        "CROSS_LANGUAGE_WINDOW": "stories",
        "NEAR_DUPLICATE": "stories",
        "DAYS_APART": "stories",
        "EventKey": "stories",
        "event_key": "stories",
        "Fingerprint": "stories",
        "best_match": "stories",
        "days_agree": "stories",
        "fingerprint": "stories",
        "IncidentKey": "stories",
        "incident_key": "stories",
        "TakeoverKey": "stories",
        "takeover_key": "stories",
        "incident_day": "incident",
        "earlier_incident": "incident",
        "split_sentences": "summary",
        "summarize_many": "summary",
    },
)
