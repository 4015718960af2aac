"""Named facilities a text names — event sites, shown apart from places.

A site is a name of capitalised words ending in a word for a kind of facility ("Al-Shifa
Hospital", "Ain al-Asad air base", "Kabul airport", "Zaporizhzhia nuclear power plant"). It
is not a place: the project's guide rules facilities out of places, so subscriptions and
briefings never see one. Its parent is only ever a place the text itself names, found by the
tagger (`find_places`): the place named inside the site's name or as its possessor ("Kabul
airport", "Derry's Altnagelvin Hospital"), else the one the text puts it in right after ("in
Nairobi", "in Iraq's Anbar province"), else the nearest in its sentence, then its paragraph
(a place only a bearing relates it to, "northwest of Baghdad", gives its country), else the
text's most named place; a text naming no place gives no parent. Its coordinates are its
parent's: a site has no point of its own, and no gazetteer guess is ever made for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.records import Place, PlaceMention, Site
from bot.understand.places.nations import demonyms
from bot.understand.places.persons import is_given_name

FACILITY_HEADS = (
    "hospital|clinic|infirmary|medical (?:center|centre|complex|college)|"
    "air ?base|airbase|airfield|air ?field|airport|naval base|military base|army base|base|"
    "prison|jail|gaol|penitentiary|detention (?:center|centre|facility)|"
    "stadium|arena|university|college|academy|school|"
    "mosque|church|cathedral|chapel|basilica|synagogue|temple|shrine|monastery|"
    "bridge|dam|port|seaport|harbou?r|power (?:plant|station)|nuclear (?:power )?(?:plant|station)|"
    "npp|refinery|oil refinery|depot|factory|steelworks|"
    "market|bazaar|mall|shopping (?:center|centre|mall)|"
    "embassy|consulate|palace|castle|fortress|fort|"
    "city hall|town hall|parliament|courthouse|"
    "railway station|train station|bus station|terminal|"
    "hotel|tower|racecourse|racetrack|speedway|campus|center|centre"
)
"""Words for the kinds of facility a site's name ends with (a class each: hospitals and
clinics, air bases and airports, prisons, stadiums, schools and universities, places of
worship, bridges, dams and ports, power plants and refineries, markets and malls, embassies,
palaces and castles, a city's or country's seat of government, stations, hotels and towers,
racecourses, centres and campuses).
Camps, parks and streets are left out: the place tagger reads them as places."""

_SOLE_HEADS = re.compile(
    r"(?:air |naval |military |army )?base|airbase|airfield|air ?field|airport|"
    r"port|seaport|harbou?r|(?:nuclear )?(?:power )?(?:plant|station)|npp|(?:oil )?refinery|"
    r"dam|city hall|town hall|parliament|embassy|consulate",
    re.IGNORECASE,
)
"""Kinds of facility a town has one of, or one that news names by the town alone ("Kabul
airport", "Zaporizhzhia nuclear plant"): after a town's bare name in lower case they name a
site, where "a Gaza hospital" or "Kabul mosque" names none in particular."""
_ABROAD_HEADS = re.compile(r"embassy|consulate", re.IGNORECASE)
"""Kinds of facility whose name holds a country other than the one they stand in ("the U.S.
Embassy in Baghdad")."""
_MODIFIERS = (
    "international|national|general|memorial|regional|central|main|military|civil|"
    "field|teaching|referral|district|county|sub-county|provincial|state|federal|"
    "oil|nuclear|thermal|hydroelectric|power|central|maximum[- ]security|security|"
    "grand|great|old|new|royal"
)
"""Words between a site's name and its head word, capitalised or not ("Kenyatta National
Hospital", "Al Quds field hospital", "Novoshakhtinsk oil refinery")."""

_PARTICLES = "al|el|ad|ar|as|ash|az|an|at|ud|ul|bin|ibn|of|the|de|du|del|la|le|e|i"
_WORD = rf"(?:(?:[A-Z]\.){{2,}}|(?:St|Mt|Ft|Dr)\.|[A-Z][\w'’-]*|(?:{_PARTICLES})-[A-Za-z][\w'’-]*)"
"""A capitalised word of a site's name ("Al-Shifa", "Imam-i-Zaman"), an abbreviation with
its stops ("U.S.", "St.") or a word joined by a hyphen to a lower-case particle ("al-Asad");
no other stop, which would end a sentence."""
_JOIN = r"(?:of|al|el|de|the|i|e)"
"""Lower-case words a facility's name may hold between its capitalised ones ("Mall of Asia",
"Ain al Asad")."""

_SITE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_WORD}(?:[ ](?:{_JOIN}[ ])?{_WORD})*)"
    rf"(?P<mods>(?:[ ](?i:{_MODIFIERS}))*)"
    rf"[ ](?P<head>(?i:{FACILITY_HEADS}))\b"
)
"""A run of capitalised name words opening at a word's start (not "Zor" of "Deir ez-Zor
market"), optional modifier words, then a head word (modifiers and head in either case:
"al-Quds hospital", "Kabul Airport")."""

