"""Raions, okrugs and hromadas the gazetteer does not list, named by their adjective
(`with_unlisted_raions`): right before their oblast ("Любашівського району Одеської
області", "в Каменском районе Херсонской области"), or after the town they are named after
where the text names that town's oblast ("Шебекинского городского округа" in a text naming
Белгородская область, "у Степногірській громаді" in one naming Запоріжжя).

GeoNames holds Ukraine's raions as they are since 2020, the news of the years before names
the raions that reform merged away, and it holds neither Ukraine's hromadas nor the okrugs
that replaced most of Russia's raions (named after their centre, as the raions were). A
unit's words no place was found in, followed by a first-level area or named after a town
(`centres.centre_town`) in an area the text names, are a place the gazetteer does not list
(`unlisted.PREFIX`) inside that area, named as written and keyed by its adjective's stem and
noun (as `city_districts` keys a city's district) so that its case forms are one place; one
found by its centre lies at that town. A town named right before the unit named after it
("Климово Климовского района") is its centre: the largest town of that name in Russia or
Ukraine (`centres.own_centre`), whatever other region the text names, and the unit lies in
its area. A unit whose centre is not found lies in the one first-level area its sentence
names before it ("В Курской области ... в Беловском районе"); a hromada or a starosta
district whose centre is not found, in the one area the text names. An oblast the text names
only by its administration or governor ("Сумської ОВА", "Брянский губернатор",
`administrations`) is an area its units may lie in; a text naming no area puts its units in
the oblast their centres agree on (`_units_area`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from bot.records import Place, PlaceMention
from bot.understand.places.administrations import administration_areas
from bot.understand.places.centres import (
    centre_area,
    centre_areas,
    centre_names,
    centre_town,
    own_centre,
)
from bot.understand.places.city_districts import DISTRICT, add_district, district_stem
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from bot.understand.places.unlisted import PREFIX
from bot.understand.places.villages import main_area, one_area

_AREA_KINDS = frozenset(["admin1"])
"""Kinds of the place named right after a raion's words that hold it."""
_RAION_KINDS = frozenset(["admin2", "district"])
_TOWN_KINDS = frozenset(["city", "town"])
UNIT = re.compile(
    r"(?<![\w\-])(?P<adjective>[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ'’\-]*?"
    r"(?P<ending>ьому|ього|ому|ого|ему|его|ом|ым|им|ім|ем|ий|ый|ій|ой|ої|ою|ая|а|у))"
    r"(?: (?P<council>городск|муниципальн|сільськ|селищн|міськ|територіальн|федеральн"
    r"|старостинськ)[а-яёіїє]{1,3})?"
    r" (?:гор)?(?P<noun>район(?:е|і|а|у|ом)?|р-(?:н|на|ну|не|ні|ном)|округ(?:е|а|у|ом)?|окрузі"
    r"|громад(?:а|и|і|у|ою)|О?ТГ|общин(?:а|ы|е|у|ой)|старостат(?:і|у|а|ом)?)"
    r"(?![\w\-])"
)
"""A unit's adjective, the kind of council or okrug it may have, and the singular "район" (or
its abbreviation "р-н"), "округ" or "громада" in any case (a hromada is an "община" in Russian:
"Новокаховской общины"), or a hromada's abbreviation "ТГ", "ОТГ" ("Шебекинского городского
округа", "Валуйского горокруга", "Марганецьку громаду", "Вишнівській ОТГ"); a hromada's
starosta district, "старостинський округ" or "старостат" ("Піщанський старостат").
A federal okrug ("Приволжского федерального округа") spans many oblasts: no town's, nor a
place this module adds."""
_LISTED_WORD = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ]?[а-яёіїєґ'’]+)*"
"""A listed unit's adjective, hyphened parts capitalised or not ("Середино-Будська")."""
_COUNCIL = r"(?:сільськ|селищн|міськ)[аоіу][їйя]?"
"""A hromada's council adjective in any case of the singular ("сільська", "міській")."""
_LISTED = re.compile(
    rf"(?<![\w\-])(?P<list>(?:{_LISTED_WORD}(?: {_COUNCIL})?"
    rf"(?:, | та | і | и | й |,? а также |,? а також ))+"
    rf"{_LISTED_WORD}(?: {_COUNCIL})?)"
    r"(?: (?:муниципальн|городск)[а-я]{1,3})?"
    rf"(?: [–—-] {_COUNCIL}(?:,? (?:і|та|й) {_COUNCIL})? [–—-])?"
    r" (?P<noun>громад(?:и|ах|ам|ами)?|общин(?:ы|ах|ам|ами)?|округ(?:ов|ах|ам|ами|а|и)"
    r"|район(?:ы|ов|ів|ах|ам|ами))"
    r"(?![\w\-])"
)
"""Adjectives of hromadas, okrugs or Russian raions sharing one plural noun, maybe after
their councils' adjective or an aside naming the councils ("Хотинська, Білопільська та
Шосткінська громади", "у Марганецькій та Покровській сільській громадах", "у Мирівській,
Покровській – міській і сільській – громадах", "Шебекинском и
Валуйском округах", "Валуйский и Шебекинский муниципальный округа", "Климовский и Севский
районы", "над Миллеровским и Кашарским районами" (the instrumental), "Климовский, а также
Севский районы", "Торецкой и Часовоярской общин";
`area_lists` reads the raions the gazetteer lists)."""
_LISTED_AFTER = re.compile(
    r"(?<![\w\-])(?P<noun>громади?|общины?)(?: (?:області|области|району|района))?: "
    rf"(?P<list>(?:{_LISTED_WORD}(?:, | та | і | и | й ))+{_LISTED_WORD})(?![\w\-])"
)
"""Adjectives of hromadas listed after their plural noun's genitive, maybe their oblast's or
raion's word, and a colon ("населені пункти громад: Сумська, Степанівська та Боромлянська",
"обстріл 4 громад області: Білопільської, Новослобідської, Великописарівської"), or after its
nominative or accusative ("обстріляли три наші громади: Юнаківську, Миропільську і
Краснопільську")."""
_ADJECTIVE = re.compile(
    r"(?P<adjective>[А-ЯЁІЇЄҐ][а-яёіїєґА-ЯЁІЇЄҐ'’\-]*?"
    r"(?P<ending>ого|ому|ом|ым|им|ім|ой|ої|ою|ий|ый|ій|ая|а|у))"
)
"""One listed unit's adjective, matched whole."""
_BARE_RAION = re.compile(
    r"(?<![\w\-])(?P<but>а )?[ВвУу] (?P<adjective>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+?"
    r"(?P<ending>ому|ім|(?<=[сц]к)ом))"
    r"(?= ?[,;:\-–—]| (?P<word>[а-яёіїєґ]))"
)
"""A raion's Ukrainian or Russian adjective in the locative alone before a comma or a dash ("в
Ізюмському - ...", "в Купянском – ..."), or after "а" before any word, the contrast of a
list of raions ("..., а в Богодухівському через удари горіли луки")."""
_NOUNS = {
    "р": "raion",
    "о": "okrug",
    "г": "hromada",
    "О": "hromada",
    "Т": "hromada",
    "с": "starosta",
}
"""Each unit's noun, by its first letter, as its key writes it ("общин-" aside: `_noun`)."""
_COMMUNITY = "общин"
"""How the Russian word for a hromada begins."""
_STEMS = ("район", "р-н", "округ", "окруз", "громад", "ТГ", _COMMUNITY, "старостат")
"""The units' nouns as they begin, looked for with `in` before the regex runs."""


def with_unlisted_raions(
    gaz: Gazetteer, text: str, named: list[PlaceMention]
) -> list[PlaceMention]:
    """`named` and the raions, okrugs and hromadas no place was found in that the text names
    right before their first-level area or after a town in an area it names (see the module
    docstring), in the order of first mentions."""
    if not any(noun in text for noun in _STEMS):
        return named  # a quick test: most texts name no unit
    found: dict[str, PlaceMention] = {}
    named = _without_raions_of_other_areas(gaz, text, named)
    for match in DISTRICT.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for m in named for s, e, _ in m.spans):
            continue  # a place the gazetteer lists, or a city's district
        area = _area_after(text, end, named)
        if area is None:
            continue
        add_district(found, match, area)
    named = _with_centres_before_units(gaz, text, named, found)
    named = _without_far_raions(gaz, text, named)
    outside = named
    for match in [*UNIT.finditer(text), *_listed_adjectives(text)]:
        outside = _without_town_adjective(outside, match)
    areas = {key for m in outside for key in gaz.admin1_keys(m.place.key)}
    offices = administration_areas(gaz, text)
    main = main_area(gaz, outside)
    main_key = main.key if main is not None else None
    if main_key is None and not areas and len(offices) == 1:
        main_key = next(iter(offices))  # "Сумської ОВА" alone: the text's oblast
    areas |= offices
    agreed = _units_area(gaz, text) if not areas else None
    if agreed is not None:  # "Валуйский, Вейделевским, Чернянским округами": Belgorod's
        areas, main_key = {agreed}, agreed
    named = _with_units(gaz, text, named, found, areas, main_key)
    named = _add_listed_units(gaz, text, named, found, areas, main_key, agreed)
    named = _add_bare_raions(gaz, text, named, found)
    if not found:
        return named
    return sorted([*named, *found.values()], key=lambda m: m.start)


