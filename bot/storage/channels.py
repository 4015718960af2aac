"""All SQL of the Slack front end: subscriptions, channel settings, digest slots, mutes,
posted messages and failing-feed notices. Every record carries its workspace (team) id.

Two processes (the Procfile's web and worker) may run the same jobs: a digest slot and an
article's place in a channel are claimed by inserting their key with ON CONFLICT DO NOTHING,
so only one of them posts. A transaction that reads, then writes (subscribing, pausing)
begins holding SQLite's write lock (`begin_writing`), so two at once wait for each other
instead of failing with "database is locked".
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, Row, and_, delete, func, or_, select, update

from bot.records import (
    ChannelPrefs,
    Corroboration,
    Mode,
    Mute,
    Story,
    StoryPost,
    Subscription,
    Target,
    UnfinishedNotice,
)
from bot.storage.engine import begin_writing, upsert
from bot.storage.schema import (
    articles,
    channel_settings,
    digest_slots,
    feed_notices,
    mutes,
    posted_messages,
    subscriptions,
)
from bot.understand.places.display import stored_label

SILENCED = "silenced"
"""The delivery of an article a mute covered when it was due: none, ever (`silence`)."""
STALE_CLAIM = timedelta(minutes=2)
"""An article claimed this long ago for a delivery never written (the process died between
the claim and the intent, which follows within seconds) may be claimed again; so may such a
digest slot. A claim tied to a written delivery never goes stale: that delivery is finished
(`DeliveryLog`)."""


class ChannelStore:
    """What each Slack channel follows, has silenced and has been sent."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # ---- subscriptions -----------------------------------------------------------------

    def subscribe(
        self,
        team_id: str,
        channel_id: str,
        target: Target,
        mode: Mode,
        daily_at: str | None,
        created_by: str,
        now: datetime,
        backlog: timedelta,
        min_killed: int | None = None,
        event_kinds: Sequence[str] = (),
        corroboration: Corroboration | None = None,
    ) -> tuple[Subscription, bool]:
        """Follow `target` in the channel (or change how, the least toll of the stories it
        takes, the kinds of event and the outlets that must report them, un-pausing it);
        True when new."""
        kinds = json.dumps(list(event_kinds)) if event_kinds else None
        outlets: dict[str, int | None] = {"min_outlets": None, "outlets_within": None}
        if corroboration is not None:
            minutes = int(corroboration.within.total_seconds() // 60)
            outlets = {"min_outlets": corroboration.outlets, "outlets_within": minutes}
        key = {"team_id": team_id, "channel_id": channel_id, "kind": target.kind}
        where = _matching(key | {"target": target.key})
        with begin_writing(self.engine) as conn:
            existed = conn.execute(select(subscriptions.c.id).where(where)).scalar() is not None
            statement = upsert(self.engine, subscriptions).values(
                **key,
                target=target.key,
                label=target.label,
                mode=mode,
                daily_at=daily_at,
                min_killed=min_killed,
                event_kinds=kinds,
                **outlets,
                created_by=created_by,
                created_at=now,
                start_from=now - backlog,
            )
            conn.execute(
                statement.on_conflict_do_update(
                    index_elements=["team_id", "channel_id", "kind", "target"],
                    set_={
                        "mode": mode,
                        "daily_at": daily_at,
                        "min_killed": min_killed,
                        "event_kinds": kinds,
                        **outlets,
                        "paused_reason": None,
                    },
                )
            )
            row = conn.execute(select(subscriptions).where(where)).one()
        return _subscription(row), not existed

    def unsubscribe(
        self, team_id: str, channel_id: str, kind: str, target: str
    ) -> Subscription | None:
        """Stop following; returns what was followed, None when the channel did not."""
        where = _matching(
            {"team_id": team_id, "channel_id": channel_id, "kind": kind, "target": target}
        )
        with begin_writing(self.engine) as conn:
            row = conn.execute(select(subscriptions).where(where)).one_or_none()
            conn.execute(delete(subscriptions).where(where))
        return None if row is None else _subscription(row)

    def remove(self, team_id: str, subscription_id: int) -> Subscription | None:
        """Delete one subscription by id (the Remove button); None when already gone."""
        where = and_(subscriptions.c.team_id == team_id, subscriptions.c.id == subscription_id)
        with begin_writing(self.engine) as conn:
            row = conn.execute(select(subscriptions).where(where)).one_or_none()
            conn.execute(delete(subscriptions).where(where))
        return None if row is None else _subscription(row)

    def subscriptions(self, team_id: str, channel_ids: Sequence[str]) -> list[Subscription]:
        """The subscriptions of these channels (paused ones included), by channel and label."""
        query = (
            select(subscriptions)
            .where(subscriptions.c.team_id == team_id, subscriptions.c.channel_id.in_(channel_ids))
            .order_by(subscriptions.c.channel_id, subscriptions.c.label, subscriptions.c.id)
        )
        with self.engine.connect() as conn:
            return [_subscription(row) for row in conn.execute(query)]

    def active_subscriptions(self) -> list[Subscription]:
        """Every subscription not paused, of every workspace."""
        query = (
            select(subscriptions)
            .where(subscriptions.c.paused_reason.is_(None))
            .order_by(subscriptions.c.team_id, subscriptions.c.channel_id, subscriptions.c.id)
        )
        with self.engine.connect() as conn:
            return [_subscription(row) for row in conn.execute(query)]

    def pause_channel(self, team_id: str, channel_id: str, reason: str) -> list[Subscription]:
        """Pause the channel's active subscriptions; returns those it paused."""
        return self._pause(
            and_(_in_team(team_id), subscriptions.c.channel_id == channel_id), reason
        )

    def pause_team(self, team_id: str, reason: str) -> list[Subscription]:
        """Pause every active subscription of the workspace; returns those it paused."""
        return self._pause(_in_team(team_id), reason)

    def _pause(self, where: Any, reason: str) -> list[Subscription]:
        """Pause what `where` selects; returns only the rows this call paused (each person is
        told once even when two processes pause one channel at the same moment: the second
        one's UPDATE waits for the first and then finds nothing left to pause)."""
        where = and_(where, subscriptions.c.paused_reason.is_(None))
        paused = update(subscriptions).where(where).values(paused_reason=reason)
        with begin_writing(self.engine) as conn:
            rows = conn.execute(paused.returning(*subscriptions.c)).all()
        return sorted((_subscription(row) for row in rows), key=lambda sub: sub.id)

    def resume_team(self, team_id: str, reasons: Sequence[str]) -> int:
        """Un-pause the workspace's subscriptions paused for one of these reasons; returns
        how many."""
        where = and_(_in_team(team_id), subscriptions.c.paused_reason.in_(reasons))
        with begin_writing(self.engine) as conn:
            return conn.execute(
                update(subscriptions).where(where).values(paused_reason=None)
            ).rowcount

    # ---- channel settings --------------------------------------------------------------

    def prefs(self, team_id: str, channel_id: str) -> ChannelPrefs:
        """The channel's settings (UTC and no "all quiet" line until it sets them)."""
        where = _matching({"team_id": team_id, "channel_id": channel_id}, channel_settings)
        with self.engine.connect() as conn:
            row = conn.execute(select(channel_settings).where(where)).one_or_none()
        return ChannelPrefs() if row is None else ChannelPrefs(row.timezone, row.all_quiet)

    def set_prefs(self, team_id: str, channel_id: str, prefs: ChannelPrefs) -> None:
        """Store the channel's settings."""
        values = {"timezone": prefs.timezone, "all_quiet": prefs.all_quiet}
        statement = upsert(self.engine, channel_settings).values(
            team_id=team_id, channel_id=channel_id, **values
        )
        with begin_writing(self.engine) as conn:
            conn.execute(
                statement.on_conflict_do_update(
                    index_elements=["team_id", "channel_id"], set_=values
                )
            )

    # ---- digest slots ------------------------------------------------------------------

    def claim_slot(
        self, team_id: str, channel_id: str, slot: str, schedule: str, now: datetime
    ) -> bool:
        """Claim a digest slot; False when it was claimed before (here or by another process),
        unless that claim went stale with no delivery written for it (its process died)."""
        statement = (
            upsert(self.engine, digest_slots)
            .values(
                team_id=team_id, channel_id=channel_id, slot=slot, schedule=schedule, claimed_at=now
            )
            .on_conflict_do_update(
                index_elements=["team_id", "channel_id", "slot"],
                set_={"claimed_at": now},
                where=and_(
                    digest_slots.c.done_at.is_(None),
                    digest_slots.c.delivery_id.is_(None),
                    digest_slots.c.claimed_at <= now - STALE_CLAIM,
                ),
            )
            .returning(digest_slots.c.slot)
        )
        with begin_writing(self.engine) as conn:
            return conn.execute(statement).scalar() is not None

    def finish_slot(self, team_id: str, channel_id: str, slot: str, now: datetime) -> None:
        """Mark a claimed slot's digest delivered: the next one starts from its claim."""
        where = _matching(
            {"team_id": team_id, "channel_id": channel_id, "slot": slot}, digest_slots
        )
        with begin_writing(self.engine) as conn:
            conn.execute(update(digest_slots).where(where).values(done_at=now))

    def unclaim_slot(self, team_id: str, channel_id: str, slot: str) -> None:
        """Give back a slot claimed by this run but not written into a delivery (its digest
        waits for a later run)."""
        where = and_(
            _matching({"team_id": team_id, "channel_id": channel_id, "slot": slot}, digest_slots),
            digest_slots.c.delivery_id.is_(None),
            digest_slots.c.done_at.is_(None),
        )
        with begin_writing(self.engine) as conn:
            conn.execute(delete(digest_slots).where(where))

    def last_digest_at(self, team_id: str, channel_id: str, schedule: str) -> datetime | None:
        """When the channel's last delivered digest of this schedule was claimed."""
        query = select(func.max(digest_slots.c.claimed_at)).where(
            digest_slots.c.team_id == team_id,
            digest_slots.c.channel_id == channel_id,
            digest_slots.c.schedule == schedule,
            digest_slots.c.done_at.is_not(None),
        )
        with self.engine.connect() as conn:
            found: datetime | None = conn.execute(query).scalar()
        return found

    # ---- mutes -------------------------------------------------------------------------

    def mute(self, team_id: str, channel_id: str, mute: Mute, created_by: str) -> None:
        """Silence something in the channel until `mute.until` (a later /mute replaces it)."""
        values = {"label": mute.label, "until": mute.until, "created_by": created_by}
        statement = upsert(self.engine, mutes).values(
            team_id=team_id, channel_id=channel_id, kind=mute.kind, target=mute.target, **values
        )
        with begin_writing(self.engine) as conn:
            conn.execute(
                statement.on_conflict_do_update(
                    index_elements=["team_id", "channel_id", "kind", "target"], set_=values
                )
            )

    def mutes(self, team_id: str, channel_id: str, now: datetime) -> list[Mute]:
        """The channel's mutes still in force."""
        query = select(mutes).where(
            mutes.c.team_id == team_id, mutes.c.channel_id == channel_id, mutes.c.until > now
        )
        with self.engine.connect() as conn:
            return [
                Mute(r.kind, r.target, stored_label(r.kind, r.target, r.label), r.until)
                for r in conn.execute(query)
            ]

    def unmute(self, team_id: str, channel_id: str, kind: str, target: str) -> bool:
        """Lift a mute before its time; False when there was none."""
        key = {"team_id": team_id, "channel_id": channel_id, "kind": kind, "target": target}
        with begin_writing(self.engine) as conn:
            return bool(conn.execute(delete(mutes).where(_matching(key, mutes))).rowcount)

    # ---- posted messages ---------------------------------------------------------------

    def taken(
        self, team_id: str, channel_id: str, article_ids: Sequence[int], now: datetime
    ) -> set[int]:
        """Which of these articles the channel was sent, or has claimed lately."""
        if not article_ids:
            return set()
        query = select(posted_messages.c.article_id).where(
            posted_messages.c.team_id == team_id,
            posted_messages.c.channel_id == channel_id,
            posted_messages.c.article_id.in_(article_ids),
            or_(
                posted_messages.c.ts.is_not(None),
                posted_messages.c.delivery_id.is_not(None),
                posted_messages.c.claimed_at > now - STALE_CLAIM,
            ),
        )
        with self.engine.connect() as conn:
            return set(conn.execute(query).scalars())

    def claim_articles(
        self, team_id: str, channel_id: str, article_ids: Sequence[int], now: datetime
    ) -> list[int]:
        """Claim articles for posting in the channel; returns those this call won, in order."""
        if not article_ids:
            return []
        key = and_(posted_messages.c.team_id == team_id, posted_messages.c.channel_id == channel_id)
        with begin_writing(self.engine) as conn:
            self._take(conn, team_id, channel_id, article_ids, now)
            won = set(
                conn.execute(
                    select(posted_messages.c.article_id).where(
                        key,
                        posted_messages.c.article_id.in_(article_ids),
                        posted_messages.c.ts.is_(None),
                        posted_messages.c.claimed_at == now,
                    )
                ).scalars()
            )
        return [i for i in article_ids if i in won]

    def silence(
        self, team_id: str, channel_id: str, article_ids: Sequence[int], now: datetime
    ) -> None:
        """Drop these articles from the channel for good (a mute covered them when they were
        due): they are taken, by SILENCED in place of a delivery, and never posted."""
        if article_ids:
            with begin_writing(self.engine) as conn:
                self._take(conn, team_id, channel_id, article_ids, now, SILENCED)

    def _take(
        self,
        conn: Connection,
        team_id: str,
        channel_id: str,
        article_ids: Sequence[int],
        now: datetime,
        delivery_id: str | None = None,
    ) -> None:
        """Claim these articles for the channel at `now` (tied to `delivery_id`, if given):
        new claims, and claims made STALE_CLAIM ago or more and never tied to a delivery."""
        rows = [
            {"team_id": team_id, "channel_id": channel_id, "article_id": i, "claimed_at": now,
             "delivery_id": delivery_id}
            for i in article_ids
        ]  # fmt: skip
        conn.execute(upsert(self.engine, posted_messages).on_conflict_do_nothing(), rows)
        conn.execute(
            update(posted_messages)
            .where(
                posted_messages.c.team_id == team_id,
                posted_messages.c.channel_id == channel_id,
                posted_messages.c.article_id.in_(article_ids),
                posted_messages.c.ts.is_(None),
                posted_messages.c.delivery_id.is_(None),
                posted_messages.c.claimed_at <= now - STALE_CLAIM,
            )
            .values(claimed_at=now, delivery_id=delivery_id)
        )

    def record_posted(
        self, team_id: str, channel_id: str, article_ids: Sequence[int], ts: str
    ) -> None:
        """Remember the message that carried these articles."""
        with begin_writing(self.engine) as conn:
            conn.execute(
                update(posted_messages)
                .where(
                    posted_messages.c.team_id == team_id,
                    posted_messages.c.channel_id == channel_id,
                    posted_messages.c.article_id.in_(article_ids),
                )
                .values(ts=ts)
            )

    def release(self, team_id: str, channel_id: str, article_ids: Sequence[int]) -> None:
        """Give back claims that were never posted (the post failed)."""
        with begin_writing(self.engine) as conn:
            conn.execute(
                delete(posted_messages).where(
                    posted_messages.c.team_id == team_id,
                    posted_messages.c.channel_id == channel_id,
                    posted_messages.c.article_id.in_(article_ids),
                    posted_messages.c.ts.is_(None),
                )
            )

    # ---- failing-feed notices ----------------------------------------------------------

    def claim_feed_notices(
        self, feed_id: int, streak: str, channels: Sequence[tuple[str, str]], now: datetime
    ) -> list[tuple[str, str]]:
        """Claim telling these (team, channel) pairs about one failure streak of a feed;
        returns those not told before (by any process), in order."""
        if not channels:
            return []
        rows = [
            {
                "team_id": t,
                "channel_id": c,
                "feed_id": feed_id,
                "streak": streak,
                "notified_at": now,
                "finished": False,
            }
            for t, c in channels
        ]
        with begin_writing(self.engine) as conn:
            conn.execute(upsert(self.engine, feed_notices).on_conflict_do_nothing(), rows)
            won = {
                (row.team_id, row.channel_id)
                for row in conn.execute(
                    select(feed_notices.c.team_id, feed_notices.c.channel_id).where(
                        feed_notices.c.feed_id == feed_id,
                        feed_notices.c.streak == streak,
                        feed_notices.c.notified_at == now,
                    )
                )
            }
        return [pair for pair in channels if pair in won]

    def release_feed_notice(self, team_id: str, channel_id: str, feed_id: int, streak: str) -> None:
        """Forget a claimed notice that could not be posted, so a later run tries again."""
        where = _matching(_notice_key(team_id, channel_id, feed_id, streak), feed_notices)
        with begin_writing(self.engine) as conn:
            conn.execute(delete(feed_notices).where(where))

    def finish_feed_notice(self, team_id: str, channel_id: str, feed_id: int, streak: str) -> None:
        """A claimed notice is told (or given up on for good): nobody takes it over."""
        where = _matching(_notice_key(team_id, channel_id, feed_id, streak), feed_notices)
        with begin_writing(self.engine) as conn:
            conn.execute(update(feed_notices).where(where).values(finished=True))

    def unfinished_feed_notices(self, now: datetime) -> list[UnfinishedNotice]:
        """Take over, at `now`, the notices claimed more than STALE_CLAIM ago and never
        finished (their process died between the claim and the post), each for this caller
        alone (a compare-and-set on the claim's time)."""
        stale = select(feed_notices).where(
            ~feed_notices.c.finished, feed_notices.c.notified_at < now - STALE_CLAIM
        )
        taken = []
        with begin_writing(self.engine) as conn:
            for row in conn.execute(stale).all():
                key = _notice_key(row.team_id, row.channel_id, row.feed_id, row.streak)
                claim = and_(
                    _matching(key, feed_notices),
                    feed_notices.c.notified_at == row.notified_at,
                    ~feed_notices.c.finished,
                )
                if conn.execute(update(feed_notices).where(claim).values(notified_at=now)).rowcount:
                    taken.append(
                        UnfinishedNotice(
                            row.team_id, row.channel_id, row.feed_id, row.streak, row.notified_at
                        )
                    )
        return taken

    def shown_stories(
        self, team_id: str, channel_id: str, stories: Sequence[Story]
    ) -> dict[int, StoryPost]:
        """story id -> where the channel was shown the story: the thread of the first
        message that showed it, and the message in which it leads (with its lead)."""
        ids = [story.id for story in stories if story.id is not None]
        if not ids:
            return {}
        query = (
            select(
                articles.c.story_id,
                posted_messages.c.article_id,
                posted_messages.c.ts,
                posted_messages.c.message_ts,
            )
            .join(articles, articles.c.id == posted_messages.c.article_id)
            .where(
                posted_messages.c.team_id == team_id,
                posted_messages.c.channel_id == channel_id,
                posted_messages.c.ts.is_not(None),
                articles.c.story_id.in_(ids),
            )
            .order_by(posted_messages.c.claimed_at, posted_messages.c.ts)
        )
        threads: dict[int, str] = {}
        leads: dict[int, tuple[str, int]] = {}
        with self.engine.connect() as conn:
            row: Any
            for row in conn.execute(query):
                threads.setdefault(row.story_id, row.ts)
                if row.message_ts is not None:
                    leads.setdefault(row.story_id, (row.message_ts, row.article_id))
        return {
            story: StoryPost(thread, *leads.get(story, (None, None)))
            for story, thread in threads.items()
        }

    def stories_in_flight(
        self,
        team_id: str,
        channel_id: str,
        story_ids: Sequence[int],
        mine: Sequence[int],
        now: datetime,
    ) -> set[int]:
        """Which of these stories have an article (not one of `mine`) claimed in the channel
        by a delivery not recorded yet: being posted, here or in another process."""
        if not story_ids:
            return set()
        query = (
            select(articles.c.story_id)
            .select_from(
                posted_messages.join(articles, articles.c.id == posted_messages.c.article_id)
            )
            .where(
                posted_messages.c.team_id == team_id,
                posted_messages.c.channel_id == channel_id,
                posted_messages.c.ts.is_(None),
                posted_messages.c.article_id.not_in(mine),
                articles.c.story_id.in_(sorted(set(story_ids))),
                or_(
                    and_(
                        posted_messages.c.delivery_id.is_not(None),
                        posted_messages.c.delivery_id != SILENCED,
                    ),
                    and_(
                        posted_messages.c.delivery_id.is_(None),
                        posted_messages.c.claimed_at > now - STALE_CLAIM,
                    ),
                ),
            )
            .distinct()
        )
        with self.engine.connect() as conn:
            return set(conn.execute(query).scalars())


def _in_team(team_id: str) -> Any:
    return subscriptions.c.team_id == team_id


def _notice_key(team_id: str, channel_id: str, feed_id: int, streak: str) -> dict[str, Any]:
    return {"team_id": team_id, "channel_id": channel_id, "feed_id": feed_id, "streak": streak}


def _matching(values: dict[str, Any], table: Any = subscriptions) -> Any:
    return and_(*(table.c[name] == value for name, value in values.items()))


def _subscription(row: Row[Any]) -> Subscription:
    return Subscription(
        id=row.id,
        team_id=row.team_id,
        channel_id=row.channel_id,
        kind=row.kind,
        target=row.target,
        label=stored_label(row.kind, row.target, row.label),
        mode=row.mode,
        daily_at=row.daily_at,
        created_by=row.created_by,
        created_at=row.created_at,
        start_from=row.start_from,
        paused_reason=row.paused_reason,
        min_killed=row.min_killed,
        event_kinds=tuple(json.loads(row.event_kinds)) if row.event_kinds else (),
        corroboration=None
        if row.min_outlets is None
        else Corroboration(row.min_outlets, timedelta(minutes=row.outlets_within)),
    )
