"""Villages, towns, camps, areas, districts and quarters Arabic and French reports name after
their kind word, which the gazetteer does not list (`with_local_villages`).

Arabic reports place a strike in a village, a small town, a camp, an area or a subdistrict and
say where it lies right after: "بلدة الجينة بريف حلب الشرقي", "قرية تل حلاوة، التابعة لبلدة
...", "بلدتي X وY في جنوب لبنان", "مخيم X غرب مدينة غزة" (a camp's name is a definite noun:
"مخيم نازحين" is a camp of displaced people), "منطقة (X) في محافظة Y", "ناحية X، شمال شرقي
ديالى", "مناطق X وY وZ غرب الأبيض", "جبهتي X وY", "محور X-Y في جازان". French ones name a
village, a locality, a quarter, a district or a commune and the place around it in the same
sentence: "au village Kazaroho, territoire de Beni", "la localité de Paroukou", "le quartier
de Qouro, dans le sud de Khartoum", "le district d'X dans le centre de Mogadiscio"; or a town
beside a small listed one: "une embuscade entre X et Douentza". Each such name is a place the
gazetteer does not list (`unlisted.PREFIX`), inside that place, named as written.

Unlisted names after Arabic kind words placed by the nearest place lost precision on unseen
reports (see docs/decisions.md), so an Arabic name counts only where a listed place follows
it with nothing but words that place it between ("بريف", "في محافظة", "شمال", "التابعة
لـ", "30 كم غرب", "تبعد"); a name's word must not describe the village ("بلدة حدودية", "قرية
مجاورة"), nor, after an area's word, name what goes on there or who holds it ("منطقة
الاشتباكات", "مناطق سيطرة"). A French name is capitalised after a lower-case kind word and
lies in the place named right after it, else the one named nearest in its sentence, never a
far namesake. A name the tagger already reads as a place stays its own, unless it read it as
a place of another country than the one the text puts the name in.
"""

from __future__ import annotations

import re
from collections import Counter

from rapidfuzz.distance import DamerauLevenshtein

from bot.records import Place, PlaceMention
from bot.understand.places.normalize import ARABIC_MARKS, name_key
from bot.understand.places.unlisted import KEY_LENGTH, PREFIX, word_spans
from bot.understand.places.words import (
    ARABIC_NAME_OPENERS,
    ARABIC_QUARTER_NOT_NAMES,
    ARMED_GROUPS,
    FRENCH_BEARINGS,
    GIVEN_NAMES,
    TITLES,
)
from bot.understand.stopwords import stop_words

