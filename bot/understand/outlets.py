"""Which outlet told a report: a wire agency credited in the text, else the registered
domain of the article's link (or of its feed), so one outlet under two feed URLs, or a
wire story carried by three sites, counts once. Both are worked out when an article is
stored, so reading a story never loads the suffix list. (pure: no I/O)

Registered domains come from the Public Suffix List snapshot that the `tld` package ships
(never fetched; the page extractor's URL library loads it already, so it costs the poller
about 2 MB where tldextract's took 13): "feeds.bbci.co.uk" and "www.bbci.co.uk" are both
"bbci.co.uk"; a private suffix's site ("x.blogspot.com") is an outlet of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

CREDIT_CHARS = 400
"""Only the opening of a text is read for a wire credit: agencies are credited in the
dateline ("KYIV (Reuters) -", "(AFP) —"), while a later "Reuters reported" cites one."""

WIRES: dict[str, str] = {
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "dpa": "dpa",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "xinhua": "Xinhua",
    "efe": "EFE",
    "upi": "UPI",
    "ani": "ANI",
    "pti": "PTI",
    "ians": "IANS",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "ukrinform": "Ukrinform",
    "wafa": "WAFA",
    "sana": "SANA",
    "qna": "QNA",
    "wam": "WAM",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "bernama": "Bernama",
}
"""News agencies whose copy other outlets carry, by the forms a dateline credits them."""

_NAMES = "|".join(re.escape(name) for name in sorted(WIRES, key=len, reverse=True))
_CREDIT = re.compile(
    rf"\(\s*({_NAMES})\s*\)"  # KYIV (Reuters) -
    rf"|(?:^|\n|[-—–]\s*)({_NAMES})\s*(?:[-—–:]|$)",  # AFP — / - AFP at a line's edge
    re.IGNORECASE | re.MULTILINE,
)


def wire_credit(text: str) -> str | None:
    """The news agency the opening of `text` credits, if any ("Reuters", "AFP", ...)."""
    found = _CREDIT.search(text[:CREDIT_CHARS])
    if found is None:
        return None
    return WIRES[(found.group(1) or found.group(2)).lower()]


def registered_domain(url: str) -> str | None:
    """The domain registered under a public suffix ("bbc.co.uk"), or None for an address
    without one (an IP address, a reserved name)."""
    host = urlsplit(url).hostname
    return _host_domain(host) if host else None


@lru_cache(maxsize=4096)
def _host_domain(host: str) -> str | None:
    """`registered_domain` of a host name, kept by host (each article's link is another
    address, its host one of a few)."""
    from tld import get_fld

    found: str | None = get_fld(f"http://{host}", fail_silently=True)
    return found


def source_domain(feed_url: str, link: str | None) -> str:
    """What counts as one outlet when no wire agency is credited: the registered domain of
    the link, else of the feed, else the feed itself."""
    return (registered_domain(link) if link else None) or registered_domain(feed_url) or feed_url