_TRADE_HEADS = frozenset({"Market", "Bazaar"})
"""A market written with a capital is a trade's ("Global Solar PV Inverter Market", "Money
Market"); a marketplace is written in lower case ("the Bakara market")."""
_CAPITAL_ONLY = frozenset({"center", "centre", "campus"})
"""Head words naming a facility only with a capital ("Barclays Center"): in lower case they
are any centre."""
_ORG_AFTER = re.compile(r"\s+(?:for|of|on|to)\b")
"""A centre's name continued by "for", "of", "on" or "to" is an organisation's ("Carter
Center for ..."), no building's."""

_SEAT = re.compile(r"\b(?:City|Town) Hall\b")
"""A town's seat of government, named by its head words alone ("at City Hall"): its parent
is the town the text names nearest."""

_GENERIC = frozenset(
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our",
        "my", "your", "some", "any", "each", "every", "no", "one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "first", "second", "third", "last", "next",
        "several", "many", "other", "another", "main", "new", "old", "former", "local", "nearby",
        "central", "national", "international", "general", "regional", "state", "federal",
        "military", "civil", "provincial", "district", "county", "city", "town", "village",
        "capital", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
        "upper", "lower", "in", "at", "on", "near", "from", "to", "of", "for", "by", "with",
        "into", "outside", "inside", "and", "or", "but", "as", "after", "before", "while", "when",
        "where", "which", "who", "what", "said", "says", "told", "mr", "mrs", "ms", "dr", "gen",
        "col", "lt", "sgt", "president", "minister", "governor", "mayor", "police", "army",
        "forces", "troops", "officials", "residents", "primary", "secondary", "high",
        "elementary", "middle", "junior", "senior", "public", "private", "community", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "breaking", "update", "video", "photo", "photos", "watch", "live",
        "exclusive", "report"
    ]
)  # fmt: skip
"""Words that alone name no facility ("the hospital", "a military base", "Monday's market",
"Northern Hospital" is kept only with another name word)."""

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n+")
_PARAGRAPH_END = re.compile(r"\n\s*\n")
_BEARING_OF = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|outside|"
    r"(?:\d+\s*(?:km|kilometres|kilometers|miles))(?:\s+\w+)?)\s+of\s+$",
    re.IGNORECASE,
)
"""A bearing or a distance before "of": the place after it is not where the site is
("northwest of Baghdad", "20 km east of Kabul")."""
_IN_AFTER = re.compile(
    r"^(?:\s+(?:compound|complex|grounds|campus|premises|area))?,?\s*"
    r"(?:located\s+)?(?:in|at|near)\s+(?:the\s+)?(?:(?:city|town|village|province|region)\s+of\s+)?"
)
"""Words right after a site that put it in the place next named ("X Hospital in Nairobi")."""
_POSSESSIVE = re.compile(r"['’]s?$|s['’]$")
_FUNCTION_WORDS = frozenset(
    [
        "a", "an", "the", "of", "and", "or", "nor", "but", "in", "on", "at", "to", "for", "by",
        "with", "from", "as", "into", "onto", "over"
    ]
)  # fmt: skip
"""Short words a headline in title case leaves in lower case."""
_TITLE_WORDS = 25
_TITLE_SHARE = 0.8
"""A line of at most `_TITLE_WORDS` words more than `_TITLE_SHARE` of whose words (but
`_FUNCTION_WORDS`) are capitalised is a headline in title case ("Rockets Hit Iraqi Base
Housing U.S. Troops"): a site in it is read only where a place's name is all its name
("Suicide Bomber Targets Kabul Airport": Kabul Airport)."""


