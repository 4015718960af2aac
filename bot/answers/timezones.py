"""Time zones as people type them: an IANA name in any case (`europe/paris`), a city of the
tz database (`Paris`, `new york`) or a whole-hour UTC offset (`UTC+3`, `GMT-5`, `+03:00`).
Stored as the IANA name; offsets as `Etc/GMT-3` (whose sign is inverted), shown `UTC+3`."""

from __future__ import annotations

import re
from functools import cache
from zoneinfo import available_timezones

_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_ETC = re.compile(r"^Etc/GMT([+-])(\d{1,2})$")
_REGIONS = ("Europe", "Asia", "Africa", "America", "Australia", "Pacific", "Atlantic", "Indian")
FORMS = "a city (`Paris`), an IANA name (`Europe/Paris`) or an offset (`UTC+3`)"


@cache
def _names() -> tuple[dict[str, str], dict[str, str]]:
    """Every IANA name by its case-folded self, and by its case-folded city (the part after
    the last slash, underscores as spaces; a name in a continent wins over a legacy alias)."""
    zones = sorted(available_timezones())
    exact = {name.casefold(): name for name in zones}
    cities: dict[str, str] = {}
    for name in sorted(zones, key=lambda n: (not n.startswith(_REGIONS), n)):
        if "/" in name:
            cities.setdefault(name.rsplit("/", 1)[1].replace("_", " ").casefold(), name)
    return exact, cities


def check_timezone(text: str) -> str:
    """The IANA name `text` means; raises ValueError saying which forms work."""
    typed = " ".join(text.split())
    folded = typed.casefold()
    if folded in ("utc", "gmt", "z", "utc+0", "utc-0", "gmt+0"):
        return "UTC"
    offset = _OFFSET.match(typed)
    if offset:
        sign, hours, minutes = offset.group(1), int(offset.group(2)), int(offset.group(3) or 0)
        east = sign == "+"
        if minutes or hours > (14 if east else 12):
            raise ValueError(
                f"`{typed}` is not a whole-hour offset I can keep: use a city, e.g. "
                "`Asia/Kolkata` for UTC+05:30"
            )
        return "UTC" if hours == 0 else f"Etc/GMT{'-' if east else '+'}{hours}"
    exact, cities = _names()
    found = exact.get(folded.replace(" ", "_")) or cities.get(folded)
    if found is None:
        raise ValueError(f"`{typed}` is not a time zone I know: use {FORMS}")
    return found


def zone_label(name: str) -> str:
    """A stored zone as people read it: `Etc/GMT-3` is `UTC+3`; names stay as they are."""
    etc = _ETC.match(name)
    if etc is None:
        return name
    return f"UTC{'-' if etc.group(1) == '+' else '+'}{etc.group(2)}"
