"""Alembic migrations, run programmatically (no alembic.ini needed).

Alembic is imported only when the schema is behind: whether it is at the head is read with
plain SQL (the `alembic_version` row) against the revisions the migration files declare, so a
command opening a current store does not pay for loading Alembic.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from bot.storage.engine import begin_writing
from bot.understand.apart import run_apart

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
VERSION_TABLE = "alembic_version"
"""Where Alembic records the revision a database is at."""
_DECLARED = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.MULTILINE)
_REVISION_ID = re.compile(r"""["']([^"']+)["']""")


def alembic_config(engine: Engine) -> Config:
    """An Alembic config whose migrations run on `engine`."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


MIGRATION_LOCK = 7_406_813_201
"""PostgreSQL advisory lock held while migrating (any number; the same in every process)."""


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to `revision`.

    On PostgreSQL the migration runs under a transaction-scoped advisory lock, so
    processes starting together migrate one after the other: the first does the work,
    the others find the schema current. On SQLite the write lock is taken first, to
    the same effect. A database already at the head is left alone without loading Alembic.
    """
    if revision == "head" and is_current(engine):
        return
    from alembic import command

    config = alembic_config(engine)
    with begin_writing(engine) as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def upgrade_apart(engine: Engine) -> None:
    """`upgrade` to the head, run by a process of its own when the schema is behind: Alembic
    and the migrations (about 20 MB, never given back once imported) stay out of this
    process, which may run for weeks. Here when that fails (the error is then raised here)
    or the database lives in this process's memory."""
    if is_current(engine):
        return
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.database not in (None, "", ":memory:"):
        address = url.render_as_string(hide_password=False)  # in the environment, not argv
        if run_apart(_UPGRADE, timeout=None, env={"NEWSBOT_DATABASE_URL": address}) and (
            is_current(engine)
        ):
            heads = ", ".join(sorted(head_revisions()))
            log.info("database schema migrated to %s (by a process of its own)", heads)
            return
    upgrade(engine)


_UPGRADE = """
import os
from bot.storage.engine import make_engine
from bot.storage.migrate import upgrade
upgrade(make_engine(os.environ["NEWSBOT_DATABASE_URL"]))
"""


def is_current(engine: Engine) -> bool:
    """Whether the database is at the newest migration."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return False
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
        return {row[0] for row in rows} == head_revisions()


@cache
def head_revisions() -> frozenset[str]:
    """The revisions no migration file revises: what `alembic upgrade head` reaches, read
    from the files' `revision` and `down_revision` declarations."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in VERSIONS_DIR.glob("*.py"):
        for name, value in _DECLARED.findall(path.read_text(encoding="utf-8")):
            ids = _REVISION_ID.findall(value)
            (revisions if name == "revision" else revised).update(ids)
    return frozenset(revisions - revised)
