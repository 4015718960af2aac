"""Pausing a channel's subscriptions: each is handed back (and its maker told) by one pause
only, even when two processes pause the same channel at the same moment on PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine, text

from bot.records import Subscription, Target
from bot.storage import ChannelStore, Store
from tests.conftest import POSTGRES_URL
from tests.support.locks import wait_for_lock_waiters

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
PLACES = [Target("place", "cc:SY", "Syria"), Target("place", "cc:SD", "Sudan")]


def _subscribe(channels: ChannelStore) -> None:
    for target in PLACES:
        channels.subscribe("T1", "C1", target, "alerts", None, "U1", NOW, timedelta(0))
    channels.subscribe("T1", "C2", PLACES[0], "daily", "08:00", "U2", NOW, timedelta(0))


def test_a_pause_hands_back_only_what_it_paused(store: Store) -> None:
    channels = ChannelStore(store.engine)
    _subscribe(channels)
    first = channels.pause_channel("T1", "C1", "not_in_channel")
    assert [(s.channel_id, s.title) for s in first] == [("C1", "Syria"), ("C1", "Sudan")]
    assert channels.pause_channel("T1", "C1", "not_in_channel") == []
    assert [s.channel_id for s in channels.active_subscriptions()] == ["C2"]


@pytest.mark.skipif(POSTGRES_URL is None, reason="needs PostgreSQL (NEWSBOT_DATABASE_URL)")
def test_two_processes_pausing_one_channel_tell_each_maker_once(
    store: Store, database_url: str
) -> None:
    channels = ChannelStore(store.engine)
    _subscribe(channels)
    results: list[list[Subscription]] = []
    holder = create_engine(database_url)
    with holder.connect() as lock:
        lock.execute(text("SELECT id FROM subscriptions FOR UPDATE"))
        pausers = [
            threading.Thread(
                target=lambda: results.append(channels.pause_channel("T1", "C1", "not_in_channel"))
            )
            for _ in range(2)
        ]
        for pauser in pausers:
            pauser.start()
        wait_for_lock_waiters(store.engine, "UPDATE subscriptions%", backends=2)
        lock.rollback()
    for pauser in pausers:
        pauser.join(30)
    holder.dispose()
    told = sorted(len(paused) for paused in results)
    assert told == [0, 2]
