"""Articles in the database: storing a poll's new articles with their sources, places and
story in one transaction, and the queries the answers read (latest conflict articles, a
place's articles, stories)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, Protocol

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    bindparam,
    delete,
    func,
    or_,
    select,
    update,
)

from bot.records import (
    Analysis,
    Casualties,
    EventFacts,
    EventReport,
    ParsedEntry,
    Place,
    PollOutcome,
    StoredArticle,
    StoredEvent,
    StoredPlace,
    Story,
    StorySource,
)
from bot.storage.bulk import insert_rows
from bot.storage.engine import begin_writing, dialect_insert, retried, upsert
from bot.storage.feeds import write_states
from bot.storage.prepared import Prepared
from bot.storage.schema import article_places, article_sources, articles, feeds, stories
from bot.storage.stories import (
    ANCHORS_KEPT,
    BANDS_KEPT,
    Placed,
    anchor_column,
    grown_toll_story,
    index_anchors,
    index_bands,
    lone_reports,
    lone_story,
    matching_story,
    new_story,
    place_reports,
    prune_bands,
    rare_writers,
    retold_toll_story,
    same_day_story,
    same_event_story,
    same_takeover_story,
    story_sources,
    story_tolls,
    told_at,
)
from bot.storage.story_merge import merge_stories
from bot.understand import (
    CROSS_LANGUAGE_WINDOW,
    NEAR_DUPLICATE,
    Fingerprint,
    event_key,
    incident_day,
    incident_key,
    takeover_key,
)
from bot.understand.anchors import (
    Anchor,
    anchors,
    place_words,
    rare_story,
    story_anchors,
    without,
    words_of,
)
from bot.understand.outlets import source_domain, wire_credit
from bot.understand.places import HOME_ARTICLES
from bot.understand.places.display import stored_name
from bot.understand.places.waters import SEA
from bot.understand.stories import (
    event_point,
    event_town,
    provisional_toll,
    story_event,
    toll_key,
    untold_days,
    untold_town,
)

INSIDE = "in:"
"""`article_places` holds a row per place an article names (keyed by the place's key) and
one per region or country containing them ("in:" + that region's key), so that "articles
about Syria" is one index range scan over "cc:SY" and "in:cc:SY"."""

REGION_ROW = {"name": "", "kind": "", "country_code": "", "geonameid": None, "as_written": ""}
"""A region's row is found by its key, time and conflict flag alone: what would describe the
region is left empty (migration 0016)."""

NO_STORY = Fingerprint(frozenset(), ())
"""An article stored without a fingerprint is a story of its own, found by no other."""

MAX_KEY_LENGTH = 1000
"""Longer ids and links are hashed: an index entry must stay small on every backend."""


def _key(value: str | None) -> str | None:
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
            return _stored_ids(conn, entries, feed_id)

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

    def save_poll(
        self,
        outcome: PollOutcome,
        fresh: Sequence[FreshArticle] = (),
        seen: Mapping[int, str | None] | None = None,
    ) -> int:
        """Store one poll of one feed in one transaction; returns how many articles are new.

        `fresh` are entries not stored before, with their analysis; `seen` maps the ids of
        articles already stored (found again here, or first in another feed) to this feed's
        link for them: only this feed is added to their sources. An article that another
        writer stored meanwhile counts as seen.
        """
        return retried(lambda: self._save_poll_once(outcome, fresh, seen or {}))

    def _save_poll_once(
        self,
        outcome: PollOutcome,
        fresh: Sequence[FreshArticle],
        seen: Mapping[int, str | None],
    ) -> int:
        sources = dict(seen)
        with begin_writing(self.engine) as conn:
            lost_races = []
            place_rows: list[dict[str, Any]] = []
            told_at_towns: list[tuple[int, datetime, str]] = []
            for item in fresh:
                article_id = self._insert_article(conn, outcome, item, place_rows, told_at_towns)
                if article_id is None:
                    lost_races.append(item.entry)
                else:
                    sources[article_id] = item.entry.link
            insert_rows(conn, article_places, place_rows)
            for article_id, published, town in told_at_towns:
                _rejoin_lone_reports(conn, article_id, published, town)
            for uid, (article_id, _) in _stored_ids(conn, lost_races).items():
                sources.setdefault(article_id, next(e.link for e in lost_races if e.uid == uid))
            if sources:
                feed_url = _FEED_URL.scalar(conn, {"feed_id": outcome.feed_id})
                conn.execute(
                    upsert(self.engine, article_sources).on_conflict_do_nothing(),
                    [
                        {
                            "article_id": article_id,
                            "feed_id": outcome.feed_id,
                            "link": link,
                            "seen_at": outcome.polled_at,
                            "outlet": source_domain(feed_url, link),
                        }
                        for article_id, link in sources.items()
                    ],
                )
            write_states(conn, [outcome])
            new_count = len(fresh) - len(lost_races)
            counted = {"b_id": outcome.feed_id, "b_new": new_count}
            if outcome.error is None and outcome.feed_title:
                conn.execute(_COUNT_TITLED, {**counted, "b_title": outcome.feed_title})
            else:
                conn.execute(_COUNT, counted)
        return new_count

    def prune_story_bands(self, now: datetime) -> int:
        """Forget the band keys of articles too old for any new article to match
        (`stories.BANDS_KEPT`); how many rows went."""
        with begin_writing(self.engine) as conn:
            return prune_bands(conn, now)

    def _insert_article(
        self,
        conn: Connection,
        outcome: PollOutcome,
        item: FreshArticle,
        place_rows: list[dict[str, Any]],
        told_at_towns: list[tuple[int, datetime, str]],
    ) -> int | None:
        """Store one new article in its story, its band keys indexed; its place rows are
        added to `place_rows` (stored by the caller, with those of the poll's other
        articles), and, when its event's place is a town or finer, (its id, publication
        time, that town) to `told_at_towns` (for `_rejoin_lone_reports`, once its place
        rows are stored); None when another writer stored it meanwhile."""
        entry, analysis = item.entry, item.analysis
        story = item.story or NO_STORY
        published = entry.published_at or outcome.polled_at
        day = _incident_day(entry, analysis, outcome.polled_at)
        at_town = replace(analysis, event=story_event(analysis.event, analysis.places))
        values = {
            "uid": _key(entry.uid),
            "canonical_link": _key(entry.canonical_link),
            "link": entry.link,
            "title": entry.title,
            "text": entry.text,
            "feed_summary": None if entry.feed_summary == entry.text else entry.feed_summary,
            "summary": analysis.summary,
            "published_at": published,
            "published_is_guess": entry.published_at is None,
            "first_seen_at": outcome.polled_at,
            "relevance": analysis.relevance.score,
            "is_conflict": analysis.relevance.is_conflict,
            "feed_id": outcome.feed_id,
            "story_terms": " ".join(sorted(story.terms)),
            "page_status": item.page_status,
            "lang": analysis.language,
            "wire": wire_credit(entry.text),
            "incident_on": day,
            **_event_values(analysis.event),
            **_untold_values(entry, at_town, day, outcome.polled_at),
        }
        found = _report_anchors(entry, analysis)
        names = words_of(found) if found else frozenset()
        if found is not None and (analysis.places or analysis.containing):
            values["anchor_words"] = anchor_column(names)
        mine = None if found is None else without(found, place_words(analysis.places))
        placed = _placed(analysis, values)
        match, partly_alike = matching_story(conn, published, story, day, names, placed)
        keyed = _keyed_story(conn, published, at_town, day, entry.published_at is None)
        if match and keyed is not None and keyed != match[0]:
            older, younger = sorted((match[0], keyed))
            if merge_stories(conn, older, younger):
                match = (older, match[1])
        joined = (
            match[0]
            if match
            else keyed
            or _grown_toll(conn, published, entry, at_town, day, story)
            or _retold_toll(conn, published, at_town, day)
            or _named_story(conn, published, mine, analysis)
            or _rare_story(conn, published, mine, analysis, partly_alike)
            or _lone_story(conn, published, entry, at_town, values)
        )
        values["story_id"] = joined or new_story(conn, entry.title, outcome.polled_at)
        inserted = _article_insert(self.engine.dialect.name).scalar(conn, values)
        if inserted is None:  # another writer stored it meanwhile: no story of its own
            if joined is None:
                conn.execute(delete(stories).where(stories.c.id == values["story_id"]))
            return None
        recent = published >= outcome.polled_at - BANDS_KEPT  # older: pruned at once
        if recent and (match is None or match[1] < NEAR_DUPLICATE):
            index_bands(conn, inserted, published, story)
        if names and published >= outcome.polled_at - ANCHORS_KEPT:
            index_anchors(conn, inserted, published, names)
        town = event_town(at_town.event)
        if town is not None:
            told_at_towns.append((int(inserted), published, town))
        rows: dict[str, dict[str, Any]] = {}
        shared = {
            "article_id": inserted,
            "is_conflict": analysis.relevance.is_conflict,
            "published_at": published,
        }
        for mention in analysis.places:
            place = mention.place
            rows.setdefault(
                place.key,
                {
                    **shared,
                    "place_key": place.key,
                    "name": place.name,
                    "kind": place.kind,
                    "country_code": place.country_code,
                    "geonameid": place.geonameid,
                    "as_written": mention.as_written,
                },
            )
        for region in analysis.containing:
            key = INSIDE + region.key
            rows.setdefault(key, {**shared, **REGION_ROW, "place_key": key})
        place_rows.extend(rows.values())
        return int(inserted)

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
                story_id=row.story_id,
                event=_event_of(row, places.get(row.id, ())),
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


@cache
def _article_insert(dialect: str) -> Prepared:
    """The INSERT of one article (nothing when its uid or link is stored), built once."""
    insert = dialect_insert(dialect, articles)
    return Prepared(insert.on_conflict_do_nothing().returning(articles.c.id))


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


def _stored_ids(
    conn: Connection, entries: Sequence[Identified], feed_id: int | None = None
) -> dict[str, tuple[int, bool]]:
    """uid -> (id of the stored article each entry is, matched by uid or canonical link;
    whether `feed_id` is among its sources)."""
    if not entries:
        return {}
    uids = [_key(e.uid) for e in entries]
    links = [_key(e.canonical_link) for e in entries if e.canonical_link]
    rows = conn.execute(_STORED, {"feed_id": feed_id, "uids": uids, "links": links}).all()
    by_key = {row.uid: (row.id, bool(row.sourced)) for row in rows}
    by_key.update(
        {row.canonical_link: (row.id, bool(row.sourced)) for row in rows if row.canonical_link}
    )
    found = {}
    for entry in entries:
        match = by_key.get(_key(entry.uid)) or by_key.get(_key(entry.canonical_link))
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


def _keyed_story(
    conn: Connection, published: datetime, analysis: Analysis, day: date | None, guessed: bool
) -> int | None:
    """The story an article joins by its event's facts: the same event reported in another
    language (`event_key`), the same place's capture told in any language over the story
    window (`takeover_key`), or the same incident in its own language on the same day
    (`incident_key`), else None. A report whose lead dates nothing (`guessed`: its feed
    gave no date either) joins by the days it was likely written on (`untold_days`), its
    publication day first, a report that dates its incident on one of them: wires often
    give no day ("killed at least 31 people"). A report whose words match another story
    bridges the two (`merge_stories`)."""
    if analysis.language is None:
        return None
    key = event_key(analysis.language, analysis.event)
    if key is not None:
        found = same_event_story(conn, published, analysis.language, key, undated=day is None)
        if found is not None:
            return found
    taken = takeover_key(analysis.language, analysis.event)
    if taken is not None:
        found = same_takeover_story(conn, published, taken, day)
        if found is not None:
            return found
    days = [day] if day is not None else sorted(untold_days(None, published, guessed), reverse=True)
    for told in days:
        same_day = incident_key(analysis.language, analysis.event, told)
        if same_day is None:
            return None
        found = same_day_story(conn, published, analysis.language, same_day)
        if found is not None:
            return found
    return None


def _grown_toll(
    conn: Connection,
    published: datetime,
    entry: ParsedEntry,
    analysis: Analysis,
    day: date | None,
    story: Fingerprint,
) -> int | None:
    """The story of a report in its language of the same place, day and kind whose toll
    differs only as a toll grows between outlets, or as a toll the report says is not final
    (`provisional_toll`) may, and whose words are alike enough (`grown_toll_story`), else
    None. A report whose feed gave no date and whose lead dates nothing tells of the day it
    was first seen or the one before (`untold_days`)."""
    last_day = None
    if day is None and entry.published_at is None:
        days = untold_days(None, published, guessed=True)
        day, last_day = min(days), max(days)
    key = toll_key(analysis.language, analysis.event, day, last_day)
    if key is None or analysis.language is None:
        return None
    provisional = provisional_toll(entry.title or "", entry.text or "")
    return grown_toll_story(conn, published, analysis.language, key, story.terms, provisional)


def _retold_toll(
    conn: Connection, published: datetime, analysis: Analysis, day: date | None
) -> int | None:
    """The one story told in other languages within a day at the report's town, of its
    kind, whose toll is close to the report's (`retold_toll_story`), else None."""
    key = event_key(analysis.language, analysis.event)
    if key is None or analysis.language is None:
        return None
    return retold_toll_story(conn, published, analysis.language, key, day)


def _untold_values(
    entry: ParsedEntry, analysis: Analysis, day: date | None, polled_at: datetime
) -> dict[str, Any]:
    """The columns of a conflict report in a told language giving no casualty figure: its
    town (`untold_town`) and the day its lead dates (its event's `day`, or for a report
    with no event read the day its lead dates all the same: a weekday in its language,
    "Lunedì"); none for any other article."""
    if analysis.language is None or not analysis.relevance.is_conflict:
        return {}
    town = untold_town(analysis.language, analysis.event, analysis.places, len(entry.title or ""))
    if town is None:
        return {}
    if analysis.event is None:
        day = _lead_day(entry, analysis, polled_at)
    return {"untold_town": town, "untold_on": day}


def _lone_story(
    conn: Connection,
    published: datetime,
    entry: ParsedEntry,
    analysis: Analysis,
    values: dict[str, Any],
) -> int | None:
    """The one story told in other languages within a day at the town of a conflict report
    that gives no casualty figure (`values`' untold town and day, `lone_story`), else
    None; the report's days are those `untold_days` gives."""
    town = values.get("untold_town")
    if town is None or analysis.language is None:
        return None
    days = untold_days(values["untold_on"], published, entry.published_at is None)
    return lone_story(conn, published, analysis.language, town, days)


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

_FEED_URL = Prepared(select(feeds.c.url).where(feeds.c.id == bindparam("feed_id")))
_COUNT = (
    update(feeds)
    .where(feeds.c.id == bindparam("b_id"))
    .values(article_count=feeds.c.article_count + bindparam("b_new"))
)
_COUNT_TITLED = _COUNT.values(title=func.coalesce(feeds.c.title, bindparam("b_title")))
"""A poll's new articles counted on its feed (and, from a document that parsed, the feed's
title kept when it has none yet): built once, SQLAlchemy's compiled form cached."""

_STORY_OF = Prepared(select(articles.c.story_id).where(articles.c.id == bindparam("article_id")))


def _rejoin_lone_reports(conn: Connection, article_id: int, published: datetime, town: str) -> None:
    """Move into the story of report `article_id`, just stored with its event at `town`,
    the reports giving no figure stored before at that town which are stories of their own
    and which the same rules now join to it (`lone_reports`, `lone_story` as if each had
    come after it): a report stored before any other at its town is not left alone when
    the story forms there. A lone report a channel was shown, or mutes or follows, stays
    (`merge_stories`)."""
    reports = lone_reports(conn, published, town)
    if not reports:  # most towns hold none: the report's story is not read for nothing
        return
    story = _STORY_OF.scalar(conn, {"article_id": article_id})
    if story is None:
        return
    for lone in reports:
        if lone.story_id == story or lone.language in (None, "und"):
            continue
        joined = lone_story(conn, lone.published, lone.language, town, lone.days, lone.story_id)
        if joined == story:
            merge_stories(conn, story, lone.story_id)


def _report_anchors(entry: ParsedEntry, analysis: Analysis) -> frozenset[Anchor] | None:
    """The anchors of a conflict report (in its language: their words are those of
    `report_words(title, text)` in any language), which reports at its places and reports
    writing the same rare names read; None for any other article, which no report reads."""
    if not analysis.relevance.is_conflict:
        return None
    return anchors(entry.title or "", entry.text or "", analysis.language)


def _rare_story(
    conn: Connection,
    published: datetime,
    mine: frozenset[Anchor] | None,
    analysis: Analysis,
    partly_alike: dict[int, int],
) -> int | None:
    """The story that the names of a conflict report rare across the whole store name
    (`rare_story`: the reports writing each, read from `anchor_index`), else None: the
    way to its story of a report whose places are not found, or which shares one
    distinctive name with it. `mine` are its anchors, its places' names aside;
    `partly_alike` the articles (id -> story id) whose words are partly like its own: their
    stories count as such when one of those names a place the report names (a town, a
    province, a sea; not a country or a wider region), as an outlet's attribution ("the
    Syrian Observatory") gives two reports of one country's incidents rare words alike."""
    if analysis.language in (None, "und") or not mine:
        return None
    writers = rare_writers(conn, published, analysis.language, words_of(mine))
    placed = any(_in_one_country(m.place) for m in analysis.places)
    keys = [m.place.key for m in analysis.places if _in_one_country(m.place) or m.place.kind == SEA]
    alike = told_at(conn, partly_alike, keys) if writers else frozenset()
    return rare_story(mine, writers, placed, alike)


def _named_story(
    conn: Connection,
    published: datetime,
    mine: frozenset[Anchor] | None,
    analysis: Analysis,
) -> int | None:
    """The story of the conflict reports of the last day at the article's places that
    share enough of its distinctive names and figures (`mine`: its anchors, its places'
    names aside; `story_anchors`), else None. Its places are those within one country that
    it names, with the places inside them, and the regions around them (a village and its
    province are one area). The reports of the week there tell which names are usual at
    them; only a story told there within the last day is joined."""
    if analysis.language in (None, "und") or mine is None:
        return None
    named = [m.place.key for m in analysis.places if _in_one_country(m.place)]
    around = [p.key for p in analysis.containing if _in_one_country(p)]
    reports = place_reports(conn, published, [*named, *(INSIDE + k for k in named), *around])
    if not reports:
        return None
    best = story_anchors(
        mine,
        (
            (story, lang not in (None, "und", analysis.language), words)
            for story, lang, words, _ in reports
        ),
        frozenset(story for story, *_ in reports)
        - {story for story, *_, at in reports if abs(at - published) <= CROSS_LANGUAGE_WINDOW},
    )
    return None if best is None else best[0]


def _in_one_country(place: Place) -> bool:
    """Whether a place lies within one country and is smaller: a town, a district, a
    province, a region such as the Gaza Strip (not a country, nor the Middle East)."""
    return place.kind != "country" and bool(place.country_code)


def _incident_day(entry: ParsedEntry, analysis: Analysis, polled_at: datetime) -> date | None:
    """The day a conflict report's lead dates its event (`incident_day`, read in its
    language), None for an article without an event."""
    if analysis.event is None:
        return None
    return _lead_day(entry, analysis, polled_at)


def _lead_day(entry: ParsedEntry, analysis: Analysis, polled_at: datetime) -> date | None:
    """The day an article's headline or lead dates, in English, French or its language
    (`incident_day`), whether or not its event was read."""
    published = entry.published_at.date() if entry.published_at else None
    title, text = entry.title or "", entry.text or ""
    return incident_day(title, text, published, polled_at.date(), analysis.language)


def _event_values(event: EventFacts | None) -> dict[str, Any]:
    """The article's event columns (all NULL without an event)."""
    if event is None:
        return {}
    point = event_point(event)  # a populated place's: word matches refuse far-apart reports
    return {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "killed_min": event.killed.min,
        "killed_exact": event.killed.exact,
        "injured_min": event.injured.min,
        "injured_exact": event.injured.exact,
        "event_place": None if event.place is None else event.place.place.key,
        "event_lat": None if point is None else point[0],
        "event_lon": None if point is None else point[1],
    }


def _placed(analysis: Analysis, values: dict[str, Any]) -> Placed | None:
    """Where the report places its event, when at a populated place's point."""
    event, lat, lon = analysis.event, values.get("event_lat"), values.get("event_lon")
    if event is None or lat is None or lon is None:
        return None
    keys = frozenset(m.place.key for m in analysis.places)
    return Placed(lat, lon, event.event_type, values["event_place"], keys)


def _event_of(row: Any, places: Sequence[StoredPlace]) -> StoredEvent | None:
    """The stored event of an article row, its place among the article's places."""
    if row.event_type is None:
        return None
    place = next((p for p in places if p.key == row.event_place), None)
    return StoredEvent(
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        killed=Casualties(row.killed_min, bool(row.killed_exact)),
        injured=Casualties(row.injured_min, bool(row.injured_exact)),
        place=place,
    )
