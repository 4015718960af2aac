"""The oblasts a Russian or Ukrainian text names only by their administration ("Сумської
ОВА", "Херсонская ОВА", "Запорізької обладміністрації"; `administration_areas`).

An oblast's military or state administration is an office, not a place (a user following
the oblast is not told of it), but a report quoting it is about that oblast: its hromadas
and raions, named by adjectives whose centres the text does not name, lie there.
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
_FEMININE = (("ої", "а"), ("ій", "а"), ("ою", "а"), ("у", "а"), ("ой", "ая"), ("ую", "ая"))
"""An oblast adjective's case endings and its nominative's, Ukrainian and Russian."""


def administration_areas(gaz: Gazetteer, text: str) -> set[str]:
    """Keys of the first-level areas whose administrations `text` names."""
    if not any(word in text for word in ("ОВА", "ОДА", "ОГА", "адміністраці", "администраци")):
        return set()  # a quick test: most texts name no administration
    found = set()
    for match in _ADMINISTRATION.finditer(text):
        adjective = _nominative(match.group("adjective"))
        found |= {
            place.key for place in gaz.lookup(f"{adjective} область") if place.kind == "admin1"
        }
    return found


def _nominative(adjective: str) -> str:
    """The feminine nominative of an oblast's adjective written in another case."""
    for ending, nominative in _FEMININE:
        if adjective.endswith(ending):
            return adjective[: -len(ending)] + nominative
    return adjective
