"""Villages and settlements Russian and Ukrainian name after their kind word ("в селе Тёткино
Курской области", "селище Велика Новосілка", "посёлок Красная Яруга"; `with_villages`).

The gazetteer holds few villages of Russia and none of Ukraine's under 500 people. A name
after a kind word is a village of the area named right after it ("Курской области",
"Сумського району", "на Харківщині"): the gazetteer's village of that name in that area when
it lists one, else a place it does not list (`unlisted.PREFIX`) inside that area, named as
written. With no area right after it, the area is the one most of the text's places lie in
(`main_area`; not where a unit's adjective and noun follow the name, "Званое Глушковского
района": that unit may lie elsewhere), else the one oblast the text names whose towns in the
small towns' list include the name ("в городе Грайворон"), else the one oblast it names by its
administration or governor alone ("Курский губернатор"); else the name is left out (the
nearest place of a sentence is too often not the village's area, and the commonest village
names are in every oblast). A name the tagger already placed stays as it is, unless it read
the name as a town of an area no other place of the text lies in, or read only a part of it
(`_elsewhere`), or as a large city after a village's kind word ("у села Запорожье": left out
where no area is known).

The names listed after a plural kind word are each a village of the area right after the
last ("поселки Теткино и Краснооктябрьский Глушковского района"); a village named first with
its oblast and then with its raion is the raion's one village. A town word ("город",
"місто") leads a town the same way, a person's name after it aside ("мэр города Иван ...").

A town the tagger read in a case form right before a first-level area that does not hold it
("обстріляли Новоселицю Донецької області", read as a town of Dnipropetrovsk Oblast) is a
village of that area: the gazetteer's there, else one it does not list, keyed by the name's
nominative ("новоселиця"; `_before_their_areas`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from bot.records import Place, PlaceMention
from bot.understand.places.administrations import administration_areas
from bot.understand.places.centres import small_town
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.inflect import case_forms, is_cyrillic
from bot.understand.places.normalize import name_key
from bot.understand.places.unlisted import KEY_LENGTH, PREFIX, word_spans
from bot.understand.places.words import CYRILLIC_COMMON_GIVEN_NAMES, HARM_STEMS_CYRILLIC

_UPPER = "А-ЯЁІЇЄҐ"
_WORD = rf"[{_UPPER}][а-яёіїєґ'’]+(?:-(?:[{_UPPER}]?[а-яёіїєґ'’]+|\d{{1,2}}))*"
"""A capitalised name, hyphened parts and a settlement's number among them ("Новостроевка-1-ая")."""
_VILLAGE = re.compile(
    r"(?<![\w\-])(?:(?P<plural>[Сс]ел(?:а|ах|ам|ами)|[Сс]ёл(?:а|ах|ам|ами)|[Сс]елищ(?:а|ах|ам)"
    r"|[Пп]ос[её]л(?:ки|ках|кам|ками)|[Дд]еревн(?:и|ях|ям|ями)|[Хх]утор(?:а|ах|ам|ами)"
    r"|[Нн]асел[её]нн?(?:ым|ыми|им|ими) пункт(?:ам|ами))"
    r"|[Сс]ел(?:о|у|е|і|ом)"
    r"|[Сс]елищ(?:е|у|і|ем)|[Пп]ос[её]л(?:ок|ка|ку|ке|ком)"
    r"|[Дд]еревн(?:я|е|ю|ей)|[Хх]утор(?:у|е|і|ом)?|смт|пгт|н\. ?п\."
    r"|[Гг]ород(?:е|а|у|ом)?|[Мм]іст(?:о|а|і|ом)"
    r"|[Нн]асел[её]нн?(?:ый|ого|ому|ым|ом|ий|им|ім) пункт(?:а|у|е|і|ом)?)"
    rf" (?P<name>{_WORD}(?: {_WORD})?)(?![\w\-])"
    r"|(?<![\w\-])(?:с|сел|с-ще|смт|пгт|пос|х)\. ?"
    rf"(?P<short>{_WORD}(?: {_WORD})?)(?![\w\-])"
    r"|(?:(?<![\w\-])(?:[УуВв]|біля|поблизу|під|около|возле|под) |(?<=[а-яёіїєґ] |, ))"
    rf"(?P<before>{_WORD}(?: {_WORD})?)(?= [{_UPPER}]\S* (?:район|громад|округ|общин))"
    rf"|(?<=\()(?P<bracketed>{_WORD}(?: {_WORD})?)(?=, [{_UPPER}]\S* (?:район|громад|округ|общин))"
)
"""A kind word, singular or plural (`plural`: "в селах Таврово и Отрадное", "по селам Пороз
и Новостроевка", "между населенными пунктами Гордеевка и Троицкое", each name of the list a
village, see `_listed_names`), a town's ("в городе Грайворон"), "населённый
пункт" ("населенного пункта Волчье"), or its abbreviation with a dot ("с. Благодатівка",
"пос.Тёткино"), and the capitalised name after it, of one or two words; or a name after a
preposition, a word in lower case or a comma (not opening a sentence, where "Голова" and
"Жителі" are capitalised) and before a unit's adjective and noun ("у Маяках Святогірської
громади", "потрапило Вільне Поле Комарівської громади"), or in brackets before a comma and
the unit (`bracketed`: "обстріл Херсонського району (Чайкине, Дар’ївська громада)"), a
village only where that unit is a place found."""
_NEXT_NAME = re.compile(rf"(?:, | и | і | та | й )(?P<name>{_WORD}(?: {_WORD})?)(?![\w\-])")
"""A further name of a list after a plural kind word ("села Плехово и Гуево")."""
_AREA_KINDS = frozenset(["admin1", "admin2", "region", "district"])
"""Kinds of place whose mention right after a village's name holds it."""
_VILLAGE_KINDS = frozenset(["city", "town", "village"])
_UNIT_KINDS = frozenset(["admin2", "district"])
"""Kinds of the unit a name must be followed by to be a village without its kind word."""
_AFTER = re.compile(r",? (?:(?:в|во|у|на) )?")
"""What may come between a village's name and its area."""
_MAIN_AREA_COUNTRIES = frozenset(["RU", "UA"])
"""Countries of the areas a text naming most of its places in one puts its villages in."""
_MAIN_FEWEST = 2
_UNIT_FOLLOWS = re.compile(r" [А-ЯЁІЇЄҐ]\S* (?:район|округ|городск|муниципальн|громад|общин)")
"""A unit's adjective and noun right after a village's name ("Званное Глушковского
района")."""
_UNIT_AFTER = (" район", " округ", " городск", " муниципальн", " громад", " общин")
"""A unit's noun, or its council's adjective, after a village's name: the word before is
the unit's adjective ("Илек-Пеньковка Краснояружского района"), no part of the name."""
KIND = "village"
_TOWN_WORDS = ("гор", "міс")
"""How the kind words of a town, not a village, begin ("город", "місто")."""
_CITY_PEOPLE = 100_000
"""A city's people no village has."""
_KIND_STEMS = (
    "сел",
    "Сел",
    "посёл",
    "дерев",
    "хутор",
    "н.п.",
    "н. п.",
    "пункт",
    "с.",
    "смт",
    "пгт",
    "пос.",
    "х.",
    "район",
    "громад",
    "общин",
    "округ",
    "ород",
    "іст",
)
"""What the kind words of `_VILLAGE` begin with or hold ("посел"), none in ASCII, looked for
with `in` before the regex runs."""


