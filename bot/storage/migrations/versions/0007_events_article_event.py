"""events: an article's event type, sub-event type, killed, injured and event place

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 10:00:00.000000

Nullable columns: articles stored before have no event, as have articles that are no
conflict.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (
    ("event_type", sa.Text),
    ("sub_event_type", sa.Text),
    ("killed_min", sa.Integer),
    ("killed_exact", sa.Boolean),
    ("injured_min", sa.Integer),
    ("injured_exact", sa.Boolean),
    ("event_place", sa.Text),
)


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        for name, kind in COLUMNS:
            batch.add_column(sa.Column(name, kind(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        for name, _ in reversed(COLUMNS):
            batch.drop_column(name)
