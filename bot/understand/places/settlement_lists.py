"""Settlements listed in one area by Russian and Ukrainian reports ("під обстрілами
перебували Антонівка, Садове, Інженерне, Велетенське, Веселе та місто Херсон", "освободили
Димитров, Родинское, Артемовку и Вольное в ДНР"; `with_settlement_lists`).

A regional office's or a ministry's summary lists a run of villages of one oblast, most of them
too small for the gazetteer, and the commonest names of the rest are in every oblast. A list's
area is the first-level area named right after it, or the one of a raion named right after it
("Веселе, Дворічна, Синьківка Куп'янського району": the names it does not know are villages of
that raion), else the one holding most of the towns the list names (three or more, more than
half of them) that the text names otherwise, else the one most of the text's other places lie
in (`villages.main_area`) if it holds two of the list's towns. A list whose area is not named
right after it, or is a raion's, and that names a city of another area, by a name no other
settlement bears, is none, unless it names three or more places the gazetteer does not know (a
summary's small villages, one of them named like a district of a city elsewhere: "Інгулець").
In a list that names no fewer settlements of its area than it leaves unknown, or whose raion
follows it (whatever share the gazetteer knows: a regional office's summary names the raion
of its villages), each name is a settlement of that area: the gazetteer's reading there when
it has one only, else a place it does not list (`unlisted.PREFIX`) inside that area, or
inside the raion that follows, named as written (a name read as a place elsewhere, or only a
part of it read, "Малі" of "Малі Щербаки", is so too).

A list after "у районах"/"в районі"/"в районе" (a front's summary: "позиції у районах
Миролюбівки, Новоторецького, Променя...") names villages whatever share of them the gazetteer
knows, in the genitive: an unknown one is named by its nominative ("Миролюбівка",
"Новоторецьке", "Промінь", "Красний Яр"; `_nominative`); after "у районах населених пунктів"
they are in the nominative already. A town of another area such a list names is read in the
list's area where twice as many of its towns lie there ("Рубіжне" among Donetsk's villages).
"""

from __future__ import annotations

import re
from collections import Counter

from bot.records import Place, PlaceMention
from bot.understand.places.gazetteer import Gazetteer
from bot.understand.places.normalize import name_key
from bot.understand.places.unlisted import KEY_LENGTH, PREFIX
from bot.understand.places.villages import main_area, one_area

_NAME = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+"
_ITEM = rf"{_NAME}(?: {_NAME}){{0,2}}"
_LIST = re.compile(
    rf"(?<![\w\-'’])(?:{_ITEM}, )+{_ITEM}(?:(?:, | та | і | и | й ){_ITEM})?(?![\w\-'’])"
)
"""Two or more capitalised names of one to three words, joined by commas and a last "та",
"і", "и" or "й" (a list's area needs three towns of its list where the text does not name
it right after the list)."""
_JOINS = re.compile(r", | та | і | и | й ")
_AROUND = re.compile(
    r"(?:^|[^\w])(?:у|в) район(?:і|ах|е)(?P<points> населених пунктів| населенных пунктов)? $",
    re.IGNORECASE,
)
"""What a front's list of villages comes after: "у районах", "в районі", "в районе" (their
names are then in the genitive), or those and "населених пунктів" (then in the nominative)."""
_POINTS = re.compile(
    r"(?:^|[^\w])(?:населенн?ых пунктов|населённых пунктов|населенные пункты|населених пунктів"
    r"|населені пункти|сел|сёл|сіл|села)(?P<area> (?:области|області|района|району|округа|громади"
    r"|общины))?: $",
    re.IGNORECASE,
)
"""What a summary's list of settlements comes after: a noun for them and a colon, "по ряду
населенных пунктов области: ...", "обстрілів зазнали населені пункти: ..." (their names in the
nominative); with the word for the area, the list is that one area's."""
_AFTER = re.compile(r",? (?:(?:в|во|у|на) )?")
"""What may come between a list and its area."""
_SETTLEMENT_KINDS = frozenset(["city", "town", "village"])
_AREA_KINDS = frozenset(["admin1"])
_RAION_KINDS = frozenset(["district", "admin2"])
"""Kinds of a raion (an okrug, a municipal district) that may close a list of its villages."""
_RAION_NOUN = re.compile(r"(?:район|р-н|округ|улус)", re.IGNORECASE)
"""A raion's noun: a raion closes a list only written with it ("Куп'янського району"), not as
a bare adjective, which may be a list's last item ("Сумської, Краснопільської та Хотінської
громад")."""
_MOST = 1 / 2
"""More than the share of a list's placed towns its area must hold when the text does not name it
right after the list."""
_FEWEST = 3
_FEWEST_IN_MAIN = 2
"""The fewest towns of a list in the area most of the text's other places lie in, for that
area to be the list's when the list's own towns do not tell."""
_CITY_POPULATION = 20_000
"""A list naming a town this large in another area, by its own name, lists places across areas."""
_FEWEST_UNKNOWN = 3
"""The fewest names a list leaves unknown for it to be a summary's villages whatever city
elsewhere one of its names also is: towns of several areas are the gazetteer's."""
KIND = "village"


