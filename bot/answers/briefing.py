"""What the front ends ask of the engine: the digest and the place briefing.

Terminal and Slack both render these records; neither decides anything itself.
A briefing is assembled from work done once per article at ingest (its summary,
its places), so it costs a few index lookups whatever the size of the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from bot.answers.where import event_place_lines
from bot.records import Place, StoredArticle, Story
from bot.storage import Store
from bot.understand import Gazetteer, resolve_query, summarize_many

if TYPE_CHECKING:
    from bot.understand.summary import Summarizer

COMBINED_SENTENCES = 3
OLDER_FALLBACK = 5
COUNT_LIMIT = 200
"""Most articles a briefing counts to say how many more stories there are."""
"""When nothing is new in the window, how many older articles a briefing still shows."""


@dataclass(frozen=True)
class NoPlace:
    """A query that names no known place, with the closest names."""

    query: str
    suggestions: list[Place]


@dataclass(frozen=True)
class Briefing:
    """What is known lately about one place."""

    query: str
    place: Place
    exact: bool
    """False when the query was a misspelling and `place` is the best guess."""
    alternatives: list[Place]
    """Other places with the same name (the other Tripoli)."""
    also: list[Place]
    """Regions of the same name around `place`, covered too: the governorate that a city
    gives its name to ("Deir ez-Zor" means both in the news)."""
    since: datetime
    articles: list[StoredArticle]
    older: bool
    """True when nothing was published since `since` and `articles` are the latest before."""
    summary_sentences: list[tuple[str, StoredArticle]]
    """The combined summary: each sentence with the article it comes from."""
    stories: list[Story] = field(default_factory=list)
    """`articles` grouped into stories, each with every source that reported it."""
    more_stories: int = 0
    """Stories in the window beyond the `limit` articles shown (counted up to
    `COUNT_LIMIT` articles)."""
    places: dict[str, str] = field(default_factory=dict)
    """How the event lines name each story's event place, by its key (`where.place_line`:
    "Hajin, Deir ez-Zor, Syria")."""

    @property
    def summary(self) -> str:
        """The combined summary as one paragraph."""
        return " ".join(sentence for sentence, _ in self.summary_sentences)


def brief(
    store: Store, gazetteer: Gazetteer, query: str, since: datetime, limit: int = 10
) -> Briefing | NoPlace:
    """The briefing on the place `query` names, or the closest suggestions."""
    resolution = resolve_query(gazetteer, query)
    best = resolution.best
    if best is None:
        return NoPlace(query=query, suggestions=list(resolution.suggestions))
    if not resolution.exact:
        # a misspelling answers exactly as the right spelling would (its namesake regions too)
        right = resolve_query(gazetteer, best.name)
        if right.exact and right.best == best:
            resolution = replace(right, exact=False)
    return _briefing(
        store,
        gazetteer,
        query,
        best,
        resolution.exact,
        resolution.alternatives,
        since,
        limit,
    )


def brief_place(
    store: Store, gazetteer: Gazetteer, place_key: str, since: datetime, limit: int = 10
) -> Briefing | None:
    """The briefing on one place chosen by key (a button naming which Tripoli), with its
    namesakes as alternatives; None when the gazetteer no longer knows the key."""
    place = gazetteer.get(place_key)
    if place is None:
        return None
    others = _namesakes(gazetteer, place)
    return _briefing(store, gazetteer, place.name, place, True, others, since, limit)


def _namesakes(gazetteer: Gazetteer, place: Place) -> list[Place]:
    """The other places called as `place` is (regions around it among them)."""
    same_name = resolve_query(gazetteer, place.name)
    namesakes = [same_name.best, *same_name.alternatives] if same_name.exact else []
    return [p for p in namesakes if p is not None and p.key != place.key]


def left_out(
    store: Store, gazetteer: Gazetteer, place_key: str, since: datetime, shown: set[int]
) -> tuple[Place, list[Story]] | None:
    """The stories of a place's briefing since `since` that its message did not show
    (`shown`: the ids of the articles it showed), newest first, among its latest
    `COUNT_LIMIT` articles; None when the gazetteer no longer knows the key."""
    place = gazetteer.get(place_key)
    if place is None:
        return None
    around = set(gazetteer.ancestors(place.key))
    also = [p for p in _namesakes(gazetteer, place) if p.key in around]
    stories = store.stories_of(place_articles(store, place, also, since, limit=COUNT_LIMIT))
    return place, [s for s in stories if not shown & {a.id for a in s.articles}]


def _briefing(
    store: Store,
    gazetteer: Gazetteer,
    query: str,
    place: Place,
    exact: bool,
    namesakes: list[Place],
    since: datetime,
    limit: int,
) -> Briefing:
    """What `brief` and `brief_place` share: the briefing on `place`, whose namesakes are
    either regions around it (covered too) or other places (offered instead)."""
    around = set(gazetteer.ancestors(place.key))
    also = [p for p in namesakes if p.key in around]
    counted = place_articles(store, place, also, since, limit=max(limit, COUNT_LIMIT))
    found = counted[:limit]
    stories = store.stories_of(found)
    more = len(store.stories_of(counted)) - len(stories) if len(counted) > limit else 0
    older = not found
    if older:
        found = place_articles(store, place, also, before=since, limit=OLDER_FALLBACK)
        stories = store.stories_of(found)
    return Briefing(
        query=query,
        place=place,
        exact=exact,
        alternatives=[p for p in namesakes if p not in also],
        also=also,
        since=since,
        articles=found,
        older=older,
        summary_sentences=combined_summary(found, place, stories),
        stories=stories,
        more_stories=more,
        places=event_place_lines(gazetteer, stories or [Story.alone(a) for a in found]),
    )


def place_articles(
    store: Store,
    place: Place,
    also: list[Place],
    since: datetime | None = None,
    *,
    before: datetime | None = None,
    conflict_only: bool = True,
    limit: int = 20,
) -> list[StoredArticle]:
    """Articles about the place or anywhere in it (a country's towns, a town's camps), and
    those naming its namesake regions themselves (not every town of the governorate)."""
    within = store.place_articles(
        [place.key], since, before=before, conflict_only=conflict_only, inside=True, limit=limit
    )
    if not also:
        return within
    named = store.place_articles(
        [p.key for p in also], since, before=before, conflict_only=conflict_only, limit=limit
    )
    merged = {a.id: a for a in [*within, *named]}.values()
    return sorted(merged, key=lambda a: (a.published_at, a.id), reverse=True)[:limit]


def summarize_stored(
    store: Store, found: Sequence[StoredArticle], summarizer: Callable[[], Summarizer]
) -> list[StoredArticle]:
    """The articles, each stored without its summary (one that is not conflict: ingest
    summarizes conflict articles alone, `Analyzer.analyze_entry`) given the summary ingest
    would have made: the same summarizer (`summarizer()`, made only when one is needed) on
    its stored text in its language."""
    missing = {a.id for a in found if not a.is_conflict and not a.summary}
    if not missing:
        return list(found)
    texts = store.article_texts(sorted(missing))
    made = summarizer()
    return [
        replace(a, summary=made.summarize(texts[a.id], language=a.language))
        if a.id in missing and a.id in texts
        else a
        for a in found
    ]


def combined_summary(
    found: list[StoredArticle], place: Place, stories: list[Story]
) -> list[tuple[str, StoredArticle]]:
    """The best few sentences across the articles' summaries (made at ingest), favouring
    those that name the place and what most outlets agree on (an outlet's articles count
    once, `stories` say who told each), one event told once; each with its article."""
    names = {place.name, *(p.as_written for a in found for p in a.places if p.key == place.key)}
    told_by: dict[int, str] = {}
    for source in (source for story in stories for source in story.sources):
        told_by.setdefault(source.article_id, source.outlet_key or source.outlet)
    outlets = [told_by.get(a.id, f"article {a.id}") for a in found]
    picked = summarize_many([a.summary for a in found], names, COMBINED_SENTENCES, outlets)
    return [(sentence.text, found[sentence.source]) for sentence in picked]
