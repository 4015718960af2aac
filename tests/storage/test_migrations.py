"""Alembic migrations build exactly the schema the code defines."""

from __future__ import annotations

import subprocess
import sys
import threading

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from bot.storage import Store, make_engine, migrate
from bot.storage.schema import metadata, slack_oauth_tables


def test_migrations_match_the_schema_the_code_uses(database_url: str) -> None:
    engine = make_engine(database_url)
    assert not migrate.is_current(engine)
    migrate.upgrade(engine)
    assert migrate.is_current(engine)
    slack_oauth_tables()
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert differences == []


def test_opening_a_store_twice_keeps_its_data(database_url: str) -> None:
    first = Store.open(database_url)
    first.add_feed("https://one.example/rss")
    first.close()
    second = Store.open(database_url)
    assert [f.url for f in second.list_feeds()] == ["https://one.example/rss"]
    second.close()


def test_processes_starting_together_on_a_fresh_database_all_open_it(database_url: str) -> None:
    """Workers and web processes start at once: migrations and seeding must not race."""
    feeds = [{"url": f"https://feeds.example/{n}.xml"} for n in range(20)]
    start, opened, failures = threading.Barrier(6), [], []

    def open_and_seed() -> None:
        start.wait()
        try:
            store = Store.open(database_url)
            store.seed_feeds(feeds)
            opened.append(store)
        except Exception as exc:  # reported below, with what went wrong
            failures.append(exc)

    threads = [threading.Thread(target=open_and_seed) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(opened[0].list_feeds()) == 20
    for store in opened:
        store.close()


def test_the_head_read_from_the_migration_files_is_alembics() -> None:
    config = migrate.alembic_config(make_engine("sqlite://"))
    assert migrate.head_revisions() == set(ScriptDirectory.from_config(config).get_heads())


def test_a_store_behind_is_migrated_when_opened(database_url: str) -> None:
    engine = make_engine(database_url)
    migrate.upgrade(engine, "0014")
    assert not migrate.is_current(engine)
    engine.dispose()
    store = Store.open(database_url)
    assert store.not_ready() is None
    store.close()


def test_opening_a_current_store_does_not_load_alembic(database_url: str) -> None:
    """Alembic (about 12 MB) is loaded only when the schema needs migrating."""
    Store.open(database_url).close()
    script = (
        "import sys\n"
        "from bot.storage import Store\n"
        f"Store.open({database_url!r}).add_feed('https://one.example/rss')\n"
        "print('ALEMBIC', 'alembic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "ALEMBIC False", result.stderr
