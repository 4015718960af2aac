"""A changed feed's items sent before, byte for byte, are not parsed again; the store holds
what a whole parse would have given."""

from __future__ import annotations

from bot.clock import utcnow
from bot.ingest.parse import read_feed
from bot.ingest.poll import Poller
from bot.ingest.unchanged import item_layout
from bot.settings import Settings
from bot.storage import Store
from bot.understand.analyzer import Analyzer

URL = "https://desk.example/world/rss"
HEADERS = {"content-type": "application/rss+xml"}
ITEMS = {
    "a": "Shelling hit a market in the north overnight, officials said.",
    "b": "Talks on a ceasefire resumed in the capital on Tuesday.",
    "c": "Aid convoys reached two towns cut off for a month.",
}


def item(key: str) -> str:
    return (
        f"<item><title>Report {key}</title><link>https://desk.example/{key}</link>"
        f"<guid>https://desk.example/{key}</guid><description>{ITEMS[key]}</description></item>"
    )


def rss(*keys: str, channel: str = "<channel>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
        f"{channel}<title>World desk</title>{''.join(item(k) for k in keys)}</channel></rss>"
    ).encode()


def test_a_changed_feed_stores_its_new_item_and_parses_only_that_one(
    store: Store, analyzer: Analyzer, settings: Settings
) -> None:
    feed = store.add_feed(URL)
    poller = Poller(store, analyzer, settings)
    assert poller.ingest_document(feed, rss("a", "b"), HEADERS, URL, utcnow())[1] == 2

    changed = rss("c", "a", "b")
    trimmed = poller.seen.trim(feed, changed, HEADERS, URL)
    assert trimmed is not None
    assert [i.uid for i in read_feed(trimmed.body, HEADERS, URL).items] == [
        "https://desk.example/c"
    ]
    assert poller.ingest_document(feed, changed, HEADERS, URL, utcnow())[1] == 1
    assert store.article_count() == 3
    items = read_feed(changed, HEADERS, URL).items
    known = store.known_entries(items, feed.id)
    assert len(known) == 3 and all(from_this_feed for _, from_this_feed in known.values())


def test_a_feed_removed_and_added_again_still_cuts_what_it_sent(
    store: Store, analyzer: Analyzer, settings: Settings
) -> None:
    feed = store.add_feed(URL)
    poller = Poller(store, analyzer, settings)
    poller.ingest_document(feed, rss("a", "b"), HEADERS, URL, utcnow())
    assert store.remove_feed(feed.id)
    again = store.add_feed(URL)
    assert again.id == feed.id, "the same feed, still the source of what it sent"
    trimmed = poller.seen.trim(again, rss("c", "a", "b"), HEADERS, URL)
    assert trimmed is not None and trimmed.kept == 1


def test_items_are_cut_only_where_their_surroundings_are_the_same(
    store: Store, analyzer: Analyzer, settings: Settings
) -> None:
    feed = store.add_feed(URL)
    poller = Poller(store, analyzer, settings)
    poller.ingest_document(feed, rss("a", "b"), HEADERS, URL, utcnow())
    cut = poller.seen.trim(feed, rss("c", "a", "b"), HEADERS, URL)
    assert cut is not None and cut.kept == 1
    based = rss("c", "a", "b", channel='<channel xml:base="https://mirror.example/">')
    trimmed = poller.seen.trim(feed, based, HEADERS, URL)
    assert trimmed is not None and trimmed.body == based, "a new base may change every link"


def test_only_documents_expat_reads_whole_with_their_items_in_place_are_laid_out() -> None:
    layout = item_layout(rss("a", "b"))
    assert layout is not None and len(layout.spans) == 2
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
        b"<entry><id>urn:x:1</id><title>One</title></entry></feed>"
    )
    atom_layout = item_layout(atom)
    assert atom_layout is not None and atom[slice(*atom_layout.spans[0])].startswith(b"<entry>")
    assert item_layout(rss("a").replace(b"</channel>", b"<item/></channel>")) is None
    assert item_layout(rss("a", "b")[:-20]) is None, "a cut-off document is parsed whole"
    assert item_layout(rss("a").replace(b"<title>Report", b"<dc:title>Report", 1)) is None
    rdf = (
        b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        b'xmlns="http://purl.org/rss/1.0/"><channel/><item><title>One</title></item></rdf:RDF>'
    )
    assert item_layout(rdf) is None


def test_a_document_in_an_encoding_expat_does_not_know_is_parsed_whole() -> None:
    body = rss("a").replace(b'encoding="utf-8"', b'encoding="bogus"', 1)
    assert item_layout(body) is None
