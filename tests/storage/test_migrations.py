"""Alembic migrations build exactly the schema the code defines."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from bot.storage import migrate
from bot.storage.schema import metadata
from bot.storage.store import Store, make_engine


def test_migrations_match_the_schema_the_code_uses(database_url: str) -> None:
    engine = make_engine(database_url)
    assert not migrate.is_current(engine)
    migrate.upgrade(engine)
    assert migrate.is_current(engine)
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
