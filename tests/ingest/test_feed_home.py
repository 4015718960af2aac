"""A poll reads a feed's later articles with the home its earlier stored articles give it:
over real HTTP from a local server into a real database."""

from __future__ import annotations

import time
from email.utils import formatdate
from xml.sax.saxutils import escape

from bot.ingest.poll import Poller
from bot.settings import Settings
from bot.storage import Store
from bot.understand.analyzer import Analyzer
from tests.support.feed_server import FeedServer

ALEXANDRIA_LOUISIANA, ALEXANDRIA_EGYPT = "gn:4314550", "gn:361058"

LOCAL_PAPER = [
    ("Pineville repaves streets", "Pineville aldermen voted to repave three streets."),
    ("Fog delays Lafayette schools", "Lafayette schools will open two hours late on Friday."),
    ("Storms cut power", "Storms knocked out power around Lake Charles, Louisiana."),
    ("Break-in arrest", "Shreveport detectives arrested a man after a pawn shop break-in."),
]
WORLD_DESK = [
    ("Lyon floods", "Floods closed the main roads into Lyon for a second day."),
    ("Nairobi talks", "Trade ministers opened two days of talks in Nairobi."),
    ("Osaka to host", "Osaka will host next year's meeting of port authorities."),
    ("Lima march", "Thousands marched through Lima against a rise in bus fares."),
]
BARE = ("Crash witnesses sought", "Police in Alexandria asked for witnesses to a crash.")
PLACED = ("Board chair abroad", "The board chair flew to Alexandria, Egypt, for a conference.")


def _rss(name: str, items: list[tuple[str, str]]) -> bytes:
    """An RSS document of `items` (title, description), the last the newest."""
    now = time.time()
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>http://example.org/{name}/{i}</link>"
        f"<guid>http://example.org/{name}/{i}</guid>"
        f"<pubDate>{formatdate(now - 3600 * (len(items) - i), usegmt=True)}</pubDate>"
        f"<description>{escape(text)}</description></item>"
        for i, (title, text) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{name}'
        f"</title><link>http://example.org/</link><description>{name}</description>"
        f"{entries}</channel></rss>\n"
    ).encode()


def _poll_twice(
    store: Store,
    poller: Poller,
    server: FeedServer,
    name: str,
    earlier: list[tuple[str, str]],
    later: list[tuple[str, str]],
) -> set[str]:
    """Poll a feed of `earlier` articles, then again once `later` ones were added; the place
    keys stored for the later articles."""
    feed = store.add_feed(server.add_feed(f"/{name}.xml", _rss(name, earlier)))
    assert poller.poll_due().new_articles == len(earlier)
    server.update(f"/{name}.xml", body=_rss(name, [*earlier, *later]))
    state = store.feed(feed.id)
    assert state is not None
    assert poller.poll_due(now=state.next_poll_at).new_articles == len(later)
    return set().union(*store.feed_places(feed.id)[: len(later)])


def _poller(store: Store, analyzer: Analyzer, settings: Settings) -> Poller:
    return Poller(store, analyzer, settings.model_copy(update={"fetch_total_timeout": 5.0}))


def test_a_local_paper_s_bare_alexandria_is_its_own_state_s(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    poller = _poller(store, analyzer, settings)
    later = _poll_twice(store, poller, feed_server, "towntalk", LOCAL_PAPER, [BARE])
    assert ALEXANDRIA_LOUISIANA in later and ALEXANDRIA_EGYPT not in later


def test_a_world_desk_s_bare_alexandria_stays_egypt_s(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    poller = _poller(store, analyzer, settings)
    later = _poll_twice(store, poller, feed_server, "worlddesk", WORLD_DESK, [BARE])
    assert ALEXANDRIA_EGYPT in later and ALEXANDRIA_LOUISIANA not in later


def test_a_local_paper_s_alexandria_egypt_stays_in_egypt(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    poller = _poller(store, analyzer, settings)
    later = _poll_twice(store, poller, feed_server, "towntalk", LOCAL_PAPER, [PLACED])
    assert {ALEXANDRIA_EGYPT, "cc:EG"} <= later and ALEXANDRIA_LOUISIANA not in later