def with_villages(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` and the villages the text names with their kind word, or in a case form right
    before their oblast (see the module docstring), in the order of their first mentions."""
    if text.isascii():
        return named  # a quick test: English texts are spared
    kept = list(named)
    found: dict[str, PlaceMention] = {}
    kind_words = any(word in text for word in _KIND_STEMS)
    for match in _VILLAGE.finditer(text) if kind_words else ():
        names = _listed_names(match, kept)
        last_parent = _parent(text, names[-1][1], kept) if len(names) > 1 else None
        for start, end in names:
            kept = _add_village(gaz, text, named, kept, found, start, end, match, last_parent)
    kept = _before_their_areas(gaz, text, kept, found)
    _in_villages(gaz, text, kept, found)
    if not found and len(kept) == len(named):
        return named
    return sorted([*kept, *found.values()], key=lambda m: m.start)


def _before_their_areas(
    gaz: Gazetteer, text: str, named: list[PlaceMention], found: dict[str, PlaceMention]
) -> list[PlaceMention]:
    """`named` with each town the tagger read, in a case form, right before a first-level
    area that does not hold it ("обстріляли Новоселицю Донецької області", read as a town of
    another oblast) made that area's village of the name: the gazetteer's there, else one it
    does not list, added to `found` keyed by the name's nominative (`_nominative`), so that a
    report of a village of the oblast it names is placed in that oblast."""
    kept = []
    for mention in named:
        area = _area_after_all(text, mention, named)
        if area is None or set(gaz.admin1_keys(mention.place.key)) & {area.key}:
            kept.append(mention)
            continue
        nominative = _nominative(gaz, mention)
        if nominative is None:
            kept.append(mention)
            continue
        place = _listed(gaz, nominative, area, False)
        if place is None:
            key = f"{PREFIX}{area.key}/{name_key(nominative).strip().replace(' ', '-')}"
            if len(key) > KEY_LENGTH:
                kept.append(mention)
                continue
            place = _unlisted(gaz, key, nominative, area)
        found.setdefault(
            place.key,
            PlaceMention(mention.as_written, mention.start, mention.end, place, mention.spans),
        )
    return kept


_IN_VILLAGE = re.compile(
    rf"(?<![\w\-])[УуВв] (?P<name>(?:[{_UPPER}][а-яёіїєґ'’]+-)?[{_UPPER}][а-яёіїєґ'’]+?"
    r"(?:(?<=[іїо]в)ці|(?<=[оеё]в)ке))(?![\w\-])"
)
"""A name after "у" or "в" in the locative of a "-івка", "-ївка", "-овка" or "-евка"
village's, the commonest ending of village names ("у Васюківці", "в Парасковіївці", "в
Новодмитровке"): a person's or a common noun's locative after these prepositions rarely ends
so. Taken only in a sentence telling of a strike or its harm (`HARM_STEMS_CYRILLIC`): a
report's villages are where its incidents are, a crossing or a home town named in passing
may lie anywhere."""
_SENTENCE_END = re.compile(r"[.!?\n]")
_IN_VILLAGE_ENDING = 2
"""The locative's letters a nominative's "ка" replaces ("Васюківці" -> "Васюківка")."""


def _in_villages(
    gaz: Gazetteer, text: str, named: list[PlaceMention], found: dict[str, PlaceMention]
) -> None:
    """Add to `found` the villages named after "у" or "в" in the locative of a "-вка" name
    (`_IN_VILLAGE`) that no place read covers, in the area most of the text's places lie in
    (`main_area`; none where no area leads): the gazetteer's village of the nominative there,
    else one it does not list, keyed by the nominative (so that "у Васюківці" and a list's
    "Васюківка" are one place)."""
    if "вц" not in text and "вке" not in text:
        return  # a quick test: most texts name no such village
    area: Place | None = None
    taken = [(s, e) for m in [*named, *found.values()] for s, e, _ in m.spans]
    for match in _IN_VILLAGE.finditer(text):
        start, end = match.span("name")
        if any(s < end and start < e for s, e in taken) or not _harm_told(text, start):
            continue
        area = area or main_area(gaz, named)
        if area is None:
            return
        written = match["name"]
        nominative = f"{written[:-_IN_VILLAGE_ENDING]}ка"
        place = _listed(gaz, nominative, area, True)
        if place is None:
            key = f"{PREFIX}{area.key}/{name_key(nominative).strip().replace(' ', '-')}"
            if len(key) > KEY_LENGTH:
                continue
            place = _unlisted(gaz, key, nominative, area)
        spans = tuple((s, e, written) for s, e in word_spans(text, written))
        mention = found.get(place.key)
        if mention is None:
            found[place.key] = PlaceMention(written, spans[0][0], spans[0][1], place, spans)
        else:
            every = tuple(sorted({*mention.spans, *spans}))
            found[place.key] = PlaceMention(every[0][2], every[0][0], every[0][1], place, every)
        taken.extend((s, e) for s, e, _ in spans)


def _in_listed_unit(gaz: Gazetteer, place: Place) -> bool:
    """Whether `place` lies in a raion or district the gazetteer lists."""
    return any(gaz.places[key].kind in _UNIT_KINDS for key in gaz.ancestor_keys(place.key))


def _harm_told(text: str, at: int) -> bool:
    """Whether the sentence holding `at` tells of a strike or its harm."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text, 0, at)]
    start = ends[-1] + 1 if ends else 0
    end_match = _SENTENCE_END.search(text, at)
    sentence = text[start : end_match.start() if end_match else len(text)].lower()
    return any(stem in sentence for stem in HARM_STEMS_CYRILLIC)


def _area_after_all(text: str, mention: PlaceMention, named: list[PlaceMention]) -> Place | None:
    """The first-level area named right after each of a town's case forms (none is in the
    nominative: "Новоселицю Донецької області"), if one is."""
    if mention.place.kind not in _VILLAGE_KINDS or mention.place.country_code not in (
        _MAIN_AREA_COUNTRIES
    ):
        return None
    areas = set()
    for _, end, written in mention.spans:
        if name_key(written) == name_key(mention.place.name) or not is_cyrillic(written):
            return None
        area = next(
            (
                m.place
                for m in named
                if m.place.kind == "admin1" and any(s == end + 1 for s, _, _ in m.spans)
            ),
            None,
        )
        if area is None or text[end : end + 1] != " ":
            return None
        areas.add(area.key)
    return next(m.place for m in named if m.place.key in areas) if len(areas) == 1 else None


_NOMINATIVE_ENDINGS = ("а", "я", "ка", "е", "о", "и", "і", "")
"""Endings a village's name may have in the nominative, tried on the stems of a case form."""


def _nominative(gaz: Gazetteer, mention: PlaceMention) -> str | None:
    """The nominative of the case form `mention` writes (`inflect.case_forms`), the name the
    gazetteer read it by where one is: "Новоселицю" -> "Новоселиця", if found; written with
    the form's letters as far as they agree."""
    written = mention.spans[0][2]
    folded = name_key(written)
    bare = folded.strip()
    forms = [
        f"{bare[:-cut]}{ending}"
        for cut in (1, 2, 3)
        for ending in _NOMINATIVE_ENDINGS
        if folded in case_forms(f" {bare[:-cut]}{ending} ")
    ]
    read = [form for form in forms if any(p.key == mention.place.key for p in gaz.lookup(form))]
    nominative = next(iter(read or forms), None)
    if nominative is None or len(bare) != len(written):
        return nominative and written  # a folding that changed the length: named as written
    same = 0
    while same < min(len(bare), len(nominative)) and bare[same] == nominative[same]:
        same += 1
    return written[:same] + nominative[same:]


def _listed_names(match: re.Match[str], named: list[PlaceMention]) -> list[tuple[int, int]]:
    """The spans of the names a kind word's match names: its own (`_name_span`), and after a
    plural kind word each further name joined to it by a comma or a conjunction ("поселки
    Теткино и Краснооктябрьский Глушковского района": both), a place's mention aside."""
    spans = [_name_span(match, named)]
    if not match["plural"] or spans[0][0] == spans[0][1]:
        return spans
    text = match.string
    at = spans[0][1]
    while (following := _NEXT_NAME.match(text, at)) is not None:
        start, end = _cut(text, following.start("name"), following.end("name"), named)
        if start == end:
            break
        spans.append((start, end))
        at = end
    return spans


def _add_village(
    gaz: Gazetteer,
    text: str,
    named: list[PlaceMention],
    kept: list[PlaceMention],
    found: dict[str, PlaceMention],
    start: int,
    end: int,
    match: re.Match[str],
    list_parent: Place | None,
) -> list[PlaceMention]:
    """Add to `found` the village named at `start`..`end` after the kind word of `match`
    (see the module docstring; `list_parent`: the area right after the last name of its list,
    which holds them all); `kept` without the tagger's readings it replaces."""
    if start == end or _person(text[start:end]):
        return kept
    placed = [m for m in kept if any(s < end and start < e for s, e, _ in m.spans)]
    parent = _parent(text, end, kept) or list_parent
    if (match["before"] or match["bracketed"]) and (
        parent is None or parent.kind not in _UNIT_KINDS
    ):
        return kept  # a name before no unit found: no village known
    if parent is None and not _UNIT_FOLLOWS.match(text, end):
        others = [m for m in named if m not in placed]
        parent = (
            main_area(gaz, others)
            or _town_area(gaz, text[start:end], others)
            or _office_area(gaz, text, others)
        )
    town_word = _town_word(match)
    if placed and town_word:
        return kept  # a town the tagger read: "міста Мукачева"
    city = _city_for_village(match, placed, start, end)
    if (
        placed
        and not city
        and (parent is None or not _elsewhere(gaz, placed, kept, start, end, parent))
    ):
        return kept  # the tagger placed it already
    if parent is None:
        return _without_span(kept, start, end) if city else kept
    kept = [m for m in kept if m not in placed]
    written = text[start:end]
    names = _adjective_nominatives(text[match.start() : match.start("name")], written)
    listed = [(n, p) for n in names if (p := _listed(gaz, n, parent, city)) is not None]
    name, place = listed[0] if listed else (names[0], None)
    if (
        place is None
        and town_word
        and small_town(gaz, name, set(gaz.admin1_keys(parent.key))) is None
    ):
        return kept  # a town word leads many names: only a town listed there is taken
    if place is None:
        key = f"{PREFIX}{parent.key}/{name_key(name).strip().replace(' ', '-')}"
        if len(key) > KEY_LENGTH:
            return kept
        place = _unlisted(gaz, key, name, parent)
    if place.key in found or any(m.place.key == place.key for m in kept):
        return kept
    if _narrower(gaz, found, name, parent):
        spans = tuple((s, e, written) for s, e in word_spans(text, written))
        spans = spans or ((start, end, written),)
        found[place.key] = PlaceMention(written, spans[0][0], spans[0][1], place, spans)
    return kept


_LOCATIVE_KIND = re.compile(r"(?:[Сс]ел(?P<neuter>[еі]|ищ[еі])|[Пп]ос[её]лке|[Хх]утор[еі]) $")
"""A village's kind word in the locative: the name after it is in the locative too."""
_SOFT_STEM = frozenset("кгхжшчщ")
"""Letters after which a Russian adjective's masculine nominative ends in "-ий"."""


def _adjective_nominatives(kind: str, written: str) -> list[str]:
    """The nominatives of a one-word name written as an adjective in the locative after the
    locative of its `kind` word, the kind word's gender first ("в селе Красном" ->
    "Красное", "Красный"; "в посёлке Октябрьском" -> "Октябрьский", "Октябрьское"; "у селі
    Вільному" -> "Вільне", "Вільний"), else `written` alone: the village's name, as the
    gazetteer and a list's nominative name it (a village's name agrees with the noun it was
    named with, not always with the kind word)."""
    locative = _LOCATIVE_KIND.search(kind)
    if locative is None or " " in written or len(written) < 5:
        return [written]
    if written.endswith("ому"):  # Ukrainian
        forms = [written[:-3] + "е", written[:-3] + "ий"]
    elif written.endswith(("ом", "ем")):  # Russian
        stem = written[:-2]
        soft = written.endswith("ем") or stem[-1] in _SOFT_STEM
        forms = [stem + ("ое" if written.endswith("ом") else "ее"), stem + ("ий" if soft else "ый")]
    else:
        return [written]
    return forms if locative["neuter"] is not None else forms[::-1]


def _office_area(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> Place | None:
    """The one first-level area the text names by its administration or governor alone
    (`administrations`: "Курский губернатор сообщил ... в селе Теткино"), where none of the
    text's places lies in another, if one."""
    offices = administration_areas(gaz, text)
    if len(offices) != 1 or any(
        key not in offices for m in named for key in gaz.admin1_keys(m.place.key)[:1]
    ):
        return None
    return gaz.places[offices.pop()]


def _town_area(gaz: Gazetteer, name: str, named: list[PlaceMention]) -> Place | None:
    """The one first-level area the text names (`named`) whose towns in the small towns' list
    include `name` ("в городе Грайворон" of a report naming Белгородская область), if one."""
    areas = {m.place.key for m in named if m.place.kind == "admin1"}
    holding = [key for key in sorted(areas) if small_town(gaz, name, {key}) is not None]
    return gaz.places[holding[0]] if len(holding) == 1 else None


def _town_word(match: re.Match[str]) -> bool:
    """Whether a town's kind word leads the match ("в городе Грайворон")."""
    return not (match["before"] or match["bracketed"]) and match.group().lower().startswith(
        _TOWN_WORDS
    )


def _city_for_village(
    match: re.Match[str], placed: list[PlaceMention], start: int, end: int
) -> bool:
    """Whether the tagger read the name after a village's kind word (not a town's) as a city
    of `_CITY_PEOPLE` or more: a village bears the city's name ("у села Запорожье")."""
    if _town_word(match) or match["before"] or match["bracketed"] or not placed:
        return False
    return all(
        m.place.population >= _CITY_PEOPLE and any((s, e) == (start, end) for s, e, _ in m.spans)
        for m in placed
    )


def _without_span(named: list[PlaceMention], start: int, end: int) -> list[PlaceMention]:
    """`named` without the mention at `start`..`end` (a mention left with none is dropped)."""
    kept = (m.keeping(tuple(s for s in m.spans if (s[0], s[1]) != (start, end))) for m in named)
    return [m for m in kept if m is not None]


def _unlisted(gaz: Gazetteer, key: str, name: str, parent: Place) -> Place:
    """The village `name` the gazetteer does not list, inside `parent`: at the point of the
    small towns' list's town of that name in `parent`'s first-level area where one is
    (`centres.small_town`: "в городе Грайворон"), else at `parent`'s."""
    town = small_town(gaz, name, set(gaz.admin1_keys(parent.key)))
    if town is None:
        return Place(key, name, KIND, parent.country_code, parent.country, None, 0,
                     parent.lat, parent.lon, True)  # fmt: skip
    return Place(key, name, town.kind, parent.country_code, parent.country, town.geonameid,
                 town.population, town.lat, town.lon)  # fmt: skip


def _person(name: str) -> bool:
    """Whether a two-word name opens with a common given name: a person's ("мэр города Иван
    Приходько"; the city is the one named before)."""
    first, space, _ = name.partition(" ")
    return bool(space) and first.lower() in CYRILLIC_COMMON_GIVEN_NAMES


def _narrower(gaz: Gazetteer, found: dict[str, PlaceMention], name: str, parent: Place) -> bool:
    """Whether a village called `name` in `parent` may be added to `found`: none of that name
    is there in the same first-level area, or one is in an area holding `parent` (the
    oblast, `parent` its raion: "в деревне Городище Курской области ... деревню Городище
    Рыльского района" is one village), which it then replaces."""
    areas = set(gaz.admin1_keys(parent.key))
    for key, mention in list(found.items()):
        if name_key(mention.as_written) != name_key(name):
            continue
        if not areas & set(gaz.admin1_keys(key)):
            continue
        holder = key.removeprefix(PREFIX).rpartition("/")[0]
        if holder == parent.key or not parent.key.startswith(f"{PREFIX}{holder}/"):
            return False  # the same village, or one in a narrower area: the first stays
        del found[key]
    return True


def _name_span(match: re.Match[str], named: list[PlaceMention]) -> tuple[int, int]:
    """The village's name: the match's, cut where a place the tagger found begins ("Тёткино"
    of "Тёткино Курской", "Курской области" being the oblast)."""
    groups = ("name", "short", "before", "bracketed")
    start, end = match.span(next(group for group in groups if match[group]))
    return _cut(match.string, start, end, named)


def _cut(text: str, start: int, end: int, named: list[PlaceMention]) -> tuple[int, int]:
    """The name at `start`..`end` without a unit's adjective or an area found after it."""
    if text.startswith(_UNIT_AFTER, end) and " " in text[start:end]:
        end = text.index(" ", start)  # "Илек-Пеньковка Краснояружского района"
    for mention in named:
        for s, _, _ in mention.spans:
            if start < s < end and mention.place.kind in _AREA_KINDS:
                end = min(end, s - 1)
    return start, end


def _parent(text: str, end: int, named: list[PlaceMention]) -> Place | None:
    """The area named right after the name, or after a preposition there ("Тёткино Курской
    области", "Новоєгорівка на Харківщині")."""
    after = _AFTER.match(text, end)
    if after is None:
        return None
    for mention in named:
        if mention.place.kind in _AREA_KINDS and any(s == after.end() for s, _, _ in mention.spans):
            return mention.place
    return None


def _elsewhere(
    gaz: Gazetteer,
    placed: list[PlaceMention],
    named: list[PlaceMention],
    start: int,
    end: int,
    parent: Place,
) -> bool:
    """Whether the tagger's readings of a village's name at `start`..`end` are all a far
    namesake or a part of the name: a town read in the name whole that lies outside
    `parent`'s first-level area, in one no other place of the text lies in ("в поселке
    Климово" of a report on Брянская область read as Crimea's Klimovo, "н.п. Миколаївка" of
    one on Чернігівщина as Donetsk Oblast's), or a town read in a part of it ("Слобода" of
    "Михальчина Слобода")."""
    areas = set(gaz.admin1_keys(parent.key))
    for mention in placed:
        if mention.place.kind not in _VILLAGE_KINDS:
            return False
        if all(s >= start and e <= end and (s, e) != (start, end) for s, e, _ in mention.spans):
            continue  # a part of the name only
        own = set(gaz.admin1_keys(mention.place.key))
        if own & areas or not any((s, e) == (start, end) for s, e, _ in mention.spans):
            return False
        others = [m for m in named if m is not mention]
        if any(own & set(gaz.admin1_keys(m.place.key)) for m in others):
            return False
    return True


def one_area(named: Iterable[PlaceMention]) -> Place | None:
    """The first-level area `named` holds, if it holds one only."""
    areas = {m.place.key: m.place for m in named if m.place.kind == "admin1"}
    return next(iter(areas.values())) if len(areas) == 1 else None


def main_area(gaz: Gazetteer, named: list[PlaceMention]) -> Place | None:
    """The first-level area of Russia or Ukraine most of the text's places (countries aside)
    lie in, counted by place or by mention: `_MAIN_FEWEST` of them or more and over twice as
    many as any other by either count ("в хуторе Рябики" in a report naming Белгородская
    область and its towns)."""
    places: Counter[str] = Counter()
    mentions: Counter[str] = Counter()
    for mention in named:
        keys = gaz.admin1_keys(mention.place.key) if mention.place.kind != "country" else ()
        if keys:
            places[keys[0]] += 1
            mentions[keys[0]] += len(mention.spans)
    leaders = {key for key in (_leader(places), _leader(mentions)) if key is not None}
    if len(leaders) != 1:
        return None
    place = gaz.places[leaders.pop()]
    return place if place.country_code in _MAIN_AREA_COUNTRIES else None


def _leader(counts: Counter[str]) -> str | None:
    """The key counted `_MAIN_FEWEST` times or more and over twice any other, if one is."""
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MAIN_FEWEST:
        return None
    if len(ranked) == 2 and ranked[0][1] <= 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _listed(gaz: Gazetteer, name: str, parent: Place, city: bool) -> Place | None:
    """The gazetteer's village or town of `name` in `parent`'s first-level area, if one (no
    city of `_CITY_PEOPLE` or more where `city` says the tagger's reading of one was no
    village's; none that lies in a raion the gazetteer lists where `parent` is a unit it
    does not: "Іванівка Любашівського району" is no Ivanivka of Berezivka Raion)."""
    areas = set(gaz.admin1_keys(parent.key))
    if not areas:
        return None
    unlisted_unit = parent.kind in _UNIT_KINDS and parent.key.startswith(PREFIX)
    inside = [
        place
        for place in gaz.lookup(name)
        if place.kind in _VILLAGE_KINDS
        and areas & set(gaz.admin1_keys(place.key))
        and not (city and place.population >= _CITY_PEOPLE)
        and not (unlisted_unit and _in_listed_unit(gaz, place))
    ]
    return inside[0] if len(inside) == 1 else None
