"""Shared fixtures: a real database (SQLite, or the PostgreSQL named by
NEWSBOT_DATABASE_URL), a real local feed server, the real analyzer."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import create_engine, text

from bot.settings import Settings
from bot.storage import Store
from tests.support.feed_server import FeedServer

if TYPE_CHECKING:
    from bot.understand.analyzer import Analyzer

_URL = os.environ.get("NEWSBOT_DATABASE_URL", "")
POSTGRES_URL = _URL if _URL.startswith("postgresql") else None
"""When it names PostgreSQL (CI's second run), each test gets a schema of its own there."""


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh empty database: a SQLite file, or a schema of its own on PostgreSQL."""
    if not POSTGRES_URL:
        yield f"sqlite:///{tmp_path / 'newsbot.db'}"
        return
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """Settings for one test: its own data folder and database, no default feeds."""
    return Settings(data_dir=tmp_path / "data", database_url=database_url, seed_feeds=False)


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    """The store on a fresh, migrated database."""
    opened = Store.open(database_url)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The real lexicon, gazetteer and summarizer from config/ (loaded once)."""
    from bot.understand.analyzer import Analyzer

    return Analyzer.load(Settings(seed_feeds=False))


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """A real HTTP server on 127.0.0.1 serving whatever a test registers."""
    with FeedServer() as server:
        yield server
