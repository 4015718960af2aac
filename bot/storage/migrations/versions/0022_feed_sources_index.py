"""article_sources by feed and time: a feed's latest articles, for its home

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-05 16:00:00.000000

A poll reads the places of the feed's latest articles to learn the feed's home
(`ArticleStore.feed_places`): an index on (feed_id, seen_at) makes that a short range scan
instead of a walk over every article's sources.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_article_sources_feed_id_seen_at"


def upgrade() -> None:
    op.create_index(INDEX, "article_sources", ["feed_id", "seen_at"], unique=False)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="article_sources")
