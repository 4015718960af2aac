"""Where a story happened, as far as a "Subscribe to <place>" button goes: the most specific
place its title names, else the most specific place its text names; a country only when
nothing finer is named ("U.S.-led raid near Deir ez-Zor" happened in Deir ez-Zor, not in
the United States). Never a village the gazetteer lacks ("unlisted:<parent>/<name>"): no
subscription can follow it (its reports reach those of the places around it), so its button
names the listed place the report names."""

from __future__ import annotations

from bot.records import StoredArticle, StoredPlace
from bot.understand.places.facts import UNLISTED

_BROAD = {"country": 2, "admin1": 1, "region": 1}
"""How broad a kind of place is (anything else, a town or a camp, is 0)."""


def event_place(article: StoredArticle) -> StoredPlace | None:
    """The place the article's event happened in, as one a channel can follow (None when it
    names none)."""
    title = article.title.casefold()

    def rank(indexed: tuple[int, StoredPlace]) -> tuple[bool, int, int]:
        order, place = indexed
        in_title = bool(place.as_written) and place.as_written.casefold() in title
        return (not in_title, _BROAD.get(place.kind, 0), order)

    listed = [p for p in article.places if not p.key.startswith(UNLISTED)]
    ranked = sorted(enumerate(listed), key=rank)
    return ranked[0][1] if ranked else None
