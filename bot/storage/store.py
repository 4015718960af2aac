"""All SQL lives here: the one module that reads and writes the database.

SQLite (one file, created on first use) is the default; the same statements run on
PostgreSQL. Each poll of a feed is stored in one transaction, so a crash or kill in the
middle never leaves a half-stored article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import (
    Connection,
    Engine,
    Row,
    Select,
    bindparam,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from bot.clock import utcnow
from bot.records import (
    Analysis,
    FeedStatus,
    ParsedEntry,
    PollOutcome,
    StoredArticle,
    StoredPlace,
    Story,
)
from bot.storage import migrate
from bot.storage.engine import begin_writing, make_engine, upsert
from bot.storage.schema import article_places, article_sources, articles, feeds
from bot.storage.stories import (
    index_bands,
    matching_story,
    new_story,
    story_sources,
)
from bot.understand.stories import NEAR_DUPLICATE, Fingerprint

INSIDE = "in:"
"""`article_places` holds a row per place an article names (keyed by the place's key) and
one per region or country containing them ("in:" + that region's key), so that "articles
about Syria" is one index range scan over "cc:SY" and "in:cc:SY"."""

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


class Store:
    """The newsbot database: feeds, articles, their sources and places."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (and migrate to the newest schema) the database at `url`."""
        engine = make_engine(url)
        migrate.upgrade(engine)
        return cls(engine)

    def not_ready(self) -> str | None:
        """Why the database cannot serve yet (unreachable, or migrations pending), or None."""
        try:
            with self.engine.connect() as conn:
                conn.execute(select(1))
            current = migrate.is_current(self.engine)
        except SQLAlchemyError as exc:
            return f"database unreachable: {type(exc).__name__}"
        return None if current else "database schema is behind: run `newsbot db upgrade`"

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    # ---- feeds -------------------------------------------------------------------------

    def add_feed(
        self,
        url: str,
        *,
        title: str | None = None,
        region: str | None = None,
        origin: str = "user",
        added_team: str | None = None,
        added_by: str | None = None,
    ) -> FeedStatus:
        """Add a feed (or re-activate a removed one); it is due at once. A feed added from
        Slack (origin "slack", by `added_by` of workspace `added_team`) never takes over an
        active feed: that one is returned unchanged."""
        now = utcnow()
        with begin_writing(self.engine) as conn:
            existing = conn.execute(
                select(feeds.c.id, feeds.c.active).where(feeds.c.url == url)
            ).one_or_none()
            if existing is None:
                conn.execute(
                    feeds.insert().values(
                        url=url,
                        title=title,
                        region=region,
                        origin=origin,
                        active=True,
                        added_at=now,
                        next_poll_at=now,
                        consecutive_failures=0,
                        article_count=0,
                        added_team=added_team,
                        added_by=added_by,
                    )
                )
            elif origin != "slack" or not existing.active:
                conn.execute(
                    update(feeds)
                    .where(feeds.c.id == existing.id)
                    .values(
                        active=True,
                        next_poll_at=now,
                        origin=origin,
                        added_team=added_team,
                        added_by=added_by,
                    )
                )
            row = conn.execute(select(feeds).where(feeds.c.url == url)).one()
        return _feed_status(row)

    def seed_feeds(self, entries: Iterable[Mapping[str, str]], origin: str = "config") -> int:
        """Add listed feeds never seen before (a feed the user removed stays removed)."""
        now = utcnow()
        added = 0
        with begin_writing(self.engine) as conn:
            known = set(conn.execute(select(feeds.c.url)).scalars())
            for entry in entries:
                if entry["url"] in known:
                    continue
                # several processes may start at once: a URL another one just added is skipped
                inserted = conn.execute(
                    upsert(self.engine, feeds)
                    .on_conflict_do_nothing()
                    .values(
                        url=entry["url"],
                        title=entry.get("title"),
                        region=entry.get("region"),
                        origin=origin,
                        active=origin != "demo",
                        added_at=now,
                        next_poll_at=now,
                        consecutive_failures=0,
                        article_count=0,
                    )
                    .returning(feeds.c.id)
                ).scalar()
                known.add(entry["url"])
                added += inserted is not None
        return added

    def remove_feed(self, feed_id: int) -> bool:
        """Stop polling a feed; its articles stay. False when no such active feed."""
        with begin_writing(self.engine) as conn:
            result = conn.execute(
                update(feeds).where(feeds.c.id == feed_id, feeds.c.active).values(active=False)
            )
        return result.rowcount > 0

    def set_full_text(self, feed_id: int, mode: str) -> bool:
        """Set a feed's full-text mode (on, off, auto); False when no such feed."""
        with begin_writing(self.engine) as conn:
            result = conn.execute(update(feeds).where(feeds.c.id == feed_id).values(full_text=mode))
        return result.rowcount > 0

    def page_status(self, article_id: int) -> str | None:
        """What became of an article's page: "page" (its text used), a failure, or None."""
        query = select(articles.c.page_status).where(articles.c.id == article_id)
        with self.engine.connect() as conn:
            status: str | None = conn.execute(query).scalar()
        return status

    def feed(self, feed_id: int) -> FeedStatus | None:
        """One feed by id."""
        with self.engine.connect() as conn:
            row = conn.execute(select(feeds).where(feeds.c.id == feed_id)).one_or_none()
        return None if row is None else _feed_status(row)

    def feed_by_url(self, url: str) -> FeedStatus | None:
        """One feed by URL."""
        with self.engine.connect() as conn:
            row = conn.execute(select(feeds).where(feeds.c.url == url)).one_or_none()
        return None if row is None else _feed_status(row)

    def list_feeds(self, include_inactive: bool = False) -> list[FeedStatus]:
        """Every feed, failing ones first."""
        query = select(feeds).order_by(feeds.c.consecutive_failures.desc(), feeds.c.id)
        if not include_inactive:
            query = query.where(feeds.c.active)
        with self.engine.connect() as conn:
            return [_feed_status(row) for row in conn.execute(query)]

    def count_due(self, now: datetime) -> int:
        """How many active feeds are due at `now`, leased or not (for progress bars)."""
        query = select(func.count()).where(feeds.c.active, feeds.c.next_poll_at <= now)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def claim_due_feeds(
        self, now: datetime, owner: str, lease: timedelta, limit: int
    ) -> tuple[list[FeedStatus], int]:
        """Lease up to `limit` due feeds to `owner` until `now + lease`, longest-waiting first;
        returns them and how many were taken over from an expired lease.

        A feed leased to another worker is skipped until its lease expires (a worker that
        died mid-poll). On PostgreSQL the candidates are locked with FOR UPDATE SKIP LOCKED,
        so workers claiming at the same instant get disjoint feeds without waiting on each
        other; SQLite's transactions are serial (BEGIN IMMEDIATE), which gives the same.
        """
        candidates = (
            select(feeds.c.id, feeds.c.lease_owner)
            .where(
                feeds.c.active,
                feeds.c.next_poll_at <= now,
                or_(feeds.c.lease_until.is_(None), feeds.c.lease_until <= now),
            )
            .order_by(feeds.c.next_poll_at, feeds.c.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        with begin_writing(self.engine) as conn:
            picked = conn.execute(candidates).all()
            if not picked:
                return [], 0
            ids = [row.id for row in picked]
            rows = conn.execute(
                update(feeds)
                .where(feeds.c.id.in_(ids))
                .values(lease_owner=owner, lease_until=now + lease)
                .returning(*feeds.c)
            ).all()
        by_id = {row.id: _feed_status(row) for row in rows}
        taken_over = sum(1 for row in picked if row.lease_owner is not None)
        return [by_id[feed_id] for feed_id in ids], taken_over

    def release_feeds(self, owner: str, feed_ids: Sequence[int]) -> None:
        """Give back leases `owner` holds on feeds it did not poll (they stay due)."""
        if not feed_ids:
            return
        with begin_writing(self.engine) as conn:
            conn.execute(
                update(feeds)
                .where(feeds.c.id.in_(feed_ids), feeds.c.lease_owner == owner)
                .values(lease_owner=None, lease_until=None)
            )

    # ---- ingest ------------------------------------------------------------------------

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

    def save_outcomes(self, outcomes: Sequence[PollOutcome]) -> None:
        """Store the polling state of feeds that brought no entries, in one transaction."""
        with begin_writing(self.engine) as conn:
            _write_states(conn, outcomes)

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
        sources = dict(seen or {})
        with begin_writing(self.engine) as conn:
            lost_races = []
            for item in fresh:
                article_id = self._insert_article(conn, outcome, item)
                if article_id is None:
                    lost_races.append(item.entry)
                else:
                    sources[article_id] = item.entry.link
            for uid, (article_id, _) in _stored_ids(conn, lost_races).items():
                sources.setdefault(article_id, next(e.link for e in lost_races if e.uid == uid))
            if sources:
                conn.execute(
                    upsert(self.engine, article_sources).on_conflict_do_nothing(),
                    [
                        {
                            "article_id": article_id,
                            "feed_id": outcome.feed_id,
                            "link": link,
                            "seen_at": outcome.polled_at,
                        }
                        for article_id, link in sources.items()
                    ],
                )
            _write_states(conn, [outcome])
            new_count = len(fresh) - len(lost_races)
            counted = {"article_count": feeds.c.article_count + new_count}
            if outcome.error is None and outcome.feed_title:
                counted["title"] = func.coalesce(feeds.c.title, outcome.feed_title)
            conn.execute(update(feeds).where(feeds.c.id == outcome.feed_id).values(**counted))
        return new_count

    def _insert_article(
        self, conn: Connection, outcome: PollOutcome, item: FreshArticle
    ) -> int | None:
        entry, analysis = item.entry, item.analysis
        story = item.story or NO_STORY
        published = entry.published_at or outcome.polled_at
        values = {
            "uid": _key(entry.uid),
            "canonical_link": _key(entry.canonical_link),
            "link": entry.link,
            "title": entry.title,
            "text": entry.text,
            "feed_summary": entry.feed_summary,
            "summary": analysis.summary,
            "published_at": published,
            "published_is_guess": entry.published_at is None,
            "first_seen_at": outcome.polled_at,
            "relevance": analysis.relevance.score,
            "is_conflict": analysis.relevance.is_conflict,
            "relevance_terms": " ".join(analysis.relevance.terms),
            "feed_id": outcome.feed_id,
            "story_terms": " ".join(sorted(story.terms)),
            "page_status": item.page_status,
        }
        nested = conn.begin_nested()
        match = matching_story(conn, published, story)
        values["story_id"] = match[0] if match else new_story(conn, entry.title, outcome.polled_at)
        inserted = conn.execute(
            upsert(self.engine, articles)
            .on_conflict_do_nothing()
            .values(values)
            .returning(articles.c.id)
        ).scalar()
        if inserted is None:  # another writer stored it meanwhile: no story of its own
            nested.rollback()
            return None
        nested.commit()
        if match is None or match[1] < NEAR_DUPLICATE:
            index_bands(conn, inserted, published, story)
        place_rows: dict[str, dict[str, Any]] = {}
        named = [(m.place, m.as_written, m.place.key) for m in analysis.places]
        inside = [(region, "", INSIDE + region.key) for region in analysis.regions]
        for place, as_written, key in [*named, *inside]:
            place_rows.setdefault(
                key,
                {
                    "article_id": inserted,
                    "place_key": key,
                    "name": place.name,
                    "kind": place.kind,
                    "country_code": place.country_code,
                    "geonameid": place.geonameid,
                    "as_written": as_written,
                    "is_conflict": analysis.relevance.is_conflict,
                    "published_at": published,
                },
            )
        if place_rows:
            conn.execute(article_places.insert(), list(place_rows.values()))
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
            )
            for row in rows
        ]

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


def _stored_ids(
    conn: Connection, entries: Sequence[Identified], feed_id: int | None = None
) -> dict[str, tuple[int, bool]]:
    """uid -> (id of the stored article each entry is, matched by uid or canonical link;
    whether `feed_id` is among its sources)."""
    if not entries:
        return {}
    uids = {_key(e.uid) for e in entries}
    links = {_key(e.canonical_link) for e in entries if e.canonical_link}
    sourced = article_sources.c.feed_id.is_not(None)
    query = (
        select(articles.c.id, articles.c.uid, articles.c.canonical_link, sourced.label("sourced"))
        .outerjoin(
            article_sources,
            (article_sources.c.article_id == articles.c.id)
            & (article_sources.c.feed_id == feed_id),
        )
        .where(or_(articles.c.uid.in_(uids), articles.c.canonical_link.in_(links)))
    )
    rows = conn.execute(query).all()
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
                name=row.name,
                kind=row.kind,
                country_code=row.country_code,
                as_written=row.as_written,
                geonameid=row.geonameid,
            )
        )
    return found


