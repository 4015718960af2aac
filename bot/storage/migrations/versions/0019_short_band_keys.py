"""short band keys: story_bands.band keeps the high 32 bits of each key

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05 06:00:00.000000

Issue 15 (store per article ≤ 1.5x reader's): an article has about 55 band keys, each a
random 64-bit integer that SQLite stores in 8 bytes. Story matching looks keys up only to
find candidates, which are then compared exactly, so 32 bits are enough (a chance
collision among a few days of keys adds a candidate now and then) and take 4 bytes: about
a fifth of `story_bands`. New keys are the high half of the same digests
(`understand.stories.band_keys`), so the stored ones become `band >> 32` (arithmetic on
both SQLite and PostgreSQL) and stay comparable; two keys of one article that share their
high half become one row. A downgrade cannot restore the low halves: it forgets the band
keys, so articles stored before it start new stories for a few days.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE TEMPORARY TABLE short_bands AS"
        " SELECT DISTINCT band >> 32 AS band, published_at, article_id FROM story_bands"
    )
    op.execute("DELETE FROM story_bands")
    op.execute(
        "INSERT INTO story_bands (band, published_at, article_id)"
        " SELECT band, published_at, article_id FROM short_bands"
    )
    op.execute("DROP TABLE short_bands")


def downgrade() -> None:
    op.execute("DELETE FROM story_bands")
