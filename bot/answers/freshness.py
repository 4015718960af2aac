"""Whether an article is news: delivery goes by when it was published, not by when the bot
first saw it (a feed added today must not push years-old items as new).

A publication date in the future is taken as the time the article was first seen.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.records import StoredArticle

DEFAULT_STALE_AFTER = timedelta(hours=48)


def published(article: StoredArticle) -> datetime:
    """When the article was published, never later than when it was first seen."""
    return min(article.published_at, article.first_seen_at)


def is_news(article: StoredArticle, stale_after: timedelta = DEFAULT_STALE_AFTER) -> bool:
    """Whether it was first seen within `stale_after` of its publication."""
    return article.first_seen_at - published(article) <= stale_after