@dataclass(frozen=True)
class _Found:
    """One mention of a site: its span, its name as written and the span of its name words."""

    start: int
    end: int
    written: str
    name_start: int
    name_end: int


def find_sites(text: str, places: Sequence[PlaceMention]) -> list[Site]:
    """The named facilities of `text` (see the module), each once with every mention, in the
    order of their first mention; `places` are the text's places (`find_places`), the only
    parents a site may have. A word for a people ("an Iraqi air base") names no facility."""
    found = _mentions(text, places, frozenset(demonyms()))
    by_name: dict[str, list[_Found]] = {}
    for mention in found:
        by_name.setdefault(_name_key(mention.written), []).append(mention)
    sites = []
    for key, mentions in by_name.items():
        parents = [p for m in mentions if (p := _parent(text, m, places)) is not None]
        parent = min(parents, key=_breadth) if parents else None
        spans = tuple((m.start, m.end, m.written) for m in mentions)
        sites.append(Site(mentions[0].written, f"site:{key}", spans, parent))
    return sites


_BREADTH = {"admin2": 1, "admin1": 2, "country": 3, "region": 4, "sea": 4}
"""How wide a kind of place is: a site named several times takes the narrowest place its
mentions are put in ("at Bacha Khan University in northwestern Pakistan" ... "in Charsadda")."""


def _breadth(place: Place) -> int:
    """`_BREADTH` of `place`'s kind; 0 for a town, village or anything narrower."""
    return _BREADTH.get(place.kind, 0)


def _name_key(written: str) -> str:
    """What makes two mentions one site: the name folded, without hyphens, "the" or a
    spelling of "air base" ("Ain al-Asad air base" and "Ain Al-Asad Airbase")."""
    folded = re.sub(r"[-'’. ]+", " ", written.casefold()).strip()
    folded = re.sub(r"\bair ?base\b", "airbase", re.sub(r"^the ", "", folded))
    return folded.replace(" ", "-")


def _mentions(text: str, places: Sequence[PlaceMention], demonyms: frozenset[str]) -> list[_Found]:
    """Every site mention of `text`, in order, none overlapping another."""
    headline_lines = _title_case_spans(text)
    out: list[_Found] = []
    for match in _SITE.finditer(text):
        found = _site_at(text, match, places, demonyms, headline_lines)
        if found is not None and (not out or found.start >= out[-1].end):
            out.append(found)
    for match in _SEAT.finditer(text):
        if not any(f.start < match.end() and match.start() < f.end for f in out):
            start, end = match.span()
            out.append(_Found(start, end, match.group(), start, start))
    return sorted(out, key=lambda f: f.start)


