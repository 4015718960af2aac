"""feed_notices.finished: a claimed notice is finished once told (or given up on)

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-05 13:20:00.000000

A process that died between claiming a feed notice and posting it left the claim behind and
the channel untold. A claim now starts unfinished and is finished when the notice is posted,
found in the channel after a lost answer, or refused for good; one left unfinished longer
than `channels.STALE_CLAIM` is taken over (`ChannelStore.unfinished_feed_notices`). Rows
stored before were told or given up on: finished. In place, as 0020.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "feed_notices",
        sa.Column("finished", sa.Boolean(), nullable=False, server_default=sa.true()),
    )


def downgrade() -> None:
    op.drop_column("feed_notices", "finished")
