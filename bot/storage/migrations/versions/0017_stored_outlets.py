"""stored outlets: articles.wire and article_sources.outlet

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 02:00:00.000000

Issue 15: a story's sources were counted by outlet (a credited wire agency, else the
registered domain of the link or the feed) when the story was read, which unpacked every
article's text and loaded the Public Suffix List (tldextract, requests) for each terminal
`whatsnew`. Both are now worked out once, when an article is stored: `articles.wire` (NULL:
no credit) and `article_sources.outlet`. The rows stored before are filled in here.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.schema import article_sources, articles, feeds
from bot.understand.outlets import source_domain, wire_credit

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000
"""Rows written per statement, and articles read at a time for their texts, so a large store
is filled in with bounded memory."""


def _fill_wires(conn: sa.Connection) -> None:
    """Each stored article's wire credit, from its text."""
    last = 0
    while True:
        rows = conn.execute(
            sa.select(articles.c.id, articles.c.text)
            .where(articles.c.id > last)
            .order_by(articles.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        credited = [
            {"key": row.id, "wire": wire} for row in rows if (wire := wire_credit(row.text))
        ]
        if credited:
            conn.execute(sa.update(articles).where(articles.c.id == sa.bindparam("key")), credited)
        last = rows[-1].id


def _fill_outlets(conn: sa.Connection) -> None:
    """Each stored source's outlet, from its link and its feed, as ingest works it out."""
    rows = conn.execute(
        sa.select(
            article_sources.c.article_id,
            article_sources.c.feed_id,
            article_sources.c.link,
            feeds.c.url,
        ).join(feeds, feeds.c.id == article_sources.c.feed_id)
    ).all()
    for start in range(0, len(rows), BATCH):
        conn.execute(
            sa.update(article_sources).where(
                (article_sources.c.article_id == sa.bindparam("article"))
                & (article_sources.c.feed_id == sa.bindparam("feed"))
            ),
            [
                {
                    "article": row.article_id,
                    "feed": row.feed_id,
                    "outlet": source_domain(row.url, row.link),
                }
                for row in rows[start : start + BATCH]
            ],
        )


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("wire", sa.String(length=32), nullable=True))
    with op.batch_alter_table("article_sources") as batch:
        batch.add_column(sa.Column("outlet", sa.Text(), nullable=False, server_default=""))
    conn = op.get_bind()
    _fill_wires(conn)
    _fill_outlets(conn)


def downgrade() -> None:
    with op.batch_alter_table("article_sources") as batch:
        batch.drop_column("outlet")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("wire")
