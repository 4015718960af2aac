"""articles.incident_on: the day an article's incident happened, as its lead dates it

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05 13:00:00.000000

Issue 16: two reports in one language of one town's incident on the same day and with the
same facts join one story even when their words differ (`storage.stories.same_day_story`).
Nullable: articles stored before, and those whose lead dates nothing, have none. Both ways
alter the table in place (SQLite 3.35+): copying `articles`, as a batch operation would,
drops the old table, which deletes its sources and band keys by cascade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("incident_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "incident_on")  # in place: a copied table would cascade
