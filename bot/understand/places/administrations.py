"""The oblasts a Russian or Ukrainian text names only by their administration ("Сумської
ОВА", "Херсонская ОВА", "Запорізької обладміністрації"), by a raion's administration
("Роменської районної військової адміністрації", "Роменської РВА": the raion's oblast) or by
its governor's title ("Брянский губернатор", "белгородского губернатора";
`administration_areas`).

An oblast's military or state administration is an office, not a place (a user following
the oblast is not told of it), nor is its governor, but a report quoting them is about that
oblast: its hromadas and raions, named by adjectives whose centres the text does not name,
lie there.
"""

from __future__ import annotations

import re

from bot.understand.places.gazetteer import Gazetteer

_ADMINISTRATION = re.compile(
    r"(?<![\w\-])(?P<adjective>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+)"
    r" (?:ОВА|ОДА|ОГА|обладміністраці[їяюі]|облдержадміністраці[їяюі]"
    r"|обласн(?:ої|а|ій|у|ою) (?:військов|державн)[а-яії]{1,3} адміністраці[їяюі]"
    r"|областн(?:ой|ая|ую) (?:военн|государственн)[а-я]{2,3} администраци[иея])(?![\w\-])"
)
"""An oblast's adjective, in any case, before its administration's abbreviation or words."""
_RAION_ADMINISTRATION = re.compile(
    r"(?<![\w\-])(?P<adjective>[А-ЯЁІЇЄҐ][а-яёіїєґ'’\-]+?(?P<ending>ої|ій|а|у|ою))"
    r" (?:РВА|РДА|районн(?:ої|а|ій|у|ою) (?:військов|державн)[а-яії]{1,3} адміністраці[їяюі])"
    r"(?![\w\-])"
)
"""A Ukrainian raion's adjective, in any case, before its administration's abbreviation or
words."""
_GOVERNOR = re.compile(
    r"(?<![\w\-])(?P<adjective>[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’\-]+?(?:ск|цк|ськ|цьк))"
    r"(?:ий|ый|ого|ому|им|ым|ом|ім) (?:врио )?губернатор(?:а|у|ом|ові|е)?(?![\w\-])"
)
"""A region's adjective, in any case of the masculine, before "губернатор" ("Брянский
губернатор", "курського губернатора"): the governor of that oblast."""
_FEMININE = (("ої", "а"), ("ій", "а"), ("ою", "а"), ("у", "а"), ("ой", "ая"), ("ую", "ая"))
"""An oblast adjective's case endings and its nominative's, Ukrainian and Russian."""


def administration_areas(gaz: Gazetteer, text: str) -> set[str]:
    """Keys of the first-level areas whose administrations `text` names."""
    if not any(word in text for word in _WORDS):
        return set()  # a quick test: most texts name no administration
    found = set()
    for match in _ADMINISTRATION.finditer(text):
        found |= _oblasts(gaz, _nominative(match.group("adjective")))
    for match in _GOVERNOR.finditer(text):
        stem = match.group("adjective")
        found |= _oblasts(gaz, f"{stem}ая") | _oblasts(gaz, f"{stem}а")
    for match in _RAION_ADMINISTRATION.finditer(text):
        adjective = match.group("adjective")[: -len(match.group("ending"))]
        found |= {
            key
            for place in gaz.lookup(f"{adjective}ий район")
            if place.kind == "admin2" and place.country_code == "UA"
            for key in gaz.admin1_keys(place.key)[:1]
        }
    return found


_WORDS = ("ОВА", "ОДА", "ОГА", "РВА", "РДА", "адміністраці", "администраци", "губернатор")
"""What a text naming an administration or a governor holds."""


def _oblasts(gaz: Gazetteer, adjective: str) -> set[str]:
    """Keys of the first-level areas called `adjective` (the feminine nominative) "область"."""
    return {place.key for place in gaz.lookup(f"{adjective} область") if place.kind == "admin1"}


def _nominative(adjective: str) -> str:
    """The feminine nominative of an oblast's adjective written in another case."""
    for ending, nominative in _FEMININE:
        if adjective.endswith(ending):
            return adjective[: -len(ending)] + nominative
    return adjective
