"""feed notices

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.schema

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "feed_notices",
        sa.Column("team_id", sa.String(length=20), nullable=False),
        sa.Column("channel_id", sa.String(length=20), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("streak", sa.String(length=40), nullable=False),
        sa.Column("notified_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["feed_id"],
            ["feeds.id"],
            name=op.f("fk_feed_notices_feed_id_feeds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "team_id", "channel_id", "feed_id", "streak", name=op.f("pk_feed_notices")
        ),
    )


def downgrade() -> None:
    op.drop_table("feed_notices")