def _site_at(
    text: str,
    match: re.Match[str],
    places: Sequence[PlaceMention],
    demonyms: frozenset[str],
    headline_lines: list[tuple[int, int]],
) -> _Found | None:
    """The site `match` names, or None: its name words trimmed of leading generic words,
    possessive places and demonyms; at least one capitalised word left that is not generic;
    a capitalised head word unless the name is a place's or a proper name's."""
    words = list(re.finditer(r"\S+", match.group("name")))
    offset = match.start("name")
    keep = 0
    while keep < len(words):
        word = words[keep].group()
        bare = _POSSESSIVE.sub("", word)
        possessive = bare != word
        if (
            bare.casefold() in _GENERIC
            or bare in demonyms
            or (not bare[:1].isupper() and "-" not in bare)
            or (
                possessive
                and _place_over(places, offset + words[keep].start(), offset + words[keep].end())
            )
        ):
            keep += 1
            continue
        break
    if keep == len(words):
        return None
    named = words[keep:]
    if _no_facility_name([w.group() for w in named], demonyms):
        return None
    if all(_POSSESSIVE.sub("", w.group()).casefold() in _GENERIC for w in named):
        return None
    if all(_POSSESSIVE.sub("", w.group()) in demonyms for w in named):
        return None
    start = offset + named[0].start()
    name_end = offset + named[-1].end()
    end = match.end("head")
    head = match.group("head")
    if text[start:end].upper() == text[start:end]:
        return None  # "MORE COLLEGE": a label or headline in capitals
    if head in _TRADE_HEADS or (
        head.casefold() in _CAPITAL_ONLY and (not head[:1].isupper() or _ORG_AFTER.match(text, end))
    ):
        return None
    if _listed_facility(places, start, end, name_end):
        return None
    if _in_title_case(start, headline_lines):
        start = _place_ending(places, start, name_end)
        if start < 0:
            return None
    if not head[:1].isupper() and not _lower_head_named(text, start, places, name_end, head):
        return None
    if match.end("head") < len(text) and text[end : end + 1].isalnum():
        return None
    return _Found(start, end, text[start:end], start, name_end)


_LISTED_KINDS = frozenset({"air base", "base", "dam", "nuclear plant", "crossing"})
"""Kinds of config/places.yaml's places that are facilities: the bases, dams, crossings and
plants conflict news names most, listed as places with their point and parent."""


_WATERS = frozenset({"Sea", "Ocean", "Gulf", "Lake", "River", "Bay", "Strait", "Canal"})
"""Words ending a water body's name: a port or bridge after one is on it, not named by it
("a Black Sea port")."""
_SAINT = re.compile(r"^(?:St\.?|Saint|Ste)$")


def _no_facility_name(words: list[str], demonyms: frozenset[str]) -> bool:
    """Whether a site's name words name a person, a water body or a people, not a facility:
    one common given name ("Chris Bridge", a footballer); several words ending in a
    possessive not opened by a saint's title ("Damien Chazelle's Academy", where "St
    George's Chapel" and "Guy's Hospital" stand); a water body's ("Black Sea port"); a
    people's word joined to another ("Indian-financed parliament")."""
    last = _POSSESSIVE.sub("", words[-1])
    if len(words) == 1 and last == words[-1] and is_given_name(last):
        return True
    if len(words) > 1 and _POSSESSIVE.search(words[-1]) and not _SAINT.match(words[0]):
        return True
    first_part = words[0].split("-")[0]
    return last in _WATERS or (first_part != words[0] and first_part in demonyms)


def _listed_facility(places: Sequence[PlaceMention], start: int, end: int, name_end: int) -> bool:
    """Whether the site at [start, end) is a place already: a place mention spans it ("Ain
    al-Asad air base"), or its name is a listed facility's ("the Ain al-Asad base")."""
    for mention in places:
        for s, e, _ in mention.spans:
            if s <= start and end <= e:
                return True
            if start <= s and e <= end and mention.place.kind in _LISTED_KINDS:
                return True
    return False


def _place_ending(places: Sequence[PlaceMention], start: int, end: int) -> int:
    """The start of a place mention within [start, end) that ends at `end`, else -1: in a
    headline in title case only a place's name before a head word names a facility ("Suicide
    Bomber Targets Kabul Airport": Kabul Airport)."""
    return min(
        (s for mention in places for s, e, _ in mention.spans if start <= s and e == end),
        default=-1,
    )