_SUCCESS_UPDATE = (
    update(feeds)
    .where(feeds.c.id == bindparam("b_id"))
    .values(
        last_polled_at=bindparam("b_polled"),
        next_poll_at=bindparam("b_next"),
        consecutive_failures=0,
        last_error=None,
        lease_owner=None,
        lease_until=None,
        last_error_kind=None,
        last_success_at=bindparam("b_polled"),
        last_problem=bindparam("b_problem"),
        etag=bindparam("b_etag"),
        last_modified=bindparam("b_modified"),
    )
)
_FAILURE_UPDATE = (
    update(feeds)
    .where(feeds.c.id == bindparam("b_id"))
    .values(
        last_polled_at=bindparam("b_polled"),
        next_poll_at=bindparam("b_next"),
        consecutive_failures=feeds.c.consecutive_failures + 1,
        lease_owner=None,
        lease_until=None,
        last_error=bindparam("b_error"),
        last_error_kind=bindparam("b_kind"),
    )
)


def _write_states(conn: Connection, outcomes: Sequence[PollOutcome]) -> None:
    """Each feed's polling state after a poll: reset by a success, counted up by a failure;
    its lease is released either way."""
    succeeded = [_success_params(o) for o in outcomes if o.error is None]
    failed = [_failure_params(o) for o in outcomes if o.error is not None]
    if succeeded:
        conn.execute(_SUCCESS_UPDATE, succeeded)
    if failed:
        conn.execute(_FAILURE_UPDATE, failed)