_AFTER_PREPOSITION = r"(?:(?<=[بل])|(?<=في |من |عن )|(?<=على |إلى |الى ))"
"""What stands right before Sudan's "محلية" (a locality) as a noun: a preposition, joined or
not ("بمحلية X", "في محلية X"); after a noun it is an adjective ("مصادر محلية", local
sources)."""
_ARABIC_KIND = re.compile(
    r"(?<![^\W_])(?:و|ف)?(?:ب|ل|في )?(?:(بلدة|قرية|مخيم|منطقة|ناحية|قضاء|عزلة|"
    rf"{_AFTER_PREPOSITION}محلية)|"
    rf"(بلدتي|قريتي|مخيمي|منطقتي|ناحيتي|جبهتي|محور|{_AFTER_PREPOSITION}محليتي)|"
    rf"(بلدات|قرى|مناطق|نواحي|أقضية|اقضية|{_AFTER_PREPOSITION}محليات)"
    r"(?P<such> (?:[^\W\d_]+ ){0,3}?(?:مثل|منها|ومنها|بينها|من بينها|أبرزها|ابرزها|أهمها))?)"
    r":? [\"“«(]?"
)
"""A word for a village, a town, a camp, an area or a district (group 1: Yemen's subdistrict,
"عزلة", which a listed district follows as any area's; Sudan's locality, "محلية", after a
preposition), its dual (group 2:
"بلدتي X وY", "جبهتي X وY", two fronts named after their villages; a front between two
places, "محور X-Y") or its plural (group 3:
"مناطق X وY وZ", "نواحي X وY", or a list opened by "such as" or "among them" a few words
later, group "such": "بلدات قضاء مرجعيون مثل X، Y، Z"), a prefix joined to it ("ببلدة",
"وقرية") or "في" before it, a colon opening a list ("بلدات: X، Y، Z"), and a quote or a
bracket the name may open with ("قرية \"X\"", "منطقة (X)")."""
_ARABIC_KIND_STEMS = (
    "بلد", "قري", "قرى", "مخيم", "منطق", "مناطق", "ناحي", "نواحي", "قضاء", "قضية", "جبهت", "عزل",
    "محور", "محلي",
)  # fmt: skip
"""Letters every word of `_ARABIC_KIND` holds: a quick test."""
_ARABIC_WORD = re.compile(rf"(?:[^\W\d_]|{ARABIC_MARKS})+")
"""An Arabic word, its short-vowel marks included ("السُميرات")."""
_ARABIC_AND = re.compile(r"[\"“”»)]?(?: و ?|، ?)[\"“”«(]?(?=[^\W\d_])")
_SHELTERED = [
    "النازحين", "النازحون", "اللاجئين", "اللاجئون", "المهجرين", "المهجّرين", "الإيواء",
    "الايواء", "النزوح", "اللجوء", "الفارين", "العائدين", "المتضررين",
]  # fmt: skip
"""Whom a camp shelters and what it is for: after "مخيم" no camp's name ("مخيم النازحين")."""
_ARABIC_NOT_NAMES = frozenset(
    name_key(word).strip()
    for word in [
        *ARABIC_QUARTER_NOT_NAMES,
        # what describes a village rather than names it
        "صغيرة", "كبيرة", "قريبة", "مجاورة", "مجاور", "واقعة", "محاذية", "نائية", "جديدة",
        "تابعة", "مهجورة", "محاصرة", "آمنة", "ثانية", "واحدة", "أولى", "اولى", "الأم", "الام",
        "اخرى", "محيطة", "المحيطة",
        # who lives there ("قرى المدنيين", "مناطق السكان")
        "المدنيين", "المدنيون", "السكان", "الأهالي", "الاهالي", "المواطنين", "المواطنون",
        # how many live there ("مناطق آهلة بالسكان", "أحياء سكنية مكتظة")
        "آهلة", "مأهولة", "سكنية", "مكتظة",
        # pronouns and particles
        "التي", "الذي", "التى", "وهي", "هي", "كانت", "تقع", "يقع", "لم", "قد",
        # prepositions folded like a definite noun ("إلى" -> "الى"), and times
        "إلى", "الى", "إلا", "الا", "اليوم", "الليلة", "الآن", "الان", "أمس", "امس",
        "فجر", "صباح", "مساء", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
        "الخميس", "الجمعة", "السبت",
        # words that place a village after its name ("قرية X التابعة لمدينة Y")
        "التابعة", "التابع", "الواقعة", "الواقع", "القريبة", "القريب", "المحاذية",
        # "within", before the area that holds it ("قرية X ضمن قضاء Y")
        "ضمن",
        # whom a camp shelters ("مخيم النازحين"), and what it is for (`_SHELTERED`)
        *_SHELTERED,
    ]
)  # fmt: skip
_ARABIC_LIST = re.compile(r"[\"“”»)]?(?:،? ?و ?|، ?)[\"“”«(]?(?=[^\W\d_])")
"""What joins the names of a plural's list ("مناطق X وY"، "بلدات X، Y وZ"), each name maybe
quoted, its quotes turned either way (“X” و”Y”, as reports type them)."""
_ARABIC_DASH = re.compile(r" ?[-–] ?(?=[^\W\d_])")
"""What joins the two places a front runs between ("محور X-Y")."""
_LIST_LENGTH = 6
_SUCH_AS_LENGTH = 15
"""How many names a list opened by "such as" ("مثل") may hold: the words mark it a list."""
_AREA_WORDS = frozenset(
    ["منطقة", "منطقتي", "مناطق", "ناحية", "ناحيتي", "نواحي", "قضاء", "عزلة", "أقضية", "اقضية",
     "جبهتي", "محور", "محلية", "محليتي", "محليات"]
)  # fmt: skip
"""Words for an area, a district or a front, which also name what goes on in an area ("منطقة
الاشتباكات") and, "ناحية" and "قضاء", a side and a spending of time ("من ناحية أخرى", "قضاء
عطلة"): their names are also checked against `_AREA_NOT_NAMES`."""
_AREA_NOT_NAMES = frozenset(
    name_key(word).strip()
    for word in [
        # fighting, strikes and operations in an area
        "القتال", "قتال", "الاشتباكات", "اشتباكات", "الاشتباك", "المعارك", "معارك",
        "المواجهات", "مواجهات", "العمليات", "عمليات", "العملية", "القصف", "قصف", "الغارات",
        "النزاع", "نزاع", "الصراع", "التوتر", "توتر", "التماس", "الحرب", "حرب", "الانفجار",
        "الحادث", "الهجوم", "النزوح", "الخطر", "خطر",
        # who holds an area, and how
        "سيطرة", "السيطرة", "نفوذ", "النفوذ", "خفض", "تخفيف", "التصعيد", "عازلة", "العازلة",
        "منزوعة", "الآمنة", "محظورة", "مغلقة", "الحظر", "الحدود", "حدود", "المعارضة",
        "النظام", "الحكومة", "الجيش", "التنظيم", "الفصائل", "الدعم", "قسد", "الاحتلال",
        # what an area is like, and sides
        "واسعة", "شاسعة", "بعيدة", "خالية", "مأهولة", "مفتوحة", "وعرة", "غير", "بقية", "الشرق",
        "الغرب", "الشمال", "الجنوب",
        # time spent ("قضاء عطلة")
        "وقت", "الوقت", "عطلة", "العطلة", "إجازة", "الإجازة", "أيام", "فترة", "العيد",
        "الصيف", "الشتاء", "حياته",
    ]
)  # fmt: skip
_PLACE_WORDS = frozenset(
    name_key(word).strip()
    for word in ["ريف", "ريفي", "أرياف", "ارياف", "محافظة", "محافظات", "مدينة", "مدن", "مدينتي",
                 "منطقة", "مناطق", "ناحية", "قضاء", "مديرية", "مديريات", "بلدة", "بلدات", "قرية",
                 "قرى", "ولاية", "ولايات", "إقليم", "أقاليم", "مخيم", "مخيمات", "محلية", "محليتي",
                 "محليات", "قضاءي", "قضائي", "ناحيتي", "مديريتي", "محافظتي", "ولايتي", "قطاع",
                 "القطاع", "قطاعي", "القطاعين", "قطاعات", "القطاعات",
                 "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"]
)  # fmt: skip
"""Words for a kind of place, their duals ("قرى قضاءي صور وبنت جبيل") and plurals ("قرى
بأرياف حماة"), words for a sector of
a front ("قرى القطاعين الغربي والأوسط") and bearings, which open the next place's words
("قرى وبلدات ريف إدلب", "مناطق بإقليم كردفان", "قرية بشمال إسرائيل"), not a name: also with
a prefix joined (`_PREFIXES`)."""
_PREFIXES = frozenset(["", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل"])
_ADJECTIVE_ENDING = ("ية", "يه")
"""A word without the article ending so is an adjective of a village ("بلدة حدودية", "قرية
ريفية", "بلدة لبنانية"), not its name."""
_BEARING_ADJECTIVES = frozenset(
    name_key(word).strip()
    for word in ["الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقية", "الغربية", "الشمالية",
                 "الجنوبية", "الأوسط", "الاوسط"]
)  # fmt: skip
_ARABIC_LINK = re.compile(
    r"(?:\s|،|[()\"”»]|\d+|"
    r"(?<![^\W_])[وبلف]{0,2}(?:ريف|ريفي|أرياف|ارياف|محيط|محافظة|مدينة|منطقة|مناطق|ناحية|قضاء|مديرية|بلدة|ولاية|"
    r"شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط|قرب|القريبة|بالقرب|من|في|التابعة|"
    r"الواقعة|ضمن|كم|كلم|كيلومترًا|كيلومترا|كيلومتر|كيلومترات|كيلو|متر|أطراف|اطراف|تبعد|يبعد|بعد|على|نحو|حوالي|"
    r"[أا]يضاً?)"
    r"(?![^\W_]))*[وبلف]?"
)
"""What may stand between an Arabic village's name and the listed place that holds it: words
that place a village in it ("بريف", "بأرياف", "في محافظة", "جنوب", "التابعة لـ", "ضمن" (within),
"في محيط" (around), "(30 كم غرب", "على بعد 40 كيلومترًا"), "also"
("قريتي س وص أيضاً بريف ع"), and a prefix joined to the place's name."""
_ARABIC_REACH = 40

_FRENCH_KIND = re.compile(
    r"(?<![\w-])(?:(village|localité|quartier|hameau|district|commune|groupement|secteur|"
    r"chefferie|territoire|communauté territoriale)|"
    r"(villages|localités|quartiers|districts|communes|secteurs|chefferies|territoires))"
    r" (?:voisine?s?,? |natal |tout proche |situés? |situées? )?(?:de |d['’]|du )?(?=[A-ZÀ-Ý])"
)
"""A French word for a village, a locality, a quarter, a district or a commune, or for the
units a DR Congo territory and a Ukrainian district hold (secteur, chefferie, communauté
territoriale) (group 1), or several (group 2), in lower case, and what joins the name after
it ("village de", "localité d'", "au village X", "district d'X", "une localité voisine,
X")."""
_FRENCH_OF = re.compile(r"(?:de |d['’]|du )$")
"""The "de" that opens the names after a French plural kind word ("les villages de X et Y"):
without it, a lone name after the plural is a people's or a side's, describing the places
("quatre villages Dogon"); a list names them ("les villages X et Y")."""
_FRENCH_NAME = re.compile(r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*(?: [A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*){0,2}")
_FRENCH_AND = re.compile(r", | et ")
_FRENCH_AREA_AFTER = re.compile(
    r"(?<=[a-zà-ÿ,;:’'] )(?P<name>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*), (?:territoire|cercle|commune|"
    r"province|région|département|préfecture|secteur|chefferie|groupement) (?:de la |de l['’]|"
    r"de |du |d['’])"
)
"""A capitalised name after a lower-case word, then a comma and an area's word: "l'axe
Kibumba, territoire de Nyiragongo", "à Sokoura, cercle de Bankass"; the area named after it
holds it."""
_FRENCH_BETWEEN = re.compile(
    r"(?<=\w )entre (?P<first>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*) et "
    r"(?P<second>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)(?![\w'’-])"
)
"""Two capitalised names after a lower-case word and "entre": "une embuscade entre X et Y"."""
_FRENCH_LINK = re.compile(
    r"(?:[\s,(]|(?<![\w'’])(?:situé|située|situés|situées|localisé|localisée|dans|en|au|aux|à|"
    r"près|non|loin|de|du|des|d|la|le|les|l|territoire|cercle|commune|province|région|"
    r"département|préfecture|secteur|chefferie|groupement)(?![\w-])['’]?)*"
)
"""What may stand between a French village's name and the place named right after that
holds it: placing words ("situé dans le territoire de", "commune de", "près de"), commas and
a bracket."""
_FRENCH_AT_TOWN = re.compile(
    r"(?<=[a-zà-ÿ,;:’'] )(?P<name>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*) à (?=[A-ZÀ-Ý])"
)
"""A capitalised name after a lower-case word, then "à" and a place: "Tori à Bankass", a
village in the cercle, town or commune named after it."""
_FRENCH_ROUTE = re.compile(r"(?:\b(?:de|du|depuis)|d['’]) $")
"""What opens a route before "X à Y" ("de Paris à Bamako"): no place inside another."""
_FRENCH_AT_NAME = re.compile(
    r"(?<![\w'’-])(?:à|À|près de|non loin de|aux environs de) "
    r"(?P<name>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*(?: [A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)?)"
    r"(?=[,.;:)\n]| (?:dans|près|non|à|au|en|et|située?)\b|$)"
)
"""A capitalised name after "à" or "près de" with no kind word, then a comma, a stop, or a
word that places it ("à Melga, près de la frontière", "à Baley Beri près de Tongo Tongo")."""
_FRENCH_ATTACK = re.compile(
    r"(?<![\w-])(?:attaqu|attentat|embuscade|assaillant|frapp|bombard|pilonn|tué|tuée|"
    r"blessé|explos|incendi|enlev|enlèv|affrontement|combat|déplacé|fui|fuy|réfugi|massacr|"
    r"exécut|drone|obus|roquette|kamikaze|jihadist|djihadist|terroris|raid|assassin|"
    r"abattu|neutralis|opération)",
    re.IGNORECASE,
)
"""Words of an attack or a flight from one, opening a word: a sentence so worded reports
where something happened."""
_FRENCH_SPEECH = frozenset(
    ["déclaré", "indiqué", "confié", "dit", "expliqué", "affirmé", "raconté", "précisé",
     "rapporté", "annoncé", "assuré", "souligné", "témoigné", "répondu", "écrit", "ajouté",
     "déclarait", "indiquait", "confiait", "expliquait", "racontait", "déclare", "indique",
     "explique", "raconte", "confie", "ajoute", "précise", "affirme"]
)  # fmt: skip
"""Verbs of speaking, after which "à X" names whom one spoke to ("a déclaré à Reuters")."""
_FRENCH_BELONGING = frozenset(
    ["affilié", "affiliés", "affiliée", "affiliées", "lié", "liés", "liée", "liées",
     "allégeance", "fidèle", "fidèles", "appartenant", "rallié", "ralliés", "proche", "proches"]
)  # fmt: skip
"""Words after which "à X" names whom one belongs to ("affiliés à Al-Qaïda")."""
_GROUPS = frozenset(name_key(group).strip() for group in ARMED_GROUPS)
_ACRONYM_LENGTH = 5
_FRENCH_REACH = 45
_FRENCH_NOT_NAMES = frozenset(["Le", "La", "Les", "L", "Un", "Une", "Ce", "Cette", "Ces"])
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_KINDS = {
    "بلدة": "town", "بلدتي": "town", "بلدات": "town", "قرية": "village", "قريتي": "village",
    "قرى": "village", "مخيم": "camp", "مخيمي": "camp", "منطقة": "village", "منطقتي": "village",
    "مناطق": "village", "جبهتي": "village", "ناحية": "district", "ناحيتي": "district",
    "قضاء": "district", "عزلة": "district", "محور": "village", "نواحي": "district",
    "أقضية": "district", "اقضية": "district", "محلية": "district", "محليتي": "district",
    "محليات": "district",
    "quartier": "neighbourhood", "district": "district", "commune": "district",
    "groupement": "district", "secteur": "district", "chefferie": "district",
    "territoire": "district",
    "communauté territoriale": "district",
}  # fmt: skip


def with_local_villages(
    text: str, named: list[PlaceMention], language: str | None = None, arabic: bool = True
) -> list[PlaceMention]:
    """`named` and the villages, towns and quarters the text names after their kind word (see
    the module docstring), in the order of first mentions; French ones only in French text
    (`language`), Arabic ones only where the text holds Arabic letters (`arabic`, as
    `normalize.text_scripts` tells)."""
    arabic = arabic and any(stem in text for stem in _ARABIC_KIND_STEMS)  # a quick test
    found = _arabic(text, named) if arabic else []
    if language == "fr":
        found.extend(_french(text, named))
    if not found:
        return named
    kept = list(named)
    added: dict[str, PlaceMention] = {}
    names: set[str] = set()
    for kind, start, end, parent in sorted(found, key=lambda place: place[1]):
        overlapping = [m for m in kept if any(s < end and start < e for s, e, _ in m.spans)]
        if any(not _elsewhere(text, m, parent, start, end) for m in overlapping):
            continue
        kept = [m for m in kept if m not in overlapping]
        name = text[start:end]
        folded = name_key(name).strip()
        key = f"{PREFIX}{parent.key}/{folded.replace(' ', '-')}"
        if len(key) > KEY_LENGTH or folded in names:
            continue  # a name the text places twice is its first place
        names.add(folded)
        place = Place(key, name, kind, parent.country_code, parent.country, None, 0, parent.lat,
                      parent.lon, True)  # fmt: skip
        spans = {(start, end), *word_spans(text, name)}
        mentions = tuple((s, e, name) for s, e in sorted(spans))
        added[key] = PlaceMention(name, mentions[0][0], mentions[0][1], place, mentions)
    countries = {name_key(m.as_written).strip(): m.place.country_code for m in added.values()}
    kept = [m for m in kept if not _namesake(m, countries)]
    return sorted([*kept, *added.values()], key=lambda m: m.start)


def _namesake(mention: PlaceMention, countries: dict[str, str]) -> bool:
    """Whether a listed place is written only as the name of a village the text puts in
    another country (`countries`: each added village's folded name and country): "الرياض"
    again after "منطقتي كازقيل والرياض بولاية شمال كردفان" is no Riyadh."""
    return all(
        countries.get(name_key(written).strip(), mention.place.country_code)
        != mention.place.country_code
        for _, _, written in mention.spans
    )


def _elsewhere(text: str, mention: PlaceMention, parent: Place, start: int, end: int) -> bool:
    """Whether the tagger's reading of a name the text puts in `parent` is a place of another
    country written only there or only so: a far namesake of the village ("منطقتي كازقيل
    والرياض بولاية شمال كردفان" and "الرياض" again: not Riyadh)."""
    name = name_key(text[start:end]).strip()
    return (
        mention.place.country_code != parent.country_code
        and mention.place.kind != "country"
        and bool(parent.country_code)
        and all(
            (start <= s and e <= end) or name_key(written).strip() == name
            for s, e, written in mention.spans
        )
    )


def _arabic(text: str, named: list[PlaceMention]) -> list[tuple[str, int, int, Place]]:
    """(kind, start, end, parent) of each Arabic village's, town's, area's or district's name a
    listed place follows (see the module docstring)."""
    found: list[tuple[str, int, int, Place]] = []
    for match in _ARABIC_KIND.finditer(text):
        word = match.group(1) or match.group(2) or match.group(3)
        kind = _KINDS[word]
        area = word in _AREA_WORDS
        names: list[tuple[int, int]] = []
        joins = _ARABIC_LIST if match.group(3) else _ARABIC_AND if match.group(2) else None
        if word == "محور":
            joins = _ARABIC_DASH
        length = _SUCH_AS_LENGTH if match.group("such") else _LIST_LENGTH
        at: int | None = match.end()
        while at is not None and (name := arabic_name(text, at, kind == "camp", area)):
            name = _longer(text, name, joins, named)
            names.append(name)
            joined = joins.match(text, name[1]) if joins and len(names) < length else None
            at = joined.end() if joined else None
            if match.group(2) and len(names) == 2:
                break
        if not names or (match.group(2) and len(names) < 2):
            continue  # a dual names two villages: "بلدتي" alone is "my town"
        parent = _arabic_parent(text, names[-1][1], named)
        if parent is None and word in _SETTLEMENT_WORDS:
            parent = _in_home_country(text, names[0][0], named)
        if parent is not None:
            found.extend((kind, start, end, parent) for start, end in names)
    return found


_SETTLEMENT_WORDS = frozenset(["بلدة", "قرية", "بلدتي", "قريتي", "بلدات", "قرى", "مخيم", "مخيمي"])
"""Words for a town, a village or a camp, whose name after them is a settlement's even where
no place follows to hold it ("استهدفت بلدة شبعا", "بمخيم X"; a camp's name is a definite
noun naming no one it shelters, `_SHELTERED`): only an area's word ("منطقة") also names what
goes on there."""


def _in_home_country(text: str, at: int, named: list[PlaceMention]) -> Place | None:
    """The place that holds a town's or a village's name at `at` that no listed place follows:
    the one named nearest it in its sentence, else the last one named before, else the
    country itself named later, among the places of the country more of the text's places
    lie in than any other (two or more, or the country itself named once: "بلدة حولا ...
    جنوبي لبنان"; the attacker's country named beside them: "إسرائيل"): a strike "على بلدة
    شبعا" in a report on south Lebanon is in Lebanon. None where two countries tie."""
    counts = Counter(m.place.country_code for m in named if m.place.country_code)
    if not counts:
        return None
    (country, times), *rest = counts.most_common(2)
    itself = any(m.place.kind == "country" and m.place.country_code == country for m in named)
    if (times < 2 and not itself) or (rest and rest[0][1] == times):
        return None
    spans = [
        (s, e, m.place) for m in named if m.place.country_code == country for s, e, _ in m.spans
    ]
    since = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_END.search(text, at)
    until = stop.start() if stop else len(text)
    near = [(abs(s - at), place) for s, _, place in spans if since <= s < until]
    if near:
        return min(near, key=lambda pair: pair[0])[1]
    before = [(s, place) for s, _, place in spans if s < at]
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    return next((place for _, _, place in spans if place.kind == "country"), None)


def _longer(
    text: str, name: tuple[int, int], joins: re.Pattern[str] | None, named: list[PlaceMention]
) -> tuple[int, int]:
    """A name of one word, or it and the next where only then the next name of the list or
    the place holding it follows ("بلدات معرة حرمة وكنصفرة", "منطقة امام ويس (53 كم شمال شرق
    بعقوبة)"): the second word of a name need not be a definite noun. The next word is none
    that places or describes the village."""

    def placed(end: int) -> bool:
        joined = joins is not None and joins.match(text, end) is not None
        return joined or _arabic_parent(text, end, named) is not None

    start, end = name
    if " " in text[start:end] or text[end : end + 1] != " " or placed(end):
        return name
    word = _ARABIC_WORD.match(text, end + 1)
    link = _ARABIC_LINK.match(text, end)
    if word is None or (link is not None and link.end() >= word.end()):
        return name  # a word that places the village, not its name's
    folded = name_key(word.group()).strip()
    if folded in _ARABIC_NOT_NAMES or folded in _AREA_NOT_NAMES or _place_word(folded):
        return name
    return (start, word.end()) if placed(word.end()) else name


def arabic_name(
    text: str, at: int, definite: bool = False, area: bool = False
) -> tuple[int, int] | None:
    """The span of a village's name at `at`: a word, with the next where the first opens names
    ("تل حلاوة") or the next is a definite noun ("عيتا الشعب"); none for a word that describes
    a village, nor one opening with "لل" (for the: "مخيم للنازحين"). With `definite` (a
    camp's: "مخيم نازحين" is a camp of displaced people), only a definite noun or a name opened
    so. With `area` (after an area's or a district's word), none for a word that names what
    goes on in an area or who holds it (`_AREA_NOT_NAMES`: "منطقة الاشتباكات", "مناطق
    سيطرة")."""
    word = _ARABIC_WORD.match(text, at)
    if word is None:
        return None
    folded = name_key(word.group()).strip()
    if (
        (len(folded) < 3 and folded not in _OPENERS)
        or (folded in _STOP_WORDS and folded not in _OPENERS)
        or folded in _ARABIC_NOT_NAMES
        or folded.startswith("لل")
        or (not folded.startswith("ال") and folded.endswith(_ADJECTIVE_ENDING))
        or (definite and not folded.startswith("ال") and folded not in _OPENERS)
        or (area and folded in _AREA_NOT_NAMES)
        or _place_word(folded)
    ):
        return None
    end = word.end()
    second = _ARABIC_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if second is not None:
        after = name_key(second.group()).strip()
        opens = folded in _OPENERS
        definite = after.startswith("ال") and after not in _ARABIC_NOT_NAMES
        if opens or (definite and after not in _BEARING_ADJECTIVES):
            end = second.end()
    return at, end


def _place_word(folded: str) -> bool:
    """Whether a folded word is a kind of place's word or a bearing (`_PLACE_WORDS`), a prefix
    maybe joined to it ("وقرى", "بريف"): the next place's words open there, no name goes on."""
    return any(folded[i:] in _PLACE_WORDS for i in range(3) if folded[:i] in _PREFIXES)


_OPENERS = frozenset(name_key(word).strip() for word in [*ARABIC_NAME_OPENERS, "ود"])
"""Words a village's name of two words opens with; also Sudan's "ود" (son of: "ود راوة")."""
_STOP_WORDS = frozenset(name_key(word).strip() for word in stop_words("arabic"))
"""Arabic particles, pronouns and the like (sumy's list): no name ("بلدات مثل ...")."""


def _arabic_parent(text: str, end: int, named: list[PlaceMention]) -> Place | None:
    """The listed place named right after a village's name ending at `end`, only words that
    place the village between (`_ARABIC_LINK`); where "the governorate" or "the state" stands
    there instead (`_AREA_AGAIN`), the last governorate or state named before the name."""
    link = _ARABIC_LINK.match(text, end, min(len(text), end + _ARABIC_REACH))
    if link is None or link.end() == end:
        return None
    starts = {s: m.place for m in named for s, _, _ in m.spans if end < s <= link.end()}
    if starts:
        return starts[min(starts)]
    if _AREA_AGAIN.match(text, link.end()) is None:
        return None
    areas = {
        s: m.place for m in named for s, _, _ in m.spans if s < end and m.place.kind == "admin1"
    }
    return areas[max(areas)] if areas else None


_AREA_AGAIN = re.compile(r"[وبل]?(?:ال|لل)(?:محافظة|ولاية)(?![^\W_])")
"""The governorate or state a report is about, named again by its word alone ("منطقة X شمال
شرقي المحافظة", "قرية X غربي الولاية"): the last one the text named before the village."""


def _french(text: str, named: list[PlaceMention]) -> list[tuple[str, int, int, Place]]:
    """(kind, start, end, parent) of each name after a French kind word, or of each name of
    the list after a plural one, inside the place named nearest in its sentence."""
    found: list[tuple[str, int, int, Place]] = []
    for match in _FRENCH_KIND.finditer(text):
        word = match.group(1) or match.group(2)[:-1]
        kind = _KINDS.get(word, "village")
        at = match.end()
        describing = match.group(2) is not None and not _FRENCH_OF.search(match.group())
        while (name := _FRENCH_NAME.match(text, at)) is not None:
            start, end = name.span()
            first = text[start:end].split()[0].split("'")[0].split("’")[0]
            if first in _FRENCH_NOT_NAMES or first.lower() in FRENCH_BEARINGS:
                break
            joined = _FRENCH_AND.match(text, end)
            if describing and joined is None:
                break  # "quatre villages Dogon": one word after a plural describes them
            describing = False
            parent = _nearest(text, start, end, named)
            if parent is not None:
                found.append((kind, start, end, parent))
            if match.group(2) is None or joined is None:
                break
            at = joined.end()
    found.extend(_french_between(text, named))
    found.extend(_french_at_town(text, named))
    found.extend(_french_at_name(text, named))
    found.extend(_french_foreign_spellings(text, named))
    for match in _FRENCH_AREA_AFTER.finditer(text):
        after, end = match.end("name"), match.end()
        area = [m.place for m in named for s, _, _ in m.spans if after < s <= end]
        if area:
            found.append(("village", *match.span("name"), area[0]))
    return found


def _french_between(text: str, named: list[PlaceMention]) -> list[tuple[str, int, int, Place]]:
    """("village", start, end, parent) of the name the tagger reads as no place beside a small
    town it reads as one in "entre X et Y" (an ambush, a road between two towns): a place
    near the town, placed by it. A city of `_BETWEEN_POPULATION` or more in such a pair often
    stands for its government ("entre Bamako et Wagner"), so it places nothing."""
    found: list[tuple[str, int, int, Place]] = []
    starts = {s: m.place for m in named for s, _, _ in m.spans}
    for match in _FRENCH_BETWEEN.finditer(text):
        first, second = match.span("first"), match.span("second")
        for (start, end), other in ((first, second), (second, first)):
            town = starts.get(other[0])
            if (
                town is not None
                and start not in starts
                and town.kind in _BETWEEN_KINDS
                and town.population < _BETWEEN_POPULATION
                and text[start:end] not in _FRENCH_NOT_NAMES
            ):
                found.append(("village", start, end, town))
    return found


def _french_at_town(text: str, named: list[PlaceMention]) -> list[tuple[str, int, int, Place]]:
    """("village", start, end, parent) of the name before "à" and a small listed town
    ("et Tori à Bankass ont été attaqués"): a village of that town's area, unless a route
    opens before it ("de Paris à Bamako"). A city of `_BETWEEN_POPULATION` or more places
    nothing: people meet there ("Tshisekedi et Kagame à Luanda")."""
    starts = {s: m.place for m in named for s, _, _ in m.spans}
    found: list[tuple[str, int, int, Place]] = []
    for match in _FRENCH_AT_TOWN.finditer(text):
        start, end = match.span("name")
        town = starts.get(match.end())
        if (
            town is not None
            and town.kind in _BETWEEN_KINDS
            and town.population < _BETWEEN_POPULATION
            and text[start:end] not in _FRENCH_NOT_NAMES
            and not _FRENCH_ROUTE.search(text, max(0, start - 8), start)
        ):
            found.append(("village", start, end, town))
    return found


def _french_at_name(text: str, named: list[PlaceMention]) -> list[tuple[str, int, int, Place]]:
    """("village", start, end, parent) of a capitalised name after "à" or "près de" that the
    tagger reads as no place, in a sentence reporting an attack or a flight (`_FRENCH_ATTACK`),
    inside the place nearest it (`_nearest`) where that lies in a country the text names:
    small villages of the Sahel and eastern DR Congo ("ont attaqué un poste à Melga, près de
    la frontière"). Not after a verb of speaking ("a déclaré à Reuters"), nor a given name, a
    title, an acronym or a word that opens sentences."""
    countries = {m.place.country_code for m in named if m.place.kind == "country"}
    counts = Counter(m.place.country_code for m in named if m.place.country_code)
    if counts:
        countries.add(counts.most_common(1)[0][0])
    taken = [(s, e) for m in named for s, e, _ in m.spans]
    found: list[tuple[str, int, int, Place]] = []
    for match in _FRENCH_AT_NAME.finditer(text):
        start, end = match.span("name")
        name = text[start:end]
        first = name.split()[0].split("'")[0].split("’")[0]
        before = text[max(0, match.start() - 16) : match.start()].split()[-1:] or [""]
        if (
            any(s < end and start < e for s, e in taken)
            or first in _FRENCH_NOT_NAMES
            or first.lower() in FRENCH_BEARINGS
            or first.lower() in GIVEN_NAMES
            or first.rstrip(".") in TITLES
            or (name.isupper() and len(name) <= _ACRONYM_LENGTH)
            or first.lower() in stop_words("french")
            or before[0].lower() in _FRENCH_SPEECH
            or before[0].lower() in _FRENCH_BELONGING
            or name_key(name).strip() in _GROUPS
            or not _attack_sentence(text, start)
        ):
            continue
        parent = _nearest(text, start, end, named)
        if parent is not None and parent.country_code in countries:
            found.append(("village", start, end, parent))
    return found


_SPELLING_EDITS = 1
"""At most this many letters apart from a city's own name, a one-word name read as that city
is another language's spelling of it (`_french_foreign_spellings`)."""


def _french_foreign_spellings(
    text: str, named: list[PlaceMention]
) -> list[tuple[str, int, int, Place]]:
    """("village", start, end, parent) of each mention of a city the tagger read from another
    language's spelling of its name, one Latin word a letter off its own ("Mambasa" for
    Mombasa), in a text whose other places (two or more) lie mostly in one other country and
    none in the city's: GeoNames keeps such spellings, French news does not use them, and the
    name is a small place of the text's country GeoNames lacks (Mambasa in Ituri), inside the
    place nearest it."""
    found: list[tuple[str, int, int, Place]] = []
    for mention in named:
        place = mention.place
        others = [m for m in named if m is not mention and m.place.country_code]
        counts = Counter(m.place.country_code for m in others).most_common()
        if (
            place.kind != "city"
            or len(others) < 2
            or any(m.place.country_code == place.country_code for m in others)
            or counts[0][1] * 2 <= len(others)
        ):
            continue
        own = name_key(place.name).strip()
        spellings = [
            (s, e)
            for s, e, written in mention.spans
            if written.isascii()
            and " " not in (folded := name_key(written).strip())
            and folded != own
            and DamerauLevenshtein.distance(folded, own) <= _SPELLING_EDITS
        ]
        if len(spellings) < len(mention.spans):
            continue
        for start, end in spellings:
            parent = _nearest(text, start, end, others)
            if parent is not None and parent.country_code == counts[0][0]:
                found.append(("village", start, end, parent))
    return found


def _attack_sentence(text: str, at: int) -> bool:
    """Whether the sentence holding `at` reports an attack or a flight (`_FRENCH_ATTACK`)."""
    since = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    stop = _SENTENCE_END.search(text, at)
    return _FRENCH_ATTACK.search(text, since, stop.start() if stop else len(text)) is not None


_BETWEEN_KINDS = frozenset(["city", "town", "village"])
_BETWEEN_POPULATION = 100_000


def _nearest(text: str, start: int, end: int, named: list[PlaceMention]) -> Place | None:
    """The listed place named right after a name with only placing words between ("X, dans le
    territoire de Y", "X (Y)", `_FRENCH_LINK`); else the one named nearest it in its sentence,
    outside the name; else the last one named before its sentence ("... dans la province du
    Bam. Le village de X a été ..."), none of them a far namesake (`_without_lone_countries`)."""
    spans = [(s, e, m.place) for m in _without_lone_countries(named) for s, e, _ in m.spans]
    link = _FRENCH_LINK.match(text, end, min(len(text), end + _FRENCH_REACH))
    after = [(s, place) for s, _, place in spans if link and end < s <= link.end()]
    if after:
        return min(after, key=lambda pair: pair[0])[1]
    stop = _SENTENCE_END.search(text, end)
    since = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    until = stop.start() if stop else len(text)
    near = [
        (min(abs(s - end), abs(start - e)), place)
        for s, e, place in spans
        if since <= s < until and (e <= start or s >= end)
    ]
    if near:
        return min(near, key=lambda pair: pair[0])[1]
    before = [(s, place) for s, _, place in spans if s < since]
    return max(before, key=lambda pair: pair[0])[1] if before else None


def _without_lone_countries(named: list[PlaceMention]) -> list[PlaceMention]:
    """`named` without the places whose country no other place of the text lies in, where
    some country holds several: a far namesake ("Diallaye-Kanda" read as Kanda, Japan, in a
    report naming Bankass and Mopti)."""
    countries = Counter(m.place.country_code for m in named)
    if max(countries.values(), default=0) < 2:
        return named
    return [m for m in named if countries[m.place.country_code] > 1]
