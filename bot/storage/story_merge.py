"""Merging two stories that one report shows to be one event.

Streaming grouping is order-dependent: a report can start a story of its own before the
report it matches arrives (an Arabic report of a strike before the English one that its
figures match), and a later report may then match both stories. The younger story is
merged into the older only while nobody has been shown it: a story posted to, claimed for,
muted or followed in a channel keeps its id, so its thread, its message updated in place
and what a channel asked of it stay true.
"""

from __future__ import annotations

from sqlalchemy import Connection, exists, select, update

from bot.storage.schema import articles, mutes, posted_messages, subscriptions


def merge_stories(conn: Connection, older: int, younger: int) -> bool:
    """Move every article of story `younger` into story `older` (the story kept: the older
    of two a report bridges, or the story a report left alone before it formed now joins,
    `articles._rejoin_lone_reports`), in the caller's transaction; False (nothing changed)
    when `younger` has an article claimed or posted in a channel, or a channel mutes or
    follows it. The row of `younger` stays, empty
    (stories are only read through their articles): a report another worker is storing
    into it meanwhile (PostgreSQL) still finds it, and tells it again."""
    _lock_articles(conn, younger)
    if _shown(conn, younger):
        return False
    conn.execute(update(articles).where(articles.c.story_id == younger).values(story_id=older))
    return True


def _lock_articles(conn: Connection, story: int) -> None:
    """Lock the articles of `story` (PostgreSQL; SQLite has one writer): a channel's claim
    of one, which locks the article it refers to, either committed before this (and
    `_shown` sees it) or waits until the merge is done."""
    query = select(articles.c.id).where(articles.c.story_id == story)
    conn.execute(query.order_by(articles.c.id).with_for_update()).all()


def _shown(conn: Connection, story: int) -> bool:
    """Whether a channel has been shown, or asked about, story `story`."""
    claimed = exists().where(
        posted_messages.c.article_id == articles.c.id, articles.c.story_id == story
    )
    muted = exists().where(mutes.c.kind == "story", mutes.c.target == str(story))
    followed = exists().where(subscriptions.c.kind == "story", subscriptions.c.target == str(story))
    return bool(conn.execute(select(claimed | muted | followed)).scalar())
