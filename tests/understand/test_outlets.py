"""Outlets: a wire credit or a registered domain, so one outlet counts once."""

from __future__ import annotations

import pytest

from bot.understand.outlets import registered_domain, source_domain, wire_credit


def test_a_dateline_credit_names_the_wire_agency() -> None:
    assert wire_credit("KYIV, Nov 20 (Reuters) - Russian drones struck Kharkiv.") == "Reuters"
    assert wire_credit("GOMA, Congo (AP) — Rebels entered the city.") == "AP"
    assert wire_credit("Beirut (AFP) – Blasts hit southern suburbs.") == "AFP"
    assert wire_credit("Rebels entered the city overnight.\n\n- AFP") == "AFP"


def test_a_mention_or_a_photo_credit_is_no_wire_credit() -> None:
    assert wire_credit("Officials told Reuters the strike killed four.") is None
    assert wire_credit("Photo: AFP File\nShelling hit the town.") is None
    assert wire_credit("A walkie-talkie exploded in a shop.") is None
    late = "Shelling hit the town. " * 30 + "(Reuters)"
    assert wire_credit(late) is None


def test_subdomains_of_one_site_are_one_domain_without_any_fetch() -> None:
    assert registered_domain("https://feeds.bbci.co.uk/news/world/rss.xml") == "bbci.co.uk"
    assert registered_domain("https://www.levantdaily.com/a/1") == "levantdaily.com"
    assert registered_domain("http://127.0.0.1:8080/feed.xml") is None
    assert registered_domain("https://demo.newsbot.invalid/samples/a.xml") is None


def test_without_a_wire_the_outlet_is_the_link_else_the_feed() -> None:
    feed = "https://feeds.levantdaily.com/rss"
    assert source_domain(feed, "https://www.levantdaily.com/a/1") == "levantdaily.com"
    assert source_domain(feed, None) == "levantdaily.com"
    local = "http://127.0.0.1:8080/one.xml"
    assert source_domain(local, "http://127.0.0.1:8080/a") == local


def test_links_of_one_site_read_the_suffix_list_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every article's link is another address: the registered domain is kept by host."""
    import tld

    asked: list[str] = []
    real = tld.get_fld

    def counted(url: str, **options: object) -> str | None:
        asked.append(url)
        return real(url, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(tld, "get_fld", counted)
    links = [f"https://www.harbourwire-example.com/world/{n}" for n in range(5)]
    assert {source_domain("https://feeds.example.org/rss", link) for link in links} == {
        "harbourwire-example.com"
    }
    assert asked == ["http://www.harbourwire-example.com"]