def with_settlement_lists(
    gaz: Gazetteer, text: str, named: list[PlaceMention]
) -> list[PlaceMention]:
    """`named` with the settlements of each list of one area placed in it (see the module
    docstring), in the order of first mentions."""
    if text.isascii() or ", " not in text:
        return named  # a quick test: English texts are spared
    for match in _LIST.finditer(text):
        named = _placed(gaz, text, _list_span(text, match, named), named)
    return named


def _list_span(text: str, match: re.Match[str], named: list[PlaceMention]) -> tuple[int, int]:
    """The span of the list `match` found, up to the first-level area or the raion its last
    name's words run into ("Хорошее, Сосновка и Новопетровское Днепропетровской области",
    "Бочкове, Бударки Чугуївського району")."""
    start, end = match.span()
    for mention in named:
        for s, _, written in mention.spans:
            if start < s < end and _closes_list(mention.place, written):
                end = len(text[:s].rstrip())
    return start, end


def _closes_list(area: Place, written: str) -> bool:
    """Whether `area`, written `written`, may close a list of its settlements: a first-level
    area, or a raion written with its noun."""
    if area.kind in _AREA_KINDS:
        return True
    return area.kind in _RAION_KINDS and _RAION_NOUN.search(written) is not None


def _placed(
    gaz: Gazetteer, text: str, span: tuple[int, int], named: list[PlaceMention]
) -> list[PlaceMention]:
    """`named` with the settlements of the list at `span` placed in its area, if it has one."""
    whole: dict[tuple[int, int], PlaceMention] = {}
    items = []
    before = text[max(0, span[0] - 40) : span[0]]
    front = _AROUND.search(before)
    points = _POINTS.search(before)
    for start, end in _items(text, span):
        for mention in named:
            for s, e, _ in mention.spans:
                if (s, e) == (start, end):
                    whole[(start, end)] = mention
                elif s < end and start < e and not (start <= s and e <= end):
                    return named  # a place's name reaching past the list's: no list
        if (start, end) in whole or not _opens_sentence(text, start) or points is not None:
            items.append((start, end))  # "Зокрема, ..." opens a sentence, naming nothing
    if any(m.place.kind not in _SETTLEMENT_KINDS for m in whole.values()):
        return named  # oblasts, countries, raions: no settlements' list
    after = _area_after(text, span, named)
    raion = after if after is not None and after.kind in _RAION_KINDS else None
    if raion is not None:
        after = _first_level(gaz, raion)
    area = after or _area(gaz, span, named, list(whole.values()))
    around = front is not None or points is not None
    genitive = front is not None and front.group("points") is None
    if area is None and points is not None and points.group("area") is not None:
        area = one_area(named)  # "населенных пунктов области:" of the oblast the text names
    if area is None and around:
        area = _front_area(gaz, named, list(whole.values()))
    if area is None:
        return named
    inside = [span for span, m in whole.items() if area.key in gaz.admin1_keys(m.place.key)]
    if len(inside) < len(items) - len(whole) and not around and raion is None:
        return named  # more unknown names than the area's: no list of its settlements
    most = around and len(inside) >= 2 * (len(whole) - len(inside))
    most = most or (points is not None and points.group("area") is not None)
    if (
        (after is None or raion is not None)
        and not most
        and len(items) - len(whole) < _FEWEST_UNKNOWN
        and any(
            _city_elsewhere(gaz, text[s[0] : s[1]], m.place)
            for s, m in whole.items()
            if s not in inside
        )
    ):
        return named  # a city of another area: a list of places across areas
    moved = [span for span in items if span not in inside]
    ukrainian = any(c in _UKRAINIAN_LETTERS for c in text.lower())
    kept = [m for m in (_without(m, moved) for m in named) if m is not None]
    for start, end in moved:
        written = text[start:end]
        name = _nominative(written, ukrainian) if genitive else written
        place = (
            _listed(gaz, written, area)
            or _listed(gaz, name, area)
            or _unlisted(name, raion or area)
        )
        if place is not None:
            kept = _joined(kept, PlaceMention(written, start, end, place, ((start, end, written),)))
    return sorted(kept, key=lambda m: m.start)


