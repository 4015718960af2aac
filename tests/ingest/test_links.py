"""bot.ingest.links.canonical_link: one story, one link."""

from __future__ import annotations

import pytest

from bot.ingest.links import canonical_link


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://News.Example.COM/World/Story", "https://news.example.com/World/Story"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com", "https://example.com/"),
        ("https://user:secret@example.com/a", "https://example.com/a"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("http://[::1]:80/x", "http://[::1]/x"),
    ],
)
def test_scheme_host_port_and_fragment_are_normalised(url: str, expected: str) -> None:
    assert canonical_link(url) == expected


@pytest.mark.parametrize(
    "tracking",
    [
        "utm_source=rss",
        "utm_medium=feed",
        "UTM_Campaign=spring",
        "utm_content=x",
        "fbclid=IwAR0",
        "gclid=abc",
        "dclid=abc",
        "mc_cid=1",
        "mc_eid=2",
        "ocid=msn",
        "cmpid=rss",
        "at_medium=RSS",
        "at_campaign=feed",
        "ref_src=twsrc%5Etfw",
        "_ga=2.1.3",
        "igshid=xyz",
        "msclkid=1",
        "smid=tw-share",
    ],
)
def test_tracking_parameters_are_removed(tracking: str) -> None:
    url = f"https://example.com/story?id=7&{tracking}&page=2"
    assert canonical_link(url) == "https://example.com/story?id=7&page=2"


def test_other_query_parameters_stay_in_order_exactly_as_written() -> None:
    url = "https://example.com/s?z=1&a=%20b&q=a+b&flag&utm_source=x&m=2"
    assert canonical_link(url) == "https://example.com/s?z=1&a=%20b&q=a+b&flag&m=2"


def test_only_tracking_parameters_leaves_no_query() -> None:
    assert canonical_link("https://example.com/s?utm_source=a&fbclid=b") == "https://example.com/s"


def test_same_story_from_different_channels_gets_one_link() -> None:
    links = [
        "https://www.example.com/2024/strike?utm_source=twitter#top",
        "HTTPS://WWW.EXAMPLE.COM:443/2024/strike?fbclid=xyz",
        "https://www.example.com/2024/strike",
    ]
    assert len({canonical_link(u) for u in links}) == 1


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/file",
        "mailto:desk@example.com",
        "javascript:alert(1)",
        "urn:uuid:4f0c2a9e-6b1d-4f5e-9a3c-2d8f1b7e6a10",
        "/relative/path",
        "",
        "https://",
        "http://example.com:99999/",
        "http://[::1/",
    ],
)
def test_non_http_or_unparsable_links_have_no_canonical_form(url: str) -> None:
    assert canonical_link(url) is None
