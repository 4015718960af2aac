"""subscriptions.event_kinds: kinds of event ("airstrikes in Sudan")

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 18:00:00.000000

A JSON list of ACLED sub-event types; NULL for every subscription so far: each keeps taking
every kind of event.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("event_kinds", sa.Text()))


def downgrade() -> None:
    with op.batch_alter_table("subscriptions") as batch:
        batch.drop_column("event_kinds")
