"""Places named in a text (`find_places`).

`find_places` folds the text once (see `normalize`), runs the gazetteer's Aho-Corasick
automaton over it and drops at once every match written in lower case (nearly all of them:
"aid", "day", "hit by"). What is left is checked where it stands: acronyms must be in capitals
("us"), names inside an organisation's or a person's name ("Bank of England", "Arakan Army",
"Victoria Nuland") or naming a river or a facility ("Dnipro River", "Sana'a International
Airport") are dropped, but a town opening a hospital's name stays the place the text is about
("taken to Colchester General Hospital"), and names that are also common words or first names
("Reading", "Hit") need support. Then each name is resolved (see `resolve`).

Tagging speed: what a name can stand for is worked out once per name and kept in the
gazetteer (`facts.NameFacts`), a further mention of a place already named is skipped when
no other name is near it (`_apart`; only the quick signs of a longer name are looked for:
"the Reston virus", "United Russia"), and the checks around a name look at the few characters
that can matter before running a regex or finding a whole word. The text's scripts are read
once (`normalize.text_scripts`): the Cyrillic look-alikes and the Arabic kind words are looked
for only in a text that holds such letters.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from bot.records import Place, PlaceMention
from bot.understand.places import economies, towns, unlisted
from bot.understand.places.arabic_words import without_arabic_words
from bot.understand.places.area_lists import with_area_lists
from bot.understand.places.city_districts import with_city_districts, without_district_raions
from bot.understand.places.city_quarters import with_city_quarters
from bot.understand.places.counties import with_counties, with_short_names
from bot.understand.places.cues import Cues
from bot.understand.places.economies import with_economies
from bot.understand.places.facts import NameFacts
from bot.understand.places.fronts import area_before, front_areas
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.hints import hint_countries
from bot.understand.places.inflect import is_cyrillic
from bot.understand.places.lands import land_of
from bot.understand.places.latin_only import with_latin_only
from bot.understand.places.local_names import local_other_name
from bot.understand.places.local_villages import with_local_villages
from bot.understand.places.named_areas import with_named_areas
from bot.understand.places.normalize import ARABIC, CYRILLIC, fold, name_key, text_scripts
from bot.understand.places.own_words import without_own_words
from bot.understand.places.persons import (
    aged,
    credited,
    given_name_before,
    given_name_before_surname,
    quoted,
    quoted_speaker,
    relative,
    speaks,
)
from bot.understand.places.postal import with_postal_codes
from bot.understand.places.quarters import without_quarter_namesakes
from bot.understand.places.raions import with_unlisted_raions
from bot.understand.places.resolve import (
    NEIGHBOUR_GAP,
    Context,
    Span,
    among_areas,
    area_facts,
    bind,
    choose,
    kind_abbreviation_dot,
    name_facts,
    named_area,
    neighbours,
    qualify,
    sentence_initial,
    settle,
    supported,
)
from bot.understand.places.romanized import with_romanized
from bot.understand.places.scripts import cyrillic_look_alikes, without_latin_towns
from bot.understand.places.settlement_lists import with_settlement_lists
from bot.understand.places.short_towns import with_short_towns
from bot.understand.places.sports import without_clubs
from bot.understand.places.titles import channel_number, quoted_title
from bot.understand.places.town_districts import with_town_districts
from bot.understand.places.towns import at_home, with_towns
from bot.understand.places.transliterated import with_transliterated
from bot.understand.places.unit_forms import with_unit_case_forms
from bot.understand.places.unlisted import with_unlisted
from bot.understand.places.village_forms import with_village_forms
from bot.understand.places.villages import with_villages
from bot.understand.places.wide_regions import with_wide_regions
from bot.understand.places.words import (
    ABBREVIATED_TITLES,
    ARABIC_DISTRICT_BEFORE,
    ARABIC_GOVERNORATE_BEFORE,
    ARABIC_NAME_BEFORE,
    AREA_ABBREVIATIONS,
    ARTICLES,
    AUTHORITY_AREAS,
    BEFORE_TAILS,
    BRAND_BEFORE,
    CITY_AUTHORITY_AFTER,
    CREDIT_VERBS_CYRILLIC,
    CYRILLIC_ADJECTIVE_ENDINGS,
    CYRILLIC_ADJECTIVE_FORMS,
    CYRILLIC_ADJECTIVE_NOMINATIVES,
    CYRILLIC_ADJECTIVE_NOUNS,
    CYRILLIC_AREA_AFTER,
    CYRILLIC_OFFICE_AFTER,
    CYRILLIC_PEOPLE_NOUNS,
    DATE_WORDS,
    ENGLISH,
    FRENCH_CLUB_BEFORE,
    FRENCH_STREET_BEFORE,
    GENERIC,
    HOLDER_AFTER,
    LANGUAGE_COUNTRY,
    LOCAL_AUTHORITY_AFTER,
    LOWER_ORG_AFTER,
    NAME_BEFORE,
    OFFICE_AREA_WORDS,
    OFFICE_CYRILLIC,
    ORG_AFTER,
    ORG_BEFORE,
    ORG_BEFORE_CYRILLIC,
    OUTLET_AFTER,
    PARTICLES,
    PLACE_MODIFIERS,
    PLACE_PREPOSITIONS,
    PLACE_PREPOSITIONS_CYRILLIC,
    RIVER_BEFORE_CYRILLIC,
    SHORE_WORDS,
    STREET_BEFORE,
    TITLES,
    WATER_STEMS,
    WATER_WORDS,
)
from bot.understand.stopwords import stop_words

_WORD = re.compile(r"[^\W\d_]+")
TEXT_CUES = Cues({**towns.CUES, **unlisted.CUES, **economies.CUES})
"""The cue words of `towns`, `unlisted` and `economies` (see `cues`), found in one pass."""


_HOSPITAL_AFTER = re.compile(r"(?: [A-Z][a-z]+){0,2} Hospital(?![\w-])")
"""Up to two capitalised words and "Hospital" after a name ("Colchester General Hospital",
"Limerick Maternity Hospital"): the name opens a hospital's name."""
_CLOSING_MARKS = (".", "!", "?", ":")
"""What ends the word before a name that opens a sentence."""
_WORD_SPLIT = re.compile(r"[\s\-]+")
_ELIDED = re.compile(r"^(?:[cdjlmnst]|qu)['’](?=\w)")
"""A French elided article or preposition before a word ("d'Idlib", "l'Ukraine")."""


_TITLE_CASE_SHARE = 0.8
"""A short line with at least this share of capitalised words is a headline in title case."""


_HEADLINE_LENGTH = 160

_PARTICIPLE_ENDINGS = ("ing", "ed")

