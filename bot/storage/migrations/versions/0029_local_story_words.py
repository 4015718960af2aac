"""story words in the article's own language: Arabic, Russian and Ukrainian reports' word
sets and band keys made anew

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-07 21:00:00.000000

Issues 16 and 18: an article's story words (`articles.story_terms`, `understand.stories.
terms_of`) were stemmed and told from stop words in English whatever its language, so two
Ukrainian reports of one strike shared few words ("Тернопіль", "Тернополі" and "Тернополю"
were three). They are now stemmed in the article's language (`stems.stemmer_for`) and its
stop words are those `config/stopwords/` lists. The stored word sets of articles in those
languages are made anew here from their title and text, as the fingerprint is made at
ingest, and the band keys of those indexed are made anew from them, with the time their
rows had. English articles, and those of other languages (French among them: its stop words
cost more same-event pairs than its stems won, docs/decisions.md), keep theirs: their words
are made as before. A downgrade makes the word sets and keys the English way again, as earlier
versions stored them.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from bot.storage.schema import articles, story_bands
from bot.understand.stories import band_keys, terms_of

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LANGUAGES = ("ar", "ru", "uk")
"""The languages whose story words this revision makes in their own stems and stop words."""
BATCH = 1000
"""Articles read and re-made at a time, so a large store is migrated with bounded memory."""


def upgrade() -> None:
    _remake_words(own_language=True)


def downgrade() -> None:
    _remake_words(own_language=False)


def _remake_words(own_language: bool) -> None:
    """Make the word sets of the articles in LANGUAGES anew, in their own language or the
    English way, and the band keys of those indexed from them."""
    conn = op.get_bind()
    ids = (
        conn.execute(
            sa.select(articles.c.id).where(articles.c.lang.in_(LANGUAGES)).order_by(articles.c.id)
        )
        .scalars()
        .all()
    )
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        rows = conn.execute(
            sa.select(
                articles.c.id,
                articles.c.title,
                articles.c.text,
                articles.c.feed_summary,
                articles.c.lang,
            ).where(articles.c.id.in_(batch))
        ).all()
        words = {
            article_id: terms_of(title, text or summary or "", lang if own_language else None)
            for article_id, title, text, summary, lang in rows
        }
        conn.execute(
            sa.update(articles)
            .where(articles.c.id == sa.bindparam("article"))
            .values(story_terms=sa.bindparam("terms")),
            [{"article": key, "terms": " ".join(sorted(terms))} for key, terms in words.items()],
        )
        _remake_bands(conn, words)


def _remake_bands(conn: sa.Connection, words: dict[int, frozenset[str]]) -> None:
    """The band keys of those of these articles that are indexed, made anew from their word
    sets, at the time their rows had (an article not indexed, a near-duplicate, stays so)."""
    indexed = dict(
        conn.execute(
            sa.select(story_bands.c.article_id, sa.func.min(story_bands.c.published_at))
            .where(story_bands.c.article_id.in_(list(words)))
            .group_by(story_bands.c.article_id)
        ).all()
    )
    if not indexed:
        return
    conn.execute(sa.delete(story_bands).where(story_bands.c.article_id.in_(list(indexed))))
    keyed = [
        {"band": key, "published_at": at, "article_id": article_id}
        for article_id, at in indexed.items()
        for key in dict.fromkeys(band_keys(words[article_id]))
    ]
    if keyed:
        conn.execute(sa.insert(story_bands), keyed)
