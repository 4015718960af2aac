"""Full text: fetch the pages of entries whose feed carries only a snippet, keep the main text.

Pages are fetched by `bot.ingest.fetch.fetch_each` under the feeds' limits (total deadline,
size cap, redirects), guarded: a link in a feed may only reach public addresses. The main text is
extracted offline with trafilatura. A page that fails, is paywalled or yields less than the
feed gave leaves the entry as the feed had it, with the reason recorded; never an error.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.ingest.fetch import FetchLimits, FetchRequest, fetch_each
from bot.records import ParsedEntry

log = logging.getLogger(__name__)

MODES = ("on", "off", "auto")
SHORT_TEXT = 600
"""In "auto" mode an entry with less text than this many characters is a snippet."""
USED = "page"
"""The page status of an entry whose text came from its page."""


@dataclass(frozen=True)
class Completed:
    """An entry, with its page's text when that was used, and what became of the page."""

    entry: ParsedEntry
    page_status: str | None
    """None when no page was fetched; USED; else why the feed's text stayed."""


def wants_page(mode: str, entry: ParsedEntry) -> bool:
    """Whether the entry's page should be fetched under the feed's mode."""
    if mode == "off" or not entry.link:
        return False
    return mode == "on" or len(entry.text or entry.feed_summary) < SHORT_TEXT


def main_text(html: bytes, url: str) -> str | None:
    """The main text of an article page (None when the page has none, e.g. a paywall).
    trafilatura is imported here: only feeds with full text on pay for its 14 MB."""
    import trafilatura

    text = trafilatura.extract(
        html.decode("utf-8", errors="replace"),
        url=url,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    return " ".join(text.split()) if text else None


def complete(mode: str, entries: Sequence[ParsedEntry], limits: FetchLimits) -> list[Completed]:
    """`entries` with their pages' text where the mode wants it and the page gives more."""
    wanted = [i for i, entry in enumerate(entries) if wants_page(mode, entry)]
    done = [Completed(entry, None) for entry in entries]
    if not wanted:
        return done
    requests = [FetchRequest(str(entries[i].link), guarded=True) for i in wanted]
    for index, result in fetch_each(requests, limits):
        entry = entries[wanted[index]]
        snippet = entry.text or entry.feed_summary
        if result.body is None or result.error_kind not in (None, "not_feed"):
            status = result.error or f"HTTP {result.status}"
        elif (text := main_text(result.body, result.final_url)) is None:
            status = "no article text in the page"
        elif len(text) <= len(snippet):
            status = "the page had no more text than the feed"
        else:
            done[wanted[index]] = Completed(replace(entry, text=text), USED)
            continue
        log.info("full text of %s not used: %s", entry.link, status)
        done[wanted[index]] = Completed(entry, status)
    return done