_FAMILY = (" family", " clan", "s' family", " household")
"""Words after a surname that name the people of a house ("the Bustan family")."""
_FAMILY_FIRST = frozenset(words[0] for words in _FAMILY)

_CREDIT = re.compile(r"\b[A-Z]{2,}/(?:[A-Z][a-z]+ )?$")
"""A photo credit before a name: an agency in capitals and a slash, maybe a given name
("REUTERS/Mohammad Ismail", "AFP/Ismail"): the name is the photographer's."""
_CREDIT_REACH = 40
_INITIAL = re.compile(r"[A-Z]\.")
"""A middle initial between a given name and a surname ("Tyrise M. Bell")."""


def find_places(
    gaz: Gazetteer,
    text: str,
    context_country: str | None = None,
    region_hint: str | None = None,
    home: str | None = None,
    language: str | None = None,
) -> list[PlaceMention]:
    """Places named in `text`, each once (its first mention's exact span, and in `mentions`
    every mention's), in the order of their first mentions.

    `context_country` (ISO2, e.g. a feed's country), the countries of a feed's
    `region_hint` ("middle-east", see `hints`) and those of the text's demonyms ("Malian soldiers")
    are hints: they support names that need support and settle ambiguous names the text's
    places do not (a country named outranks them). `home`, the key of the feed's home area
    (`home.feed_home`), settles what they leave, with a town of the home's for a bare name
    of a far city (`towns.at_home`); it supports no name that is also a common word.
    `language`, the text's (ISO 639-1), when known and not English, drops the towns named
    only by a word the text also writes in lower case, opening its sentences (`own_words`);
    a language of one country's news (`LANGUAGE_COUNTRY`: Ukrainian) hints at that country.
    Latin letters typed inside Cyrillic words are read as the Cyrillic ones they look like
    (`scripts.cyrillic_look_alikes`); each mention is written as the text writes it.
    """
    scripts = text_scripts(text)
    read = cyrillic_look_alikes(text) if CYRILLIC in scripts else text
    if read != text:
        found_in_read = find_places(gaz, read, context_country, region_hint, home, language)
        return [_as_written(text, mention) for mention in found_in_read]
    found, demonyms = _candidates(gaz, text)
    if CYRILLIC in scripts:
        found = without_district_raions(text, found)
    hints = (
        hint_countries(region_hint)
        | demonyms
        | ({context_country} if context_country else set())
        | ({LANGUAGE_COUNTRY[language]} if language in LANGUAGE_COUNTRY else set())
    )
    context = Context(gaz, text)
    fronts = front_areas(gaz, text) if CYRILLIC in scripts else []
    spans: list[Span] = []
    repeats: list[Span] = []
    people, given_names = _people(found, text, language)
    bind(found, text)
    for i, span in enumerate(found):
        sure = span.facts.sure
        if sure is not None and sure.key in context.explicit and _apart(found, i):
            if i in given_names or _inside_other_name(text, span):
                continue
            span.place = sure
            repeats.append(span)
            context.repeat(sure.key)
            continue
        if id(span.facts) in people or i in given_names or _part_of_other_name(found, i, text):
            continue
        if span.inflected and _case_form_first(text, span):
            continue
        spans.append(span)
        if sure is not None:
            span.place = sure
            if not span.holder and not _village_named_as_city(text, span.start, sure):
                context.add(span)
        elif span.facts.kinds_differ:
            span.qualifier = qualify(text, span)
    context.neighbours = neighbours(gaz, spans, text)
    # Final twice: a place chosen late in the first final pass (a country after its town:
    # "Ménaka, au Mali") supports the names before it in the second, which a first final
    # pass that chose nothing to support them with would only repeat.
    for final in (False, True, True):
        added = False
        for span in spans:
            if span.place is None:
                front = area_before(fronts, span.start)
                span.place = choose(span, context, hints, final, home, front)
                if (
                    span.place is not None
                    and not span.facts.risky
                    and not span.holder
                    and not _village_named_as_city(text, span.start, span.place)
                ):
                    context.add(span)
                    added = True
        if final and not added:
            break
    among_areas(spans, text)
    for span in spans:
        if span.facts.namesakes:
            settle(span, context)
        elif span.place is not None:
            span.place = named_area(span, gaz, text, span.place)
        if span.place is not None:
            span.place = land_of(gaz, text, span.start, span.written, span.place) or span.place
    for span in repeats:  # a city named again may be its area there ("a Kharkiv village")
        if span.place is not None:
            span.place = named_area(span, gaz, text, span.place)
    first: dict[str, Span] = {}
    every: dict[str, list[tuple[int, int, str]]] = {}
    for span in sorted([*spans, *repeats], key=lambda s: s.start):
        if span.place is None:
            continue
        key = span.place.key
        if key not in first:
            if span.facts.risky and not supported(span, context, hints):
                continue
            first[key] = span
        every.setdefault(key, []).append((span.start, span.end, span.written))
    listed = [
        PlaceMention(s.written, s.start, s.end, s.place, tuple(every[k]))
        for k, s in first.items()
        if s.place is not None
    ]
    listed = _with_text_passes(gaz, text, listed, home, scripts, language)
    return _one_mention_a_place(with_wide_regions(gaz, without_own_words(text, listed, language)))


def _one_mention_a_place(listed: list[PlaceMention]) -> list[PlaceMention]:
    """`listed` with each place once: passes reading a place in different ways (a raion by
    its adjective in a list, "в Куп’янському та Чугуївському районах", and by its name with
    its noun, "Куп’янського району") may each list it; the place's entry is where it is first
    listed, written as its first mention in the text, with every span."""
    if len({m.place.key for m in listed}) == len(listed):
        return listed
    spans: dict[str, set[tuple[int, int, str]]] = {}
    for mention in listed:
        spans.setdefault(mention.place.key, set()).update(mention.spans)
    merged: list[PlaceMention] = []
    done: set[str] = set()
    for mention in listed:
        key = mention.place.key
        if key in done:
            continue
        done.add(key)
        every = spans[key]
        merged.append(mention if len(every) == len(mention.spans) else mention.with_spans(every))
    return merged


def _as_written(text: str, mention: PlaceMention) -> PlaceMention:
    """`mention`, found in a copy of `text` of the same length, with its spans as `text`
    writes them."""
    spans = tuple((start, end, text[start:end]) for start, end, _ in mention.spans)
    start, end = mention.start, mention.end
    return PlaceMention(text[start:end], start, end, mention.place, spans)


