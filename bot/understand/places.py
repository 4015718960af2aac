"""Places named in a text, and what place a user means by a query.

`find_places` folds the text once (see `normalize`), runs the gazetteer's Aho-Corasick
automaton over it and drops at once every match written in lower case (nearly all of them:
"aid", "day", "hit by"). What is left is checked where it stands: acronyms must be in capitals
("us"), names inside an organisation's or a person's name ("Bank of England", "Arakan Army",
"Victoria Nuland") or naming a river or a facility ("Dnipro River", "Sana'a International
Airport") are dropped, and names that are also common words or first names ("Reading", "Hit")
need support. Then each name is resolved (see `resolve`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from bot.records import Place, PlaceMention
from bot.understand.gazetteer import Gazetteer, rank
from bot.understand.normalize import fold, name_key, phonetic_keys, transliterate
from bot.understand.resolve import Context, Span, choose, sentence_initial, settle, supported

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
        "central",
        "rural",
        "air",
        "base",
        "dam",
        "sub",
        "subdistrict",
    ]
)
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
        "army",
        "party",
        "front",
        "movement",
        "brigade",
        "brigades",
        "battalion",
        "military",
        "international",
        "nuclear",
        "power",
        "river",
        "sea",
        "lake",
    ]
)
"""Capitalised or not, a word after a place name that makes it part of another name."""
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
_NAME_BEFORE = frozenset(["State", "Lake", "Mount", "Mt"])
"""A capitalised word before a place name that makes it part of another name."""
_ENGLISH = frozenset(["as ", "an ", "at ", "es ", "en ", "et "])
"""Article forms that are English words when a space follows ("known as Suwayda")."""
_WORD = re.compile(r"[^\W\d_]+")
_WORD_SPLIT = re.compile(r"[\s\-]+")
_TITLE_CASE_SHARE = 0.8
"""A short line with at least this share of capitalised words is a headline in title case."""
_HEADLINE_LENGTH = 160
STRONG_POPULATION = 1_000_000
"""Cities from this size up stay places even next to other capitalised words."""


def find_places(
    gaz: Gazetteer, text: str, context_country: str | None = None
) -> list[PlaceMention]:
    """Places named in `text`, each once (its first mention's exact span), in text order.

    `context_country` (ISO2, e.g. a feed's country) settles ambiguous names the text itself
    does not settle.
    """
    spans = _candidates(gaz, text)
    starts = {s.start for s in spans}
    ends = {s.end for s in spans}
    spans = [s for s in spans if not _part_of_other_name(gaz, s, text, starts, ends)]
    context = Context(gaz, text)
    for span in spans:
        if len(span.hits) == 1 and span.name not in gaz.risky:
            key = span.hits[0].key
            if key not in gaz.small:
                span.place = gaz.places[key]
                context.add(span)
    for final in (False, True):
        for span in spans:
            if span.place is None:
                span.place = choose(gaz, span, context, context_country, final)
                if span.place is not None and span.name not in gaz.risky:
                    context.add(span)
    for span in spans:
        settle(gaz, span, context)
    mentions: list[PlaceMention] = []
    seen: set[str] = set()
    for span in spans:
        if span.place is None or span.place.key in seen:
            continue
        if span.name in gaz.risky and not supported(span, context, context_country):
            continue
        seen.add(span.place.key)
        mentions.append(PlaceMention(span.written, span.start, span.end, span.place))
    return mentions


def _candidates(gaz: Gazetteer, text: str) -> list[Span]:
    """The leftmost-longest whole-word matches that look like names where they stand:
    capitalised (or in a script without capitals), acronyms in capitals."""
    folded = fold(text)
    original = folded.original
    exact = not folded.breaks
    lower_ok = gaz.lower_ok
    found: list[tuple[int, int, int, str]] = []  # start, minus the length, stop, name
    for end, (name, length) in gaz.automaton.iter(folded.text):
        start = end - length + 1 if exact else original(end - length + 2)
        if text[start].islower() and (name not in lower_ok or text[start : start + 3] in _ENGLISH):
            continue
        stop = end - 1 if exact else original(end)
        found.append((start, start - stop, stop, name))
    found.sort()
    kept: list[tuple[int, int, int, str]] = []
    for match in found:
        if not kept or match[0] >= kept[-1][2]:
            kept.append(match)
        elif match[1] < kept[-1][1]:
            kept[-1] = match
    spans = []
    for start, _, stop, name in kept:
        written = text[start:stop]
        hits = gaz.names[name]
        if name in gaz.acronyms and not written.replace(".", "").isupper():
            hits = tuple(h for h in hits if not h.upper_only)
        if hits and ((" " not in written and "-" not in written) or _looks_like_name(written)):
            spans.append(Span(start, stop, written, name, hits))
    return spans


def _looks_like_name(written: str) -> bool:
    """Every word of a name in a cased script is capitalised but particles and generic words."""
    capitalised = False
    for word in _WORD_SPLIT.split(written):
        if not word:
            continue
        if word[0].isupper() or word[0].lower() == word[0].upper():
            capitalised = True
        elif word.lower() not in _PARTICLES and word.lower() not in _GENERIC:
            return False
    return capitalised


def _part_of_other_name(
    gaz: Gazetteer, span: Span, text: str, starts: set[int], ends: set[int]
) -> bool:
    """ "Washington Post", "Bank of England", "Arakan Army", "Lake Chad", "Dnipro River": the
    name is part of an organisation's, a facility's or a feature's name. `starts` and `ends`
    are those of every name found in the text."""
    after = _WORD.match(text, span.end + 1) if text[span.end : span.end + 1] == " " else None
    if after:
        word = after.group()
        if word.lower() in _ORG_AFTER and (word[0].isupper() or word in ("river", "nuclear")):
            return True
    before = _words_before(text, span.start)
    if before and _names_before(before):
        return True
    return _inside_person_name(gaz, span, text, starts, ends, after, before)


def _words_before(text: str, start: int) -> list[str]:
    """Up to three words (as split on spaces) right before `start`, nearest last."""
    if text[start - 1 : start] != " ":
        return []
    return text[max(0, start - 40) : start - 1].rsplit(" ", 3)[-3:]


def _names_before(before: list[str]) -> bool:
    """ "State X" ("Islamic State Sahel Province"), "Lake X", "Bank of X", "Duke of the X"."""
    last = before[-1]
    if last in _NAME_BEFORE:
        return True
    if last not in ("of", "the") or len(before) < 2:
        return False
    org = before[-3] if last == "the" and before[-2] == "of" and len(before) == 3 else before[-2]
    return bool(org) and org[0].isupper() and org.lower() in _ORG_BEFORE


def _inside_person_name(
    gaz: Gazetteer,
    span: Span,
    text: str,
    starts: set[int],
    ends: set[int],
    after: re.Match[str] | None,
    before: list[str],
) -> bool:
    """A weak name touching another capitalised word ("Fred Perry", "Jordan Bardella",
    "Central Command") is part of a person's or organisation's name, except in a title-case
    headline."""
    touching = bool(
        after
        and after.group()[0].isupper()
        and after.group().lower() not in _GENERIC
        and span.end + 1 not in starts
    )
    if not touching and before and before[-1].isalpha():
        touching = (
            before[-1][0].isupper()
            and span.start - 1 not in ends
            and not sentence_initial(text, span.start - 1 - len(before[-1]))
        )
    if not touching:
        return False
    for hit in span.hits:
        place = gaz.places[hit.key]
        if place.kind not in ("city", "country"):
            return False
        if place.kind == "city" and place.population >= STRONG_POPULATION:
            return False
        if place.kind == "country" and span.name not in gaz.risky:
            return False
    return not _title_case_line(text, span.start)


def _title_case_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    line = text[start : stop if stop >= 0 else len(text)]
    if len(line) > _HEADLINE_LENGTH:
        return False
    long_words = [w for w in _WORD.findall(line) if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and capitalised / len(long_words) >= _TITLE_CASE_SHARE


@dataclass(frozen=True)
class QueryResolution:
    """What place a user's query means."""

    best: Place | None
    alternatives: list[Place]
    """Other places going by the same name, best first (the other Tripoli, the governorate)."""
    suggestions: list[Place]
    """Closest names when nothing matches exactly (typos), best first."""
    exact: bool


SUGGESTION_CUTOFF = 75.0
"""Similarity (0-100, Damerau-Levenshtein) below which a name is not suggested."""
CLEAR_LEAD = 4.0
"""A typo's best suggestion becomes `best` when it leads the next place by this much."""
SOUND_BONUS = 6.0
"""Added to a name's similarity when it sounds the same (`normalize.phonetic_keys`)."""


def resolve_query(gaz: Gazetteer, query: str) -> QueryResolution:
    """Resolve a `whatsnew` query: exact name (any spelling), else the closest names.

    A name in another script (Hindi, Greek, ...) is also tried transliterated. Close names
    are scored by spelling similarity (transpositions count once: "Dier"), plus a bonus when
    they sound the same ("Thiban" for Dhiban), plus a little for the focus countries.
    """
    found = _ranked(gaz, gaz.lookup(query))
    if found:
        return QueryResolution(found[0], found[1:], [], True)
    folded = name_key(query).strip()
    if not folded:
        return QueryResolution(None, [], [], False)
    latin = folded if folded.isascii() else name_key(transliterate(query)).strip()
    found = _ranked(gaz, gaz.lookup(latin)) if latin != folded else []
    if found:
        return QueryResolution(found[0], [], found, False)
    scored: dict[str, tuple[float, Place]] = {}
    for name, score in _close_names(gaz, latin):
        for hit in gaz.names[f" {name} "]:
            place = gaz.places[hit.key]
            weight = score + (3.0 if place.country_code in gaz.focus else 0.0)
            weight -= 3.0 if hit.key in gaz.small else 0.0
            if weight > scored.get(place.key, (-1.0, place))[0]:
                scored[place.key] = (weight, place)
    ranked = sorted(scored.values(), key=lambda sp: (sp[0], *rank(sp[1])), reverse=True)
    suggestions = [place for _, place in ranked[:5]]
    if not ranked:
        return QueryResolution(None, [], [], False)
    top = ranked[0][1]
    related = {top.key, *gaz.ancestors(top.key)}
    rivals = [
        w for w, p in ranked[1:] if p.key not in related and top.key not in gaz.ancestors(p.key)
    ]
    clear = not rivals or ranked[0][0] - rivals[0] >= CLEAR_LEAD
    return QueryResolution(top if clear else None, [], suggestions, False)


def _ranked(gaz: Gazetteer, places: list[Place]) -> list[Place]:
    """Exact matches: countries and named regions first, then the focus countries' places."""
    return sorted(places, key=lambda p: (rank(p)[0], p.country_code in gaz.focus, *rank(p)[1:]),
                  reverse=True)  # fmt: skip


def _close_names(gaz: Gazetteer, latin: str) -> list[tuple[str, float]]:
    """Names close to the query with their similarity (0-100, plus SOUND_BONUS)."""
    sound = phonetic_keys([latin])[0]
    alike = {name.strip() for name in gaz.phonetic.get(sound, ())}
    found = {
        name: score * 100 + (SOUND_BONUS if name in alike else 0.0)
        for name, score, _ in process.extract(
            latin,
            gaz.name_list,
            scorer=DamerauLevenshtein.normalized_similarity,
            limit=25,
            score_cutoff=SUGGESTION_CUTOFF / 100,
        )
    }
    for name in alike - set(found):
        found[name] = DamerauLevenshtein.normalized_similarity(latin, name) * 100 + SOUND_BONUS
    return [(n, s) for n, s in found.items() if s >= SUGGESTION_CUTOFF]
