"""slack installations: slack_sdk's installation and OAuth state tables

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 09:00:00.000000

The tables are built by slack_sdk's own classmethods (`build_slack_oauth_tables`), the
definitions its SQLAlchemy stores query, rather than copied here column by column.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import bot.storage.schema

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tables() -> sa.MetaData:
    tables = sa.MetaData(naming_convention=bot.storage.schema.metadata.naming_convention)
    bot.storage.schema.build_slack_oauth_tables(tables)
    return tables


def upgrade() -> None:
    _tables().create_all(op.get_bind(), checkfirst=False)


def downgrade() -> None:
    _tables().drop_all(op.get_bind(), checkfirst=False)
