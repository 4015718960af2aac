"""no relevance terms: articles.relevance_terms dropped

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05 05:20:00.000000

Issue 15 (store per article ≤ 1.5x reader's): `articles.relevance_terms`, the lexicon terms
found in an article (about 60 bytes of each row), was written at ingest and never read: the
relevance verdict and score are kept, and `newsbot analyze` shows the terms of any text.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE articles DROP COLUMN relevance_terms")  # SQLite 3.35+, PostgreSQL


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("relevance_terms", sa.Text(), nullable=False, server_default=""))
