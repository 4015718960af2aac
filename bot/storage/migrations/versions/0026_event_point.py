"""articles.event_lat, event_lon: the event place's point kept with the article

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-05 23:00:00.000000

Issue 16: word-set likeness joined a report of shelling in Manbij to the story of a drone
strike on Tal Refaat market, 68 km away, told the same day in the same words. The point of
the event's place, when it is a populated place (a city, town, village, camp), is kept so
that `stories.matching_story` refuses two reports placed far apart. Nullable: an area, no
event, or stored before has none (and nothing is refused for it). Added in place, as 0023
did: copying `articles` would delete its sources by cascade.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("event_lat", sa.Float(), nullable=True))
    op.add_column("articles", sa.Column("event_lon", sa.Float(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "event_lon")  # in place: a copied table would cascade
    op.drop_column("articles", "event_lat")
