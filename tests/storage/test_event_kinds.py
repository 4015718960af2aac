"""Kinds of event in the store: a subscription's sub-event types, kept in order, replaced by
subscribing again to the same target, and cleared by subscribing without them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import create_engine, text

from bot.records import Target
from bot.storage import ChannelStore, Store

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
SUDAN = Target("place", "cc:SD", "Sudan")
AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


def test_kinds_are_stored_replaced_and_cleared(store: Store, database_url: str) -> None:
    channels = ChannelStore(store.engine)
    later = (NOW, timedelta(0))
    sub, new = channels.subscribe(
        "T1", "C1", SUDAN, "alerts", None, "U1", *later, 5, (SHELLING, AIR)
    )
    assert new and sub.event_kinds == (SHELLING, AIR) and sub.min_killed == 5
    assert sub.title == f"{SHELLING}, {AIR} in Sudan"
    channels.subscribe("T1", "C2", SUDAN, "daily", "08:00", "U1", *later)
    changed, new = channels.subscribe("T1", "C1", SUDAN, "alerts", None, "U1", *later, None, (AIR,))
    assert not new and changed.id == sub.id and changed.event_kinds == (AIR,)
    assert [(s.channel_id, s.event_kinds) for s in channels.active_subscriptions()] == [
        ("C1", (AIR,)),
        ("C2", ()),
    ]
    engine = create_engine(database_url)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT channel_id, event_kinds FROM subscriptions")).all()
    engine.dispose()
    assert sorted(stored) == [("C1", '["Air/drone strike"]'), ("C2", None)]
    cleared, _ = channels.subscribe("T1", "C1", SUDAN, "alerts", None, "U1", *later)
    assert cleared.event_kinds == () and cleared.title == "Sudan"
