"""Understanding articles: pure functions from text to facts."""

from bot.understand.analyzer import Analyzer, load_places
from bot.understand.events import EventKinds, load_event_kinds
from bot.understand.places import Gazetteer, distance_km, resolve_query
from bot.understand.relevance import Lexicon, load_lexicon, score
from bot.understand.stories import NEAR_DUPLICATE, Fingerprint, best_match, fingerprint
from bot.understand.summary import split_sentences, summarize_many

__all__ = [
    "NEAR_DUPLICATE",
    "Analyzer",
    "EventKinds",
    "Fingerprint",
    "Gazetteer",
    "Lexicon",
    "best_match",
    "distance_km",
    "fingerprint",
    "load_event_kinds",
    "load_lexicon",
    "load_places",
    "resolve_query",
    "score",
    "split_sentences",
    "summarize_many",
]
