"""articles by story and time, and by story and incident day: each one index seek

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06 04:00:00.000000

Issue 16: each stored article's candidates query asks when each candidate's story was first
reported (`stories._candidates_query`: a story is joined only within STORY_WINDOW of its
first report). With an index on story_id alone that read every article of the story, and a
story told by hundreds of reports made storing slower as the store grew. On (story_id,
published_at) the earliest is the index's first entry for the story; the index still finds
a story's articles, so it replaces the one on story_id. Likewise which stories at a town
date their incident on a report's days (`stories.stories_told_on`) read every dated report
of each story; on (story_id, incident_on) it is one seek a story and day (of the dated
reports only: the index stays small, a store's size per article within issue 15's bar).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_articles_story_id_published_at"
DAY_INDEX = "ix_articles_story_id_incident_on"
OLD_INDEX = "ix_articles_story_id"
DATED = "incident_on IS NOT NULL"


def upgrade() -> None:
    op.create_index(INDEX, "articles", ["story_id", "published_at"], unique=False)
    op.create_index(
        DAY_INDEX,
        "articles",
        ["story_id", "incident_on"],
        unique=False,
        sqlite_where=sa.text(DATED),
        postgresql_where=sa.text(DATED),
    )
    op.drop_index(OLD_INDEX, table_name="articles")


def downgrade() -> None:
    op.create_index(OLD_INDEX, "articles", ["story_id"], unique=False)
    op.drop_index(DAY_INDEX, table_name="articles")
    op.drop_index(INDEX, table_name="articles")
