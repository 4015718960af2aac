"""A feed's home: the first-level area its own recent articles keep naming.

A local paper's "Alexandria" is its own state's Alexandria, which its text rarely says. The
feed's earlier articles say it for it: when a clear majority of them name places of one
first-level area ("Louisiana"), that area is the feed's home (`feed_home`), and
`find_places` prefers a reading inside it for a name the text itself does not settle
(`resolve.choose`; a country's name stays the country's), or a town of the home the
gazetteer leaves out for a far city's name nothing else in the text places
(`towns.at_home`). The places counted are the ones newsbot resolved in those articles,
never labels. A feed whose articles range over the world (a wire, a world desk) has no
such majority and so no home.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understand.places.gazetteer import Gazetteer

HOME_ARTICLES = 20
"""How many of the feed's most recent articles are looked at."""
HOME_MIN_ARTICLES = 2
"""Fewer earlier articles than this (with places) tell nothing yet: no home."""
HOME_SHARE = 0.5
"""The share of those articles that must name places of one first-level area."""


def feed_home(gaz: Gazetteer, recent: Sequence[Iterable[str]]) -> str | None:
    """The key of the first-level area that more than HOME_SHARE of the feed's recent
    articles name a place in (`recent`: each article's place keys, newest first), or None
    while the feed has too few articles with places, or no such area."""
    articles = [set(keys) for keys in recent[:HOME_ARTICLES]]
    articles = [keys for keys in articles if keys]
    if len(articles) < HOME_MIN_ARTICLES:
        return None
    votes: Counter[str] = Counter()
    for keys in articles:
        votes.update({area for key in keys for area in gaz.admin1_keys(key)})
    if not votes:
        return None
    (area, count), *runner_up = votes.most_common(2)
    if runner_up and runner_up[0][1] == count:
        return None  # two areas named by as many articles: neither is the home
    return area if count > HOME_SHARE * len(articles) else None
