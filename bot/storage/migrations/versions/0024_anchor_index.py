"""anchor_index: word -> conflict report, for the names rare across the whole store

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-05 20:00:00.000000

Issue 16: a report that shares a single distinctive name with a story ("Okhmatdyt",
"Rubymar"), or whose places are not found (Greek, Croatian, Polish text), has no reports
at its places to compare with. Each conflict report's anchor words (those that are not
its places' names) are rows (word, published_at, article_id): "the recent reports that
write this word" is one range scan of the primary key per word, whatever the number of
articles stored (SQLite: WITHOUT ROWID, the key is the table), and how many write it is
how rare it is store-wide. Rows older than the window are pruned with the band keys.
Reports stored before are not indexed: the index fills as reports arrive.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.schema

revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "anchor_index",
        sa.Column("word", sa.String(length=120), nullable=False),
        sa.Column("published_at", bot.storage.schema.UTCSeconds(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_anchor_index_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("word", "published_at", "article_id", name=op.f("pk_anchor_index")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("anchor_index")
