"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 02:17:16.964036
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.schema

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("region", sa.String(length=40), nullable=True),
        sa.Column("origin", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("added_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("next_poll_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("consecutive_failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_kind", sa.String(length=20), nullable=True),
        sa.Column("last_polled_at", bot.storage.schema.UTCDateTime(), nullable=True),
        sa.Column("last_success_at", bot.storage.schema.UTCDateTime(), nullable=True),
        sa.Column("last_problem", sa.Text(), nullable=True),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feeds")),
        sa.UniqueConstraint("url", name=op.f("uq_feeds_url")),
    )
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feeds_active_next_poll_at"), ["active", "next_poll_at"], unique=False
        )

    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Text(), nullable=False),
        sa.Column("canonical_link", sa.Text(), nullable=True),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("feed_summary", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("published_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("published_is_guess", sa.Boolean(), nullable=False),
        sa.Column("first_seen_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("relevance", sa.Float(), nullable=False),
        sa.Column("is_conflict", sa.Boolean(), nullable=False),
        sa.Column("relevance_terms", sa.Text(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["feed_id"], ["feeds.id"], name=op.f("fk_articles_feed_id_feeds"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_articles")),
        sa.UniqueConstraint("canonical_link", name=op.f("uq_articles_canonical_link")),
        sa.UniqueConstraint("uid", name=op.f("uq_articles_uid")),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_articles_is_conflict_first_seen_at"),
            ["is_conflict", "first_seen_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_articles_is_conflict_published_at"),
            ["is_conflict", "published_at"],
            unique=False,
        )

    op.create_table(
        "article_places",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("place_key", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("as_written", sa.Text(), nullable=False),
        sa.Column("is_conflict", sa.Boolean(), nullable=False),
        sa.Column("published_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_places_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "place_key", name=op.f("pk_article_places")),
    )
    with op.batch_alter_table("article_places", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_article_places_place_key_is_conflict_published_at_article_id"),
            ["place_key", "is_conflict", "published_at", "article_id"],
            unique=False,
        )

    op.create_table(
        "article_sources",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("link", sa.Text(), nullable=True),
        sa.Column("seen_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_sources_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["feed_id"],
            ["feeds.id"],
            name=op.f("fk_article_sources_feed_id_feeds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "feed_id", name=op.f("pk_article_sources")),
    )


def downgrade() -> None:
    op.drop_table("article_sources")
    with op.batch_alter_table("article_places", schema=None) as batch_op:
        batch_op.drop_index(
            batch_op.f("ix_article_places_place_key_is_conflict_published_at_article_id")
        )

    op.drop_table("article_places")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_is_conflict_published_at"))
        batch_op.drop_index(batch_op.f("ix_articles_is_conflict_first_seen_at"))

    op.drop_table("articles")
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feeds_active_next_poll_at"))

    op.drop_table("feeds")