def _with_text_passes(
    gaz: Gazetteer,
    text: str,
    listed: list[PlaceMention],
    home: str | None,
    scripts: frozenset[str],
    language: str | None,
) -> list[PlaceMention]:
    """`listed` through the passes that read the text around the places found (see the module
    docstring of each), in order; those that read only Cyrillic or Arabic words are skipped
    where `scripts` (`normalize.text_scripts`) says the text holds none."""
    cyrillic, arabic = CYRILLIC in scripts, ARABIC in scripts
    if cyrillic:
        listed = with_transliterated(gaz, text, listed)
    listed = without_clubs(text, listed)
    if cyrillic or arabic:
        listed = without_quarter_namesakes(text, listed)
    if cyrillic:
        listed = with_unlisted_raions(
            gaz, text, with_city_districts(gaz, text, without_latin_towns(text, listed))
        )
    cues = TEXT_CUES.find(text)
    listed = with_counties(
        gaz, text, with_postal_codes(gaz, text, with_romanized(gaz, text, listed))
    )
    listed = with_towns(gaz, text, at_home(gaz, listed, home), cues, home)
    if cyrillic:
        listed = with_villages(gaz, text, listed)
    listed = with_short_names(text, with_short_towns(gaz, listed))
    listed = with_unlisted(gaz, text, listed, cues)
    if arabic:
        listed = with_city_quarters(text, with_town_districts(gaz, text, listed))
    listed = with_local_villages(text, listed, language, arabic)
    if arabic:
        read = with_latin_only(gaz, text, listed)
        if len(read) > len(listed):  # a district read by its consonants places villages too
            read = with_local_villages(text, read, language, arabic)
        listed = read
    if cyrillic:
        listed = with_area_lists(gaz, text, listed)
    listed = with_economies(gaz, text, listed, cues)
    if cyrillic:
        listed = with_village_forms(gaz, with_settlement_lists(gaz, text, listed))
    if cyrillic:
        listed = with_unit_case_forms(text, listed)
    if arabic:
        listed = without_arabic_words(text, listed)
    return with_named_areas(gaz, text, listed)


def _people(found: list[Span], text: str, language: str | None = None) -> tuple[set[int], set[int]]:
    """The names (`id` of their facts) that the text uses once as a person's surname, after a
    title ("Mr. Lincoln", "Gov. Moore") or a photo credit ("REUTERS/Mohammad Ismail"), or
    after a given name, with a middle initial or not ("Abraham Lincoln", "Tyrise M. Bell": a
    capitalised word that is no place nor a word placing one, "South Arlington", or a one-word
    town's name that is also a given name, "Gary Wilson", with no capitalised word after, see
    `_may_be_given_name`): their other mentions ("Lincoln said") are the person too, not the
    town. But a name after a given name alone, without a middle initial, that the text also
    writes as a place ("in Arlington", "CHARLESTON, W.Va.") stays the place elsewhere (a whole
    name with its initial says "a person" as a title does: "into Bell's back" after "Tyrise M.
    Bell" is the man's). Second, the indices in
    `found` of the towns' names used so as given names. `language`: the text's, when known
    (see `_may_be_given_name`)."""
    people = set()
    given: set[int] = set()
    given_names: set[int] = set()
    speaking: Counter[int] = Counter()
    befores: dict[int, str] = {}  # index in `found` -> the word before a one-word name
    for i, span in enumerate(found):
        if " " in span.written:
            continue
        before = befores[i] = _word_before(text, span.start)
        if _person_around(text, span, before):
            people.add(id(span.facts))
            continue
        if _after_given_name(text, span.start, before):
            given.add(id(span.facts))
            given_names.add(i)
            continue
        if span.facts.person_like and speaks(text, span.end, before):
            speaking[id(span.facts)] += 1
        if given_name_before_surname(text, span.written, span.end) and not _title_case_line(
            text, span.start
        ):
            given_names.add(i)
            continue
        if not span.facts.person_like:
            continue
        if (
            before in TITLES
            or (before[-1:] == "." and before[:-1] in ABBREVIATED_TITLES)
            or _after_credit(text, span.start)
        ):  # a title's abbreviation with its dot ("Gen."); a whole one ends a sentence
            people.add(id(span.facts))
            continue
        after = text[span.end + 1 : span.end + 2] if text[span.end : span.end + 1] == " " else ""
        at = span.start - 1 - len(before)
        initial = len(before) == 2 and _INITIAL.fullmatch(before) is not None
        if initial:  # "Tyrise M. Bell": the given name is before the initial
            before = _word_before(text, at)
            at -= 1 + len(before)
        if (
            before.isalpha()
            and before[0].isupper()
            and before.lower() not in PLACE_MODIFIERS
            and not after.isupper()
            and _may_be_given_name(text, before, at, language)
            and not _title_case_line(text, span.start)
        ):
            if initial:  # a whole name says "a person" as a title does
                people.add(id(span.facts))
            elif i == 0 or found[i - 1].end < at:
                given.add(id(span.facts))
            elif _town_as_given_name(found[i - 1], before):
                given.add(id(span.facts))
                given_names.add(i - 1)
    given.update(facts for facts, times in speaking.items() if times > 1)
    return people | (given - _placed(found, text, befores, given)), given_names


def _placed(found: list[Span], text: str, befores: dict[int, str], given: set[int]) -> set[int]:
    """The names among `given` (`id` of their facts) that the text also writes as places
    (`_written_as_place`) at one of their one-word mentions (`befores`: index in `found` ->
    the word before it); only names used as surnames are asked."""
    return {
        id(found[i].facts)
        for i, before in befores.items()
        if id(found[i].facts) in given and _written_as_place(found, i, text, before)
    }


def _person_around(text: str, span: Span, before: str) -> bool:
    """Whether the words around the one-word name `span` say "a person" as a title does (see
    `persons`): a relative's word before it ("his father Zachary"), an age after it ("Parker,
    8,"), a credit ("(Zen Trinidad/PNA)"), a quotation's verb before it ("“...,” said Noma.")
    or, for a weak name (`NameFacts.person_like`), a quotation before it and a verb after
    ("“...,” Noma said")."""
    return (
        relative(before)
        or aged(text, span.end)
        or credited(text, span.start, span.end)
        or quoted(text, span.start, span.end)
        or (span.facts.person_like and quoted_speaker(text, span.start, span.end))
    )


def _after_given_name(text: str, start: int, before: str) -> bool:
    """Whether a common given name, with a middle initial or not, is `before` the name at
    `start` ("Victor Cano", "Jose A. Cordova")."""
    if len(before) == 2 and _INITIAL.fullmatch(before):
        start -= 3
        before = _word_before(text, start)
    return given_name_before(text, before, start)


def _after_credit(text: str, start: int) -> bool:
    """Whether a photo credit (`_CREDIT`) ends at `start`; its slash is looked for first."""
    reach = max(0, start - _CREDIT_REACH)
    return text.find("/", reach, start) >= 0 and bool(_CREDIT.search(text, reach, start))