def _lower_head_named(
    text: str, start: int, places: Sequence[PlaceMention], name_end: int, head: str
) -> bool:
    """Whether a name before a lower-case head word names a facility ("al-Quds hospital",
    "Olokuta prison"): no indefinite article before it ("a Kabul hospital" is any of the
    city's); a town's bare name only before a kind a town has one of (`_SOLE_HEADS`: "Kabul
    airport", not "Gaza hospital"); a country's or wider area's never ("Nigeria prison")."""
    before = text[max(0, start - 4) : start].casefold()
    if re.search(r"\ban? $", before):
        return False
    name = text[start:name_end]
    if not _place_over(places, start, name_end) and (
        _POSSESSIVE.search(name)
        or name.upper() == name
        or (" " not in name and _opens_sentence(text, start))
    ):
        return False
    main = _main_country(places)
    named = [
        m for m in places if _covers(m, start, name_end) and m.place.country_code in (main, "")
    ]
    if any(m.place.kind in _WIDE for m in named):
        return False
    return not named or _SOLE_HEADS.fullmatch(head) is not None


_WIDE = frozenset({"country", "region", "admin1", "sea"})
"""Kinds of place too wide to name a facility after a lower-case head ("a Syria hospital")."""


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence or line (it is capitalised anyway)."""
    before = text[:start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?:\n"


def _covers(mention: PlaceMention, start: int, end: int) -> bool:
    """Whether one of `mention`'s spans lies within [start, end)."""
    return any(start <= s and e <= end for s, e, _ in mention.spans)


def _place_over(places: Sequence[PlaceMention], start: int, end: int) -> Place | None:
    """The place of a mention lying within [start, end), the last one if several."""
    inside = [
        (s, mention.place)
        for mention in places
        for s, e, _ in mention.spans
        if start <= s and e <= end
    ]
    return max(inside, key=lambda pair: pair[0])[1] if inside else None


def _parent(text: str, site: _Found, places: Sequence[PlaceMention]) -> Place | None:
    """The place the text puts one mention of a site in (see the module), or None."""
    after = _IN_AFTER.match(text[site.end : site.end + 40])
    if after is not None:
        following = _first_after(text, places, site.end + after.end(), 40)
        if following is not None:
            return following
    main = _main_country(places)
    if not _ABROAD_HEADS.search(site.written):
        owner = _place_over(places, max(0, site.name_start - 1), site.name_end)
        if owner is not None and (owner.kind in _NAMING or owner.country_code not in (main, "")):
            owner = None
        owner = owner or _named_elsewhere(text, site, places)
        owner = owner or _possessor(text, site.name_start, places)
        if owner is not None:
            return owner
    lo, hi = _enclosing(text, site.start, _SENTENCE_END)
    nearest = _nearest(text, places, site, lo, hi, None)
    if nearest is not None:
        return nearest
    lo, hi = _enclosing(text, site.start, _PARAGRAPH_END)
    return _nearest(text, places, site, lo, hi, main) or _most_named(text, places, main)


_NAMING = frozenset({"country", "region", "sea"})
"""Kinds of place a facility may be named after without standing there ("Indonesia
Hospital" in Gaza)."""


def _named_elsewhere(text: str, site: _Found, places: Sequence[PlaceMention]) -> Place | None:
    """The place whose name, as the text writes it elsewhere, is among a site's name words
    ("Kabul Airport" in a text naming Kabul as a place), where the tagger took those words
    for part of the site's name; not a country's or wider area's."""
    name = f" {text[site.start : site.name_end].casefold()} "
    for mention in places:
        if mention.place.kind in _NAMING:
            continue
        for s, e, written in mention.spans:
            outside = e <= site.start or s >= site.end
            if outside and f" {written.casefold()} " in name:
                return mention.place
    return None


def _main_country(places: Sequence[PlaceMention]) -> str:
    """The country most of the text's place mentions lie in ("" for a text naming none); a
    place inside a site's name from another country is a person's or a saint's name ("Al
    Quds hospital" in Aleppo), not where the site is."""
    counts: dict[str, int] = {}
    for mention in places:
        if mention.place.country_code:
            code = mention.place.country_code
            counts[code] = counts.get(code, 0) + len(mention.spans)
    return max(counts, key=lambda code: counts[code]) if counts else ""


def _possessor(text: str, start: int, places: Sequence[PlaceMention]) -> Place | None:
    """The place named with "'s" right before a site ("Derry's Altnagelvin Hospital")."""
    before = re.search(r"(\S+)['’]s\s$", text[max(0, start - 40) : start])
    if before is None:
        return None
    return _place_over(places, start - len(before.group(0)), start)


