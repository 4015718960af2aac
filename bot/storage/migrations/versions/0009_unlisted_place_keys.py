"""article_places: keys of places the gazetteer does not list, which carry their parent's

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 15:00:00.000000

"unlisted:cfg:deir-ez-zor-governorate/al-shafa" is longer than the 40 characters GeoNames
and config keys needed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("article_places") as batch:
        batch.alter_column("place_key", type_=sa.String(120), existing_type=sa.String(40))


def downgrade() -> None:
    with op.batch_alter_table("article_places") as batch:
        batch.alter_column("place_key", type_=sa.String(40), existing_type=sa.String(120))
