"""compact store: story_bands and article_places WITHOUT ROWID, their times as integers,
feed_summary NULL when it is the text

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04 23:00:00.000000

Issue 15: `story_bands` and `article_places` were half of a SQLite store, each row kept
twice (the rowid table and its primary key's index) with its time as 26 characters of text.
On SQLite both tables are rebuilt WITHOUT ROWID (the primary key is the table) with
`published_at` as an integer since 1970: seconds for band keys (`schema.UTCSeconds`, only
compared with a window of days), microseconds for places (`schema.UTCMicros`); on PostgreSQL
the columns change type in place. A region's row in `article_places` ("in:" key) keeps its
key, time and conflict flag only: its name, kind, country and spelling were never read (not
restored by a downgrade). `articles.feed_summary`, never read and in most feeds the same as
`text`, becomes NULL where it is. (Bodies, summaries and word sets stored from now on are
compressed on SQLite, `schema.PackedText`: no migration, plain rows read as they are.)
"""

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

import bot.storage.schema

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PLACES_INDEX = "ix_article_places_place_key_is_conflict_published_at_article_id"
PLACES_INDEXED = ["place_key", "is_conflict", "published_at", "article_id"]
SQLITE_SECONDS = "CAST(strftime('%s', published_at) AS INTEGER)"
"""SQLite's stored text 'YYYY-MM-DD HH:MM:SS.ffffff' as whole seconds since 1970."""
SQLITE_MICROS = (
    "(CAST(strftime('%s', published_at) AS INTEGER) * 1000000"
    " + CAST(substr(published_at, 21, 6) AS INTEGER))"
)
"""SQLite's stored text 'YYYY-MM-DD HH:MM:SS.ffffff' as microseconds since 1970."""
SQLITE_TEXT = (
    "(strftime('%Y-%m-%d %H:%M:%S', published_at / 1000000, 'unixepoch')"
    " || printf('.%06d', published_at % 1000000))"
)
SQLITE_SECONDS_TEXT = "(strftime('%Y-%m-%d %H:%M:%S', published_at, 'unixepoch') || '.000000')"
PG_SECONDS = "floor(extract(epoch FROM published_at))::bigint"
PG_MICROS = "round(extract(epoch FROM published_at) * 1000000)::bigint"
PG_SECONDS_TEXT = "(to_timestamp(published_at) AT TIME ZONE 'UTC')"
PG_TEXT = "(to_timestamp(published_at / 1000000.0) AT TIME ZONE 'UTC')"
REGION_ROWS = (
    "UPDATE article_places SET name = '', kind = '', country_code = '', geonameid = NULL,"
    " as_written = '' WHERE place_key LIKE 'in:%'"
)
"""A region's row ("in:" key) is found by its key and time; the rest was never read."""


def _bands(time_type: sa.types.TypeEngine[datetime], rowid: bool, name: str) -> None:
    op.create_table(
        name,
        sa.Column("band", sa.BigInteger(), nullable=False),
        sa.Column("published_at", time_type, nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_story_bands_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band", "published_at", "article_id", name=op.f("pk_story_bands")),
        sqlite_with_rowid=rowid,
    )


def _places(time_type: sa.types.TypeEngine[datetime], rowid: bool, name: str) -> None:
    op.create_table(
        name,
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("place_key", sa.String(length=120), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("as_written", sa.Text(), nullable=False),
        sa.Column("is_conflict", sa.Boolean(), nullable=False),
        sa.Column("published_at", time_type, nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_places_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "place_key", name=op.f("pk_article_places")),
        sqlite_with_rowid=rowid,
    )


PLACES_COLUMNS = (
    "article_id, place_key, name, kind, country_code, geonameid, as_written, is_conflict"
)


def _rebuild_sqlite(compact: bool) -> None:
    """Copy both tables into new ones of the other layout (SQLite cannot alter either)."""
    schema = bot.storage.schema
    _bands(schema.UTCSeconds() if compact else schema.UTCDateTime(), not compact, "story_bands_new")
    op.execute(
        "INSERT INTO story_bands_new (band, published_at, article_id) SELECT band, "
        f"{SQLITE_SECONDS if compact else SQLITE_SECONDS_TEXT}, article_id FROM story_bands"
    )
    op.drop_table("story_bands")
    op.rename_table("story_bands_new", "story_bands")
    op.drop_index(PLACES_INDEX, table_name="article_places")
    _places(
        schema.UTCMicros() if compact else schema.UTCDateTime(), not compact, "article_places_new"
    )
    op.execute(
        f"INSERT INTO article_places_new ({PLACES_COLUMNS}, published_at) "
        f"SELECT {PLACES_COLUMNS}, {SQLITE_MICROS if compact else SQLITE_TEXT} FROM article_places"
    )
    op.drop_table("article_places")
    op.rename_table("article_places_new", "article_places")
    op.create_index(PLACES_INDEX, "article_places", PLACES_INDEXED, unique=False)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(compact=True)
    else:
        for table, convert in (("story_bands", PG_SECONDS), ("article_places", PG_MICROS)):
            op.execute(f"ALTER TABLE {table} ALTER COLUMN published_at TYPE BIGINT USING {convert}")
    op.execute(REGION_ROWS)
    _feed_summary(nullable=True)


def _feed_summary(nullable: bool) -> None:
    """`feed_summary` as a new column, NULL (nullable) or the text where it is the text.

    Added, filled, the old one dropped and the new renamed, with plain ALTER TABLEs: a batch
    rebuild of `articles` on SQLite would drop the table, and with it (foreign keys being
    on) every row that cascades from an article."""
    op.add_column("articles", sa.Column("feed_summary_new", sa.Text(), nullable=True))
    value = "NULLIF(feed_summary, text)" if nullable else "COALESCE(feed_summary, text)"
    op.execute(f"UPDATE articles SET feed_summary_new = {value}")
    op.execute("ALTER TABLE articles DROP COLUMN feed_summary")
    op.execute("ALTER TABLE articles RENAME COLUMN feed_summary_new TO feed_summary")
    if not nullable and op.get_bind().dialect.name != "sqlite":  # SQLite: left nullable
        op.alter_column("articles", "feed_summary", existing_type=sa.Text(), nullable=False)


def downgrade() -> None:
    _feed_summary(nullable=False)
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_sqlite(compact=False)
    else:
        for table, convert in (("story_bands", PG_SECONDS_TEXT), ("article_places", PG_TEXT)):
            op.execute(
                f"ALTER TABLE {table} ALTER COLUMN published_at "
                f"TYPE TIMESTAMP WITHOUT TIME ZONE USING {convert}"
            )
