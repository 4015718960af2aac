"""Articles in the database: the queries the answers read (latest conflict articles, a
place's articles, stories, with their sources, places and tolls), and which entries are
stored already. Storing a poll's new articles is `saving`'s (it reads the understanding
stage, which no query needs).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection, Engine, Select, bindparam, func, or_, select

from bot.records import (
    Analysis,
    Casualties,
    EventReport,
    ParsedEntry,
    StoredArticle,
    StoredEvent,
    StoredPlace,
    StoredSite,
    Story,
    StorySource,
)
from bot.storage.prepared import Prepared
from bot.storage.schema import article_places, article_sites, article_sources, articles, feeds
from bot.understand.places import HOME_ARTICLES
from bot.understand.places.display import stored_name

if TYPE_CHECKING:
    from bot.understand import Fingerprint

INSIDE = "in:"
"""`article_places` holds a row per place an article names (keyed by the place's key) and
one per region or country containing them ("in:" + that region's key), so that "articles
about Syria" is one index range scan over "cc:SY" and "in:cc:SY"."""

MAX_KEY_LENGTH = 1000
"""Longer ids and links are hashed: an index entry must stay small on every backend."""


def key_of(value: str | None) -> str | None:
    """An article's uid or link as stored: hashed when too long for an index entry."""
    if value is None or len(value) <= MAX_KEY_LENGTH:
        return value
    return "sha256:" + hashlib.sha256(value.encode()).hexdigest()


class Identified(Protocol):
    """Anything with the two keys an article is known by (entries, feed items)."""

    @property
    def uid(self) -> str: ...

    @property
    def canonical_link(self) -> str | None: ...


@dataclass(frozen=True)
class FreshArticle:
    """A new entry and what the understanding stage made of it."""

    entry: ParsedEntry
    analysis: Analysis
    story: Fingerprint | None = None
    """Its story fingerprint; without one the article is a story of its own, unindexed."""
    page_status: str | None = None
    """Whether its page's full text was used ("page") or why not; None: not fetched."""


class ArticleStore:
    """The articles part of `Store`."""

    engine: Engine

    def known_entries(
        self, entries: Sequence[Identified], feed_id: int
    ) -> dict[str, tuple[int, bool]]:
        """Which of `entries` are stored already (by uid or canonical link):
        uid -> (article id, whether feed `feed_id` is already one of its sources)."""
        if not entries:
            return {}
        with self.engine.connect() as conn:
            return stored_ids(conn, entries, feed_id)

    def recent_entry_times(
        self, feed_ids: Sequence[int], since: datetime
    ) -> dict[int, list[datetime]]:
        """Publication times of each feed's articles since `since` (how busy it is)."""
        query = (
            select(article_sources.c.feed_id, articles.c.published_at)
            .join(articles, article_sources.c.article_id == articles.c.id)
            .where(article_sources.c.feed_id.in_(feed_ids), articles.c.published_at >= since)
        )
        found: dict[int, list[datetime]] = {feed_id: [] for feed_id in feed_ids}
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                found[row.feed_id].append(row.published_at)
        return found

    def feed_places(self, feed_id: int, limit: int = HOME_ARTICLES) -> list[frozenset[str]]:
        """The place keys of each of feed `feed_id`'s `limit` most recently seen articles,
        newest first; an article naming no place is left out (what `feed_home` reads)."""
        found: dict[int, set[str]] = {}
        with self.engine.connect() as conn:
            for article_id, place_key in _FEED_PLACES.rows(
                conn, {"feed_id": feed_id, "limit": limit}
            ):
                found.setdefault(article_id, set()).add(place_key)
        return [frozenset(keys) for keys in found.values()]

    # ---- queries -----------------------------------------------------------------------

    def conflict_articles_since(self, since: datetime, limit: int = 200) -> list[StoredArticle]:
        """Conflict articles first seen since `since`, newest first."""
        query = (
            select(articles)
            .where(articles.c.is_conflict, articles.c.first_seen_at >= since)
            .order_by(articles.c.published_at.desc(), articles.c.id.desc())
            .limit(limit)
        )
        return self._articles(query)

    def place_articles(
        self,
        place_keys: Sequence[str],
        since: datetime | None = None,
        *,
        before: datetime | None = None,
        conflict_only: bool = True,
        inside: bool = False,
        limit: int = 20,
    ) -> list[StoredArticle]:
        """Articles naming any of `place_keys` (and, with `inside`, any place within them),
        published in [since, before), newest first.

        Each key is one range scan of the (place_key, is_conflict, published_at) index with
        the limit applied, and the few rows merged: the cost does not grow with how many
        articles name the place.
        """
        keys = [*place_keys, *(INSIDE + key for key in place_keys if inside)]
        with self.engine.connect() as conn:
            rows = [
                row
                for key in keys
                for row in conn.execute(place_article_ids(key, since, before, conflict_only, limit))
            ]
        newest = sorted({(row.published_at, row.article_id) for row in rows}, reverse=True)[:limit]
        if not newest:
            return []
        ids = [article_id for _, article_id in newest]
        query = (
            select(articles)
            .where(articles.c.id.in_(ids))
            .order_by(articles.c.published_at.desc(), articles.c.id.desc())
        )
        return self._articles(query)

    def place_events(
        self, inside: Sequence[str], named: Sequence[str], since: datetime, before: datetime
    ) -> list[EventReport]:
        """Conflict articles with an event published in [since, before) naming a place in
        `inside` or anywhere within one, or one of `named` itself: one query, a range scan
        of the (place_key, is_conflict, published_at) index per key."""
        keys = [*inside, *(INSIDE + key for key in inside), *named]
        query = (
            select(
                articles.c.id,
                articles.c.story_id,
                articles.c.published_at,
                articles.c.event_type,
                articles.c.killed_min,
            )
            .join(article_places, article_places.c.article_id == articles.c.id)
            .where(
                article_places.c.place_key.in_(keys),
                article_places.c.is_conflict,
                article_places.c.published_at >= since,
                article_places.c.published_at < before,
                articles.c.event_type.is_not(None),
            )
            .distinct()
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            EventReport(row.id, row.story_id, row.published_at, row.event_type, row.killed_min)
            for row in rows
        ]

    def newest_published(self, origin: str) -> datetime | None:
        """The latest publication time of articles first seen in feeds of `origin`."""
        query = (
            select(func.max(articles.c.published_at))
            .join(feeds, feeds.c.id == articles.c.feed_id)
            .where(feeds.c.origin == origin)
        )
        with self.engine.connect() as conn:
            newest: datetime | None = conn.execute(query).scalar()
        return None if newest is None else newest.replace(tzinfo=UTC)

    def article(self, article_id: int) -> StoredArticle | None:
        """One article by id, with its sources and places."""
        found = self._articles(select(articles).where(articles.c.id == article_id))
        return found[0] if found else None

    def articles_by_id(self, article_ids: Sequence[int]) -> list[StoredArticle]:
        """Articles by id (those still stored), with their sources and places."""
        if not article_ids:
            return []
        return self._articles(select(articles).where(articles.c.id.in_(sorted(set(article_ids)))))

    def article_texts(self, article_ids: Sequence[int]) -> dict[int, str]:
        """article id -> the text it was analysed from (its page's or feed's text, else the
        feed's summary of it), for those still stored."""
        if not article_ids:
            return {}
        query = select(articles.c.id, articles.c.text, articles.c.feed_summary).where(
            articles.c.id.in_(sorted(set(article_ids)))
        )
        with self.engine.connect() as conn:
            return {row.id: row.text or row.feed_summary or "" for row in conn.execute(query)}

    def article_count(self) -> int:
        """How many articles are stored."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(articles)).scalar_one())

    def _articles(self, query: Select[Any]) -> list[StoredArticle]:
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
            ids = [row.id for row in rows]
            sources = _sources_of(conn, ids)
            places = _places_of(conn, ids)
            sites = _sites_of(conn, ids)
            tolls = story_tolls(conn, [row.story_id for row in rows if row.story_id is not None])
        return [
            StoredArticle(
                id=row.id,
                uid=row.uid,
                title=row.title,
                link=row.link,
                summary=row.summary,
                published_at=row.published_at,
                first_seen_at=row.first_seen_at,
                relevance=row.relevance,
                is_conflict=row.is_conflict,
                sources=tuple(sources.get(row.id, ())),
                places=tuple(places.get(row.id, ())),
                sites=tuple(sites.get(row.id, ())),
                story_id=row.story_id,
                event=_event_of(row, places.get(row.id, ()), sites.get(row.id, ())),
                language=row.lang,
                story_killed=row.killed_min if row.story_id is None else tolls.get(row.story_id),
            )
            for row in rows
        ]

    def with_story_outlets(self, found: Sequence[StoredArticle]) -> list[StoredArticle]:
        """The articles, each with when every outlet that reported its story first did
        (`StoredArticle.story_outlets`; an article without a story: its own feeds)."""
        ids = sorted({a.story_id for a in found if a.story_id is not None})
        with self.engine.connect() as conn:
            sources = story_sources(conn, ids)
        return [replace(a, story_outlets=_outlet_times(a, sources)) for a in found]

    def stories_of(self, found: Sequence[StoredArticle]) -> list[Story]:
        """The listed articles grouped into their stories (in the order each story first
        appears), each story with every source that reported it."""
        grouped: dict[int | tuple[str, int], list[StoredArticle]] = {}
        for article in found:
            key = article.story_id if article.story_id is not None else ("article", article.id)
            grouped.setdefault(key, []).append(article)
        ids = [key for key in grouped if isinstance(key, int)]
        with self.engine.connect() as conn:
            sources = story_sources(conn, ids)
        return [
            Story(key, tuple(members), tuple(sources[key]))
            if isinstance(key, int) and sources.get(key)
            else Story.alone(members[0])
            for key, members in grouped.items()
        ]


def _outlet_times(
    article: StoredArticle, sources: dict[int, list[StorySource]]
) -> tuple[datetime, ...]:
    """When each outlet that reported the article's story first did, oldest first."""
    told = sources.get(article.story_id) if article.story_id is not None else None
    story = Story(article.story_id, (article,), tuple(told)) if told else Story.alone(article)
    return tuple(sorted(source.published_at for source in story.outlets))


def place_article_ids(
    place_key: str,
    since: datetime | None,
    before: datetime | None,
    conflict_only: bool,
    limit: int,
) -> Select[Any]:
    """Ids of the latest articles with a `place_key` row: one index range scan."""
    query = (
        select(article_places.c.article_id, article_places.c.published_at)
        .where(article_places.c.place_key == place_key)
        .order_by(article_places.c.published_at.desc(), article_places.c.article_id.desc())
        .limit(limit)
    )
    if conflict_only:
        query = query.where(article_places.c.is_conflict)
    if since is not None:
        query = query.where(article_places.c.published_at >= since)
    if before is not None:
        query = query.where(article_places.c.published_at < before)
    return query


_STORED = (
    select(
        articles.c.id,
        articles.c.uid,
        articles.c.canonical_link,
        article_sources.c.feed_id.is_not(None).label("sourced"),
    )
    .outerjoin(
        article_sources,
        (article_sources.c.article_id == articles.c.id)
        & (article_sources.c.feed_id == bindparam("feed_id")),
    )
    .where(
        or_(
            articles.c.uid.in_(bindparam("uids", expanding=True)),
            articles.c.canonical_link.in_(bindparam("links", expanding=True)),
        )
    )
)
"""The stored articles some entries are (by uid or canonical link), and whether a feed
is among each one's sources: built once, SQLAlchemy's compiled form cached."""


def stored_ids(
    conn: Connection, entries: Sequence[Identified], feed_id: int | None = None
) -> dict[str, tuple[int, bool]]:
    """uid -> (id of the stored article each entry is, matched by uid or canonical link;
    whether `feed_id` is among its sources)."""
    if not entries:
        return {}
    uids = [key_of(e.uid) for e in entries]
    links = [key_of(e.canonical_link) for e in entries if e.canonical_link]
    rows = conn.execute(_STORED, {"feed_id": feed_id, "uids": uids, "links": links}).all()
    by_key = {row.uid: (row.id, bool(row.sourced)) for row in rows}
    by_key.update(
        {row.canonical_link: (row.id, bool(row.sourced)) for row in rows if row.canonical_link}
    )
    found = {}
    for entry in entries:
        match = by_key.get(key_of(entry.uid)) or by_key.get(key_of(entry.canonical_link))
        if match is not None:
            found[entry.uid] = match
    return found


def _sources_of(conn: Connection, ids: Sequence[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if not ids:
        return found
    query = (
        select(article_sources.c.article_id, feeds.c.title, feeds.c.url)
        .join(feeds, feeds.c.id == article_sources.c.feed_id)
        .where(article_sources.c.article_id.in_(ids))
        .order_by(article_sources.c.seen_at, feeds.c.id)
    )
    for row in conn.execute(query):
        found.setdefault(row.article_id, []).append(row.title or row.url)
    return found


def _places_of(conn: Connection, ids: Sequence[int]) -> dict[int, list[StoredPlace]]:
    found: dict[int, list[StoredPlace]] = {}
    if not ids:
        return found
    query = select(article_places).where(
        article_places.c.article_id.in_(ids), ~article_places.c.place_key.startswith(INSIDE)
    )
    for row in conn.execute(query):
        found.setdefault(row.article_id, []).append(
            StoredPlace(
                key=row.place_key,
                name=stored_name(row.place_key, row.name),
                kind=row.kind,
                country_code=row.country_code,
                as_written=row.as_written,
                geonameid=row.geonameid,
            )
        )
    return found


def _sites_of(conn: Connection, ids: Sequence[int]) -> dict[int, list[StoredSite]]:
    """article id -> the named facilities it names, in the order first named."""
    found: dict[int, list[StoredSite]] = {}
    if not ids:
        return found
    query = (
        select(article_sites)
        .where(article_sites.c.article_id.in_(ids))
        .order_by(article_sites.c.article_id, article_sites.c.position)
    )
    for row in conn.execute(query):
        found.setdefault(row.article_id, []).append(
            StoredSite(name=row.name, parent_key=row.parent_key, parent_name=row.parent_name)
        )
    return found


_RECENTLY_SEEN = (
    select(article_sources.c.article_id, article_sources.c.seen_at)
    .where(article_sources.c.feed_id == bindparam("feed_id"))
    .order_by(article_sources.c.seen_at.desc(), article_sources.c.article_id.desc())
    .limit(bindparam("limit"))
    .subquery()
)
_FEED_PLACES = Prepared(
    select(_RECENTLY_SEEN.c.article_id, article_places.c.place_key)
    .join(article_places, article_places.c.article_id == _RECENTLY_SEEN.c.article_id)
    .where(~article_places.c.place_key.startswith(INSIDE))
    .order_by(_RECENTLY_SEEN.c.seen_at.desc(), _RECENTLY_SEEN.c.article_id.desc())
)
"""The place keys (regions' "in:" rows aside) of a feed's `limit` latest seen articles."""


def _event_of(
    row: Any, places: Sequence[StoredPlace], sites: Sequence[StoredSite]
) -> StoredEvent | None:
    """The stored event of an article row, its place among the article's places, its site
    the first of the article's sites put at that place (naming no place: the first site
    without one); none at a country, too wide to tell the facility was where it happened."""
    if row.event_type is None:
        return None
    place = next((p for p in places if p.key == row.event_place), None)
    at_country = place is not None and place.kind == "country"
    site = None if at_country else next((s for s in sites if s.parent_key == row.event_place), None)
    return StoredEvent(
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        killed=Casualties(row.killed_min, bool(row.killed_exact)),
        injured=Casualties(row.injured_min, bool(row.injured_exact)),
        place=place,
        site=site,
    )


def story_sources(conn: Connection, story_ids: Sequence[int]) -> dict[int, list[StorySource]]:
    """Every source of each story: each feed each of its articles came from, oldest first,
    with the outlet it counts as and the figures its article gives."""
    found: dict[int, list[StorySource]] = {}
    if not story_ids:
        return found
    query = (
        select(
            articles.c.story_id,
            articles.c.id,
            articles.c.link,
            articles.c.published_at,
            article_sources.c.link.label("source_link"),
            feeds.c.title,
            feeds.c.url,
            func.coalesce(articles.c.wire, article_sources.c.outlet).label("outlet_key"),
            articles.c.killed_min,
            articles.c.killed_exact,
            articles.c.injured_min,
            articles.c.injured_exact,
        )
        .join(article_sources, article_sources.c.article_id == articles.c.id)
        .join(feeds, feeds.c.id == article_sources.c.feed_id)
        .where(articles.c.story_id.in_(story_ids))
        .order_by(articles.c.published_at, articles.c.id, feeds.c.id)
    )
    for row in conn.execute(query):
        found.setdefault(row.story_id, []).append(
            StorySource(
                article_id=row.id,
                outlet=row.title or row.url,
                link=row.source_link or row.link,
                published_at=row.published_at,
                outlet_key=row.outlet_key,
                killed=Casualties(row.killed_min, bool(row.killed_exact)),
                injured=Casualties(row.injured_min, bool(row.injured_exact)),
            )
        )
    return found


def story_tolls(conn: Connection, story_ids: Sequence[int]) -> dict[int, int]:
    """story id -> the highest killed figure its articles report (stories whose articles
    give none are left out): one pass over the story_id index."""
    if not story_ids:
        return {}
    query = (
        select(articles.c.story_id, func.max(articles.c.killed_min).label("toll"))
        .where(articles.c.story_id.in_(sorted(set(story_ids))), articles.c.killed_min.is_not(None))
        .group_by(articles.c.story_id)
    )
    return {row.story_id: row.toll for row in conn.execute(query)}
