"""single-value bands: story_bands holds 24 keys an article, one MinHash value each

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07 10:30:00.000000

Issue 15 (storing grows with the store; store per article <= 1.5x reader's): an article's
fingerprint was 64 LSH bands of two MinHash values, about 55 rows of `story_bands` each,
82% of whose keys no other article shares. It is now 24 bands of one value
(`understand.stories.BANDS`, `ROWS`), which finds pairs of reports as alike as before or
less alike with fewer rows. The keys stored before were digests of two values and meet no
new key, so each indexed article's keys are made anew here from its stored word set
(`articles.story_terms`), with the time its rows had. A downgrade cannot make the earlier
keys without their code: it forgets the band keys, so articles stored before it start new
stories for a few days.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.schema import articles, story_bands
from bot.understand.stories import band_keys

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000
"""Articles read and re-keyed at a time, so a large index is remade with bounded memory."""


def upgrade() -> None:
    conn = op.get_bind()
    indexed = dict(
        conn.execute(
            sa.select(story_bands.c.article_id, sa.func.min(story_bands.c.published_at)).group_by(
                story_bands.c.article_id
            )
        ).all()
    )
    conn.execute(sa.delete(story_bands))
    ids = sorted(indexed)
    for start in range(0, len(ids), BATCH):
        rows = conn.execute(
            sa.select(articles.c.id, articles.c.story_terms).where(
                articles.c.id.in_(ids[start : start + BATCH])
            )
        ).all()
        keyed = [
            {"band": key, "published_at": indexed[article_id], "article_id": article_id}
            for article_id, terms in rows
            for key in dict.fromkeys(band_keys((terms or "").split()))
        ]
        if keyed:
            conn.execute(sa.insert(story_bands), keyed)


def downgrade() -> None:
    op.execute("DELETE FROM story_bands")