def _items(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the names of the list at `span`."""
    spans = []
    at = span[0]
    for word in _JOINS.split(text[span[0] : span[1]]):
        start = text.index(word, at)
        at = start + len(word)
        spans.append((start, at))
    return spans


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text, a line or a sentence."""
    before = text[:start].rstrip(" ")
    return not before or before[-1] in '.!?:\n«"—-'


def _city_elsewhere(gaz: Gazetteer, written: str, place: Place) -> bool:
    """Whether `place`, read outside the list's area, is a city the name `written` is that
    city's alone: a name several settlements bear ("Олександрівка", also an old name of
    Donetsk) tells nothing of the list's area."""
    if place.population < _CITY_POPULATION:
        return False
    return not any(
        other.key != place.key and other.kind in _SETTLEMENT_KINDS for other in gaz.lookup(written)
    )


def _area_after(text: str, span: tuple[int, int], named: list[PlaceMention]) -> Place | None:
    """The first-level area or the raion named right after the list, if one is ("Хорошее,
    Сосновка и Новопетровское Днепропетровской области", "Веселе, Синьківка Куп'янського
    району")."""
    after = _AFTER.match(text, span[1])
    if after is not None:
        for mention in named:
            if any(
                s == after.end() and _closes_list(mention.place, written)
                for s, _, written in mention.spans
            ):
                return mention.place
    return None


def _first_level(gaz: Gazetteer, raion: Place) -> Place | None:
    """The first-level area `raion` lies in, if the gazetteer knows it."""
    keys = gaz.admin1_keys(raion.key)
    return gaz.places[keys[0]] if keys else None


def _area(
    gaz: Gazetteer,
    span: tuple[int, int],
    named: list[PlaceMention],
    placed: list[PlaceMention],
) -> Place | None:
    """The list's area when none is named right after it: the one most of its placed towns
    lie in, if the text names it outside the list (see the module docstring)."""
    counts = Counter(key for m in placed for key in set(gaz.admin1_keys(m.place.key)))
    if not counts:
        return None
    key, count = counts.most_common(1)[0]
    if count < _FEWEST or count <= _MOST * len(placed):
        others = [m for m in named if m not in placed]
        area = main_area(gaz, others)
        return area if area is not None and counts[area.key] >= _FEWEST_IN_MAIN else None
    outside = [
        m
        for m in named
        if key in gaz.admin1_keys(m.place.key)
        and any(e <= span[0] or s >= span[1] for s, e, _ in m.spans)
    ]
    return gaz.places[key] if outside else None


def _front_area(
    gaz: Gazetteer, named: list[PlaceMention], placed: list[PlaceMention]
) -> Place | None:
    """A front's list's area: the one most of the text's places, the list's among them, lie
    in (`villages.main_area`), if it holds one of the list's towns."""
    area = main_area(gaz, named)
    if area is None or not any(area.key in gaz.admin1_keys(m.place.key) for m in placed):
        return None
    return area


def _without(mention: PlaceMention, moved: list[tuple[int, int]]) -> PlaceMention | None:
    """`mention` without its spans inside the `moved` items' spans; None if none is left."""
    return mention.keeping(
        tuple(
            span
            for span in mention.spans
            if not any(s <= span[0] and span[1] <= e for s, e in moved)
        )
    )


def _listed(gaz: Gazetteer, name: str, area: Place) -> Place | None:
    """The gazetteer's one settlement of `name` in `area`, if it lists exactly one."""
    inside = [
        place
        for place in gaz.lookup(name)
        if place.kind in _SETTLEMENT_KINDS and area.key in gaz.admin1_keys(place.key)
    ]
    return inside[0] if len(inside) == 1 else None


def _nominative(written: str, ukrainian: bool) -> str:
    """The nominative of a village's name `written` in the genitive, where its ending says
    it: "-ки" -> "-ка", "-ого" -> "-е" (Russian "-ое"), an adjective before a masculine noun
    -> "-ий" ("Красного Яру" -> "Красний Яр"), a soft "-ня"/"-ля" -> "-нь"/"-ль" (Ukrainian
    "е" -> "і" before it: "Променя" -> "Промінь"); else as written."""
    words = written.split()
    noun = words[-1]
    if len(words) == 1:
        return _noun_nominative(noun, ukrainian) or _neuter(noun, ukrainian) or written
    masculine = noun.endswith(("у", "ю", "а"))
    neuter = noun.endswith("я") and words[-2].endswith("ого")
    nominative = _noun_nominative(noun, ukrainian) or (
        noun[:-1] if masculine else noun[:-1] + "е" if neuter else noun
    )
    adjectives = [_adjective(w, ukrainian, masculine) for w in words[:-1]]
    return " ".join([*adjectives, nominative])


_UKRAINIAN_LETTERS = frozenset("іїєґ")
_VELARS = frozenset("кгхжшчщ")


def _noun_nominative(noun: str, ukrainian: bool) -> str | None:
    """A feminine "-ки"/"-и"/"-ї" noun's or a soft masculine "-ня"/"-ля" noun's nominative."""
    if len(noun) < 5:
        return None
    if noun.endswith(("ки", "ни", "ли", "ри", "ы")):
        return noun[:-1] + "а"
    if noun.endswith(("ї", "ии")):
        return noun[:-1] + "я"
    if noun.endswith(("ня", "ля")) and noun[-3] != noun[-2]:
        stem = noun[:-1]
        if ukrainian and stem[-2] == "е":
            stem = stem[:-2] + "і" + stem[-1]
        return stem + "ь"
    return None


def _neuter(word: str, ukrainian: bool) -> str | None:
    """A neuter adjective name's nominative from its genitive "-ого"."""
    if len(word) < 6 or not word.endswith("ого"):
        return None
    return word[:-3] + ("е" if ukrainian else "ое")


def _adjective(word: str, ukrainian: bool, masculine: bool) -> str:
    """An adjective's nominative before its noun, from its genitive."""
    if word.endswith("ого") and masculine:
        if ukrainian:
            return word[:-3] + "ий"
        return word[:-3] + ("ий" if word[-4] in _VELARS else "ый")
    if word.endswith("ого"):
        return word[:-3] + ("е" if ukrainian else "ое")
    if word.endswith("ої"):
        return word[:-2] + "а"
    if word.endswith("ой"):
        return word[:-2] + "ая"
    return word


def _unlisted(name: str, area: Place) -> Place | None:
    """A settlement the gazetteer does not list, inside `area`, named as written (None when
    its key would be too long)."""
    key = f"{PREFIX}{area.key}/{name_key(name).strip().replace(' ', '-')}"
    if len(key) > KEY_LENGTH:
        return None
    return Place(key, name, KIND, area.country_code, area.country, None, 0,
                 area.lat, area.lon, True)  # fmt: skip


def _joined(named: list[PlaceMention], mention: PlaceMention) -> list[PlaceMention]:
    """`named` with `mention`, joined to the mention of its place if one is there."""
    for i, other in enumerate(named):
        if other.place.key == mention.place.key:
            spans = tuple(sorted((*other.spans, *mention.spans)))
            start, end, written = spans[0]
            return [
                *named[:i],
                PlaceMention(written, start, end, other.place, spans),
                *named[i + 1 :],
            ]
    return [*named, mention]
