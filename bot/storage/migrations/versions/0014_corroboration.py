"""subscriptions.min_outlets, outlets_within: corroboration ("when 2+ outlets report it
within 2 h")

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 19:00:00.000000

The least number of outlets and the window in minutes from the story's first report; NULL
for every subscription so far: each keeps taking every story.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("min_outlets", sa.Integer()))
        batch.add_column(sa.Column("outlets_within", sa.Integer()))


def downgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("outlets_within")
        batch.drop_column("min_outlets")
