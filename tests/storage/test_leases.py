"""Feed leases: workers share the due feeds, never poll one twice, and take over the
feeds of a worker that died once its lease has expired."""

from __future__ import annotations

import threading
from datetime import timedelta

from bot.clock import utcnow
from bot.storage import Store

LEASE = timedelta(minutes=5)


def _add(store: Store, count: int) -> list[int]:
    return [store.add_feed(f"https://example.org/{n}.xml").id for n in range(count)]


def test_two_workers_get_disjoint_feeds_and_nothing_is_claimed_twice(store: Store) -> None:
    ids = _add(store, 10)
    now = utcnow()
    first, _ = store.claim_due_feeds(now, "w1", LEASE, 6)
    second, _ = store.claim_due_feeds(now, "w2", LEASE, 6)
    third, _ = store.claim_due_feeds(now, "w3", LEASE, 6)
    assert len(first) == 6 and len(second) == 4 and third == []
    assert sorted(f.id for f in first + second) == sorted(ids)


def test_an_expired_lease_is_taken_over_and_counted(store: Store) -> None:
    _add(store, 3)
    now = utcnow()
    claimed, taken_over = store.claim_due_feeds(now, "dead", LEASE, 10)
    assert len(claimed) == 3 and taken_over == 0
    assert store.claim_due_feeds(now + LEASE / 2, "alive", LEASE, 10) == ([], 0)
    again, taken_over = store.claim_due_feeds(now + LEASE, "alive", LEASE, 10)
    assert len(again) == 3 and taken_over == 3


def test_released_feeds_are_due_for_others_at_once(store: Store) -> None:
    ids = _add(store, 4)
    now = utcnow()
    assert len(store.claim_due_feeds(now, "stopping", LEASE, 10)[0]) == 4
    store.release_feeds("stopping", ids[:2])
    store.release_feeds("someone-else", ids[2:])  # not theirs: no effect
    others, taken_over = store.claim_due_feeds(now, "other", LEASE, 10)
    assert sorted(f.id for f in others) == ids[:2] and taken_over == 0


def test_inactive_and_not_yet_due_feeds_are_not_claimed(store: Store) -> None:
    ids = _add(store, 2)
    store.remove_feed(ids[0])
    now = utcnow()
    assert [f.id for f in store.claim_due_feeds(now, "w", LEASE, 10)[0]] == [ids[1]]
    later = store.add_feed("https://example.org/later.xml")
    assert store.claim_due_feeds(later.next_poll_at - timedelta(seconds=1), "w", LEASE, 10)[0] == []


def test_workers_claiming_at_the_same_instant_never_share_a_feed(database_url: str) -> None:
    """Eight connections claim at once (on PostgreSQL: FOR UPDATE SKIP LOCKED)."""
    stores = [Store.open(database_url) for _ in range(8)]
    try:
        ids = _add(stores[0], 200)
        now, start = utcnow(), threading.Barrier(len(stores))
        claimed: dict[str, list[int]] = {}

        def claim(index: int) -> None:
            owner = f"w{index}"
            start.wait()
            claimed[owner] = []
            while batch := stores[index].claim_due_feeds(now, owner, LEASE, 7)[0]:
                claimed[owner] += [f.id for f in batch]

        threads = [threading.Thread(target=claim, args=(i,)) for i in range(len(stores))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        every = [feed_id for ids_of_one in claimed.values() for feed_id in ids_of_one]
        assert sorted(every) == sorted(ids), "each feed claimed exactly once"
    finally:
        for opened in stores:
            opened.close()
