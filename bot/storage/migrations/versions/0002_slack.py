"""slack

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 02:43:52.783757
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.schema

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "channel_settings",
        sa.Column("team_id", sa.String(length=20), nullable=False),
        sa.Column("channel_id", sa.String(length=20), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("all_quiet", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "channel_id", name=op.f("pk_channel_settings")),
    )
    op.create_table(
        "digest_slots",
        sa.Column("team_id", sa.String(length=20), nullable=False),
        sa.Column("channel_id", sa.String(length=20), nullable=False),
        sa.Column("slot", sa.String(length=40), nullable=False),
        sa.Column("schedule", sa.String(length=20), nullable=False),
        sa.Column("claimed_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("done_at", bot.storage.schema.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("team_id", "channel_id", "slot", name=op.f("pk_digest_slots")),
    )
    with op.batch_alter_table("digest_slots", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_digest_slots_team_id_channel_id_schedule_done_at"),
            ["team_id", "channel_id", "schedule", "done_at"],
            unique=False,
        )

    op.create_table(
        "mutes",
        sa.Column("team_id", sa.String(length=20), nullable=False),
        sa.Column("channel_id", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("until", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "channel_id", "kind", "target", name=op.f("pk_mutes")),
    )
    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=20), nullable=False),
        sa.Column("channel_id", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("mode", sa.String(length=10), nullable=False),
        sa.Column("daily_at", sa.String(length=5), nullable=True),
        sa.Column("created_by", sa.String(length=20), nullable=False),
        sa.Column("created_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("start_from", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("paused_reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriptions")),
        sa.UniqueConstraint(
            "team_id",
            "channel_id",
            "kind",
            "target",
            name=op.f("uq_subscriptions_team_id_channel_id_kind_target"),
        ),
    )
    op.create_table(
        "posted_messages",
        sa.Column("team_id", sa.String(length=20), nullable=False),
        sa.Column("channel_id", sa.String(length=20), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("claimed_at", bot.storage.schema.UTCDateTime(), nullable=False),
        sa.Column("ts", sa.String(length=40), nullable=True),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_posted_messages_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "team_id", "channel_id", "article_id", name=op.f("pk_posted_messages")
        ),
    )


def downgrade() -> None:
    op.drop_table("posted_messages")
    op.drop_table("subscriptions")
    op.drop_table("mutes")
    with op.batch_alter_table("digest_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_digest_slots_team_id_channel_id_schedule_done_at"))

    op.drop_table("digest_slots")
    op.drop_table("channel_settings")
