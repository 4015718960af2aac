"""The delivery log: what a Slack delivery will post, written before the first post, and
the ts of each message after it, so a delivery cut short by a crash is finished exactly
once by whichever process takes over its lease.

A delivery is a list of parts (messages) posted in order. Writing the intent ties the
delivery's article claims and digest slot to it, so they are never claimed again by another
delivery; each part's ts is recorded with the articles it carries in one transaction; the
last one closes the digest slot.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, delete, select, update

from bot.storage.engine import begin_writing, upsert
from bot.storage.schema import deliveries, digest_slots, posted_messages, slack_messages

LEASE = timedelta(seconds=30)
"""How long a process holds an unfinished delivery without recording progress: after
that it is taken to be dead and another process finishes the delivery."""


@dataclass(frozen=True)
class Part:
    """One message of a delivery."""

    text: str
    blocks: list[dict[str, Any]]
    thread: str | None = None
    """None (a new message), "first" (in the delivery's first message's thread) or the ts
    of an earlier message whose thread it joins."""
    articles: tuple[int, ...] = ()
    """Articles it shows, recorded as sent under its ts (or its thread's)."""
    leads: tuple[int, ...] = ()
    """Articles leading a story in it: recorded with its own ts, which is updated in place
    when the story grows (its text and blocks are kept)."""
    edits: str | None = None
    """The ts of a message posted before: this part replaces the blocks of the story it
    shows there (chat.update) instead of posting a message."""


@dataclass
class Intent:
    """A delivery as written before posting, with what has been posted of it."""

    id: str
    team_id: str
    channel_id: str
    slot: str | None
    intent_at: datetime
    parts: list[Part]
    posted: list[str] = field(default_factory=list)
    """ts of parts[0], parts[1], ... as far as they are known to be posted."""

    @property
    def finished(self) -> bool:
        return len(self.posted) == len(self.parts)

    def thread_of(self, part: Part) -> str | None:
        """The ts whose thread `part` goes into (None: the channel itself)."""
        return self.posted[0] if part.thread == "first" else part.thread


class DeliveryLog:
    """Intents, progress and take-overs of Slack deliveries."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def begin(self, intent: Intent, owner: str, now: datetime) -> None:
        """Write the intent (held by `owner` for a lease), and tie its articles and slot to it."""
        ids = article_ids(intent.parts)
        with begin_writing(self.engine) as conn:
            conn.execute(
                deliveries.insert().values(
                    id=intent.id,
                    team_id=intent.team_id,
                    channel_id=intent.channel_id,
                    slot=intent.slot,
                    intent_at=intent.intent_at,
                    parts=json.dumps([_part_dict(p) for p in intent.parts]),
                    posted="[]",
                    lease_owner=owner,
                    lease_until=now + LEASE,
                )
            )
            conn.execute(
                update(posted_messages)
                .where(_channel(posted_messages, intent), posted_messages.c.article_id.in_(ids))
                .values(delivery_id=intent.id)
            )
            if intent.slot is not None:
                conn.execute(
                    update(digest_slots)
                    .where(_channel(digest_slots, intent), digest_slots.c.slot == intent.slot)
                    .values(delivery_id=intent.id)
                )

    def hold(self, intent: Intent, owner: str, now: datetime) -> bool:
        """Renew `owner`'s lease on the delivery before its next part is posted; False when
        another process took it over (it will post that part: this one must not)."""
        with begin_writing(self.engine) as conn:
            return bool(
                conn.execute(
                    update(deliveries).where(_held(intent, owner)).values(lease_until=now + LEASE)
                ).rowcount
            )

    def record(
        self,
        intent: Intent,
        ts: str,
        owner: str,
        now: datetime,
        shown: tuple[str, list[dict[str, Any]]] | None = None,
    ) -> bool:
        """Part number len(intent.posted) went out as `ts`: record it (and its articles, and
        the message's text and blocks, `shown` for an edit, when it leads or edits a story),
        renew `owner`'s lease, and when it was the last, finish the delivery and its slot.
        False when another process took the delivery over meanwhile (it finishes it)."""
        part = intent.parts[len(intent.posted)]
        posted = [*intent.posted, ts]
        shown_under = intent.thread_of(part) or ts
        done = now if len(posted) == len(intent.parts) else None
        with begin_writing(self.engine) as conn:
            held = conn.execute(
                update(deliveries)
                .where(_held(intent, owner))
                .values(posted=json.dumps(posted), lease_until=now + LEASE, done_at=done)
            ).rowcount
            if not held:
                return False
            intent.posted.append(ts)
            if part.articles:
                conn.execute(
                    update(posted_messages)
                    .where(
                        _channel(posted_messages, intent),
                        posted_messages.c.article_id.in_(part.articles),
                    )
                    .values(ts=shown_under)
                )
            if part.leads:
                conn.execute(
                    update(posted_messages)
                    .where(
                        _channel(posted_messages, intent),
                        posted_messages.c.article_id.in_(part.leads),
                    )
                    .values(message_ts=ts)
                )
            if part.leads or shown is not None:
                text, blocks = shown or (part.text, part.blocks)
                key = {"team_id": intent.team_id, "channel_id": intent.channel_id, "ts": ts}
                values = {"text": text, "blocks": json.dumps(blocks)}
                conn.execute(
                    upsert(self.engine, slack_messages)
                    .values(**key, **values)
                    .on_conflict_do_update(index_elements=list(key), set_=values)
                )
            if done is not None and intent.slot is not None:
                conn.execute(
                    update(digest_slots)
                    .where(_channel(digest_slots, intent), digest_slots.c.slot == intent.slot)
                    .values(done_at=now)
                )
        return True

    def message(
        self, team_id: str, channel_id: str, ts: str
    ) -> tuple[str, list[dict[str, Any]]] | None:
        """The text and blocks of a message that leads stories, as last posted or updated."""
        query = select(slack_messages.c.text, slack_messages.c.blocks).where(
            slack_messages.c.team_id == team_id,
            slack_messages.c.channel_id == channel_id,
            slack_messages.c.ts == ts,
        )
        with self.engine.connect() as conn:
            row = conn.execute(query).one_or_none()
        return None if row is None else (row.text, json.loads(row.blocks))

    def abandon(self, intent: Intent) -> None:
        """Nothing of it was posted and it will not be (Slack refused the first message):
        forget it, so its articles and slot are free again."""
        with begin_writing(self.engine) as conn:
            conn.execute(delete(deliveries).where(deliveries.c.id == intent.id))
            for table in (posted_messages, digest_slots):
                conn.execute(
                    update(table).where(table.c.delivery_id == intent.id).values(delivery_id=None)
                )

    def take_over(self, owner: str, now: datetime, limit: int = 20) -> list[Intent]:
        """Claim unfinished deliveries whose holder's lease ran out (it died): `owner`
        holds them now."""
        query = (
            select(deliveries)
            .where(deliveries.c.done_at.is_(None), deliveries.c.lease_until < now)
            .order_by(deliveries.c.intent_at)
            .limit(limit)
        )
        taken = []
        with begin_writing(self.engine) as conn:
            if self.engine.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            for row in conn.execute(query).all():
                conn.execute(
                    update(deliveries)
                    .where(deliveries.c.id == row.id)
                    .values(lease_owner=owner, lease_until=now + LEASE)
                )
                taken.append(_intent(row))
        return taken

    def unfinished(self) -> list[Intent]:
        """Every delivery not finished yet (for reports and tests)."""
        query = select(deliveries).where(deliveries.c.done_at.is_(None))
        with self.engine.connect() as conn:
            return [_intent(row) for row in conn.execute(query)]


def _held(intent: Intent, owner: str) -> Any:
    """The delivery's row while `owner` holds it, it is unfinished, and no more of it is
    posted than `intent` knows: a process whose recovery job took over a delivery its own
    digest job still had queued holds it under the same name, and the queued copy must not
    post again what recovery has posted meanwhile."""
    return and_(
        deliveries.c.id == intent.id,
        deliveries.c.lease_owner == owner,
        deliveries.c.done_at.is_(None),
        deliveries.c.posted == json.dumps(intent.posted),
    )


def _channel(table: Any, intent: Intent) -> Any:
    return and_(table.c.team_id == intent.team_id, table.c.channel_id == intent.channel_id)


def _part_dict(part: Part) -> dict[str, Any]:
    return {
        "text": part.text,
        "blocks": part.blocks,
        "thread": part.thread,
        "articles": list(part.articles),
        "leads": list(part.leads),
        "edits": part.edits,
    }


def _intent(row: Any) -> Intent:
    parts = [
        Part(
            p["text"],
            p["blocks"],
            p["thread"],
            tuple(p["articles"]),
            tuple(p.get("leads", ())),
            p.get("edits"),
        )
        for p in json.loads(row.parts)
    ]
    return Intent(
        row.id, row.team_id, row.channel_id, row.slot, row.intent_at, parts, json.loads(row.posted)
    )


def article_ids(parts: Sequence[Part]) -> list[int]:
    """Every article the parts show."""
    return sorted({a for part in parts for a in part.articles})