def _town_as_given_name(previous: Span, before: str) -> bool:
    """Whether the name right before a surname-like name is a one-word town's name used as a
    given name: two weak towns' names side by side, no comma between, are a person's ("Gary
    Wilson", "Elizabeth Fairfield")."""
    return previous.written == before and previous.facts.person_like


def _may_be_given_name(text: str, word: str, start: int, language: str | None = None) -> bool:
    """Whether the capitalised `word` at `start`, before a name, may be a given name: inside a
    sentence, any; first in one ("Patricia Moore, 62,"), an English word that is no stop word
    ("In", "The") nor a verb's participle ("Missing", "Trailing", "Wanted"), nor, in French
    text, a French stop word ("Le Nord-Kivu est ...", "La Centrafrique a ...")."""
    if not sentence_initial(text, start):
        return True
    lowered = word.lower()
    return (
        word.isascii()
        and lowered not in stop_words("english")
        and not lowered.endswith(_PARTICIPLE_ENDINGS)
        and (language != "fr" or lowered not in stop_words("french"))
    )


def _written_as_place(found: list[Span], i: int, text: str, before: str) -> bool:
    """Whether `found[i]` is written as places are: after a preposition of place ("in
    Arlington"), or followed by a comma and a place one of its readings lies in
    ("Charleston, W.Va.")."""
    if before in PLACE_PREPOSITIONS:
        return True
    span = found[i]
    following = found[i + 1] if i + 1 < len(found) else None
    if following is None or text[span.end : following.start] != ", ":
        return False
    around = {key for reading in span.facts.readings for key in reading.around[1:]}
    return any(reading.place.key in around for reading in following.facts.readings)


_ACCUSATIVE_ENDINGS = ("у", "ю")
"""How a Russian or Ukrainian name's accusative ends ("Одесу", "Харківську область")."""
_QUOTES_AND_SPACES = frozenset(" \t\"«“‘'(")
_SENTENCE_ENDS = frozenset(".!?\n")


def _case_form_first(text: str, span: Span) -> bool:
    """Whether the case form `span` ("Решта", a form of "Решт") opens a sentence or a line: a
    name there is in the nominative or, as the object put first, the accusative ("Одесу
    атакували дрони"); any other form is a common word that shares it ("Решта пасажирів", the
    rest of the passengers)."""
    if any(word.endswith(_ACCUSATIVE_ENDINGS) for word in span.written.split()):
        return False
    i = span.start - 1
    while i >= 0 and text[i] in _QUOTES_AND_SPACES:
        i -= 1
    return i < 0 or (text[i] in _SENTENCE_ENDS and not kind_abbreviation_dot(text, i))


_VILLAGE_WORD = re.compile(
    r"(?<![\w\-])(?:[Сс]ел(?:о|а|у|е|і|ом)|[Сс]елищ(?:е|а|у|і|ем)|[Пп]ос[её]л(?:ок|ка|ку|ке|ком)"
    r"|[Дд]еревн(?:я|и|е|ю|ей)|[Хх]утор(?:а|у|е|і|ом)?) $"
)
"""A village's kind word in any case, right before a name."""
_CITY_PEOPLE = 100_000
"""A city's people no village has."""


def _village_named_as_city(text: str, start: int, place: Place) -> bool:
    """Whether the name at `start`, read as the city `place` of `_CITY_PEOPLE` or more,
    follows a village's kind word: a village bearing the city's name ("у села Запорожье",
    `villages`), which supports no place of the city's area."""
    return place.population >= _CITY_PEOPLE and bool(
        _VILLAGE_WORD.search(text, max(0, start - 12), start)
    )


def _apart(spans: list[Span], i: int) -> bool:
    """Whether no other name is within NEIGHBOUR_GAP characters of `spans[i]`.

    A further mention of a place named already (and sure, `NameFacts.sure`) adds nothing to
    the context but its position, which only a name that close looks at: such a mention is
    skipped before any work is spent on it.
    """
    span = spans[i]
    return (i == 0 or span.start - spans[i - 1].end > NEIGHBOUR_GAP) and (
        i + 1 == len(spans) or spans[i + 1].start - span.end > NEIGHBOUR_GAP
    )


_LOCATIVE_PREPOSITIONS = frozenset(["в", "во", "у", "на", "о", "об", "при", "по"])
"""The Russian and Ukrainian prepositions that take a place in the locative ("в Риме", "у
Римі", "при Уфе")."""


def _after_locative_preposition(text: str, start: int) -> bool:
    """Whether the word before `start` is a preposition of the locative: a short name's
    locative form ("Абе" of Aba) is a place only there ("в Абе"), not a person's name
    ("Сіндзо Абе")."""
    before = text[max(0, start - 4) : start]
    if not before.endswith(" "):
        return False
    word = before.rstrip().rpartition(" ")[2].rpartition("\n")[2]
    return word.lower() in _LOCATIVE_PREPOSITIONS


_KA_LOCATIVE_END = "ці "
"""How a folded name that may be the Ukrainian locative of a name in "-ка" ends."""
_IN_PREPOSITIONS = frozenset(["в", "у"])
"""The Ukrainian prepositions of a place's locative, "у Петрівці"."""


def _ka_locative(gaz: Gazetteer, text: str, start: int, name: str) -> str:
    """Folded `name`, which ends in `_KA_LOCATIVE_END` (the caller looks: a call per match
    is slow), or the name in "-ка" whose Ukrainian locative it is after "у"/"в": "у Петрівці"
    is in Petrivka, not in the village Petrivtsi, whose locative is "у Петрівцях" (the
    plural's accusative, "поїхали у Петрівці", is rare in reports of what happened where);
    after "на", a direction's accusative, the plural stays. A name of several words stays."""
    if " " in name[1:-1]:
        return name
    before = text[max(0, start - 3) : start]
    word = before.rstrip().rpartition(" ")[2].rpartition("\n")[2]
    if not before.endswith(" ") or word.lower() not in _IN_PREPOSITIONS:
        return name
    singular = f"{name[:-3]}ка "
    return singular if singular in gaz.names else name


