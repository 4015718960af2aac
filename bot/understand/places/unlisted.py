"""Places the gazetteer does not list, known from how the text names them: "the village of
X", "the suburb of X", "X district", "X township", "X area", "X refugee camp", "a town called
X", "in X, <a listed place>", administrative areas with their word in lower case ("the X
province", "the X governorate": first-level; "the X department", "the X prefecture":
second-level; inside the country or wider area the text names, never a town, and never a
listed name or a people's word: "the Mozambican province of ..."), and streets and roads
("Main Street", "Old Lexington Highway", "Memphis St.") and parks ("Knox Park"), whose name
takes the word; "X local government area" (a Nigerian state's district). Each name of a
list a plural word for districts closes ("in the Pogarsky, Starodubsky and Klimovsky
districts", "Gwaram and Ushafa local government areas") is a district, in an area (never
one of the list's own places, nor a town); each of one "villages" closes ("Mamunai, Kovil and
Aliyavalai villages") a village, and of one "areas" or "suburbs" closes a town's part ("the
Hollinfield and Marshend areas"); each name after "towns such as" or "villages including"
("outback towns such as Yarrabin, Koorilla, and Bendoo") one of the kind. The names
`described` finds ("X, a suburb east of Harare"; "the Dadaab camps" in a report on refugees)
are places too.

Each such X becomes a place of that kind inside the place the text puts it in: the one named
right after ("the village of X in Hama province", "X, 20 km east of Deir ez-Zor", "X district
of Kirkuk"), else the nearest place named in the same sentence, else the finest place of the
last sentence before it that names one, else the text's only place. Its key,
"unlisted:<the parent's key>/<slug of X>", carries the parent, so it rolls up like any place
(`Gazetteer.ancestor_keys`) and reaches the parent's subscribers; its point is the parent's,
marked approximate. A name the text gives no place for is left out. A street named after a
place ("Wichita Drive") is the street there, not the place.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Sequence

from bot.records import Place, PlaceMention
from bot.understand.places.cues import CueSpans, led_matches
from bot.understand.places.described import camps, described
from bot.understand.places.distance import distance_km
from bot.understand.places.facts import UNLISTED
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.nations import demonyms
from bot.understand.places.normalize import name_key
from bot.understand.places.persons import aged, quoted, speaks
from bot.understand.places.words import (
    ARMED_GROUPS,
    BELIEFS,
    CITY_AUTHORITY_AFTER,
    COMMUNITIES,
    DATE_WORDS,
    GENERIC,
    GIVEN_NAMES,
    HOLDER_WORDS,
    INSTITUTIONS,
    LANGUAGES,
    LOCAL_AUTHORITY_AFTER,
    MEMBERS_AFTER,
    ORG_AFTER,
    PLATFORMS,
    POPULATIONS,
    RANKS,
    TITLES,
)
from bot.understand.stopwords import stop_words

PREFIX = UNLISTED
"""Key prefix of a place known only from the text: "unlisted:gn:170794/al-shafa"."""
KEY_LENGTH = 120
"""The longest key stored (article_places.place_key)."""

_NAME = (
    r"(?P<name>(?:(?:[Aa]l|[Ee]l|[Aa]bu|[Bb]ani|[Bb]eit|[Kk]hirbet|[Tt]all?)[- ])?"
    r"[A-Z][\w'’]*(?:-[\w'’]+)*(?:[ -](?:(?:al|el|ad|ash|as|az)-)?[A-Z][\w'’]*(?:-[\w'’]+)*){0,2})"
)
_KIND_WORDS = {
    "village": "village",
    "hamlet": "village",
    "town": "town",
    "township": "district",
    "area": "district",
    "twp.": "district",
    "district": "district",
    "districts": "district",
    "local government area": "district",
    "lga": "district",
    "sub-district": "district",
    "subdistrict": "district",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "suburb": "neighbourhood",
    "refugee camp": "camp",
    "idp camp": "camp",
    "displacement camp": "camp",
    "villages": "village",
    "hamlets": "village",
    "settlement": "village",
    "towns": "town",
    "suburbs": "neighbourhood",
    "neighbourhoods": "neighbourhood",
    "neighborhoods": "neighbourhood",
    "areas": "district",
    "local government areas": "district",
    "lgas": "district",
    "province": "admin1",
    "governorate": "admin1",
    "department": "admin2",
    "prefecture": "admin2",
}
_AREA_KINDS = frozenset(["admin1", "admin2"])
"""Kinds of an administrative area named with its word in lower case after it ("the
Komandjari province", "the Banibangou department"): inside a wider area only (a country, a
region or a province for a department), never inside a town."""
_NAME_AT = re.compile(_NAME)
_PLURALS_BEFORE = frozenset(["villages", "hamlets", "towns"])
"""Kind words naming a list of places after "of" ("the villages of Nuli and Avnevi")."""
_PLURALS_OPENING = ("villages", "hamlets", "towns", "suburbs")
"""Kind words naming a list of places after "such as", "including" or "like" ("outback towns
such as Yarrabin, Koorilla, and Bendoo", "villages including Dalli"): each is one."""
_OPENERS = ("such as ", "including ", "like ")
_LIST_SEPARATOR = re.compile(r",? and |, ")
_KINDS_BEFORE = frozenset(
    ["village", "hamlet", "town", "township", "district", "sub-district", "subdistrict",
     "neighbourhood", "neighborhood", "suburb", "settlement"]
)  # fmt: skip
_OTHER_SENSE = frozenset(["settlement"])
"""Kind words of `_KINDS_BEFORE` with another sense ("the settlement of Smith's claims"): the
name after one is a place's only if no possessive and no plural noun follows it (`_PLURAL_AFTER`:
"the settlement of Shilo", "the settlement of Givat Harel attacked")."""
_PLURAL_AFTER = re.compile(r" [a-z]+s\b")
"""A lower-case word ending in "s" after a name; a plural noun unless `_NOUN_AFTER` rules the
word out ("was", "has")."""
_OF = " of "
"""Found after a kind word of `_KINDS_BEFORE` or `_PLURALS_BEFORE` first (see `CUES`), then
the name or the list of names after it (`_NAME_AT`)."""
_KIND_AFTER = re.compile(
    r" (?P<kind>(?:village|hamlet|town)"
    r"(?! of | hall| council| centre| center| square| meeting| board| clerk| manager)"
    r"|township|district|(?i:local government area)|LGA|area|"
    r"sub-district|subdistrict|neighbou?rhood|suburb|refugee camp|(?i:idp) camp|displacement camp|"
    r"province|governorate|department|prefecture|"
    r"Township\b|Twp\.)(?:\b|(?<=\.))"
)
"""A kind word after a name ("Gujba village", "Kuriga town"): found first (tried only where
`CUES`' words are found), then the name before it (`_NAME_BEFORE`), as a regex over every
capitalised word would be slow. A village or town before "of" names the one after it ("the
Iraqi town of Fallujah"), and one before a noun it qualifies ("town hall", "village
council") is no kind word; a district before "of" is in the place after it ("Hiliwaa
district of Mogadishu"). Of the kind words only "Township" ("Twp.") is also taken
capitalised, as a US township's name has it ("Madison Township"); a capitalised "District"
names the gazetteer's areas or an office."""
_NAME_BEFORE = re.compile(_NAME + r"$")
_PLURALS_AFTER = re.compile(
    r" (?P<kind>districts|raions|rayons|villages|hamlets|local government areas|LGAs|areas|"
    r"suburbs|neighbou?rhoods)\b"
)
"""A plural word for districts, villages or a town's parts closing a list of their names
("Fatezhsky, Konyshevsky and Kursk districts", "Mamunai, Kovil and Aliyavalai villages",
"Gwaram and Ushafa local government areas", "the Hollinfield and Marshend areas"): each name
is one (`_listed_before`)."""
_LISTS_CLOSED = frozenset(
    ["districts", "villages", "hamlets", "local government areas", "LGAs", "areas", "suburbs",
     "neighbourhoods", "neighborhoods"]
)  # fmt: skip
"""Kind words `_listed_before` gives a list's names (a raion's and a rayon's: "districts")."""
_AREAS_CLOSING = frozenset(["districts", "local government areas", "LGAs"])
"""Kind words closing a list of districts, which lie in an area, never in a town (an "area"
may be a town's: "the Hollinfield and Marshend areas of Telford")."""
_LIST_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")
_LIST_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w'’-]*, )*[A-Z][\w'’-]*,? (?:and|or) [A-Z][\w'’-]*\Z"
)
_LIST_REACH = 200
"""Characters before the word for districts a list of their names may take."""
_AFTER_PARENT = re.compile(
    r"(?:[,.;:)\n]|$| (?:on|in|at|near|for|with|from|to|by|amid|during|after|before|since|"
    r"while|when|where|who|which|and|late|early|overnight|last|this|yesterday|today|"
    r"(?i:district|province|state|county|region|governorate))\b)"
)
"""What follows Y in a place's "in X, Y" (an end of phrase, a time, a place word in either
case: "in X, Oaxaca State"), not a possessive or a verb: "in Congress, Washington remains
divided" is a clause."""
_IN_NAME_COMMA = re.compile(r"\b(?:in|near|outside|into) " + _NAME + r", $")
"""A name after a preposition and before a comma that a listed place follows."""
_ITEM_NAME_COMMA = re.compile(r"(?:^|(?<=\n)|(?<=[:;(] )|(?<=; and ))" + _NAME + r", $")
"""A name opening an item of a list, before a comma that an area follows ("Dates: Thruxton,
Hampshire. ...", "Pailin, Cambodia; Binh Phuoc, Vietnam; and Pingilikani, Kenya")."""
_ITEM_AREAS = frozenset(["country", "region", "admin1", "admin2"])
"""Kinds of a listed place that place the name before them in a list's item
(`_ITEM_NAME_COMMA`)."""
_AREAS_AFTER_IN = frozenset(["admin1", "admin2"])
"""Kinds of a listed place that place the name before them after ", in" too ("in Kuriga, in
Kaduna State", "in Kuriga, in Kaduna State's Chikun area"); "in Parliament, in Britain"
names no place in a country."""
_OWNED = ("'s", "’s")
_CALLED = (" called ", " named ", " known as ")
_CALLED_KINDS = frozenset(["village", "hamlet", "town", "area"])
"""A kind word before one of `_CALLED` names the place after it: "a small town called
Sasit" (literals found with `str.find`: a regex with a word boundary first is slow)."""
_STREET_AFTER = re.compile(
    r" (?:(?P<street>Street|Road|Avenue|Boulevard|Drive|Lane|Parkway|Highway"
    r"|Pike|Trail|Square|Rd\.|Ave\.|Blvd\.|Pkwy\.|Hwy\.|St\.(?! [A-Z]))"
    r"|(?P<park>Park))(?![\w-])"
)
"""A street word after a name, capitalised as in the street's name ("Main Street", "Memphis
St.,"; "St." before a capitalised word is Saint's: "St. Louis"), or "Park" ("Knox Park").
Tried only where `CUES`' words are found."""
_BRITISH_ROAD = re.compile(r"[Tt]he (?P<road>[AB]\d{1,4}|M\d{1,3})(?![\w-])")
"""A British or Irish road by its class letter and number after "the" ("the A120", "the
M6"): a road only where `_ON_ROAD` or `_ROAD_AFTER` says so, as "the M4" and "the A330" are
also a rifle and an airliner."""
_ON_ROAD = ("on ", "along ", "off ", "onto ", "via ", "across ", "joining ", "leaving ")
"""Words before "the" that put what follows on a road ("a crash on the M6")."""
_ROAD_AFTER = re.compile(
    r" (?:at|between|near|from|towards|through|heading|northbound|southbound|eastbound"
    r"|westbound|road|junction|roundabout|carriageway|bypass)\b"
)
"""Words after an A or B road's number that go with a road ("the A417 from ...", "the A120
at Coggeshall"); a motorway ("M") needs `_ON_ROAD`, as weapons are named "M" and a number."""
_NOUN_AFTER = re.compile(
    r" (?!(?:in|on|at|of|near|off|from|over|across|along|outside|around|as|and|or|but|than"
    r"|that|who|while|was|is|were|are|has|had|have|will|would|could|can|remains?|stays?"
    r"|says?|said|yesterday|today|tonight|this|last|after|before|when|where|which|for|with"
    r"|to|by|into|since|until|during)\b)[a-z]"
)
"""A lower-case word after a name other than a clause's: the name names a thing of that kind
("the M777 howitzer", "the A4 paper", "in Ravenel cocaine case"), it is no place."""
_ALONE_BEFORE = ("in", "near", "outside", "In", "Near", "Outside", "moved to")
_ALONE_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}(?![\w'’-]|\s[A-Z\d]|\.[A-Z])")
"""A name of up to three capitalised words after one of `_ALONE_BEFORE` ("applicants in
Portroe") that ends there: not going on with a possessive, a number ("in Talla 2", "near
Interstate 435") or another capitalised word ("in Cabinet Office Briefing Room A", "in South
L.A."); a last word of `_ABBREVIATION` letters or fewer before a dot is an abbreviation ("in
St. Peter's")."""
_ABBREVIATION = 3
_HEADLINE_WORD = re.compile(r"[A-Z][a-z]+ (?:[\d,.]+ )?$")
"""A capitalised word before a preposition in lower case, a number between or not, as a
headline in title case writes it ("Two Killed in Missile Attack", "Wound 40 in Attack on
Police"): what the preposition places may be any word."""
_MORE_ROADS = re.compile(r"(?:,? and |, )(?P<road>[ABM]\d{1,4})(?![\w-])")
"""A further road of a list after a British road ("via the A436, A40 and A429")."""
_FEATURE_WORDS = "Lake|Islands?|Mountains|Valley|Delta|Peninsula|Basin"
_FEATURE_AFTER = re.compile(rf" (?P<kind>{_FEATURE_WORDS})(?:(?=['’]s\b)|(?![\w'’-]))(?! [A-Z0-9])")
"""A land or water feature's word after its name, capitalised as in the name ("Fire Island",
"Kiser Lake", "the Nile Delta", "the Smoky Mountains"), not going on with another capitalised
word or a number ("Long Island Rail Road", "Thames Valley Police": an organisation's name).
Tried only where `CUES`' words are found."""
NAMESAKE_KM = 1500
"""How far from the point of the country a feature is named after ("the Niger Delta") the
place the text puts it in may lie: a neighbour's town (Port Harcourt, Nigeria, is about
1,400 km from Niger's point), not a far dateline's city (London)."""
_FEATURE_WORD_AFTER = re.compile(rf" (?:{_FEATURE_WORDS})(?![\w-])")
"""A feature's word right after a name, whatever follows: after a country's name, the name
is a feature's ("the Jordan Valley") or a name taken from one ("the Niger Delta Avengers"),
not the country's."""
_LAKE_BEFORE = re.compile(
    r"Lake (?P<name>[A-Z][\w’'-]*[\w])(?:(?=['’]s\b)|(?![\w'’-]))(?! [A-Z0-9])"
)
"""A lake named after its word ("Lake Lanier", "Lake Chad's shores"): one capitalised word,
not going on with another ("Lake Forest College")."""
_FEATURE_KINDS = {
    "lake": "lake",
    "island": "island",
    "islands": "island",
    "mountains": "landform",
    "valley": "landform",
    "delta": "landform",
    "peninsula": "landform",
    "basin": "landform",
}
"""Kinds of the features `_FEATURE_AFTER` and `_LAKE_BEFORE` name. A river is left out (see
`_features`)."""
_KIND = "kind"
_OPENING = "opening"
_FEATURE = "feature"
_STREET = "street"
_ROAD = "road"
_ALONE = "alone"
CUES = {
    _OF: [f"{kind}{_OF}" for kind in sorted(_KINDS_BEFORE | _PLURALS_BEFORE)],
    _OPENING: [
        f"{kind}{comma} {opener}"
        for kind in _PLURALS_OPENING
        for comma in ("", ",")
        for opener in _OPENERS
    ],
    **{called: [called] for called in _CALLED},
    _KIND: [
        *(f" {word}" for word in ("village", "hamlet", "town", "Township", "Twp.")),
        *(f" {word}" for word in ("district", "area", "sub-district", "subdistrict")),
        *(f" {word}" for word in ("local government area", "Local Government Area", "LGA")),
        *(f" {word}" for word in ("province", "governorate", "department", "prefecture")),
        *(f" {word}" for word in ("neighbo", "suburb", "refugee camp", "displacement camp")),
        *(f" {''.join(idp)} camp" for idp in itertools.product("iI", "dD", "pP")),
    ],
    _FEATURE: [
        *(f" {word}" for word in ("Lake", "Island", "Mountains", "Valley", "Delta", "Peninsula")),
        " Basin",
        "Lake ",
    ],
    _STREET: [
        *(f" {word}" for word in ("Street", "Road", "Avenue", "Boulevard", "Drive")),
        *(f" {word}" for word in ("Lane", "Park", "Highway", "Pike", "Trail", "Square")),
        *(f" {word}" for word in ("Rd.", "Ave.", "Blvd.", "Pkwy.", "Hwy.", "St.")),
    ],
    _ROAD: [
        *(
            f"{the} {letter}{digit}"
            for the in ("the", "The")
            for letter in "ABM"
            for digit in "123456789"
        ),
    ],
    _ALONE: [f"{word} {capital}" for word in _ALONE_BEFORE for capital in string.ascii_uppercase],
}
"""Cue words (see `cues`) of where `_OF` after a kind word, a plural one before `_OPENERS`,
`_CALLED`, `_KIND_AFTER`,
`_STREET_AFTER`, British roads (`_BRITISH_ROAD`) and `_ALONE_NAME` may match: the
words they start with ("Park" also starts "Parkway", "neighbo" both spellings of
"neighbourhood"); the tagger finds them with the other modules' (`tagging.TEXT_CUES`)."""
_NAME_REACH = 60
_PARENT = re.compile(
    r",? (?:(?:about |some |around )?\d+ ?(?:km|kilometres|kilometers|miles) "
    r"(?:(?:north|south)?(?:east|west)?(?:ern)? |north |south )?(?:of|from) |"
    r"(?:in|of|near|outside|on the outskirts of) )(?:the )?"
)
_COMPARED = (" than ", " like ", " unlike ", " as ")
"""Words before a place a name is compared with, not placed in ("works in Aarhus, a city
slightly smaller than Cardiff", "a town as big as Leeds")."""
_COMPARED_LONGEST = max(_COMPARED, key=len)
_FINENESS = {"country": 0, "region": 1, "admin1": 1, "admin2": 2}
"""How fine an area is; any other kind (a town, a village) is 3."""
_INSIDE_NEXT = frozenset([" in ", " in the "])
"""What joins a place to the name after it when the text puts the place inside that name
("the town of Rann in Kalabalge district"): that place is not the name's parent."""
_INSIDE_LENGTHS = frozenset(map(len, _INSIDE_NEXT))
"""Their lengths: a quick test before the text between is cut out."""
_TOWN_KINDS = frozenset(["city", "town", "village", "neighbourhood"])
"""Kinds of place a street lies in directly."""
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_LAST_SENTENCE_END = re.compile(r"(?s:.*)(?:[.!?]\s|\n)")
"""Up to the last `_SENTENCE_END` (matched up to a name: found from the name backwards)."""
_OWNER = re.compile(r".*['’]s ")
"""Up to the last possessive before a name: its owner's name ("Mogadishu's ")."""
_NOT_NAMES = frozenset(["The", "This", "That", "Its", "His", "Her", "Their", "Our", "A", "An"])
_ARTICLES = frozenset(["le", "la", "les"])
"""French articles, which open a sentence before a kind word as a name would ("Le village
de Solenzo")."""
_HOLDER_ENDINGS = tuple(f"-{word}" for word in HOLDER_WORDS)
"""Endings of a word that tells who holds or runs a place ("Islamic State-held",
"Kurdish-led": `words.HOLDER_WORDS`): the place is named elsewhere, if at all."""
_ACRONYM = 5
"""The longest name in capitals read as an acronym, not a place's name."""


def with_unlisted(
    gaz: Gazetteer, text: str, named: Sequence[PlaceMention], cues: CueSpans
) -> list[PlaceMention]:
    """`named` (the gazetteer's places in `text`) and the places the text names that the
    gazetteer does not list, each inside the place the text puts it in, with every mention of
    its name, in the order of their first mentions. A listed place the text puts in another
    country ("the village of X, 20 km east of Deir ez-Zor" when the gazetteer's X is Saudi)
    gives way to the text's. `cues`: where the words of `CUES` are in `text`."""
    kept = list(named)
    found: dict[str, PlaceMention] = {}
    for kind, start, end in [*_streets(text, cues[_STREET]), *_roads(text, cues[_ROAD])]:
        if any(s <= start and end <= e for m in kept for s, e, _ in m.spans):
            continue  # the whole name is a listed place's ("Lake Charles", "Highland Park")
        parent, _ = _parent(text, end, start, kept, towns_first=True)
        key = f"{PREFIX}{parent.key}/{_slug(text[start:end])}" if parent else ""
        if parent is None or len(key) > KEY_LENGTH:
            continue
        kept = [m for m in (_outside(m, start, end) for m in kept) if m is not None]
        if key not in found:
            name = text[start:end]
            found[key] = _first_mention(text, name, start, end, _inside(key, name, kind, parent))
    countries = {s for m in kept if m.place.kind == "country" for s, _, _ in m.spans}
    for kind, start, end in _features(text, cues[_FEATURE], countries):
        if overlaps(start, end, [(s, e) for m in found.values() for s, e, _ in m.mentions]):
            continue  # named before, its mentions all taken then: one place, one parent
        inside = [m for m in kept if any(s < end and start < e for s, e, _ in m.spans)]
        if inside and not (
            any(m.place.kind == "country" for m in inside)
            and all(_within(m, start, end) for m in inside)
        ):
            continue  # a listed place's name, or one within it: "Panjshir Valley", "Lake Charles"
        kept = [m for m in (_outside(m, start, end) for m in kept) if m is not None]
        namesake = next((m.place for m in inside), None)
        parent, _ = _parent(text, end, start, kept)
        if namesake is not None and not _near(parent, namesake):
            parent = namesake  # "the Niger Delta" in a London report: not in Britain
        key = f"{PREFIX}{parent.key}/{_slug(text[start:end])}" if parent else ""
        if parent is not None and key not in found and len(key) <= KEY_LENGTH:
            name = text[start:end]
            found[key] = _first_mention(text, name, start, end, _inside(key, name, kind, parent))
    kept = _without_feature_named(text, kept)
    for kind_word, start, end, after in _named(text, cues):
        name = text[start:end]
        around = kept
        if text.endswith(f" {kind_word}", 0, after) and kind_word in _LISTS_CLOSED:
            first = _list_start(text, after - len(kind_word))  # no place of the list is a parent
            around = [
                m
                for m in kept
                if (kind_word not in _AREAS_CLOSING or m.place.kind not in _TOWN_KINDS)
                and not any(first <= s < after for s, _, _ in m.spans)
            ]  # districts lie in an area
        parent, explicit = _parent(text, after, start, around)
        overlapping = [m for m in kept if any(s < end and start < e for s, e, _ in m.spans)]
        if parent is None or (
            overlapping
            and not (explicit and all(_elsewhere(m.place, parent) for m in overlapping))
            and not all(_within(m, start, end) for m in overlapping)
        ):
            continue
        kind = _KIND_WORDS[kind_word.lower()]
        if name_key(name) in gaz.demonyms or name in demonyms():
            continue  # a people's word: "a Palestinian village", "the Mozambican province"
        if kind in _AREA_KINDS:
            if overlapping:
                continue  # a listed name ("Kandahar province": the gazetteer's)
            if _FINENESS.get(parent.kind, 3) >= _FINENESS[kind]:
                parent = _wider_area(parent, kind, kept)  # "Niamey, Niger – ... X department"
                if parent is None:
                    continue  # a province in a town, a department in a department: none
        key = f"{PREFIX}{parent.key}/{_slug(name)}"
        if len(key) > KEY_LENGTH:
            continue
        kept = [m for m in (_outside_name(m, overlapping, start, end) for m in kept) if m]
        if kind == "district" and parent.kind in _FINENESS:
            kind = "admin2"  # "Kalabalge district" in Borno State: a second-level area
        if key not in found:
            found[key] = _first_mention(text, name, start, end, _inside(key, name, kind, parent))
    for start, end, parent in _placed_before(text, kept):
        name = text[start:end]
        key = f"{PREFIX}{parent.key}/{_slug(name)}"
        if key not in found and len(key) <= KEY_LENGTH:
            place = _inside(key, name, "town", parent)
            found[key] = _first_mention(text, name, start, end, place)
    for kind, start, end, parent in described(text, kept):
        name = text[start:end]
        key = f"{PREFIX}{parent.key}/{_slug(name)}"
        if key in found or len(key) > KEY_LENGTH or not _place_name(name):
            continue
        if name_key(name) in gaz.demonyms or name in demonyms():
            continue
        if kind == "district" and parent.kind in _FINENESS:
            kind = "admin2"  # "Batifa, a district of Zakho district": a second-level area
        for earlier in [k for k, m in found.items() if overlaps(start, end, _spans(m))]:
            del found[earlier]  # "the town of X in India" read first: its description holds
        found[key] = _first_mention(text, name, start, end, _inside(key, name, kind, parent))
    for start, end, after in camps(text):
        name = text[start:end]
        parent, _ = _parent(text, after, start, kept)
        key = f"{PREFIX}{parent.key}/{_slug(name)}" if parent else ""
        if parent is None or key in found or len(key) > KEY_LENGTH or not _place_name(name):
            continue
        if overlaps(start, end, [span for m in [*kept, *found.values()] for span in _spans(m)]):
            continue  # a listed place's camp ("Jenin camp"), or one read already
        if name_key(name) in gaz.demonyms or name in demonyms():
            continue  # "a Syrian camp"
        found[key] = _first_mention(text, name, start, end, _inside(key, name, "camp", parent))
    named_here = [*kept, *found.values()]  # a district named by its word places a name too
    taken = [(s, e) for m in named_here for s, e, _ in m.mentions]
    for start, end in _placed_alone(gaz, text, taken, cues[_ALONE]):
        name = text[start:end]
        parent, _ = _parent(text, end, start, named_here, in_sentence=True)
        key = f"{PREFIX}{parent.key}/{_slug(name)}" if parent else ""
        if parent is not None and not overlaps(start, end, taken) and len(key) <= KEY_LENGTH:
            found[key] = _first_mention(text, name, start, end, _inside(key, name, "town", parent))
            taken.extend((s, e) for s, e, _ in found[key].mentions)
    return sorted([*kept, *found.values()], key=lambda m: m.start)


def _spans(mention: PlaceMention) -> list[tuple[int, int]]:
    """Start and end of each mention of `mention`'s place (`PlaceMention.spans`)."""
    return [(s, e) for s, e, _ in mention.spans]


def _placed_alone(
    gaz: Gazetteer, text: str, taken: list[tuple[int, int]], cues: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The span of each name that only a preposition places ("applicants in Portroe", "a camp
    near Abagana", "she moved to Thornhill") and that names nothing else the tagger knows: no
    place of the gazetteer (one it left out was left out for a reason), no given name,
    title, language, demonym, faith or date, no word of an organisation's, an authority's or
    an institution's name ("in Superior Court", "in Congress") or of a contest's ranks ("in
    Class AA"), no acronym, no word the text also writes in lower case (`_written_lower`),
    no group's name (`_group_name`); not qualifying a noun after it ("in Ravenel cocaine
    case"), nor in a headline in title case (`_HEADLINE_WORD`). Tried at `cues` (its
    preposition and capital)."""
    found = []
    for at, cue_end in cues:
        name = _ALONE_NAME.match(text, cue_end - 1)
        if name is None or overlaps(*name.span(), taken):
            continue  # first: most names after a preposition are places found already
        if (at and _in_word(text[at - 1])) or _HEADLINE_WORD.search(text, max(0, at - 30), at):
            continue
        if _NOUN_AFTER.match(text, name.end()):
            continue
        written = name.group()
        words = re.split(r"[ -]", written)
        lowered = [word.lower() for word in words]
        if text[name.end() : name.end() + 1] == "." and len(words[-1]) <= _ABBREVIATION:
            continue
        if (
            not _place_name(written)
            or any(word.isupper() for word in words)
            or name_key(written) in gaz.names
            or lowered[0] in GIVEN_NAMES
            or words[0] in TITLES
            or written.lower() in LANGUAGES
            or written.removesuffix("s") in demonyms()  # "Filipinos"
            or any(name_key(word) in gaz.demonyms or word in _NOT_ALONE for word in lowered)
            or _written_lower(text, written)
            or _group_name(text, written)
            or _armed_group(text, name.start())
            or _run_together(gaz, words)
        ):
            continue
        found.append(name.span())
    return found


def _written_lower(text: str, written: str) -> bool:
    """Whether `text` writes `written` in lower case at the start of a word, whole or with an
    ending ("attacks" for "Attack"): a word capitalised in a headline, not a name."""
    word = written.lower()
    at = text.find(word)
    while at >= 0:
        if at == 0 or not _in_word(text[at - 1]):
            return True
        at = text.find(word, at + 1)
    return False


def _armed_group(text: str, start: int) -> bool:
    """Whether the text at `start` writes the name of one of `ARMED_GROUPS` ("in Hamas",
    "in Hayat Tahrir al-Sham"): a group, not a town."""
    return name_key(text[start : start + _GROUP_REACH]).startswith(_GROUP_KEYS)


def _run_together(gaz: Gazetteer, words: list[str]) -> bool:
    """Whether a name of two or three words is a listed place's name and a word that is no
    place word (`GENERIC`): a place run into the next sentence's first word in scraped text
    ("in Marib Speaking on television", "in Horncastle Foul by ...")."""
    return (
        len(words) > 1
        and words[-1].lower() not in GENERIC
        and name_key(" ".join(words[:-1])) in gaz.names
    )


def _group_name(text: str, written: str) -> bool:
    """Whether `text` writes `written` before a word for a group's people or acts
    (`MEMBERS_AFTER`), alone or with another group joined to it: "in Boko Haram" after
    "Boko Haram fighters" or "Boko Haram and ISWAP attacks" is in the group."""
    for _, end in word_spans(text, written):
        word = _WORD_AFTER.match(text, end)
        if word is not None and word.group(1).lower() in MEMBERS_AFTER:
            return True
    return False


_WORD_AFTER = re.compile(r"(?:,? (?:and|or) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)?[ -](\w+)")
"""The word after a name, past another name joined to it ("Boko Haram and ISWAP attacks")."""
_NOT_ALONE = (
    BELIEFS
    | DATE_WORDS
    | INSTITUTIONS
    | ORG_AFTER
    | PLATFORMS
    | LOCAL_AUTHORITY_AFTER
    | CITY_AUTHORITY_AFTER
    | RANKS
)
"""Words that make a name after a preposition no place (`_placed_alone`)."""
_GROUP_KEYS = tuple(name_key(group) for group in sorted(ARMED_GROUPS))
_GROUP_REACH = max(map(len, ARMED_GROUPS)) + 2
"""How much text after a name's start may hold an armed group's name (apostrophes dropped
in folding keep it within)."""


def overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether `start`..`end` meets one of the spans `taken`. (A loop: `any` over a generator
    costs twice as much, and this is asked of every phrase that may place a name.)"""
    for s, e in taken:  # noqa: SIM110 (see above)
        if s < end and start < e:
            return True
    return False


def _placed_before(text: str, named: Sequence[PlaceMention]) -> list[tuple[int, int, Place]]:
    """Start, end and parent of each unlisted name the text writes as "in X, Y" (Y a listed
    place: "in Chitoio, Macomia", "near Kwajaffa, Borno State") or, Y a state, a province or
    a district, "in X, in Y" ("in Kuriga, in Kaduna State"): X is a place in Y."""
    found = []
    for mention in named:
        for s, e, _ in mention.spans:
            if text[s - 2 : s] == ", ":
                comma = s
            elif text[s - 5 : s] == ", in " and mention.place.kind in _AREAS_AFTER_IN:
                comma = s - 3
            else:
                continue  # a quick test before the regex
            before = _IN_NAME_COMMA.search(text, max(0, comma - _NAME_REACH), comma)
            if before is None and comma == s and mention.place.kind in _ITEM_AREAS:
                before = _ITEM_NAME_COMMA.search(text, max(0, comma - _NAME_REACH), comma)
                if before is not None and _person_named(before["name"]):
                    continue  # "Editing: Jane Doe, Nigeria": a person and where they are
            ends = _AFTER_PARENT.match(text, e) or (comma < s and text[e : e + 2] in _OWNED)
            if before is None or not ends:
                continue  # "in Parliament, London's mayor said": a clause, not "X, Y"
            start, end = before.span("name")
            if text[start:end].lower() in LANGUAGES:
                continue
            if _place_name(text[start:end]) and not any(
                a < end and start < b for m in named for a, b, _ in m.spans
            ):
                found.append((start, end, mention.place))
    return found


def _named(text: str, cues: CueSpans) -> list[tuple[str, int, int, int]]:
    """(kind word, start and end of the name, end of the phrase) of every "the village of X"
    and "X district" in `text` whose X looks like a name (`_place_name`); `cues` are where
    `CUES`' words are in `text`."""
    found = []
    for at in sorted({end - len(_OF) for _, end in cues[_OF]}):  # "district of": two cues
        kind = text[max(0, at - 14) : at].rpartition(" ")[2]
        if kind in _PLURALS_BEFORE:
            found.extend(_listed(text, kind, at + len(_OF)))
            continue
        name = _NAME_AT.match(text, at + len(_OF)) if kind in _KINDS_BEFORE else None
        if name is not None and not (kind in _OTHER_SENSE and _owns(text, name.end())):
            found.append((kind, name.start(), _without_possessive(text, *name.span()), name.end()))
    for at, end in cues[_OPENING]:
        found.extend(_listed(text, text[at:end].partition(" ")[0].rstrip(","), end))
    for called in _CALLED:
        for at, _ in cues[called]:
            kind = text[max(0, at - 8) : at].rpartition(" ")[2]
            name = _NAME_AT.match(text, at + len(called)) if kind in _CALLED_KINDS else None
            if name is not None:
                found.append((kind, *name.span(), name.end()))
    for match in led_matches(_KIND_AFTER, text, cues[_KIND]):
        name = _name_before(text, match.start())
        if name is not None and not _possessive(text, name.end()):
            found.append((match.group("kind"), *_trimmed(text, *name.span()), match.end()))
    for at, _ in cues[_KIND]:
        if _PLURALS_AFTER.match(text, at):
            found.extend(_listed_before(text, at))
    return [(kind, start, end, after) for kind, start, end, after in found
            if start < end and _place_name(text[start:end])
            and not _armed_group(text, start)]  # fmt: skip


def _owns(text: str, end: int) -> bool:
    """Whether the name ending at `end` has what follows it, a possessive or a plural noun
    (`_PLURAL_AFTER`): "the settlement of Smith's claims", "of Lehman Brothers claims"."""
    return _possessive(text, end) or bool(
        _NOUN_AFTER.match(text, end) and _PLURAL_AFTER.match(text, end)
    )


def _possessive(text: str, end: int) -> bool:
    """Whether the name ending at `end` ends with a possessive: it owns what follows ("TxDOT's
    district office", "Angola's capital"), it does not name it."""
    return text[end - 2 : end] in ("'s", "’s")


def _without_possessive(text: str, start: int, end: int) -> int:
    """The end of the name at `start`..`end` without a possessive ending: "the district of
    Angola's capital" names Angola, whose capital holds the district."""
    return end - 2 if end - start > 2 and _possessive(text, end) else end


def _listed(text: str, kind: str, at: int) -> list[tuple[str, int, int, int]]:
    """(kind word, start and end of the name, end of the list) of each name of a list after a
    plural kind word and "of" ("the villages of Bumbacari, Dudescu and Maliuc"): all of them
    lie in the place named after the list."""
    spans = []
    while (name := _NAME_AT.match(text, at)) is not None:
        spans.append(name.span())
        separator = _LIST_SEPARATOR.match(text, name.end())
        if separator is None:
            break
        at = separator.end()
    end = spans[-1][1] if spans else at
    return [(kind, start, stop, end) for start, stop in spans]


def _listed_before(text: str, at: int) -> list[tuple[str, int, int, int]]:
    """(kind word, start and end of the name, end of the list) of each name of a list closed
    by a plural word for districts or villages at `at` ("in Fatezhsky, Konyshevsky and Kursk
    districts", "Mamunai, Kovil and Aliyavalai villages"): each is one, in the place named
    after the list or nearest it. A word for who lives there (`POPULATIONS`: "Black and
    Hispanic neighborhoods") names none."""
    window = max(0, at - _LIST_REACH)
    listed = _LIST_BEFORE.search(text, window, at)
    if listed is None:
        return []
    end = _PLURALS_AFTER.match(text, at)
    after = end.end() if end else at
    kind = end["kind"] if end and end["kind"] in _LISTS_CLOSED else "districts"
    return [
        (kind, name.start(), name.end(), after)
        for name in _LIST_NAME.finditer(text, listed.start(), at)
        if name.group().lower() not in POPULATIONS
    ]


def _list_start(text: str, word: int) -> int:
    """Where the list of names closed by the plural kind word starting at `word` starts
    (`_listed_before`)."""
    at = text.rfind(" ", 0, word)
    listed = _LIST_BEFORE.search(text, max(0, at - _LIST_REACH), at)
    return listed.start() if listed else at


def _streets(text: str, cues: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The kind ("street" or "park") and span of the streets, roads and parks `text` names
    ("Main Street", "Old Lexington Highway", "Knox Park"), each with its word (`_STREET_AFTER`,
    tried at `cues`); a British road named by its number is one of `_roads`. A river or a
    lake ("Lake Tanganyika") often lies in or along too many places to be in one."""
    found = []
    for match in led_matches(_STREET_AFTER, text, cues):
        name = _name_before(text, match.start())
        if name is None:
            continue
        start, _ = _trimmed(text, *name.span())
        if match.lastgroup == "park" and text[: match.start()].split()[-1].rstrip(".") in TITLES:
            continue  # "President Park Geun-hye": a title before a Korean surname
        if start < match.start() and _plausible(text[start : match.start()]):
            found.append((str(match.lastgroup), start, match.end()))
    return found


def _features(
    text: str, cues: list[tuple[int, int]], countries: set[int]
) -> list[tuple[str, int, int]]:
    """The kind ("lake", "island" or "landform") and span of each lake, island, mountain
    range, valley, delta, peninsula or basin `text` names with its word, the word in the name
    ("Lake Lanier", "Kiser Lake", "Fire Island", "the Smoky Mountains", "the Nile Delta", "the
    Congo Basin"): a place the gazetteer lacks, inside the place the text puts it in
    (`_parent`). Not after a given name ("Ricki Lake") unless a country's name the tagger read
    opens it at one of `countries` ("the Jordan Valley"; such a name starts at the country's:
    "Settlers Invade Jordan Valley"), nor an owner's or an opening word ("In", "On"). A river
    is left out: it runs through too many places to lie in one, and the guides of the
    project's labelled sets rule rivers out (as they do seas, which `waters` names)."""
    found = []
    for start, _ in cues:
        if text.startswith("Lake ", start):
            if start and (_in_word(text[start - 1]) or text[start - 2 : start - 1].isupper()):
                continue  # "Salt Lake", "Star Lake Road": a name going on before the word
            lake = _LAKE_BEFORE.match(text, start)
            if lake is not None and _feature_name(lake["name"], lake.start("name") in countries):
                found.append(("lake", start, lake.end("name")))
            continue
        feature = _FEATURE_AFTER.match(text, start)
        name = _name_before(text, start) if feature is not None else None
        if feature is None or name is None:
            continue
        begin, _ = _trimmed(text, *name.span())
        while (space := text.find(" ", begin, start)) >= 0 and (
            text[begin:space].lower() in stop_words("english")
        ):
            begin = space + 1  # "In Fire Island", "On Kiser Lake"
        begin = min((at for at in countries if begin < at < start), default=begin)
        end = feature.end("kind")
        country = begin in countries
        if (
            begin < start
            and _feature_name(text[begin:start], country)
            and (country or not _person(text, begin, end))
        ):
            found.append((_FEATURE_KINDS[feature["kind"].lower()], begin, end))
    return found


def _near(place: Place | None, country: Place) -> bool:
    """Whether `place` lies within `NAMESAKE_KM` of the `country` a feature is named after
    (the Niger Delta in Nigeria, the Jordan Valley in the West Bank: next to it, not across
    the world)."""
    if place is None or place.lat is None or place.lon is None:
        return False
    if country.lat is None or country.lon is None:
        return False
    return distance_km(place.lat, place.lon, country.lat, country.lon) <= NAMESAKE_KM


def _without_feature_named(text: str, kept: list[PlaceMention]) -> list[PlaceMention]:
    """`kept` without the mentions inside a country's name and a feature's word after it: a
    name taken from a feature ("the Niger Delta Avengers", "the Jordan Valley Regional
    Council") names neither the country nor a place its words name ("Delta", a Nigerian
    state); those that name the feature are `_features`'."""
    named = [
        (start, word.end())
        for m in kept
        if m.place.kind == "country"
        for start, end, _ in m.spans
        if (word := _FEATURE_WORD_AFTER.match(text, end)) is not None
    ]
    for start, end in named:
        kept = [m for m in (_outside(m, start, end) for m in kept) if m is not None]
    return kept


def _person(text: str, start: int, end: int) -> bool:
    """Whether the name from `start` to `end` is a person's by the words around it: an age
    after it ("Ricki Lake, 54,"), a verb of speaking after it and no preposition before ("Ricki
    Lake said"), a quotation before it ("..." said Ricki Lake)."""
    before = text[max(0, start - 16) : start].split()[-1:] or [""]
    return aged(text, end) or speaks(text, end, before[0]) or quoted(text, start, end)


def _person_named(name: str) -> bool:
    """Whether `name` opens with a common given name or a title ("Jane Doe", "Dr Smith")."""
    first = name.split()[0]
    return first.lower() in GIVEN_NAMES or first.rstrip(".") in TITLES


def _feature_name(name: str, country: bool) -> bool:
    """Whether `name` may be a feature's ("Lanier", "Fire", "Nile"): `_plausible`, no word the
    text opens a sentence with ("The", "In"), no given name ("Ricki Lake") unless it is a
    `country`'s name ("Jordan", "Chad")."""
    first = name.split()[0].lower()
    return (
        _plausible(name)
        and first not in stop_words("english")
        and (country or first not in GIVEN_NAMES)
    )


def _roads(text: str, cues: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The span of each British or Irish road `text` names by its number (kind "street", as
    a street lies in the town nearest to it in its sentence) where the text puts a vehicle or
    a place on it ("on the A120", "the A417 from Air Balloon", "via the A436, A40 and A429").
    Tried at `cues`. A US road by its number ("Highway 19", "Route 128") is left out: LGL's
    local news leaves most of them unlabelled (its tune precision fell .930 -> .915)."""
    found = []
    for start, _ in cues:
        if start and _in_word(text[start - 1]):
            continue
        road = _BRITISH_ROAD.match(text, start)
        if road is None:
            continue
        on = text[max(0, start - 8) : start].endswith(_ON_ROAD)
        if _NOUN_AFTER.match(text, road.end()) and not _ROAD_AFTER.match(text, road.end()):
            continue
        if not on and (road["road"][0] == "M" or not _ROAD_AFTER.match(text, road.end())):
            continue
        found.append((_STREET, *road.span("road")))
        while (more := _MORE_ROADS.match(text, found[-1][2])) is not None:
            found.append((_STREET, *more.span("road")))
    return found


def _name_before(text: str, end: int) -> re.Match[str] | None:
    """`_NAME_BEFORE`'s match ending at `end`, if any. A name's last word holds a capital: a
    word without one there ("the village") is turned away before the search, which tries
    every place in the `_NAME_REACH` characters before `end`."""
    window = max(0, end - _NAME_REACH)
    space = text.rfind(" ", window, end)
    last = text[space + 1 if space >= 0 else window : end]
    if last == last.lower():
        return None
    return _NAME_BEFORE.search(text, window, end)


def _outside(mention: PlaceMention, start: int, end: int) -> PlaceMention | None:
    """`mention` without its mentions inside `start`..`end` (a street named after the place:
    "Wichita Drive"); None when none is left."""
    spans = [m for m in mention.mentions if not (m[0] < end and start < m[1])]
    if len(spans) == len(mention.mentions):
        return mention
    if not spans:
        return None
    first_start, first_end, written = spans[0]
    return PlaceMention(written, first_start, first_end, mention.place, tuple(spans))


def _outside_name(
    mention: PlaceMention, overlapping: Sequence[PlaceMention], start: int, end: int
) -> PlaceMention | None:
    """`mention` as a new name at `start`..`end` leaves it: whole when it does not meet the
    name; without its mentions inside the name when those lie strictly inside ("Nenagh" of
    "Nenagh Municipal District area": the town's other mentions stay); else (a listed
    namesake the text puts in another country) None."""
    if mention not in overlapping:
        return mention
    return _outside(mention, start, end) if _within(mention, start, end) else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The name without leading words that are no part of it: "The", "Northern", and an
    owner, the town the place is in ("Gaza City's Zeitoun neighbourhood")."""
    owner = _OWNER.search(text, start, end)
    if owner is not None:
        start = owner.end()
    while True:
        word, space, _ = text[start:end].partition(" ")
        if not space or not (word in _NOT_NAMES or word.lower() in GENERIC):
            return start, end
        start += len(word) + 1


def _within(mention: PlaceMention, start: int, end: int) -> bool:
    """Whether every mention of a listed place that meets `start`..`end` lies strictly inside
    it: part of a longer name ("Yemen" in "Bab al-Yemen district", "Carrefour" in
    "Carrefour-Feuilles neighborhood"), so the text's longer name holds."""
    return all(
        start <= s and e <= end and (s, e) != (start, end)
        for s, e, _ in mention.spans
        if s < end and start < e
    )


def _elsewhere(place: Place, parent: Place) -> bool:
    """Whether a listed place lies in another country than the one the text puts it in."""
    return bool(parent.country_code) and place.country_code != parent.country_code


def _place_name(name: str) -> bool:
    """`_plausible`, and not one word that may open a sentence ("But town leaders", "Le village
    de ..."): a street may be named so ("First Avenue", "New Road"), a town is not."""
    lowered = name.lower()
    return _plausible(name) and (
        " " in name or (lowered not in stop_words("english") and lowered not in _ARTICLES)
    )


def _plausible(name: str) -> bool:
    """Not a pronoun or article, nor made only of generic place words ("Central", "Old"),
    nor holding a day or a month ("the town of Jisr al-Shughur Saturday") or a community's
    word ("the mostly Shiite neighborhood"), nor ending in who holds a place
    (`_HOLDER_ENDINGS`: "the Houthi-controlled area")."""
    words = name.split()
    if words[-1].lower().endswith(_HOLDER_ENDINGS):
        return False
    if name.isupper() and len(name) <= _ACRONYM:
        return False  # "the NATO area": an organisation's acronym
    if words[0] in _NOT_NAMES or any(
        w.lower() in DATE_WORDS or w.lower() in COMMUNITIES for w in words
    ):
        return False
    return not all(w.lower() in GENERIC for w in words)


def _parent(
    text: str,
    after: int,
    start: int,
    named: Sequence[PlaceMention],
    *,
    towns_first: bool = False,
    in_sentence: bool = False,
) -> tuple[Place | None, bool]:
    """The place the text puts a name in, and whether the text says so right after the name
    ("in Y", "20 km east of Y"); else the nearest place in its sentence (`in_sentence`: one
    the text does not compare it with, "a city smaller than Cardiff", else None), else the
    finest place of the last sentence before it that names one ("Kalgidi village" after "in
    Borno State, Nigeria": Borno State), else the text's only place. `towns_first` (a street's): the
    nearest town or city in its sentence if there is one, else the town the text names most
    often (twice at least: the town it is about)."""
    link = _PARENT.match(text, after)
    if link is not None:
        for mention in named:
            if any(s == link.end() for s, _, _ in mention.spans):
                return mention.place, True
    last_end = _LAST_SENTENCE_END.match(text, 0, start)
    sentence_start = last_end.end() if last_end else 0
    stop = _SENTENCE_END.search(text, start)
    sentence_end = stop.start() if stop else len(text)
    spans = [
        (s, mention.place)
        for mention in named
        for s, e, _ in mention.spans
        if start - e not in _INSIDE_LENGTHS or text[e:start] not in _INSIDE_NEXT
    ]
    near = [
        (abs(s - start), place)
        for s, place in spans
        if sentence_start <= s < sentence_end
        and not (in_sentence and text[max(0, s - len(_COMPARED_LONGEST)) : s].endswith(_COMPARED))
    ]
    towns = [pair for pair in near if pair[1].kind in _TOWN_KINDS] if towns_first else []
    if towns or near:
        return min(towns or near, key=lambda pair: pair[0])[1], False
    if in_sentence:
        return None, False
    if towns_first:
        about = [m for m in named if m.place.kind in _TOWN_KINDS and len(m.mentions) > 1]
        if about:
            return max(about, key=lambda m: len(m.mentions)).place, False
    before = [] if towns_first else [(s, place) for s, place in spans if s < start]
    if before:
        last_end = _LAST_SENTENCE_END.match(text, 0, max(at for at, _ in before))
        since = last_end.end() if last_end else 0
        latest = [(_FINENESS.get(place.kind, 3), at, place) for at, place in before if at >= since]
        return max(latest, key=lambda found: found[:2])[2], False
    return (named[0].place if len(named) == 1 else None), False


def _wider_area(place: Place, kind: str, named: Sequence[PlaceMention]) -> Place | None:
    """The finest area the text names in `place`'s country that is wider than an area of
    `kind` (its country, a region or a province): where an administrative area named after
    a town the text puts it near lies; None when the text names none."""
    wider = [
        m.place
        for m in named
        if m.place.country_code == place.country_code
        and _FINENESS.get(m.place.kind, 3) < _FINENESS[kind]
    ]
    return max(wider, key=lambda p: _FINENESS[p.kind]) if wider else None


def _inside(key: str, name: str, kind: str, parent: Place) -> Place:
    """An unlisted place of `kind` inside `parent`, at its point (approximate)."""
    return Place(key, name, kind, parent.country_code, parent.country, None, 0, parent.lat,
                 parent.lon, True)  # fmt: skip


def _first_mention(text: str, name: str, start: int, end: int, place: Place) -> PlaceMention:
    """The place as first written in `text`, with every mention of its name: "raids on
    Darkoush" before "the town of Darkoush" that made it a place."""
    mentions = _mentions(text, name) or ((start, end, name),)
    first_start, first_end, _ = min(mentions[0], (start, end, name))
    return PlaceMention(name, first_start, first_end, place, mentions)


def _mentions(text: str, name: str) -> tuple[tuple[int, int, str], ...]:
    """Every mention of `name` written as a word in `text`."""
    return tuple((start, end, name) for start, end in word_spans(text, name))


def word_spans(text: str, word: str, any_case: bool = False) -> list[tuple[int, int]]:
    r"""The spans of `word` in `text` that touch no letter, digit, "_" or "-", as the regex
    `(?<![\w-])word(?![\w-])` finds them (with `str.find`: a regex per word would be
    compiled again for each text). `any_case`: in any case, for an ASCII text and word only
    (lower-casing keeps their offsets)."""
    if any_case:
        text, word = text.lower(), word.lower()
    found = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if _in_word(text[at - 1 : at]) or _in_word(text[end : end + 1]):
            at = text.find(word, at + 1)
        else:
            found.append((at, end))
            at = text.find(word, end)
    return found


def _in_word(char: str) -> bool:
    r"""Whether `char` (one character or none) continues a word, as `[\w-]` matches."""
    return char.isalnum() or char in ("_", "-")


def _slug(name: str) -> str:
    return name_key(name).strip().replace(" ", "-")
