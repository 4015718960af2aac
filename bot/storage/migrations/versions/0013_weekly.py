"""subscriptions.daily_at holds a weekly schedule's day too ("Mon 08:00")

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 19:00:00.000000

Widened from 5 characters ("HH:MM") to 9; every value so far stays as it is.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.alter_column("daily_at", existing_type=sa.String(length=5), type_=sa.String(length=9))


def downgrade() -> None:
    op.execute("DELETE FROM subscriptions WHERE mode = 'weekly'")
    with op.batch_alter_table("subscriptions") as batch:
        batch.alter_column("daily_at", existing_type=sa.String(length=9), type_=sa.String(length=5))