def _candidates(gaz: Gazetteer, text: str) -> tuple[list[Span], set[str]]:
    """The leftmost-longest whole-word matches that look like names where they stand:
    capitalised (or in a script without capitals), acronyms in capitals; and the countries
    of the demonyms among them ("Malian soldiers"), which are no names of places."""
    folded = fold(text)
    original = folded.original
    exact = not folded.breaks
    lower_ok, locatives = gaz.lower_ok, gaz.locatives
    names, lengths = gaz.spelling_names, gaz.spelling_lengths
    found: list[tuple[int, int, int, str]] = []  # start, minus the length, stop, name
    for index, end in gaz.automaton.matches(folded.text):
        name, length = names[index], lengths[index]  # `end` is just past the closing space
        start = end - length if exact else original(end - length + 1)
        if text[start].islower() and (name not in lower_ok or text[start : start + 3] in ENGLISH):
            continue
        if index in locatives and not _after_locative_preposition(text, start):
            continue
        stop = end - 2 if exact else original(end - 1)
        if name[-3:] == _KA_LOCATIVE_END:
            name = _ka_locative(gaz, text, start, name)
        found.append((start, start - stop, stop, name))
    found.sort()
    kept: list[tuple[int, int, int, str]] = []
    for match in found:
        if not kept or match[0] >= kept[-1][2]:
            kept.append(match)
        elif match[1] < kept[-1][1] or _cut_at_hyphen(text, kept[-1][2], match[2]):
            kept[-1] = match
    spans = []
    countries = set()
    known, demonyms, abbreviations = gaz.facts_cache, gaz.demonyms, gaz.abbreviations
    shadowed = gaz.shadowed
    for start, _, stop, name in kept:
        holder = (
            text[stop : stop + 1] in _HOLDER_LEADS and HOLDER_AFTER.match(text, stop) is not None
        )
        if name in demonyms:
            if not holder:  # "Russian-occupied Donetsk" puts no Donetsk in Russia
                countries.add(demonyms[name])
            continue
        written = text[start:stop]
        facts = known.get(name) or name_facts(gaz, name)
        if facts.acronym and not written.replace(".", "").isupper():
            if facts.lower_case is None:
                continue
            facts = facts.lower_case
        if (
            (" " in written or "-" in written)
            and not _looks_like_name(written)
            and not _country_as_named(facts, written)
        ):
            continue
        if (
            written.isupper()
            and not facts.acronym
            and _cyrillic_abbreviation(text, written, stop, facts)
        ):
            continue
        if name in abbreviations or (name in shadowed and _abbreviation_ok(text, start, stop)):
            if not _abbreviation_ok(text, start, stop):
                continue
            if name in shadowed:
                facts = area_facts(gaz, name)
            stop += 1
            written += "."
        elif facts.dotted and "." in written and text[stop : stop + 1] == ".":
            stop += 1  # folding made the final dot of "U.S." the name's closing space
            written += "."
        inflected = not written.isascii() and is_cyrillic(written) and name_key(written) != name
        spans.append(Span(start, stop, written, facts, inflected=inflected, holder=holder))
    return spans, countries


_HOLDER_LEADS = frozenset(".-‐‑")
"""The characters `HOLDER_AFTER`'s matches start with: looked at before the regex runs."""


def _cut_at_hyphen(text: str, stop: int, other_stop: int) -> bool:
    """Whether a name ending at `stop` ends on a hyphen inside a word that an overlapping name
    ending at `other_stop` reads whole: "province du Nord" in "la province du Nord-Kivu" is
    the province of another country; the name is "Nord-Kivu"."""
    return (
        other_stop > stop
        and text[stop : stop + 1] == "-"
        and text[stop - 1 : stop].isalpha()
        and text[stop + 1 : stop + 2].isalpha()
    )


def _country_as_named(facts: NameFacts, written: str) -> bool:
    """Whether `written` is a country's name of several words as its language writes it, with
    lower-case words (French "Arabie saoudite", "République démocratique du Congo"): every
    reading of the name is a country and it opens with a capital."""
    return (
        written[:1].isupper()
        and bool(facts.readings)
        and all(r.place.kind == "country" for r in facts.readings)
    )


_ABBREVIATION_KINDS = frozenset(["country", "admin1"])
"""Kinds of place Russian and Ukrainian write as an abbreviation in capitals ("США", "ОАЭ",
"ДНР"); a town never is."""


def _cyrillic_abbreviation(text: str, written: str, stop: int, facts: NameFacts) -> bool:
    """A Cyrillic word written in capitals ("ГАИ", "МЧС") in a line not written in capitals is
    an abbreviation, no town's name ("Гай"), unless a reading is a country or region or it
    is an agency's dateline ("КУРСК, 5 декабря")."""
    if len(written) < 2 or not written.isupper() or not is_cyrillic(written):
        return False
    if text[stop : stop + 1] == ",":
        return False
    if any(r.place.kind in _ABBREVIATION_KINDS for r in facts.readings):
        return False
    word = _WORD.match(text, stop + 1)
    return word is None or not word.group().isupper()


_AFTER_A_NAME = re.compile(r"[A-Z][\w'’.-]*,\s$")
_BEFORE_A_NOUN = re.compile(r" [a-z]")
"""A lower-case word after an abbreviation's dot: the dot ends no sentence, so the
abbreviation qualifies the word ("a Ky. jail", "Mass. lawmakers")."""


def _abbreviation_ok(text: str, start: int, stop: int) -> bool:
    """An area's abbreviation ("Ky.", "B.C.") counts written with its final dot and, when it
    has no inner dot, after a capitalised name and a comma ("Louisville, Ky.") or before a
    lower-case word ("Ill. man"): "Mo." or "Ill." alone are too often something else."""
    if text[stop : stop + 1] != "." or text[max(0, start - 2) : start - 1].isdigit():
        return False  # "300 B.C." is an era
    return (
        "." in text[start:stop]
        or _BEFORE_A_NOUN.match(text, stop + 1) is not None
        or bool(_AFTER_A_NAME.search(text, max(0, start - 40), start))
    )


@functools.lru_cache(maxsize=4096)
def _looks_like_name(written: str) -> bool:
    """Every word of a name in a cased script is capitalised but particles and generic words
    (a French elision before a word is no part of it: "Côte d'Ivoire").
    (Remembered: a text names the same places again and again.)"""
    capitalised = False
    head, _, last = written.rpartition(" ")
    if head and last in AREA_ABBREVIATIONS:
        written = head  # "Изюмский р-н", "Курской обл.": "район", "область"
    for piece in _WORD_SPLIT.split(written):
        word = _ELIDED.sub("", piece)
        if not word:
            continue
        if word[0].isupper() or word[0].lower() == word[0].upper():
            capitalised = True
        elif not _lower_name_word(word.lower()):
            return False
    return capitalised


def _lower_name_word(word: str) -> bool:
    """Whether a word in lower case may stand in a name: a particle, a generic word or a word
    for a water body ("mer Rouge", "в Черном море")."""
    return (
        word in PARTICLES or word in GENERIC or word in WATER_WORDS or word.startswith(WATER_STEMS)
    )


