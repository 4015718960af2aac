"""feed leases and who added a feed from Slack

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 06:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.schema

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(length=80), nullable=True))
        batch.add_column(sa.Column("lease_until", bot.storage.schema.UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("added_team", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("added_by", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("added_by")
        batch.drop_column("added_team")
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
