"""subscriptions.min_killed: a severity threshold ("when 5+ killed")

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 16:00:00.000000

NULL for every subscription so far: each keeps taking every story.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("min_killed", sa.Integer()))


def downgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("min_killed")
