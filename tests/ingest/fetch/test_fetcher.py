"""bot.ingest.fetch over real connections to a local feed server."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from bot.ingest.fetch import (
    FetchLimits,
    FetchRequest,
    FetchResult,
    fetch_each,
    validate_feed_url,
)
from bot.ingest.fetch.fetcher import Fetcher
from tests.support.feed_server import FeedServer, closed_port_url, rss_feed
from tests.support.fetching import fetch_in_order

FAST = FetchLimits(connect_timeout=2.0, total_timeout=5.0)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as feed_server:
        yield feed_server


def fetch_one(url: str, limits: FetchLimits = FAST, **validators: str) -> FetchResult:
    [result] = fetch_in_order([FetchRequest(url, **validators)], limits)
    return result


def test_feed_is_fetched_with_body_headers_and_bot_user_agent(server: FeedServer) -> None:
    body = rss_feed("War news", items=5)
    url = server.add_feed("/feed.xml", body, headers={"X-Source": "wire"})

    result = fetch_one(url)

    assert result.ok and result.error is None and result.error_kind is None
    assert result.status == 200
    assert result.body == body
    assert result.final_url == url
    assert result.headers["content-type"].startswith("application/rss+xml")
    assert result.headers["x-source"] == "wire"
    [request] = server.requests("/feed.xml")
    assert request.headers["user-agent"].startswith("newsbot/")
    assert "gzip" in request.headers["accept-encoding"]


def test_conditional_get_gets_304_without_body_until_the_feed_changes(server: FeedServer) -> None:
    stamp = "Wed, 01 Jan 2025 10:00:00 GMT"
    url = server.add_feed("/feed.xml", rss_feed("v1"), etag='"v1"', last_modified=stamp)
    first = fetch_one(url)
    assert first.headers["etag"] == '"v1"'

    again = fetch_one(url, etag=first.headers["etag"], last_modified=first.headers["last-modified"])
    by_date = fetch_one(url, last_modified=first.headers["last-modified"])

    for result in (again, by_date):
        assert result.not_modified and not result.ok
        assert result.body is None and result.error is None
    sent = server.requests("/feed.xml")
    assert sent[1].headers["if-none-match"] == '"v1"'
    assert sent[2].headers["if-modified-since"] == stamp

    server.update("/feed.xml", body=rss_feed("v2"), etag='"v2"')
    changed = fetch_one(url, etag='"v1"')
    assert changed.ok and changed.body == rss_feed("v2")
    assert changed.headers["etag"] == '"v2"'
    assert server.hits("/feed.xml") == 4


def test_trickling_server_is_stopped_by_the_total_deadline(server: FeedServer) -> None:
    url = server.add_slow("/slow.xml", rss_feed(), delay_per_byte=0.05)

    result = fetch_one(url, FetchLimits(total_timeout=0.3))

    assert result.error_kind == "timeout"
    assert result.error == "timed out after 0.3 s"
    assert result.body is None and not result.ok
    server.wait_for_responses("/slow.xml")
    assert not server.responses("/slow.xml")[0].finished


@pytest.mark.parametrize("content_length", [True, False])
def test_oversized_body_is_refused_early(server: FeedServer, content_length: bool) -> None:
    url = server.add_large("/huge.xml", 50_000_000, content_length=content_length)

    result = fetch_one(url, FetchLimits(max_bytes=1_000_000, total_timeout=5.0))

    assert result.error_kind == "too_large"
    assert result.error == "body larger than 1 MB"
    assert result.body is None
    server.wait_for_responses("/huge.xml")
    [sent] = server.responses("/huge.xml")
    assert not sent.finished
    assert sent.bytes_sent < 50_000_000


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_feed_is_decoded(server: FeedServer, encoding: str) -> None:
    body = rss_feed("compressed", items=20)
    url = server.add_encoded("/feed.xml", body, encoding)

    result = fetch_one(url)

    assert result.ok
    assert result.body == body
    assert result.headers["content-encoding"] == encoding


def test_gzip_bomb_is_stopped_at_the_decompressed_size_cap(server: FeedServer) -> None:
    url = server.add_gzip_bomb("/bomb.xml", size=50_000_000)

    result = fetch_one(url, FetchLimits(max_bytes=1_000_000))

    assert result.error_kind == "too_large"
    assert result.error == "body larger than 1 MB"


def test_garbled_gzip_is_a_clear_error(server: FeedServer) -> None:
    url = server.add("/bad.xml", b"this is not gzip", headers={"Content-Encoding": "gzip"})

    result = fetch_one(url)

    assert result.error_kind == "network"
    assert result.error is not None and "corrupt gzip body" in result.error


def test_redirects_are_followed_and_the_final_url_reported(server: FeedServer) -> None:
    final = server.add_feed("/new/feed.xml")
    server.add_redirect("/moved", "/new/feed.xml", status=307)
    start = server.add_redirect("/old.xml", server.url("/moved"), status=301)

    result = fetch_one(start)

    assert result.ok
    assert result.url == start
    assert result.final_url == final
    assert server.hits("/new/feed.xml") == 1


def test_redirect_loop_is_stopped(server: FeedServer) -> None:
    url = server.add_redirect("/a", "/b")
    server.add_redirect("/b", "/a")

    result = fetch_one(url)

    assert result.error_kind == "redirects"
    assert result.error == f"redirects loop back to {url}"
    assert server.hits("/a") == 1


def test_at_most_five_redirects_are_followed(server: FeedServer) -> None:
    for i in range(7):
        server.add_redirect(f"/hop{i}", f"/hop{i + 1}")
    server.add_feed("/hop7")
    server.add_redirect("/five", "/hop3")  # five -> hop3 -> ... -> hop7: 5 redirects

    too_many = fetch_one(server.url("/hop0"))
    five = fetch_one(server.url("/five"))

    assert too_many.error_kind == "redirects"
    assert too_many.error == "more than 5 redirects"
    assert five.ok and five.final_url == server.url("/hop7")


def test_redirect_to_a_local_file_is_refused(server: FeedServer) -> None:
    url = server.add_redirect("/sneaky", "file:///etc/passwd")

    result = fetch_one(url)

    assert result.error_kind == "invalid_url"
    assert result.body is None


def test_server_error_is_reported(server: FeedServer) -> None:
    result = fetch_one(server.add_status("/broken", 500))

    assert result.status == 500
    assert result.error_kind == "http"
    assert result.error == "HTTP 500 Internal Server Error"
    assert result.body is None and not result.ok


def test_missing_page_is_reported(server: FeedServer) -> None:
    result = fetch_one(server.url("/nowhere"))

    assert (result.status, result.error) == (404, "HTTP 404 Not Found")


def test_retry_after_in_seconds_on_429(server: FeedServer) -> None:
    result = fetch_one(server.add_status("/busy", 429, retry_after="120"))

    assert result.error == "HTTP 429 Too Many Requests"
    assert result.retry_after == 120.0


def test_retry_after_as_http_date_on_503(server: FeedServer) -> None:
    when = datetime.now(UTC) + timedelta(hours=1)
    url = server.add_status("/down", 503, retry_after=format_datetime(when, usegmt=True))

    result = fetch_one(url)

    assert result.error_kind == "http"
    assert result.retry_after is not None
    assert 3500 < result.retry_after <= 3600


def test_html_page_is_not_a_feed(server: FeedServer) -> None:
    result = fetch_one(server.add_html("/index.html"))

    assert result.error_kind == "not_feed"
    assert result.error == "not a feed (HTML page)"
    assert not result.ok


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (rss_feed(), "text/html"),
        (b'\xef\xbb\xbf\n  <?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>', None),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', "text/xml"),
        (b'<!-- generated --><rss version="2.0"><channel/></rss>', "application/octet-stream"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "application/json"),
        ("<?xml version='1.0'?><rss/>".encode("utf-16"), "application/xml"),
    ],
)
def test_feeds_are_recognised_whatever_their_content_type(
    server: FeedServer, body: bytes, content_type: str | None
) -> None:
    result = fetch_one(server.add("/feed", body, content_type=content_type))

    assert result.ok, result.error
    assert result.body == body


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'<?xml version="1.0"?>\n<!DOCTYPE html><html/>', "not a feed (HTML page)"),
        (b"  <HTML><body>hi</body></HTML>", "not a feed (HTML page)"),
        (b"", "not a feed (empty body)"),
        (b"Hello, world", "not a feed (starts with 'Hello, world')"),
    ],
)
def test_non_feeds_are_flagged(server: FeedServer, body: bytes, reason: str) -> None:
    result = fetch_one(server.add("/page", body, content_type="application/rss+xml"))

    assert result.error_kind == "not_feed"
    assert result.error == reason


def test_closed_port_is_a_network_error() -> None:
    result = fetch_one(closed_port_url())

    assert result.status is None
    assert result.error_kind == "network"
    assert result.error == "connection refused"


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://x", "javascript:alert(1)", "http://", "feeds.example.org"]
)
def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match=r"not an http\(s\) URL|no host"):
        validate_feed_url(url)
    result = fetch_one(url)
    assert result.error_kind == "invalid_url"
    assert result.status is None


def test_valid_url_is_returned_stripped() -> None:
    assert validate_feed_url("  https://Example.org/rss?x=1 \n") == "https://Example.org/rss?x=1"


def test_fetch_each_answers_every_request_and_bounds_concurrency(server: FeedServer) -> None:
    urls = [server.add_feed(f"/f{i}.xml", delay=0.05) for i in range(12)]
    results = fetch_in_order([FetchRequest(u) for u in urls], FetchLimits(concurrency=3))

    assert [r.url for r in results] == urls
    assert all(r.ok for r in results)
    assert 2 <= server.max_in_flight <= 3


def test_fetch_each_can_be_called_repeatedly_and_from_a_running_loop(server: FeedServer) -> None:
    url = server.add_feed("/feed.xml")

    async def inside_a_loop() -> list[FetchResult]:
        return fetch_in_order([FetchRequest(url)], FAST)

    assert fetch_in_order([FetchRequest(url)], FAST)[0].ok
    assert asyncio.run(inside_a_loop())[0].ok
    assert fetch_in_order([], FAST) == []
    assert server.hits("/feed.xml") == 2


def test_fetch_each_yields_as_fetches_finish_and_holds_back_when_unconsumed(
    server: FeedServer,
) -> None:
    urls = [server.add_feed(f"/f{i}.xml") for i in range(6)]
    results = fetch_each([FetchRequest(u) for u in urls], FAST, max_unconsumed=2)
    index, first = next(results)
    assert first.ok and first.url == urls[index]
    time.sleep(0.3)  # give the loop time: with one result unconsumed only one more may start
    assert sum(server.hits(f"/f{i}.xml") for i in range(6)) <= 2
    rest = sorted(index for index, _ in results)
    assert sorted([index, *rest]) == list(range(6))


def test_leaving_fetch_each_early_cancels_the_remaining_fetches(server: FeedServer) -> None:
    urls = [server.add_slow(f"/s{i}.xml", b"<rss/>" * 50, 0.01) for i in range(4)]
    for _ in fetch_each([FetchRequest(u) for u in urls], FAST, max_unconsumed=1):
        break
    assert sum(server.hits(f"/s{i}.xml") for i in range(4)) <= 2


def test_fetcher_reuses_one_connection(server: FeedServer) -> None:
    urls = [server.add_feed(f"/f{i}.xml") for i in range(3)]

    async def fetch_in_turn() -> list[FetchResult]:
        async with Fetcher(FAST) as fetcher:
            return [await fetcher.fetch(FetchRequest(u)) for u in urls]

    results = asyncio.run(fetch_in_turn())

    assert all(r.ok for r in results)
    ports = {server.requests(f"/f{i}.xml")[0].client_port for i in range(3)}
    assert len(ports) == 1
