"""article_sites: the named facilities an article names, kept with it

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-07 22:00:00.000000

Issue 12: a named facility ("strike on Al-Shifa Hospital") is an event site, found apart from
places (`understand.sites`). Each article's sites are kept in their own table, in the order
first named, with the place the text puts each in (NULL: none), so that the event line of
digests and alerts, `export` and `whatsnew --json` show them. No place query reads them.
Articles stored before have none: a site is found from the text at ingest.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "article_sites",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("parent_key", sa.String(length=120), nullable=True),
        sa.Column("parent_name", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_sites_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", "position", name=op.f("pk_article_sites")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("article_sites")