def _part_of_other_name(found: list[Span], i: int, text: str) -> bool:
    """ "Washington Post", "Bank of England", "Arakan Army", "Lake Chad", "Dnipro River": the
    name `found[i]` is part of an organisation's, a facility's or a feature's name, or is a
    family's ("the Hebron family")."""
    span = found[i]
    start, end, written = span.start, span.end, span.written
    previous, following = text[start - 1 : start], text[end : end + 1]  # the characters around
    last = text[start - 2 : start - 1]  # the last letter of the word before, if any
    if (
        following in _FAMILY_FIRST
        and text.startswith(_FAMILY, end)
        and text.endswith(("the ", "The "), 0, start)
    ):
        return True  # "the Bustan family": a surname
    if _in_title(text, start, end, span.inflected):
        return True
    if previous in "._" and last.isalpha() and written.islower():
        return True  # a web address's or a hashtag's last part: "госуслуги.рф", "#атака_рф"
    if following == " " and _water_in_longer_name(text, span):
        return True
    if local_other_name(text, start, end, found[i + 1].start if i + 1 < len(found) else -1):
        return True
    article = written[0] in "ae" and written.startswith(ARTICLES)
    if (article or previous == "-") and _after_a_head(text, start, article):
        return True
    dashed = previous == "-" or (previous == " " and text[start - 3 : start] in _SPACED_DASHES)
    if dashed and _road_end(text, start):
        return True  # a road's second or later town: "трасі Одеса-Мелітополь"
    if previous == "-" and _hyphened_word(text, start).lower() in BRAND_BEFORE:
        return True  # a service's or an outlet's name: "Météo-France"
    after = ""
    first = text[end + 1 : end + 2]  # the first letter of the word after, if any
    if following == " " and "\u0400" <= first <= "\u04ff":  # a Cyrillic word after it
        if text.startswith(CYRILLIC_AREA_AFTER, end + 1):
            return True
        if text.startswith(CYRILLIC_OFFICE_AFTER, end + 1):
            return _word_before(text, start).lower() not in PLACE_PREPOSITIONS_CYRILLIC
        if _adjective_of_noun(text, span):
            return True
        if written.endswith(CYRILLIC_ADJECTIVE_FORMS) and text.startswith(
            CYRILLIC_PEOPLE_NOUNS, end + 1
        ):
            return True  # "Мирный житель": the people's adjective
    if following in _JOINS_AFTER and first.isupper() and _outlet_word(text, end + 1):
        return True
    if following == " " and (first.isupper() or text.startswith(LOWER_ORG_AFTER, end + 1)):
        # only a capitalised word or one of LOWER_ORG_AFTER matters: the regex is spared
        word = _WORD.match(text, end + 1)
        after = word.group() if word else ""
        if written in AUTHORITY_AREAS and after.lower() in LOCAL_AUTHORITY_AFTER:
            return _word_before(text, start)[:1].isupper()  # "Louisville Metro Council"
        if _local_authority(text, end + 1, after) or _opens_hospital_name(text, span):
            return False
        if after.lower() in ORG_AFTER:
            return True
    if "\u0400" <= last <= "\u04ff" or last == ".":
        before_word = _word_before(text, start).lower()
        if (
            before_word in STREET_BEFORE
            or before_word in ORG_BEFORE_CYRILLIC
            or before_word in RIVER_BEFORE_CYRILLIC
        ):
            return True
        if before_word in _OFFICE_PREPOSITIONS and _office_area(text, start, written):
            return True
        if before_word in CREDIT_VERBS_CYRILLIC and _clause_end(text, end):
            return True  # "..., передає Паляниця.": the report's outlet
    elif "\u0600" <= last <= "\u06ff":
        before_word = _word_before(text, start)
        if before_word in ARABIC_NAME_BEFORE:
            return True
        if before_word in ARABIC_DISTRICT_BEFORE and not _district_reading(span):
            return True
        if before_word in ARABIC_GOVERNORATE_BEFORE and not _area_reading(span):
            return True
    tails = last in _TAIL_LASTS  # whether a word of the tails below may end before the name
    if tails and _CLUB_TAILS.end_at(text, start) and _after_a_club_word(text, start):
        return True
    if tails and _STREET_TAILS.end_at(text, start) and _after_a_street_word(text, start):
        return True
    if not span.facts.person_like and not (tails and _BEFORE_TAILS.end_at(text, start)):
        return False  # a quick test: no word of NAME_BEFORE, nor "of" or "the", is before
    before = _word_before(text, start)
    if before in NAME_BEFORE or (before in ("of", "the") and _org_before(text, start)):
        return True
    if not (after[:1].isupper() or before[:1].isupper()):
        return False  # touching no capitalised word
    return (
        span.facts.person_like
        and " " not in written  # a person's name holds one-word places ("Paris Hilton")
        and _inside_person_name(found, i, text, after, before)
    )


@dataclass(frozen=True)
class _Tails:
    """Words that may end the text before a name, each with its space or apostrophe; the
    letter before that is looked at first (`lasts`): `endswith` is slow."""

    endings: tuple[str, ...]
    lasts: frozenset[str]

    @classmethod
    def of(cls, endings: Iterable[str]) -> _Tails:
        endings = tuple(endings)
        return cls(endings, frozenset(ending[-2] for ending in endings))

    def end_at(self, text: str, start: int) -> bool:
        """Whether one of the endings ends at `start`."""
        return text[start - 2 : start - 1] in self.lasts and text.endswith(self.endings, 0, start)


_NAME_WORD_TAILS = _Tails.of(f"{word} " for word in NAME_BEFORE)
_BEFORE_TAILS = _Tails.of(BEFORE_TAILS)
_JOINS_AFTER = frozenset(" -")
"""What joins a name to a word of OUTLET_AFTER after it ("Agence France-Presse")."""


def _outlet_word(text: str, at: int) -> bool:
    """Whether a capitalised word of OUTLET_AFTER is at `at`."""
    if not text[at : at + 1].isupper():
        return False
    word = _WORD.match(text, at)
    return word is not None and word.group().lower() in OUTLET_AFTER


_CLAUSE_ENDS = frozenset(".,;:!?)\n")
_SOURCE_AFTER = (" з посиланням", " со ссылкой", " в Telegram", " у Telegram", " у телеграм")
"""What may follow an outlet's name after a crediting verb: the source it cites, the channel."""


def _clause_end(text: str, end: int) -> bool:
    """Whether a name ending at `end` ends its clause: a punctuation mark, the text's end, or
    words naming the outlet's own source or channel after it."""
    return end >= len(text) or text[end] in _CLAUSE_ENDS or text.startswith(_SOURCE_AFTER, end)


