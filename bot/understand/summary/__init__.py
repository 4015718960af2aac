"""Summaries: sentences split, clutter cleaned, one article or many summarized."""

from typing import TYPE_CHECKING

from bot.lazy import exports

if TYPE_CHECKING:
    from bot.understand.summary.article import Summarizer
    from bot.understand.summary.multidoc import summarize_many
    from bot.understand.summary.sentences import split_sentences

__all__ = ["Summarizer", "split_sentences", "summarize_many"]

__getattr__ = exports(
    __name__,
    {
        "Summarizer": "article",
        "summarize_many": "multidoc",
        "split_sentences": "sentences",
    },
)
