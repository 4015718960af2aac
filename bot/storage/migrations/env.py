"""Alembic environment: runs migrations on the connection `bot.storage.migrate` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from bot.storage.schema import metadata, slack_oauth_tables


def run_migrations_online() -> None:
    """Run the migrations on `config.attributes["connection"]`."""
    connection: Connection = context.config.attributes["connection"]
    slack_oauth_tables()  # on `metadata` too: the schema is all of it
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
