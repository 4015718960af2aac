"""The SSRF guard: guarded fetches (feeds added from Slack) reach public addresses only."""

from __future__ import annotations

import asyncio
import socket

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult

from bot.ingest.fetch import FetchLimits, FetchRequest
from bot.ingest.fetch.ssrf import AddressPolicy, BlockedAddress, GuardedResolver
from tests.support.feed_server import FeedServer
from tests.support.fetching import fetch_in_order

QUICK = FetchLimits(connect_timeout=2, total_timeout=5)


@pytest.mark.parametrize(
    ("address", "why"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.5.4", "private"),
        ("192.168.0.10", "private"),
        ("::ffff:192.168.0.10", "private"),
        ("fd12:3456::1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("169.254.10.1", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("224.0.0.251", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-public"),
    ],
)
def test_non_public_addresses_are_refused_with_the_reason(address: str, why: str) -> None:
    reason = AddressPolicy().reason(address)
    assert reason is not None and why in reason


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"])
def test_public_addresses_pass(address: str) -> None:
    assert AddressPolicy().reason(address) is None


def test_an_allow_list_lets_an_operator_reach_an_internal_network() -> None:
    policy = AddressPolicy.allowing(["10.1.0.0/16", "127.0.0.1"])
    assert policy.reason("10.1.200.3") is None and policy.reason("127.0.0.1") is None
    assert policy.reason("10.2.0.1") is not None and policy.reason("127.0.0.2") is not None


def test_guarded_fetches_refuse_loopback_by_literal_and_by_name(feed_server: FeedServer) -> None:
    url = feed_server.add_feed("/feed.xml")
    by_name = url.replace("127.0.0.1", "localhost")
    ipv6 = url.replace("127.0.0.1", "[::1]")
    results = fetch_in_order([FetchRequest(u, guarded=True) for u in (url, by_name, ipv6)], QUICK)
    for result in results:
        assert result.error_kind == "blocked", result
        assert "loopback address" in (result.error or "")
    assert feed_server.hits("/feed.xml") == 0
    trusted = fetch_in_order([FetchRequest(url)], QUICK)[0]
    assert trusted.ok, "feeds added by the operator from the terminal are trusted"


def test_a_redirect_to_an_internal_address_is_refused(feed_server: FeedServer) -> None:
    internal = feed_server.add_feed("/internal.xml")
    hop = feed_server.add_redirect("/go", internal.replace("127.0.0.1", "127.0.0.2"))
    allowed = FetchLimits(connect_timeout=2, total_timeout=5, allowed_networks=("127.0.0.1",))
    result = fetch_in_order([FetchRequest(hop, guarded=True)], allowed)[0]
    assert feed_server.hits("/go") == 1, "the allowed first hop is fetched"
    assert result.error_kind == "blocked" and "127.0.0.2 is a loopback" in (result.error or "")
    assert result.final_url.startswith("http://127.0.0.2")
    direct = fetch_in_order([FetchRequest(internal, guarded=True)], allowed)[0]
    assert direct.ok, "the allow-list lets the operator's own network through"


class _Dns(AbstractResolver):
    """Stands in for DNS: answers each name from a table, one answer per lookup in turn."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.lookups: dict[str, int] = {}

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        turn = self.lookups.get(host, 0)
        self.lookups[host] = turn + 1
        address = self.answers[host][min(turn, len(self.answers[host]) - 1)]
        return [
            ResolveResult(hostname=host, host=address, port=port, family=family, proto=0, flags=0)
        ]

    async def close(self) -> None:
        return None


def test_a_name_resolving_to_a_private_address_is_refused() -> None:
    resolver = GuardedResolver(AddressPolicy(), _Dns({"intranet.example": ["10.0.0.7"]}))
    with pytest.raises(BlockedAddress, match=r"intranet.example \(10.0.0.7\) is a private"):
        asyncio.run(resolver.resolve("intranet.example", 80))


def test_dns_rebinding_is_caught_on_the_second_lookup() -> None:
    dns = _Dns({"rebind.example": ["93.184.216.34", "169.254.169.254"]})
    resolver = GuardedResolver(AddressPolicy(), dns)
    first = asyncio.run(resolver.resolve("rebind.example", 80))
    assert first[0]["host"] == "93.184.216.34"
    with pytest.raises(BlockedAddress, match="cloud metadata"):
        asyncio.run(resolver.resolve("rebind.example", 80))