def _first_after(text: str, places: Sequence[PlaceMention], at: int, reach: int) -> Place | None:
    """The place of the first mention starting within `reach` characters after `at`; the
    place a possessive names first ("in Iraq's Anbar province": Anbar)."""
    starts = sorted(
        (s, e, mention.place)
        for mention in places
        for s, e, _ in mention.spans
        if at <= s < at + reach
    )
    if not starts:
        return None
    start, end, place = starts[0]
    if start == at and len(starts) > 1 and re.match(r"['’]s\s", text[end : starts[1][0]]):
        return starts[1][2]
    return place if start == at else None


def _enclosing(text: str, at: int, bounds: re.Pattern[str]) -> tuple[int, int]:
    """The span of the sentence or paragraph (by `bounds`) holding `at`."""
    lo, hi = 0, len(text)
    for match in bounds.finditer(text):
        if match.end() <= at:
            lo = match.end()
        elif match.start() >= at:
            hi = match.start()
            break
    return lo, hi


def _nearest(
    text: str,
    places: Sequence[PlaceMention],
    site: _Found,
    lo: int,
    hi: int,
    country: str | None,
) -> Place | None:
    """The place named nearest to `site` within [lo, hi) (of `country` only, unless None)
    among its `_candidates`."""
    best: tuple[int, Place] | None = None
    for s, e, place in _candidates(text, places):
        if country is not None and place.country_code != country:
            continue
        if lo <= s and e <= hi and not (site.start <= s < site.end):
            gap = site.start - e if e <= site.start else s - site.end
            if best is None or gap < best[0]:
                best = (gap, place)
    return best[1] if best is not None else None


def _candidates(text: str, places: Sequence[PlaceMention]) -> list[tuple[int, int, Place]]:
    """Every span of `places` that may give a site its parent, with that parent: none in a
    dateline ("NAIROBI -": where the report was filed); one a bearing or distance relates the
    site to ("northwest of Baghdad", "20 km east of Kabul") gives its country where the text
    names it, which holds both, else nothing."""
    countries = {m.place.key: m.place for m in places if m.place.key.startswith("cc:")}
    out = []
    for mention in places:
        for s, e, _ in mention.spans:
            if _in_dateline(text, s, e):
                continue
            place: Place | None = mention.place
            if _BEARING_OF.search(text[max(0, s - 30) : s]):
                place = countries.get(f"cc:{mention.place.country_code}")
            if place is not None:
                out.append((s, e, place))
    return out


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a dateline's place: in capitals, opening its line, before a
    comma, dash or "(" ("MELITOPOL, August 17.", "NAIROBI -")."""
    opening = start == 0 or text[start - 1] == "\n"
    written = text[start:end]
    return opening and written.isupper() and len(written) > 2


def _most_named(text: str, places: Sequence[PlaceMention], country: str) -> Place | None:
    """The text's main place: of its `_candidates`, the one of its main country named most
    often, the first named of those."""
    counts: dict[str, int] = {}
    by_key: dict[str, Place] = {}
    for _, _, place in _candidates(text, places):
        counts[place.key] = counts.get(place.key, 0) + 1
        by_key[place.key] = place
    mine = [k for k in counts if by_key[k].country_code == country] or list(counts)
    return by_key[max(mine, key=lambda k: counts[k])] if mine else None


def _title_case_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the lines written in title case: at most `_TITLE_WORDS` words, more than
    `_TITLE_SHARE` of those that are no short function word capitalised."""
    spans = []
    at = 0
    for line in text.split("\n"):
        words = re.findall(r"[A-Za-z][\w'’-]*", line)
        content = [w for w in words if w.casefold() not in _FUNCTION_WORDS]
        capitals = sum(1 for w in content if w[:1].isupper())
        short = len(words) <= _TITLE_WORDS and len(content) >= 4
        if short and capitals > _TITLE_SHARE * len(content):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _in_title_case(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= at < hi for lo, hi in spans)