def _in_title(text: str, start: int, end: int, inflected: bool) -> bool:
    """Whether the name at `start` is part of a quoted title or a channel's name (see
    `titles`); a digit after it is looked for first, unless the name is `inflected`: a
    channel is named in the nominative, a number after a case form counts something in the
    place ("у Запорізькій області 66-річна жінка")."""
    if not inflected and text[end + 1 : end + 2].isdigit() and channel_number(text, start, end):
        return True
    return quoted_title(text, start, end)


def _adjective_of_noun(text: str, span: Span) -> bool:
    """Whether `span` is written as a Russian or Ukrainian adjective just before a noun a
    city's adjective names (`CYRILLIC_ADJECTIVE_NOUNS`): "на Покровском направлении" is the
    front's direction, not Pokrovsk, though "Покровском" is also the town's instrumental."""
    return span.written.endswith(
        (*CYRILLIC_ADJECTIVE_ENDINGS, *CYRILLIC_ADJECTIVE_NOMINATIVES)
    ) and text.startswith(CYRILLIC_ADJECTIVE_NOUNS, span.end + 1)


def _inside_other_name(text: str, span: Span) -> bool:
    """The quick part of `_part_of_other_name`, for a further mention of a place named
    already: a lower-case word of another name after it ("Reston, Virginia ... the Reston
    virus"), a word of NAME_BEFORE before it ("Russia ... United Russia") or a noun its
    adjective names after it ("Купянск ... на Купянском направлении", `_adjective_of_noun`)."""
    if text.startswith(LOWER_ORG_AFTER, span.end + 1) or _in_title(
        text, span.start, span.end, span.inflected
    ):
        return True
    if _water_in_longer_name(text, span) or _adjective_of_noun(text, span):
        return True
    return _NAME_WORD_TAILS.end_at(text, span.start) and (
        _word_before(text, span.start) in NAME_BEFORE
    )


_SHORE_STARTS = tuple(sorted({word[:4] for word in SHORE_WORDS}))
"""The first letters of `SHORE_WORDS`, looked for before the word is read."""


def _water_in_longer_name(text: str, span: Span) -> bool:
    """A water body's name that names no water: before a capitalised word that is no day or
    month, outside a title-case headline, it is part of a unit's, a company's or an
    organisation's name ("Black Sea Fleet", "Red Sea Global", "the Atlantic Council"); before
    a word for the land on its shore (`SHORE_WORDS`) it describes that land ("the Red Sea port
    of Hodeidah", "villages on the Black Sea coast")."""
    end = span.end
    if text[end : end + 1] != " ":
        return False
    if not span.facts.water:  # first: most names are no water's
        return False
    capitalised = text[end + 1 : end + 2].isupper()
    if not (capitalised or text.startswith(_SHORE_STARTS, end + 1)):
        return False
    word = _WORD.match(text, end + 1)
    after = word.group().lower() if word else ""
    if not capitalised:
        return after in SHORE_WORDS
    return after not in DATE_WORDS and not _title_case_line(text, span.start)


_SPACED_DASHES = frozenset([" - ", " — ", " – "])
"""What joins the towns of a road's name besides a hyphen ("Камышлов — Ирбит — Тавда")."""
_LAST_TOWN = re.compile(r"[^\s—–-]+$")
_ROAD_TOWNS = 4
"""The most towns a road's name is read back through."""


def _road_end(text: str, start: int) -> bool:
    """Whether the name at `start` is a later town of a road's name: joined by dashes to the
    towns before it, the first after a road's word ("трасі Одеса-Мелітополь", "трассы Камышлов
    — Ирбит — Тавда")."""
    at = start
    for _ in range(_ROAD_TOWNS):
        if text[at - 1 : at] == "-":
            dash = 1
        elif text[at - 3 : at] in _SPACED_DASHES:
            dash = 3
        else:
            return False
        town = _LAST_TOWN.search(text, max(0, at - 40), at - dash)
        if town is None:
            return False
        at = town.start()
        if _word_before(text, at).lower() in STREET_BEFORE:
            return True
    return False


_CLUB_TAILS = _Tails.of(f"{word} " for word in [*FRENCH_CLUB_BEFORE, "de"])
_STREET_TAILS = _Tails.of(["de ", "d'", "d’"])
_TAIL_LASTS = _CLUB_TAILS.lasts | _STREET_TAILS.lasts | _BEFORE_TAILS.lasts
"""The letters before a name's space or apostrophe that one of the tails above ends in."""


def _after_a_street_word(text: str, start: int) -> bool:
    """Whether a French street's word and "de" are before `start` ("rue de Paris", "avenue
    de Moscou", "boulevard d'Alger"): the name is the street's."""
    at = start - 3 if text.endswith("de ", 0, start) else start - 2
    return _word_before(text, at).lower() in FRENCH_STREET_BEFORE


def _after_a_club_word(text: str, start: int) -> bool:
    """Whether a French club's first word is before `start`, maybe with "de" between."""
    before = _word_before(text, start)
    if before == "de":
        before = _word_before(text, start - len("de "))
    return _ELIDED.sub("", before) in FRENCH_CLUB_BEFORE  # "l'Olympique de Marseille"


_AFTER_AN_AREA_WORD = LOCAL_AUTHORITY_AFTER | CITY_AUTHORITY_AFTER


def _opens_hospital_name(text: str, span: Span) -> bool:
    """Whether `span`'s name opens a hospital's name (`_HOSPITAL_AFTER`), no capitalised word
    before it ("Stoke Mandeville Hospital" is not Mandeville's): a hospital named after its
    town lies in it, so the text is about the town, which holds as a place ("taken to
    Colchester General Hospital"). Not a country's name: a hospital is named after the
    country that gave it ("the Indonesia Hospital" in Gaza), not the one it lies in."""
    if _HOSPITAL_AFTER.match(text, span.end) is None:
        return False
    if any(reading.place.kind == "country" for reading in span.facts.readings):
        return False
    before = _word_before(text, span.start)
    return not before[:1].isupper() or before.endswith(_CLOSING_MARKS)


def _local_authority(text: str, at: int, after: str) -> bool:
    """Whether the words from `at` name one of a place's own authorities or services
    (`LOCAL_AUTHORITY_AFTER`), maybe after a word of `AUTHORITY_AREAS` (then also
    `CITY_AUTHORITY_AFTER`); `after` is the first word."""
    words = LOCAL_AUTHORITY_AFTER
    if after in AUTHORITY_AREAS:
        word = _WORD.match(text, at + len(after) + 1)
        after = word.group() if word and text[at + len(after) : word.start()] == " " else ""
        words = _AFTER_AN_AREA_WORD
    return after[:1].isupper() and after.lower() in words


