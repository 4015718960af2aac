"""Full text: pages of snippet-only entries fetched from a local server, main text kept,
failures and paywalls falling back to the snippet with the reason recorded."""

from __future__ import annotations

import time
from xml.sax.saxutils import escape

from sqlalchemy import select

from bot.ingest.poll import Poller
from bot.records import StoredArticle
from bot.settings import Settings
from bot.storage import Store
from bot.storage.schema import articles
from bot.understand.analyzer import Analyzer
from tests.support.feed_server import HTML_TYPE, FeedServer


def page_status(store: Store, article_id: int) -> str | None:
    """What the database recorded about the article's page: "page" when its text was used,
    else why the snippet stayed; None when no page was fetched."""
    query = select(articles.c.page_status).where(articles.c.id == article_id)
    with store.engine.connect() as conn:
        status: str | None = conn.execute(query).scalar_one()
    return status


ARTICLE = """<!DOCTYPE html><html><head><title>Shelling in Kupiansk</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<div class="ad">Subscribe to our newsletter for the latest deals!</div>
<article><h1>Shelling hits Kupiansk as evacuations continue</h1>
<p>Russian artillery shelled the town of Kupiansk in Ukraine's Kharkiv region on Monday,
killing two civilians and damaging a school, the regional governor said.</p>
<p>Evacuation buses left the town in the morning carrying about 150 residents, most of them
elderly, towards the city of Kharkiv, officials said.</p>
<p>The town on the Oskil river has been under near-constant bombardment for months, and
local authorities ordered families with children to leave last week.</p>
<p>Ukrainian commanders said their troops had repelled several assaults north of the town,
while Russian forces kept up strikes with guided aerial bombs on nearby villages.</p>
<p>Aid groups warned that water and power supplies had been cut in several districts and
that the remaining residents depended on deliveries of food and medicine.</p>
</article>
<footer>© News Corp. Related: Ten things to do this weekend. Read more.</footer>
</body></html>"""
PAYWALL = """<!DOCTYPE html><html><head><title>Subscribe</title></head><body>
<div class="paywall">Subscribe to continue reading.</div></body></html>"""
LONG_TEXT = " ".join(["Fighting continued around the front line on Monday, officials said."] * 12)


def feed(base: str, items: list[tuple[str, str, str]]) -> bytes:
    now = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime())
    rows = "".join(
        f"<item><title>{escape(title)}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        f"<pubDate>{now}</pubDate><description>{escape(text)}</description></item>"
        for path, title, text in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>{base}</link><description>Wire</description>{rows}</channel></rss>"
    ).encode()


def stored_articles(store: Store) -> list[StoredArticle]:
    found = [store.article(i) for i in range(1, 10)]
    return [a for a in found if a is not None]


def poller(store: Store, analyzer: Analyzer, settings: Settings) -> Poller:
    local = settings.model_copy(
        update={"fetch_total_timeout": 3.0, "fetch_allowed_networks": "127.0.0.0/8"}
    )
    return Poller(store, analyzer, local)


def serve(server: FeedServer) -> str:
    server.add("/a/story", ARTICLE.encode(), content_type=HTML_TYPE)
    server.add("/a/paywalled", PAYWALL.encode(), content_type=HTML_TYPE)
    server.add_status("/a/payment", 402)
    server.add("/a/long", ARTICLE.encode(), content_type=HTML_TYPE)
    base = server.base_url
    items = [
        ("/a/story", "Shelling hits town as evacuations continue", "Two civilians were killed."),
        ("/a/paywalled", "Exclusive: inside the siege", "Our reporter spent a week there."),
        ("/a/payment", "Analysis: what the offensive means", "A look at the front."),
        ("/a/missing", "Convoy attacked on the highway", "Three trucks were hit."),
        ("/a/long", "Front line holds after assaults", LONG_TEXT),
    ]
    return server.add_feed("/wire.xml", feed(base, items))


def test_auto_fetches_short_entries_and_falls_back_on_failure(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    wire = store.add_feed(serve(feed_server), title="Wire")
    assert store.set_full_text(wire.id, "auto")
    poller(store, analyzer, settings).poll_due()
    everything = {str(a.link).rsplit("/", 1)[-1]: a for a in stored_articles(store)}
    story = everything["story"]
    assert page_status(store, story.id) == "page"
    assert "Kupyansk" in {p.name for p in story.places}, "the page text was analysed"
    assert page_status(store, everything["paywalled"].id) in {
        "no article text in the page",
        "the page had no more text than the feed",
    }
    assert "402" in str(page_status(store, everything["payment"].id))
    assert "404" in str(page_status(store, everything["missing"].id))
    assert page_status(store, everything["long"].id) is None
    assert feed_server.hits("/a/long") == 0


def test_off_fetches_no_page(
    store: Store, analyzer: Analyzer, settings: Settings, feed_server: FeedServer
) -> None:
    store.add_feed(serve(feed_server), title="Wire")
    poller(store, analyzer, settings).poll_due()
    assert all(feed_server.hits(p) == 0 for p in ("/a/story", "/a/paywalled", "/a/payment"))
    assert all(page_status(store, a.id) is None for a in stored_articles(store))
