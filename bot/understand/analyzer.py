"""One entry point to the understanding stage: text in, `Analysis` out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.records import Analysis, ParsedEntry, Place, PlaceMention
from bot.settings import Settings
from bot.understand.events import EventRules, load_event_rules, read_event
from bot.understand.language import detect_language
from bot.understand.places import Gazetteer, feed_home, find_places, load_places
from bot.understand.relevance import Lexicon, load_lexicon, score
from bot.understand.sites import find_sites
from bot.understand.summary import Summarizer


@dataclass(frozen=True)
class Analyzer:
    """The loaded lexicon, gazetteer and summarizer, applied together to one text."""

    lexicon: Lexicon
    gazetteer: Gazetteer
    summarizer: Summarizer
    events: EventRules | None = None
    """Event cues (config/events.yaml); None reads no event facts."""

    @classmethod
    def load(
        cls, settings: Settings, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None
    ) -> Analyzer:
        """Load the lexicon and places (unless given) from the config folder, as the
        settings say."""
        return cls(
            lexicon=lexicon or load_lexicon(settings.config_dir / "lexicon.yaml"),
            gazetteer=gazetteer or load_places(settings),
            summarizer=Summarizer(settings.summary_method, settings.summary_sentences),
            events=load_event_rules(settings.config_dir / "events.yaml"),
        )

    def analyze_entry(
        self, entry: ParsedEntry, region_hint: str | None = None, home: str | None = None
    ) -> Analysis:
        """Relevance, places and, for a conflict article, summary of a feed entry (its
        text, else its summary; `entry_text`). `region_hint` is the feed's region
        (config/feeds.yaml) and `home` the key of the feed's home area (`feed_home`), for
        ambiguous place names. Another article's summary is left empty: no digest, briefing
        or Slack post shows one, and `newsbot export`, which lists such articles, makes it
        from the stored text when it is asked for (`summarize_stored`)."""
        return self.analyze(
            entry.title, entry_text(entry), region_hint=region_hint, home=home, every_summary=False
        )

    def analyze(
        self,
        title: str,
        text: str,
        sentences: int | None = None,
        region_hint: str | None = None,
        home: str | None = None,
        every_summary: bool = True,
    ) -> Analysis:
        """Language, relevance, places (and the places containing them), the named facilities
        (`sites`, apart from places), summary and, for a conflict article, its event facts;
        `region_hint` and `home` as for `analyze_entry`.
        Without `every_summary` only a conflict article is summarized (another's summary is
        empty)."""
        full_text = f"{title}\n\n{text}" if title else text
        language = detect_language(title, text)
        places = find_places(
            self.gazetteer, full_text, region_hint=region_hint, home=home, language=language
        )
        relevance = score(self.lexicon, title, text, language)
        event = None
        if relevance.is_conflict and self.events is not None:
            rules = self.events.for_language(language)
            event = read_event(
                rules,
                title,
                text,
                places,
                self.gazetteer.ancestor_keys,
                self.gazetteer.lookup,
            )
            if event is not None and event.place is not None:
                places = _with_event_place(places, event.place)
        return Analysis(
            relevance=relevance,
            places=places,
            summary=(
                self.summarizer.summarize(text, sentences, language)
                if every_summary or relevance.is_conflict
                else ""
            ),
            containing=self.containing_places(places),
            event=event,
            language=language,
            sites=find_sites(full_text, places),
        )

    def feed_home(self, recent: Sequence[Iterable[str]]) -> str | None:
        """The key of a feed's home area, from the place keys of its recent articles, newest
        first (`Store.feed_places`); None for a feed with no home (see `places.home`)."""
        return feed_home(self.gazetteer, recent)

    def parents(self, key: str) -> list[Place]:
        """The places containing the place `key`, nearest first (its country, then the
        regions above countries, last)."""
        return [p for k in self.gazetteer.ancestors(key) if (p := self.gazetteer.get(k))]

    def containing_places(self, places: list[PlaceMention]) -> list[Place]:
        """The places containing those named, nearest first, without the ones named."""
        named = {mention.place.key for mention in places}
        keys = dict.fromkeys(
            key for mention in places for key in self.gazetteer.ancestors(mention.place.key)
        )
        return [
            region
            for key in keys
            if key not in named and (region := self.gazetteer.get(key)) is not None
        ]


def entry_text(entry: ParsedEntry) -> str:
    """The text a feed entry is analysed and summarized from: its text, else the feed's
    summary of it."""
    return entry.text or entry.feed_summary


def _with_event_place(places: list[PlaceMention], event: PlaceMention) -> list[PlaceMention]:
    """The places with the event's in them: when the event reading took a name for the town
    it shares with its province ("near Deir ez-Zor"), the town replaces the province the
    name was read as."""
    if any(m.place.key == event.place.key for m in places):
        return places
    return [event if (m.start, m.end) == (event.start, event.end) else m for m in places]
