"""Villages, towns, camps and quarters Arabic and French reports name after their kind word,
which the gazetteer does not list (`with_local_villages`).

Arabic reports place a strike in a village, a small town or a camp and say where it lies
right after: "بلدة الجينة بريف حلب الشرقي", "قرية تل حلاوة، التابعة لبلدة ...", "بلدتي X وY في
جنوب لبنان", "مخيم X غرب مدينة غزة" (a camp's name is a definite noun: "مخيم نازحين" is a
camp of displaced people). French ones name a village, a locality or a quarter and the
place around it in the same sentence: "au village Kazaroho, territoire de Beni", "la
localité de Paroukou", "le quartier de Qouro, dans le sud de Khartoum". Each such name is
a place the gazetteer does not list (`unlisted.PREFIX`), inside that place, named as
written.

Unlisted names after Arabic kind words placed by the nearest place lost precision on unseen
reports (see docs/decisions.md), so an Arabic name counts only where a listed place follows
it with nothing but words that place it between ("بريف", "في محافظة", "شمال", "التابعة
لـ", "30 كم غرب"); a name's word must not describe the village ("بلدة حدودية", "قرية
مجاورة"). A French name is capitalised after a lower-case kind word and lies in the place
named nearest in its sentence. A name the tagger already reads as a place stays its own,
unless it read it as a place of another country than the one the text puts the name in.
"""

from __future__ import annotations

import re

from bot.records import Place, PlaceMention
from bot.understand.places.normalize import name_key
from bot.understand.places.unlisted import KEY_LENGTH, PREFIX, word_spans
from bot.understand.places.words import (
    ARABIC_NAME_OPENERS,
    ARABIC_QUARTER_NOT_NAMES,
    FRENCH_BEARINGS,
)

_ARABIC_KIND = re.compile(
    r"(?<![^\W_])(?:و|ف)?(?:ب|ل|في )?(?:(بلدة|قرية|مخيم)|(بلدتي|قريتي|مخيمي)) [\"“«(]?"
)
"""A word for a village, a town or a camp (group 1), or its dual (group 2: "بلدتي X وY"), a
prefix joined to it ("ببلدة", "وقرية") or "في" before it, and a quote or a bracket the name may open
with ("قرية \"X\"", "قرية (X)")."""
_ARABIC_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_AND = re.compile(r" و ?(?=[^\W\d_])")
_ARABIC_NOT_NAMES = frozenset(
    name_key(word).strip()
    for word in [
        *ARABIC_QUARTER_NOT_NAMES,
        # what describes a village rather than names it
        "صغيرة", "كبيرة", "قريبة", "مجاورة", "مجاور", "واقعة", "محاذية", "نائية", "جديدة",
        "تابعة", "مهجورة", "محاصرة", "آمنة", "ثانية", "واحدة", "أولى", "اولى", "الأم", "الام",
        "اخرى",
        # pronouns and particles
        "التي", "الذي", "التى", "وهي", "هي", "كانت", "تقع", "يقع", "لم", "قد",
        # words that place a village after its name ("قرية X التابعة لمدينة Y")
        "التابعة", "التابع", "الواقعة", "الواقع", "القريبة", "القريب", "المحاذية",
    ]
)  # fmt: skip
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
    r"(?<![^\W_])[وبلف]{0,2}(?:ريف|ريفي|محافظة|مدينة|منطقة|ناحية|قضاء|مديرية|بلدة|ولاية|"
    r"شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط|قرب|القريبة|بالقرب|من|في|التابعة|"
    r"الواقعة|كم|كيلومتر|كيلومترات|أطراف|اطراف)(?![^\W_]))*[وبلف]?"
)
"""What may stand between an Arabic village's name and the listed place that holds it: words
that place a village in it ("بريف", "في محافظة", "جنوب", "التابعة لـ", "(30 كم غرب"), and a
prefix joined to the place's name."""
_ARABIC_REACH = 40

_FRENCH_KIND = re.compile(
    r"(?<![\w-])(?:(village|localité|quartier|hameau)|(villages|localités|quartiers))"
    r" (?:voisine?s? |natal |tout proche |situés? |situées? )?(?:de |d['’]|du )?(?=[A-ZÀ-Ý])"
)
"""A French word for a village, a locality or a quarter (group 1) or several (group 2), in lower
case, and what joins the name after it ("village de", "localité d'", "au village X")."""
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
_FRENCH_NOT_NAMES = frozenset(["Le", "La", "Les", "L", "Un", "Une", "Ce", "Cette", "Ces"])
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_KINDS = {
    "بلدة": "town", "بلدتي": "town", "قرية": "village", "قريتي": "village", "مخيم": "camp",
    "مخيمي": "camp",
    "quartier": "neighbourhood",
}  # fmt: skip


def with_local_villages(
    text: str, named: list[PlaceMention], language: str | None = None
) -> list[PlaceMention]:
    """`named` and the villages, towns and quarters the text names after their kind word (see
    the module docstring), in the order of first mentions; French ones only in French text
    (`language`)."""
    arabic = "بلد" in text or "قري" in text or "مخيم" in text  # a quick test
    found = _arabic(text, named) if arabic else []
    if language == "fr":
        found.extend(_french(text, named))
    if not found:
        return named
    kept = list(named)
    added: dict[str, PlaceMention] = {}
    for kind, start, end, parent in found:
        overlapping = [m for m in kept if any(s < end and start < e for s, e, _ in m.spans)]
        if any(not _elsewhere(m, parent, start, end) for m in overlapping):
            continue
        kept = [m for m in kept if m not in overlapping]
        name = text[start:end]
        key = f"{PREFIX}{parent.key}/{name_key(name).strip().replace(' ', '-')}"
        if len(key) > KEY_LENGTH or key in added:
            continue
        place = Place(key, name, kind, parent.country_code, parent.country, None, 0, parent.lat,
                      parent.lon, True)  # fmt: skip
        spans = {(start, end), *word_spans(text, name)}
        mentions = tuple((s, e, name) for s, e in sorted(spans))
        added[key] = PlaceMention(name, mentions[0][0], mentions[0][1], place, mentions)
    return sorted([*kept, *added.values()], key=lambda m: m.start)


