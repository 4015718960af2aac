"""Places named in a text, and what place a user means by a query.

`find_places` folds the text once (see `normalize`), runs the gazetteer's Aho-Corasick
automaton over it, keeps the longest whole-word matches and then throws out what is not a
place mention: lower-case words ("hit by"), acronyms not in capitals ("us"), names that are
part of an organisation's name ("Bank of England", "Washington Post"), and names that are also
common words or first names ("Reading", "Mobile", "David") unless the text supports them.
Ambiguous names (Tripoli) go to the country the rest of the text is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.records import Place, PlaceMention
from bot.understand.gazetteer import Gazetteer, NameHit
from bot.understand.normalize import fold, name_key

_PARTICLES = frozenset(
    [
        "al",
        "el",
        "ez",
        "az",
        "ad",
        "ar",
        "as",
        "ash",
        "adh",
        "ath",
        "an",
        "at",
        "ed",
        "er",
        "es",
        "ul",
        "ud",
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "des",
        "la",
        "le",
        "les",
        "of",
        "the",
        "and",
        "upon",
        "on",
        "sur",
        "am",
        "im",
        "bin",
        "ibn",
        "wa",
        "y",
        "en",
        "do",
        "dos",
        "das",
        "von",
        "van",
        "der",
        "den",
        "ter",
        "s",
        "d",
    ]
)
_GENERIC = frozenset(
    [
        "camp",
        "crossing",
        "governorate",
        "province",
        "region",
        "district",
        "state",
        "oblast",
        "strip",
        "city",
        "town",
        "village",
        "refugee",
        "border",
        "valley",
        "area",
        "territory",
        "territories",
        "corridor",
        "peninsula",
        "heights",
        "countryside",
        "occupied",
        "route",
        "basin",
        "plains",
        "mountains",
        "zone",
        "southern",
        "northern",
        "eastern",
        "western",
    ]
)
_SUPPORTING_WORDS = frozenset(
    [
        "province",
        "governorate",
        "region",
        "district",
        "city",
        "town",
        "village",
        "camp",
        "oblast",
        "state",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "in",
        "near",
        "from",
        "outside",
        "around",
        "into",
        "to",
        "toward",
        "towards",
        "across",
        "inside",
        "via",
        "at",
        "with",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    ]
)
_PLACE_NOUNS = frozenset(["city", "town", "village", "district", "province", "region", "capital"])
_ORG_AFTER = frozenset(
    [
        "post",
        "times",
        "journal",
        "herald",
        "tribune",
        "telegraph",
        "mail",
        "gazette",
        "chronicle",
        "observer",
        "united",
        "city",
        "fc",
        "rovers",
        "athletic",
        "wanderers",
        "county",
        "university",
        "college",
        "airport",
        "stock",
        "exchange",
        "street",
        "road",
        "avenue",
        "square",
        "hotel",
        "hospital",
        "mosque",
        "declaration",
        "accords",
        "agreement",
        "protocol",
        "convention",
        "club",
        "institute",
        "museum",
        "zoo",
        "symphony",
        "orchestra",
    ]
)
_ORG_BEFORE = frozenset(
    [
        "bank",
        "university",
        "duke",
        "duchess",
        "earl",
        "prince",
        "princess",
        "king",
        "queen",
        "bishop",
        "archbishop",
        "diocese",
        "church",
        "museum",
        "college",
        "institute",
        "school",
    ]
)
_SENTENCE_BREAK = frozenset(".!?:;\n\"“”‘'(•|—–")
_WORD = re.compile(r"[^\W\d_]+")
_WORD_SPLIT = re.compile(r"[\s\-]+")
_TITLE_CASE_SHARE = 0.6
"""A short line with at least this share of capitalised words is a headline in title case."""
_HEADLINE_LENGTH = 160
WEAK_POPULATION = 50_000
"""Cities outside focus countries smaller than this need their country named in the text."""
STRONG_POPULATION = 1_000_000
"""Cities from this size up stay places even next to other capitalised words."""
_KIND_RANK = {"country": 3, "admin1": 2, "region": 2, "camp": 1, "crossing": 1}


@dataclass
class _Span:
    start: int
    end: int
    text: str
    name: str
    hits: tuple[NameHit, ...]
    place: Place | None = None


@dataclass
class _Context:
    """What the rest of a text says: countries it names or places in."""

    countries: dict[str, set[int]] = field(default_factory=dict)
    """Country code -> starts of the spans giving it."""

    def add(self, place: Place, start: int) -> None:
        if place.country_code:
            self.countries.setdefault(place.country_code, set()).add(start)

    def supports(self, cc: str, start: int) -> bool:
        """Whether a span other than the one at `start` puts the text in country `cc`."""
        return bool(self.countries.get(cc, set()) - {start})


def find_places(
    gaz: Gazetteer, text: str, context_country: str | None = None
) -> list[PlaceMention]:
    """Places named in `text`, each once (its first mention's exact span), in text order.

    `context_country` (ISO2, e.g. a feed's country) settles ambiguous names the text itself
    does not settle.
    """
    spans = _longest(_surface_matches(gaz, text))
    spans = [s for s in spans if not _inside_other_name(gaz, s, text, spans)]
    context = _Context()
    for span in spans:
        places = [gaz.places[h.key] for h in span.hits]
        best = max(places, key=_rank)
        one_country = len({p.country_code for p in places}) == 1 or best.kind == "country"
        small = any(h.key in gaz.small for h in span.hits)
        if span.name not in gaz.risky and one_country and not small:
            span.place = best
            context.add(best, span.start)
    for span in spans:
        if span.place is None:
            span.place = _choose(gaz, span, context, context_country)
            if span.place is not None and span.place.key not in gaz.small:
                context.add(span.place, span.start)
    mentions: list[PlaceMention] = []
    seen: set[str] = set()
    for span in spans:
        if span.place is None or span.place.key in seen:
            continue
        if span.name in gaz.risky and not _supported(span, text, spans, context, context_country):
            continue
        seen.add(span.place.key)
        mentions.append(PlaceMention(span.text, span.start, span.end, span.place))
    return mentions


def _rank(place: Place) -> tuple[int, int]:
    return (_KIND_RANK.get(place.kind, 0), place.population)


def _surface_matches(gaz: Gazetteer, text: str) -> list[_Span]:
    """Whole-word matches that look like names where they stand (capitals, not an org)."""
    folded = fold(text)
    spans = []
    for end, name in gaz.automaton.iter(folded.text):
        start = folded.original_start(end - len(name) + 2)
        stop = folded.original_end(end)
        written = text[start:stop]
        hits = gaz.names[name]
        if any(h.upper_only for h in hits) and not written.replace(".", "").isupper():
            hits = tuple(h for h in hits if not h.upper_only)
        if hits and _looks_like_name(written) and not _in_org_name(text, start, stop):
            spans.append(_Span(start, stop, written, name, hits))
    return spans


def _looks_like_name(written: str) -> bool:
    """Names in cased scripts must be capitalised (every word but particles and generic words)."""
    first = written[0]
    if (first.isupper() and " " not in written) or first.lower() == first.upper():
        return True
    capitalised = False
    for word in _WORD_SPLIT.split(written):
        if word[0].isupper():
            capitalised = True
        elif word.lower() not in _PARTICLES and word.lower() not in _GENERIC:
            return False
    return capitalised


def _in_org_name(text: str, start: int, stop: int) -> bool:
    """ "Washington Post", "Manchester City", "Bank of England": a name inside a bigger one."""
    after = _WORD.match(text, stop + 1) if text[stop : stop + 1] == " " else None
    if after and after.group()[0].isupper() and after.group().lower() in _ORG_AFTER:
        return True
    before = _words_before(text, start, 3)
    if len(before) >= 2 and before[-1] in ("of", "the"):
        org = before[-3] if before[-1] == "the" and len(before) == 3 else before[-2]
        return org[:1].isupper() and org.lower() in _ORG_BEFORE
    return False


def _inside_other_name(gaz: Gazetteer, span: _Span, text: str, spans: list[_Span]) -> bool:
    """A weak name touching another capitalised word ("Fred Perry", "Abu Hamam", "Central
    Command") is part of a person's or organisation's name, except in a title-case headline."""
    places = [gaz.places[h.key] for h in span.hits]
    if any(p.kind != "city" or p.population >= STRONG_POPULATION for p in places):
        return False
    starts = {s.start for s in spans}
    ends = {s.end for s in spans}
    after = _WORD.match(text, span.end + 1) if text[span.end : span.end + 1] == " " else None
    touching = bool(
        after
        and after.group()[0].isupper()
        and after.group().lower() not in _GENERIC
        and span.end + 1 not in starts
    )
    if not touching and text[span.start - 1 : span.start] == " ":
        before = re.search(r"([^\W\d_]+) $", text[max(0, span.start - 40) : span.start])
        touching = bool(
            before
            and before.group(1)[0].isupper()
            and span.start - 1 not in ends
            and not _sentence_initial(text, span.start - len(before.group()))
        )
    return touching and not _title_case_line(text, span.start)


def _title_case_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    line = text[start : stop if stop >= 0 else len(text)]
    if len(line) > _HEADLINE_LENGTH:
        return False
    words = _WORD.findall(line)
    long_words = [w for w in words if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and capitalised / len(long_words) >= _TITLE_CASE_SHARE


def _words_before(text: str, start: int, n: int) -> list[str]:
    return re.findall(r"[\w.]+", text[max(0, start - 60) : start])[-n:]


def _choose(
    gaz: Gazetteer, span: _Span, context: _Context, context_country: str | None
) -> Place | None:
    """The place an ambiguous or weak name stands for, or None when nothing supports it."""
    best: tuple[tuple[int, ...], Place] | None = None
    for hit in span.hits:
        place = gaz.places[hit.key]
        supported = context.supports(place.country_code, span.start)
        in_context = place.country_code == context_country
        weak = hit.key in gaz.small or (place.kind == "city" and place.population < WEAK_POPULATION)
        if weak and not (supported or in_context):
            continue
        score = (int(supported), int(in_context), *_rank(place))
        if best is None or score > best[0]:
            best = (score, place)
    return best[1] if best else None


def _supported(
    span: _Span, text: str, spans: list[_Span], context: _Context, context_country: str | None
) -> bool:
    """Whether a name that is also a common word or first name is really the place here."""
    if _strong_pattern(span, text, spans):
        return True
    if _sentence_initial(text, span.start) or span.place is None:
        return False
    cc = span.place.country_code
    return context.supports(cc, span.start) or cc == context_country


def _strong_pattern(span: _Span, text: str, spans: list[_Span]) -> bool:
    """ "in X", "town of X", "X province", "X, Syria"."""
    before = [w.lower() for w in _words_before(text, span.start, 2)]
    if before and before[-1] in _PREPOSITIONS:
        return True
    if len(before) == 2 and before[-1] == "of" and before[0] in _PLACE_NOUNS:
        return True
    rest = text[span.end : span.end + 30]
    word = _WORD.match(rest.lstrip())
    if rest[:1] == " " and word and word.group().lower() in _SUPPORTING_WORDS:
        return True
    if rest.startswith(", "):
        following = next((s for s in spans if s.start == span.end + 2), None)
        return (
            following is not None
            and following.place is not None
            and span.place is not None
            and following.place.country_code == span.place.country_code
        )
    return False


def _sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"“‘'([":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_BREAK


def _longest(spans: list[_Span]) -> list[_Span]:
    """Leftmost-longest non-overlapping spans, in text order."""
    spans.sort(key=lambda s: (s.start, s.start - s.end))
    kept: list[_Span] = []
    for span in spans:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
        elif span.end > kept[-1].end and span.end - span.start > kept[-1].end - kept[-1].start:
            kept[-1] = span
    return kept


@dataclass(frozen=True)
class QueryResolution:
    """What place a user's query means."""

    best: Place | None
    alternatives: list[Place]
    """Other places going by the same name, largest first (the other Tripoli)."""
    suggestions: list[Place]
    """Closest names when nothing matches exactly (typos), best first."""
    exact: bool


SUGGESTION_CUTOFF = 75.0
"""rapidfuzz ratio (0-100) below which a name is not suggested."""
CLEAR_LEAD = 4.0
"""A typo's best suggestion becomes `best` when it leads the next place by this much."""


def resolve_query(gaz: Gazetteer, query: str) -> QueryResolution:
    """Resolve a `whatsnew` query: exact name (any spelling), else the closest names."""
    found = gaz.lookup(query)
    if found:
        return QueryResolution(found[0], found[1:], [], True)
    folded = name_key(query).strip()
    if not folded:
        return QueryResolution(None, [], [], False)
    scored: dict[str, tuple[float, Place]] = {}
    for name, score, _ in process.extract(
        folded, gaz.name_list, scorer=fuzz.ratio, limit=25, score_cutoff=SUGGESTION_CUTOFF
    ):
        for hit in gaz.names[f" {name} "]:
            place = gaz.places[hit.key]
            weight = score - (5.0 if hit.key in gaz.small else 0.0)
            if weight > scored.get(place.key, (-1.0, place))[0]:
                scored[place.key] = (weight, place)
    ranked = sorted(scored.values(), key=lambda sp: (sp[0], *_rank(sp[1])), reverse=True)
    suggestions = [place for _, place in ranked[:5]]
    clear = bool(ranked) and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= CLEAR_LEAD)
    return QueryResolution(suggestions[0] if clear else None, [], suggestions, False)