def _with_centres_before_units(
    gaz: Gazetteer, text: str, named: list[PlaceMention], found: dict[str, PlaceMention]
) -> list[PlaceMention]:
    """`named` with each town named right before the unit named after it ("Климово
    Климовского района", "поселок Глушково Глушковского района") read as that unit's centre
    (`centres.own_centre`) where the tagger read it in another first-level area, and the
    unit added to `found` inside the centre's area, at the centre: the unit lies where its
    centre does, whichever other region the text names (Crimea's Klimovo is no raion's
    centre)."""
    for match in UNIT.finditer(text):
        if match.group("council") == "федеральн":
            continue
        before = [
            (mention, written)
            for mention in named
            for _, end, written in mention.spans
            if end + 1 == match.start() and mention.place.kind in _TOWN_KINDS
        ]
        if len(before) != 1:
            continue
        mention, written = before[0]
        if name_key(written).strip() not in centre_names(district_stem(match)):
            continue
        centre = own_centre(gaz, written)
        if centre is None or set(gaz.admin1_keys(centre.key)) & set(
            gaz.admin1_keys(mention.place.key)
        ):
            continue
        area = gaz.places.get(next(iter(gaz.admin1_keys(centre.key)), ""))
        if area is None:
            continue
        if centre.key.startswith(PREFIX):  # the small towns' list's, keyed as `villages` keys it
            slug = name_key(written).strip().replace(" ", "-")
            centre = dataclasses.replace(centre, key=f"{PREFIX}{area.key}/{slug}", name=written)
        moved = PlaceMention(mention.as_written, mention.start, mention.end, centre, mention.spans)
        named = [moved if m is mention else m for m in named]
        add_district(found, match, area, _unit_noun(match), point=centre)
    return named


