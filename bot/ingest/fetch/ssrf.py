"""The SSRF guard: feeds added from Slack must not make newsbot reach into its own network.

The check is made on the addresses the connection will actually use: the guarded resolver
hands aiohttp only addresses it has checked (so a name that resolves differently a second
time, DNS rebinding, is checked again), literal IPs are checked before connecting, and
every redirect hop goes through the same path.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence
from dataclasses import dataclass

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "fd00:ec2::254", "100.100.100.200")
)
"""Cloud instance-metadata services (AWS, GCP and Azure share the first; AWS IPv6; Alibaba)."""


class BlockedAddress(OSError):
    """A connection refused by the guard; its message says why, for the feed's status."""


@dataclass(frozen=True)
class AddressPolicy:
    """Which addresses a guarded fetch may connect to: public ones, plus `allowed`."""

    allowed: tuple[IPNetwork, ...] = ()

    @classmethod
    def allowing(cls, networks: Sequence[str]) -> AddressPolicy:
        """A policy that also permits these networks ("10.0.0.0/8", "127.0.0.1")."""
        return cls(tuple(ipaddress.ip_network(n.strip(), strict=False) for n in networks))

    def reason(self, address: str) -> str | None:
        """Why connecting to `address` is refused, or None when it is allowed."""
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if any(ip in network for network in self.allowed):
            return None
        if ip in METADATA_ADDRESSES:
            return "a cloud metadata address"
        for kind, flag in (  # most specific first: Python counts all of these as private
            ("loopback", ip.is_loopback),
            ("link-local", ip.is_link_local),
            ("multicast", ip.is_multicast),
            ("unspecified", ip.is_unspecified),
            ("private", ip.is_private),
        ):
            if flag:
                return f"a {kind} address"
        return None if ip.is_global else "a non-public address"

    def check(self, host: str, address: str) -> None:
        """Raise BlockedAddress when `host` (at `address`) may not be reached."""
        why = self.reason(address)
        if why is not None:
            shown = host if host == address else f"{host} ({address})"
            raise BlockedAddress(
                f"refused: {shown} is {why}; feeds added from Slack may only reach public "
                "addresses (an operator can allow networks with NEWSBOT_FETCH_ALLOWED_NETWORKS)"
            )


def literal_ip(host: str) -> str | None:
    """`host` when it is an IP address literal (brackets stripped), else None."""
    bare = host.strip("[]")
    try:
        ipaddress.ip_address(bare.split("%", 1)[0])
    except ValueError:
        return None
    return bare


class GuardedResolver(AbstractResolver):
    """An aiohttp resolver that refuses a host when any of its addresses is not allowed."""

    def __init__(self, policy: AddressPolicy, base: AbstractResolver | None = None) -> None:
        self.policy = policy
        self.base = base or DefaultResolver()

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """The addresses of `host`, all checked against the policy."""
        results = await self.base.resolve(host, port, family)
        for result in results:
            self.policy.check(host, result["host"])
        return results

    async def close(self) -> None:
        """Close the underlying resolver."""
        await self.base.close()
