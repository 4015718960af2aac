"""Feeds in the database: adding, seeding and removing them, their state after each poll, and
leases that share due feeds between workers (`FOR UPDATE SKIP LOCKED` on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Row,
    bindparam,
    func,
    or_,
    select,
    update,
)

from bot.clock import utcnow
from bot.records import (
    FeedStatus,
    PollOutcome,
)
from bot.storage.engine import begin_writing, upsert
from bot.storage.schema import feeds


class FeedStore:
    """The feeds part of `Store`."""

    engine: Engine

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
        """Add listed feeds never seen before (a feed the user removed stays removed). Every
        command starts by this, so the write lock is taken only when the list holds a feed
        the store has never seen: a question asked while a poll writes does not wait."""
        with self.engine.connect() as conn:
            known = set(conn.execute(select(feeds.c.url)).scalars())
        new = [entry for entry in entries if entry["url"] not in known]
        if not new:
            return 0
        now = utcnow()
        added = 0
        with begin_writing(self.engine) as conn:
            for entry in new:
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

    def save_outcomes(self, outcomes: Sequence[PollOutcome]) -> None:
        """Store the polling state of feeds that brought no entries, in one transaction."""
        with begin_writing(self.engine) as conn:
            write_states(conn, outcomes)

    def renew_leases(self, owner: str, feed_ids: Sequence[int], until: datetime) -> None:
        """Hold until `until` the leases `owner` still has on `feed_ids` (feeds fetched
        but not yet stored must not fall to another worker while they are read)."""
        self._update_held(owner, feed_ids, lease_until=until)

    def release_feeds(self, owner: str, feed_ids: Sequence[int]) -> None:
        """Give back leases `owner` holds on feeds it did not poll (they stay due)."""
        self._update_held(owner, feed_ids, lease_owner=None, lease_until=None)

    def _update_held(self, owner: str, feed_ids: Sequence[int], **values: Any) -> None:
        """Set `values` on those of `feed_ids` whose lease `owner` still holds."""
        if not feed_ids:
            return
        with begin_writing(self.engine) as conn:
            conn.execute(
                update(feeds)
                .where(feeds.c.id.in_(feed_ids), feeds.c.lease_owner == owner)
                .values(**values)
            )


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


def write_states(conn: Connection, outcomes: Sequence[PollOutcome]) -> None:
    """Each feed's polling state after a poll: reset by a success, counted up by a failure;
    its lease is released either way.

    The rows are locked in id order first (on PostgreSQL; SQLite writes one at a time): two
    workers writing the same feeds (one took over the other's expired lease) in different
    orders would otherwise deadlock, and the pass that lost would end in an error."""
    ids = sorted({o.feed_id for o in outcomes})
    if len(ids) > 1:
        conn.execute(
            select(feeds.c.id).where(feeds.c.id.in_(ids)).order_by(feeds.c.id).with_for_update()
        )
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
