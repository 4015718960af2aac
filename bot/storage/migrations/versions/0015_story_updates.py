"""posted_messages.message_ts and slack_messages: a story's post, updated in place

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04 18:30:00.000000

`message_ts`: the message in which an article leads a story (NULL for every row so far and
for articles shown only as a story's further report); `slack_messages`: the text and blocks
of each message that leads stories, as last posted or updated, so that one story's blocks
can be replaced when it grows.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("posted_messages", sa.Column("message_ts", sa.String(length=40)))
    op.create_table(
        "slack_messages",
        sa.Column("team_id", sa.String(length=20), nullable=False),
        sa.Column("channel_id", sa.String(length=20), nullable=False),
        sa.Column("ts", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("blocks", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "channel_id", "ts", name=op.f("pk_slack_messages")),
    )


def downgrade() -> None:
    op.drop_table("slack_messages")
    with op.batch_alter_table("posted_messages") as batch:
        batch.drop_column("message_ts")
