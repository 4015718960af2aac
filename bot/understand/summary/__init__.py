"""Summaries: sentences split, clutter cleaned, one article or many summarized."""

from bot.understand.summary.article import Summarizer
from bot.understand.summary.multidoc import summarize_many
from bot.understand.summary.sentences import split_sentences

__all__ = ["Summarizer", "split_sentences", "summarize_many"]
