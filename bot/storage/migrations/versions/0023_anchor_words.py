"""articles.anchor_words: a conflict report's anchor words, kept when it is stored

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05 19:00:00.000000

Each new conflict report reads the latest reports at its places (`place_reports`) for the
names they write; reading their kept anchor words instead of their texts spares unpacking
each text and finding its anchors again. Nullable: articles stored before have none and
are read as before (their anchors found from their title and text). Both ways alter the
table in place: copying `articles`, as a batch operation would, drops the old table, which
deletes its sources and band keys by cascade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("anchor_words", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "anchor_words")  # in place: a copied table would cascade