def _after_a_head(text: str, start: int, article: bool) -> bool:
    """ "Hayat Tahrir al-Sham", "Moqtada al-Sadr", "Maarat al-Numan": a name joined to a
    lower-case Arabic article that follows a capitalised word is the tail of a longer name
    (a group's, a person's, or a place the gazetteer does not know), not a place itself.
    `article`: the name as written starts with the article ("al-Sham")."""
    head = text[max(0, start - 40) : start]
    if not article:
        joined = next((a for a in ARTICLES if head.endswith(a)), None)
        if joined is None:
            return False
        head = head[: -len(joined)]
    if not head.endswith(" "):
        return False
    word = head[:-1].rsplit(" ", 1)[-1]
    return word.isalpha() and word[0].isupper()


_OFFICE_PREPOSITIONS = frozenset(["в", "у", "по"])


def _office_area(text: str, start: int, written: str) -> bool:
    """Whether the area `written` at `start` ("Донецкой области") follows "в", "у" or "по"
    and a regional office's word one or two words before that ("ГУ Нацполиции в ...", "ГУ МВД
    России по ..."): the area is part of the office's name."""
    if not written.rsplit(None, 1)[-1].lower().startswith(OFFICE_AREA_WORDS):
        return False
    at = start - len(_word_before(text, start)) - 1
    for _ in range(2):
        word = _word_before(text, at)
        if not word:
            return False
        if word.lower() in OFFICE_CYRILLIC:
            return True
        at -= len(word) + 1
    return False


def _district_reading(span: Span) -> bool:
    """Whether a reading of the name is a district, as Arabic "مديرية X" names one."""
    return any(reading.place.kind == "district" for reading in span.facts.readings)


_AREA_KINDS = frozenset(["admin1", "admin2", "district"])


def _area_reading(span: Span) -> bool:
    """Whether a reading of the name is an area a governorate's word may name."""
    return any(reading.place.kind in _AREA_KINDS for reading in span.facts.readings)


_LETTERS_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")


def _hyphened_word(text: str, start: int) -> str:
    """The letters just before the hyphen before `start` ("Météo" in "Météo-France")."""
    letters = _LETTERS_BEFORE.search(text, max(0, start - 12), start - 1)
    return letters.group() if letters else ""


def _word_before(text: str, start: int) -> str:
    """The word (as split on spaces and line breaks: a paragraph's first word has a line break
    before it) before the space before `start`, if any."""
    if text[start - 1 : start] != " ":
        return ""
    window = max(0, start - 40)
    space = text.rfind(" ", window, start - 1)
    word = space + 1 if space >= 0 else window
    line = text.rfind("\n", word, start - 1)
    return text[line + 1 if line >= 0 else word : start - 1]


def _org_before(text: str, start: int) -> bool:
    """ "Bank of X", "Duke of the X": an organisation's or a title's word before "of"."""
    before = text[max(0, start - 40) : start - 1].rsplit(" ", 3)[-3:]
    last = before[-1]
    if len(before) < 2:
        return False
    org = before[-3] if last == "the" and before[-2] == "of" and len(before) == 3 else before[-2]
    return bool(org) and org[0].isupper() and org.lower() in ORG_BEFORE


def _inside_person_name(found: list[Span], i: int, text: str, after: str, before: str) -> bool:
    """A weak name (`NameFacts.person_like`: a town, a smaller city, a country's name that is
    also a first name) touching another capitalised word ("Fred Perry", "Jordan Bardella",
    "Central Command") that is no name itself is part of a person's or organisation's name,
    except in a title-case headline. `after` and `before` are the words around it. A Russian
    or Ukrainian case form before a name is a place's genitive ("мэра Донецка Алексея
    Кулемзина"), no given name: only the word before it counts."""
    span = found[i]
    next_start = found[i + 1].start if i + 1 < len(found) else -1
    touching = bool(
        after
        and after[0].isupper()
        and after.lower() not in GENERIC
        and after.lower() not in DATE_WORDS
        and after.lower() not in _NO_SURNAMES
        and next_start != span.end + 1
        and not span.inflected
        and not _own_unit_after(text, span)
    )
    if not touching and before.isalpha():
        touching = (
            before[0].isupper()
            and before.lower() not in PLACE_MODIFIERS
            and (i == 0 or found[i - 1].end != span.start - 1)
            and not sentence_initial(text, span.start - 1 - len(before))
        )
    return touching and not _title_case_line(text, span.start)


_NO_SURNAMES = frozenset(
    [
        *("the", "a", "an", "this", "these", "those", "there", "it", "is", "are", "was"),
        *("were", "has", "have", "had", "would", "could", "what", "how", "why", "when"),
    ]
)
"""Words that open a sentence and end no person's name: a name before one ends where the
sentence before it ends ("April 5 Honolulu The governor said", a dateline run into the lead)."""


def _own_unit_after(text: str, span: Span) -> bool:
    """Whether the adjective and noun of a Russian or Ukrainian unit named after the place
    follow it ("Очаків Очаківської громади", "Куп'янськ-Вузловий Куп'янської громади"): the
    place's own unit, no part of a person's name. Another unit's adjective after a name
    ("Калинівка Макарівського району") leaves the name to the rules for villages."""
    words = text[span.end + 1 : span.end + 60].split(maxsplit=2)
    return (
        len(words) > 1
        and words[0].endswith(CYRILLIC_ADJECTIVE_ENDINGS)
        and words[1].startswith((*CYRILLIC_AREA_AFTER, "громад"))
        and name_key(words[0])[:_OWN_UNIT_LETTERS] == name_key(span.written)[:_OWN_UNIT_LETTERS]
    )


_OWN_UNIT_LETTERS = 6
"""The folded letters (a leading space among them) a unit's adjective shares with the town
it is named after ("очаків", "очаківської")."""


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line at `at` is a headline in title case; Russian and Ukrainian write none
    (a line of capitalised Cyrillic words is names: "Владимир Путин")."""
    if "\u0400" <= text[at] <= "\u04ff":
        return False
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    if (stop if stop >= 0 else len(text)) - start > _HEADLINE_LENGTH:
        return False
    return _title_case(text[start : stop if stop >= 0 else len(text)])


@functools.lru_cache(maxsize=1024)
def _title_case(line: str) -> bool:
    """Whether the short `line` has `_TITLE_CASE_SHARE` of its long words capitalised.
    (Remembered: several names may stand in one line, a headline in many texts.)"""
    long_words = [w for w in _WORD.findall(line) if len(w) > 3]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return bool(long_words) and capitalised / len(long_words) >= _TITLE_CASE_SHARE
