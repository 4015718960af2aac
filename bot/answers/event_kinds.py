"""Subscriptions by kind of event: "/subscribe airstrikes in Sudan alerts".

A kind (any spelling `bot.understand.EventKinds` knows: "airstrikes", "Air/drone strike",
"explosions") followed by `in <place>` or `within N km of <place>` restricts the subscription
to those ACLED sub-event types. It matches an article only when the article's own event is
of one of them: an article without an event never matches. Text whose words before " in "
name no kind (or a kind with nothing after it) is no kind filter: it is followed as before.

A topic that is a kind's common name ("airstrikes", "air-strikes", "drone strikes",
"shelling") also matches an article whose event is of that kind (`KindTopics`), whatever
words its report uses ("a drone hit a car").
"""

from __future__ import annotations

import re

from bot.answers.topics import topic_form
from bot.records import StoredArticle
from bot.understand import EventKinds

_SPLIT = re.compile(r"\s+(?=(?:in|within)\s+\S)", re.IGNORECASE)


def split_kinds(kinds: EventKinds, query: str) -> tuple[tuple[str, ...], str]:
    """ "airstrikes in Sudan" -> (("Air/drone strike",), "Sudan"); "drone strikes within 30
    km of Goma" -> (("Air/drone strike",), "within 30 km of Goma"); anything else -> ((),
    query)."""
    text = " ".join(query.split())
    for found in _SPLIT.finditer(text):
        named = kinds.named(text[: found.start()])
        if not named:
            continue
        rest = text[found.end() :]
        word, _, after = rest.partition(" ")
        return named, (after if word.lower() == "in" else rest)
    return (), query


def of_kind(article: StoredArticle, event_kinds: tuple[str, ...]) -> bool:
    """Whether the article's event is of one of the sub-event types (always, with none)."""
    if not event_kinds:
        return True
    return article.event is not None and article.event.sub_event_type in event_kinds


class KindTopics:
    """The kinds of event a topic names, in any of its variants: each spelling of
    `EventKinds` (and each type's own name) keyed by its `topic_form`, so "Air-strikes" and
    "airstrike" meet "air strikes"."""

    def __init__(self, kinds: EventKinds) -> None:
        self.by_form: dict[str, tuple[str, ...]] = {}
        for spelling, sub_events in kinds.spellings.items():
            form = topic_form(spelling)
            self.by_form[form] = tuple(dict.fromkeys(self.by_form.get(form, ()) + sub_events))

    def named(self, topic: str) -> tuple[str, ...]:
        """The sub-event types `topic` names (empty: it names no kind of event)."""
        return self.by_form.get(topic_form(topic), ())

    def of_topic(self, article: StoredArticle, topic: str) -> bool:
        """Whether the article's event is of a kind `topic` names."""
        named = self.named(topic)
        return bool(named) and of_kind(article, named)