def _success_params(outcome: PollOutcome) -> dict[str, Any]:
    return {
        "b_id": outcome.feed_id,
        "b_polled": outcome.polled_at,
        "b_next": outcome.next_poll_at,
        "b_problem": outcome.problem,
        "b_etag": outcome.etag,
        "b_modified": outcome.last_modified,
    }


def _failure_params(outcome: PollOutcome) -> dict[str, Any]:
    return {
        "b_id": outcome.feed_id,
        "b_polled": outcome.polled_at,
        "b_next": outcome.next_poll_at,
        "b_error": outcome.error,
        "b_kind": outcome.error_kind,
    }


def _feed_status(row: Row[Any]) -> FeedStatus:
    return FeedStatus(
        id=row.id,
        url=row.url,
        title=row.title,
        region=row.region,
        origin=row.origin,
        active=row.active,
        added_at=row.added_at,
        next_poll_at=row.next_poll_at,
        etag=row.etag,
        last_modified=row.last_modified,
        consecutive_failures=row.consecutive_failures,
        last_error=row.last_error,
        last_error_kind=row.last_error_kind,
        last_polled_at=row.last_polled_at,
        last_success_at=row.last_success_at,
        last_problem=row.last_problem,
        article_count=row.article_count,
        full_text=row.full_text,
        added_team=row.added_team,
        added_by=row.added_by,
    )