def _without_raions_of_other_areas(
    gaz: Gazetteer, text: str, named: list[PlaceMention]
) -> list[PlaceMention]:
    """`named` without the raions the gazetteer read in a `DISTRICT` right before a
    first-level area that does not hold them: "в Борисовском районе Белгородской области" is
    a raion of that oblast, not Belarus's Borisovskiy Rayon; the district is added in the
    area after it as one the gazetteer does not list."""
    kept = []
    for mention in named:
        if mention.place.kind not in _RAION_KINDS:
            kept.append(mention)
            continue
        holders = set(gaz.admin1_keys(mention.place.key))
        spans = tuple(
            (start, end, written)
            for start, end, written in mention.spans
            if DISTRICT.fullmatch(written) is None
            or (area := _area_after(text, end, named)) is None
            or area.key in holders
        )
        rest = mention.keeping(spans)
        if rest is not None:
            kept.append(rest)
    return kept


def _without_far_raions(gaz: Gazetteer, text: str, named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` without a raion the gazetteer read in a `DISTRICT` that lies in none of the
    first-level areas the text names, where a town it may be named after lies in one of them
    (`centres.centre_town`): "в селе Цаповка Борисовского района" of a report on
    Белгородская область is Borisovka's raion, not Belarus's (`_with_units` adds it)."""
    kept = []
    for mention in named:
        matches = [DISTRICT.fullmatch(text, s, e) for s, e, _ in mention.spans]
        if mention.place.kind in _RAION_KINDS and all(matches):
            holders = set(gaz.admin1_keys(mention.place.key))
            areas = {other.place.key for other in named if other.place.kind in _AREA_KINDS}
            first = matches[0]
            if (
                areas
                and first is not None
                and not holders & areas
                and centre_town(gaz, district_stem(first), areas) is not None
            ):
                continue
        kept.append(mention)
    return kept


def _listed_adjectives(text: str) -> list[re.Match[str]]:
    """Each adjective, matched whole, of the lists of units sharing one plural noun
    (`_LISTED`): "Покровську" of "Покровську та Марганецьку громади"."""
    found = []
    for listed in [*_LISTED.finditer(text), *_LISTED_AFTER.finditer(text)]:
        for word in _ADJECTIVE.finditer(text, listed.start("list"), listed.end("list")):
            whole = _ADJECTIVE.fullmatch(text, word.start(), _word_end(text, word.start()))
            if whole is not None:
                found.append(whole)
    return found


def _without_town_adjective(named: list[PlaceMention], match: re.Match[str]) -> list[PlaceMention]:
    """`named` without a town's mention that is the adjective of the unit `match` names, or a
    part of it (the Ukrainian "Степногірську" before "громаду" is no town's locative, nor is
    "Новгород" of "Новгород-Сіверській громаді" a town), kept for its other mentions."""
    start, end = match.start("adjective"), match.end("adjective")
    kept = []
    for mention in named:
        if mention.place.kind not in _TOWN_KINDS:
            kept.append(mention)
            continue
        rest = mention.keeping(
            tuple(span for span in mention.spans if not start <= span[0] < span[1] <= end)
        )
        if rest is not None:
            kept.append(rest)
    return kept


def _area_after(text: str, end: int, named: list[PlaceMention]) -> Place | None:
    """The first-level area named right after a raion's words ending at `end`, if one is."""
    if text[end : end + 1] != " ":
        return None
    for mention in named:
        if mention.place.kind in _AREA_KINDS and any(s == end + 1 for s, _, _ in mention.spans):
            return mention.place
    return None


def _with_units(
    gaz: Gazetteer,
    text: str,
    named: list[PlaceMention],
    found: dict[str, PlaceMention],
    areas: set[str],
    main_key: str | None,
) -> list[PlaceMention]:
    """Add to `found` each unit of one `UNIT` the text names outside `named` and `found`:
    the gazetteer's raion, else one before its area or named after a town in `areas`, else
    one in the one area its sentence names before it; `named` without the towns read in
    those units' adjectives."""
    for match in UNIT.finditer(text):
        start, end = match.span()
        named = _without_town_adjective(named, match)
        taken = [*named, *found.values()]
        if match.group("council") == "федеральн" or any(
            s < end and start < e for m in taken for s, e, _ in m.spans
        ):
            continue
        noun = _unit_noun(match)
        raion = _own_raion(gaz, match, areas) if noun == "raion" else None
        if raion is not None:
            written = match.group()
            found[raion.key] = PlaceMention(written, start, end, raion, ((start, end, written),))
            continue
        area = _area_after(text, end, named)
        if area is not None:
            add_district(found, match, area, noun)
        else:
            _add_by_centre(gaz, found, match, noun, areas, main_key)
            if _unit_at(found, start) is None:
                _add_in_sentence_area(text, found, match, noun, named)
            if _unit_at(found, start) is None:
                _add_in_one_area(gaz, found, match, noun, areas)
    return named


def _add_listed_units(
    gaz: Gazetteer,
    text: str,
    named: list[PlaceMention],
    found: dict[str, PlaceMention],
    areas: set[str],
    main_key: str | None,
    agreed: str | None = None,
) -> list[PlaceMention]:
    """Add to `found` each unit of a list sharing one plural noun (`_LISTED`, `_LISTED_AFTER`)
    inside the first-level area named right after the list, else named after a town in
    `areas`, outside `named` and `found` (`_own_raion`), else with the list's others
    (`_add_with_the_others`; `agreed`: the area the text's units agree on); `named` without
    the towns read in those units' adjectives or their hyphened parts ("Покровська" of
    "Покровська, Марганецька громади" is no genitive of Pokrovsk)."""
    for listed in [*_LISTED.finditer(text), *_LISTED_AFTER.finditer(text)]:
        noun = _noun(listed.group("noun"))
        if noun == "raion" and _town_at(named, listed.end() + 1):
            continue  # a city's districts ("Шевченковский и Киевский районы Харькова")
        area = _area_after(text, listed.end(), named)
        placed: list[Place] = []
        unplaced: list[re.Match[str]] = []
        for word in _ADJECTIVE.finditer(text, listed.start("list"), listed.end("list")):
            whole = _ADJECTIVE.fullmatch(text, word.start(), _word_end(text, word.start()))
            if whole is not None:
                named = _without_town_adjective(named, whole)  # "Покровська", "Новгород-Сіверську"
            taken = [*named, *found.values()]
            if whole is None or any(
                s < whole.end() and whole.start() < e for m in taken for s, e, _ in m.spans
            ):
                continue
            raion = _own_raion(gaz, whole, areas) if noun == "raion" else None
            if raion is not None:
                written = whole.group()
                span = (whole.start(), whole.end(), written)
                found[raion.key] = PlaceMention(written, span[0], span[1], raion, (span,))
            elif area is not None:  # "Хотинська, Білопільська громади Сумської області"
                add_district(found, whole, area, noun)
            else:
                _add_by_centre(gaz, found, whole, noun, areas, main_key)
                unit = _unit_at(found, whole.start())  # maybe a unit named before, joined
                if unit is None:
                    unplaced.append(whole)
                else:
                    placed.append(unit.place)
        _add_with_the_others(gaz, found, noun, placed, unplaced, agreed)
    return named


_UNITS_AGREEING = 3
"""How many of a text's units must be named after towns of one first-level area for them to
place the text's units there, where it names no area."""


def _units_area(gaz: Gazetteer, text: str) -> str | None:
    """The first-level area of Russia or Ukraine that at least `_UNITS_AGREEING` of the
    units the text names, and two thirds of those named after a town the gazetteer lists,
    may be named after towns of (`centres.centre_areas`), more than of any other area: a
    report naming no region that lists a governor's okrugs ("Валуйский и Краснояружский
    округа ..., над Вейделевским, Ракитянским и Чернянским округами")."""
    stems = {
        district_stem(match)
        for match in [*UNIT.finditer(text), *_listed_adjectives(text)]
        if match.groupdict().get("council") != "федеральн"
    }
    held = [areas for stem in stems if (areas := centre_areas(gaz, stem))]
    counts = Counter(key for areas in held for key in areas)
    ranked = counts.most_common(2)
    if not ranked:
        return None
    key, count = ranked[0]
    if count < _UNITS_AGREEING or 3 * count < 2 * len(held):
        return None
    return key if len(ranked) == 1 or ranked[1][1] < count else None


def _add_with_the_others(
    gaz: Gazetteer,
    found: dict[str, PlaceMention],
    noun: str,
    placed: list[Place],
    unplaced: list[re.Match[str]],
    agreed: str | None = None,
) -> None:
    """Add to `found` the units of one list whose centres were not found inside the one
    first-level area all the list's placed units lie in, where at least as many were placed
    ("Шалігінської, Великописарівської, Новослобідської, Білопільської ... громад": a list of
    one oblast's hromadas, some named after villages too small to tell); whatever their
    share where that area is the one the text's units `agreed` on (`_units_area`)."""
    holders = {key for place in placed for key in gaz.admin1_keys(place.key)[:1]}
    if len(holders) != 1 or not unplaced:
        return
    if len(placed) < len(unplaced) and holders != {agreed}:
        return
    area = gaz.places[holders.pop()]
    for whole in unplaced:
        add_district(found, whole, area, noun)


def _add_bare_raions(
    gaz: Gazetteer, text: str, named: list[PlaceMention], found: dict[str, PlaceMention]
) -> list[PlaceMention]:
    """Add to `found` each raion the gazetteer lists that the text names by its adjective
    alone after "в"/"у", the noun left out as in a list of raions ("у Куп'янському районі
    ..., в Ізюмському - пошкоджено автомобіль"), where it names a raion with its noun;
    `named` without a town read in that adjective (a city's quarter named by the adjective,
    Donetsk's "Богодухівський", is not the raion of a list)."""
    raions = [*named, *found.values()]
    if not any(m.place.kind in _RAION_KINDS and "район" in m.as_written for m in raions):
        return named
    for match in _BARE_RAION.finditer(text):
        if match.group("word") and not match.group("but"):
            continue  # "в Харківському через ..." without "а": a town's name may be so too
        start, end = match.span("adjective")
        over = [
            m
            for m in [*named, *found.values()]
            if any(s < end and start < e for s, e, _ in m.spans)
        ]
        if any(m.place.kind not in _TOWN_KINDS for m in over):
            continue
        raion = _listed_raion(gaz, match)
        if raion is not None and raion.key not in found:
            written = match.group("adjective")
            found[raion.key] = PlaceMention(written, start, end, raion, ((start, end, written),))
            named = _without_town_adjective(named, match)
    return named


def _unit_noun(match: re.Match[str]) -> str:
    """The noun of a `UNIT` match as its key writes it: a starosta district's whether the
    text calls it "старостат" or "старостинський округ"."""
    if (match.group("council") or "").startswith("старост"):
        return "starosta"
    return _noun(match.group("noun"))


def _noun(word: str) -> str:
    """The unit's noun as its key writes it, of the noun as the text writes it."""
    return "hromada" if word.startswith(_COMMUNITY) else _NOUNS[word[0]]


def _unit_at(found: dict[str, PlaceMention], at: int) -> PlaceMention | None:
    """The unit of `found` one of whose mentions begins at `at`, if one."""
    return next((m for m in found.values() if any(s == at for s, _, _ in m.spans)), None)


def _town_at(named: list[PlaceMention], at: int) -> bool:
    """Whether a town's mention begins at `at`."""
    return any(m.place.kind in _TOWN_KINDS and any(s == at for s, _, _ in m.spans) for m in named)


def _word_end(text: str, start: int) -> int:
    """Where the word beginning at `start` ends (a space, a punctuation mark other than a
    hyphen or an apostrophe, or the text's end)."""
    end = _WORD_END.search(text, start)
    return end.start() if end is not None else len(text)


_WORD_END = re.compile(r"[^\w\-'’]")


def _add_by_centre(
    gaz: Gazetteer,
    found: dict[str, PlaceMention],
    match: re.Match[str],
    noun: str,
    areas: set[str],
    main_key: str | None,
) -> None:
    """Add the unit `match` names to `found` inside the first-level area, among the text's
    `areas`, of the town it is named after (`centres.centre_town`), if one is found, else of
    the towns it may be named after (`centres.centre_area`; `main_key`, the area most of the
    text's places lie in, where several hold such towns)."""
    stem = district_stem(match)
    town = centre_town(gaz, stem, areas)
    if town is not None:
        key = next(k for k in gaz.admin1_keys(town.key) if k in areas)
        add_district(found, match, gaz.places[key], noun, point=town)
        return
    area = centre_area(gaz, stem, areas, main_key)
    if area is not None:
        add_district(found, match, area, noun)


_SENTENCE_ENDS = (". ", "! ", "? ", "\n")


def _add_in_sentence_area(
    text: str,
    found: dict[str, PlaceMention],
    match: re.Match[str],
    noun: str,
    named: list[PlaceMention],
) -> None:
    """Add the unit `match` names, whose centre was not found, to `found` inside the one
    first-level area its sentence names before it ("В Курской области был поврежден объект
    в Беловском районе"): the sentence places it there."""
    start = match.start()
    opening = max(text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1
    area = one_area(m for m in named if any(opening <= s < start for s, _, _ in m.spans))
    if area is not None:
        add_district(found, match, area, noun)


_SMALL_UNITS = frozenset(["hromada", "starosta"])
"""Units named after a village as often as after a town, the centre often unknown, and never
crossing an oblast's border."""


def _add_in_one_area(
    gaz: Gazetteer, found: dict[str, PlaceMention], match: re.Match[str], noun: str, areas: set[str]
) -> None:
    """Add a hromada or starosta district `match` names, whose centre was not found, to
    `found` inside the one first-level area the text names (by a place, its administration
    or its units' centres): "Роменської районної військової адміністрації ... у
    Липоводолинській громаді", "Піщанський старостинський округ на Сумщині"."""
    if noun in _SMALL_UNITS and len(areas) == 1:
        add_district(found, match, gaz.places[next(iter(areas))], noun)


def _own_raion(gaz: Gazetteer, match: re.Match[str], areas: set[str]) -> Place | None:
    """The gazetteer's raion of a `UNIT` match (`_listed_raion`), unless it lies in none of
    the first-level `areas` the text names while a town the unit may be named after lies in
    one (`centres.centre_town`): "Борисовский район" of a report on Белгородская область is
    Borisovka's, not Belarus's."""
    raion = _listed_raion(gaz, match)
    if raion is None or not areas or areas & set(gaz.admin1_keys(raion.key)):
        return raion
    return None if centre_town(gaz, district_stem(match), areas) is not None else raion


def _listed_raion(gaz: Gazetteer, match: re.Match[str]) -> Place | None:
    """The gazetteer's raion of a `UNIT` match of "район" in any case, its adjective put back
    in the nominative ("Куп’янського району" -> "Куп’янський район"), if it lists one."""
    stem = district_stem(match)
    for nominative in ("ий", "ый"):
        for place in gaz.lookup(f"{stem}{nominative} район"):
            if place.kind in _RAION_KINDS:
                return place
    return None
