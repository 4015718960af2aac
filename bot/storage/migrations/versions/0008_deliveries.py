"""deliveries: each Slack delivery's intent before it is posted, its ts after

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 11:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.schema

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deliveries",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("team_id", sa.String(length=20), nullable=False),
        sa.Column("channel_id", sa.String(length=20), nullable=False),
        sa.Column("slot", sa.String(length=40), nullable=True),
        sa.Column("intent_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("parts", sa.Text(), nullable=False),
        sa.Column("posted", sa.Text(), nullable=False),
        sa.Column("lease_owner", sa.String(length=80), nullable=False),
        sa.Column("lease_until", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("done_at", bot.storage.schema.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
    )
    op.create_index(
        op.f("ix_deliveries_done_at_lease_until"),
        "deliveries",
        ["done_at", "lease_until"],
        unique=False,
    )
    op.add_column("posted_messages", sa.Column("delivery_id", sa.String(length=36)))
    op.add_column("digest_slots", sa.Column("delivery_id", sa.String(length=36)))


def downgrade() -> None:
    with op.batch_alter_table("digest_slots") as batch:
        batch.drop_column("delivery_id")
    with op.batch_alter_table("posted_messages") as batch:
        batch.drop_column("delivery_id")
    op.drop_index(op.f("ix_deliveries_done_at_lease_until"), table_name="deliveries")
    op.drop_table("deliveries")