def _elsewhere(mention: PlaceMention, parent: Place, start: int, end: int) -> bool:
    """Whether the tagger's reading of a name the text puts in `parent` is a place of another
    country written only there: a far namesake of the village."""
    return (
        mention.place.country_code != parent.country_code
        and bool(parent.country_code)
        and all(start <= s and e <= end for s, e, _ in mention.spans)
    )


def _arabic(text: str, named: list[PlaceMention]) -> list[tuple[str, int, int, Place]]:
    """(kind, start, end, parent) of each Arabic village's or town's name a listed place
    follows (see the module docstring)."""
    found: list[tuple[str, int, int, Place]] = []
    for match in _ARABIC_KIND.finditer(text):
        kind = _KINDS[match.group(1) or match.group(2)]
        names = []
        first = _arabic_name(text, match.end(), definite=kind == "camp")
        if first is not None:
            names.append(first)
            joined = _ARABIC_AND.match(text, first[1]) if match.group(2) else None
            second = _arabic_name(text, joined.end(), kind == "camp") if joined else None
            if match.group(2) and second is None:
                continue  # a dual names two villages: "بلدتي" alone is "my town"
            if second is not None:
                names.append(second)
        if not names:
            continue
        parent = _arabic_parent(text, names[-1][1], named)
        if parent is not None:
            found.extend((kind, start, end, parent) for start, end in names)
    return found


def _arabic_name(text: str, at: int, definite: bool = False) -> tuple[int, int] | None:
    """The span of a village's name at `at`: a word, with the next where the first opens names
    ("تل حلاوة") or the next is a definite noun ("عيتا الشعب"); none for a word that describes
    a village, nor one opening with "لل" (for the: "مخيم للنازحين"). With `definite` (a
    camp's: "مخيم نازحين" is a camp of displaced people), only a definite noun or a name opened
    so."""
    word = _ARABIC_WORD.match(text, at)
    if word is None:
        return None
    folded = name_key(word.group()).strip()
    if (
        (len(folded) < 3 and folded not in _OPENERS)
        or folded in _ARABIC_NOT_NAMES
        or folded.startswith("لل")
        or (not folded.startswith("ال") and folded.endswith(_ADJECTIVE_ENDING))
        or (definite and not folded.startswith("ال") and folded not in _OPENERS)
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


_OPENERS = frozenset(name_key(word).strip() for word in [*ARABIC_NAME_OPENERS, "ود"])
"""Words a village's name of two words opens with; also Sudan's "ود" (son of: "ود راوة")."""


def _arabic_parent(text: str, end: int, named: list[PlaceMention]) -> Place | None:
    """The listed place named right after a village's name ending at `end`, only words that
    place the village between (`_ARABIC_LINK`)."""
    link = _ARABIC_LINK.match(text, end, min(len(text), end + _ARABIC_REACH))
    if link is None or link.end() == end:
        return None
    starts = {s: m.place for m in named for s, _, _ in m.spans if end < s <= link.end()}
    return starts[min(starts)] if starts else None


def _french(text: str, named: list[PlaceMention]) -> list[tuple[str, int, int, Place]]:
    """(kind, start, end, parent) of each name after a French kind word, or of each name of
    the list after a plural one, inside the place named nearest in its sentence."""
    found: list[tuple[str, int, int, Place]] = []
    for match in _FRENCH_KIND.finditer(text):
        word = match.group(1) or match.group(2)[:-1]
        kind = _KINDS.get(word, "village")
        at = match.end()
        while (name := _FRENCH_NAME.match(text, at)) is not None:
            start, end = name.span()
            first = text[start:end].split()[0].split("'")[0].split("’")[0]
            if first in _FRENCH_NOT_NAMES or first.lower() in FRENCH_BEARINGS:
                break
            parent = _nearest(text, start, end, named)
            if parent is not None:
                found.append((kind, start, end, parent))
            joined = _FRENCH_AND.match(text, end)
            if match.group(2) is None or joined is None:
                break
            at = joined.end()
    for match in _FRENCH_AREA_AFTER.finditer(text):
        after, end = match.end("name"), match.end()
        area = [m.place for m in named for s, _, _ in m.spans if after < s <= end]
        if area:
            found.append(("village", *match.span("name"), area[0]))
    return found


def _nearest(text: str, start: int, end: int, named: list[PlaceMention]) -> Place | None:
    """The listed place named nearest a name in its sentence, outside the name; else the last
    one named before its sentence ("... dans la province du Bam. Le village de X a été ...")."""
    stop = _SENTENCE_END.search(text, end)
    since = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    until = stop.start() if stop else len(text)
    near = [
        (min(abs(s - end), abs(start - e)), m.place)
        for m in named
        for s, e, _ in m.spans
        if since <= s < until and (e <= start or s >= end)
    ]
    if near:
        return min(near, key=lambda pair: pair[0])[1]
    before = [(s, m.place) for m in named for s, _, _ in m.spans if s < since]
    return max(before, key=lambda pair: pair[0])[1] if before else None
