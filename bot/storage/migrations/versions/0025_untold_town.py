"""articles.untold_town, untold_on: a report giving no figure, its town and day kept

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-05 22:00:00.000000

Issue 16: a conflict report giving no casualty figure joins the one story told at its
town that day (`stories.lone_story`), but only as it is stored: one stored before any
other report at its town stayed alone when the story formed there later. Its town and the
day its lead dates are kept, so that a report later stored at that town finds it
(`stories.lone_reports`) and the same rules are tried again. Nullable: a report with a
figure, with no single town, or stored before has none (and is not looked for again).
Added in place, as 0023 did: copying `articles` would delete its sources by cascade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("untold_town", sa.String(length=120), nullable=True))
    op.add_column("articles", sa.Column("untold_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "untold_on")  # in place: a copied table would cascade
    op.drop_column("articles", "untold_town")
