"""French communes: finding one as it is typed ("Lyon 7e", "69007", "Villeurbanne (69100)") and
the distance between two, from the bundled table resources/communes/communes.tsv.gz (its
sources, licences and date are in the README beside it; scripts/build_communes.py makes it).

The table is read once per process (about 37,000 lines, a tenth of a second) and kept: the
window reads it on the database thread when the section opens, never on the GUI thread.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import math
import re
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInput, Message
from app.i18n import QT_TRANSLATE_NOOP
from app.paths import resources_dir
from app.text import fold

EARTH_RADIUS_KM = 6371.0
EXACT = "commune"  # a position of the commune itself; the others are approximations
_POSTAL = re.compile(r"(?<!\d)(\d{5})(?!\d)")
_SEPARATORS = re.compile(r"[-'’ ]+")


@dataclass(frozen=True, slots=True)
class Commune:
    code: str  # INSEE
    name: str
    postal_codes: tuple[str, ...]
    department: str
    lat: float
    lon: float
    precision: str  # "commune", "code_postal", "epci", "arrondissement"

    @property
    def exact(self) -> bool:
        return self.precision == EXACT

    @property
    def postal_code(self) -> str:
        return self.postal_codes[0] if self.postal_codes else ""

    def label(self, postal_code: str | None = None) -> str:
        """ "Lyon 7e Arrondissement (69007)"."""
        code = postal_code or self.postal_code
        return f"{self.name} ({code})" if code else self.name


def key(name: str) -> str:
    """How names are compared: folded, hyphens and apostrophes as spaces, saint as st."""
    text = _SEPARATORS.sub(" ", fold(name))
    return re.sub(r"\bsainte\b", "ste", re.sub(r"\bsaint\b", "st", text)).strip()


class Table:
    """The communes, with what finding one needs: by code, by name, by postal code, by prefix."""

    def __init__(self, communes: list[Commune]) -> None:
        self.communes = communes
        self.by_code: dict[str, Commune] = {}
        self.by_name: dict[str, list[Commune]] = {}
        self.by_postal: dict[str, list[Commune]] = {}
        for commune in communes:
            self.by_code.setdefault(commune.code, commune)  # the commune before its former ones
            self.by_name.setdefault(key(commune.name), []).append(commune)
            for code in commune.postal_codes:
                self.by_postal.setdefault(code, []).append(commune)
        for found in self.by_postal.values():  # the most precise first: "Lyon 7e" before "Lyon"
            found.sort(key=lambda c: (len(c.postal_codes), c.name))
        self.names = sorted(self.by_name)

    def starting_with(self, prefix: str, limit: int) -> list[Commune]:
        found: list[Commune] = []
        at = bisect.bisect_left(self.names, prefix)
        while at < len(self.names) and self.names[at].startswith(prefix) and len(found) < limit:
            found.extend(self.by_name[self.names[at]])
            at += 1
        return found[:limit]


@functools.cache
def table(path: Path | None = None) -> Table:
    source = path or resources_dir() / "communes" / "communes.tsv.gz"
    communes = []
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        next(lines)  # the header
        for line in lines:
            code, name, postal, department, lat, lon, precision = line.rstrip("\n").split("\t")
            communes.append(
                Commune(code, name, tuple(postal.split()), department, float(lat), float(lon), precision)
            )
    return Table(communes)


def by_code(code: str | None) -> Commune | None:
    return table().by_code.get(code) if code else None


def find(text: str) -> list[Commune]:
    """The communes a typed place may mean, the likeliest first: a postal code, a name, a name
    with its postal code ("Villeurbanne (69100)", "69100 Villeurbanne"), a start of a name
    that stops at a word ("Lyon 7e" for "Lyon 7e Arrondissement")."""
    places = table()
    postal = _POSTAL.search(text or "")
    name = key(_POSTAL.sub(" ", text or "").replace("(", " ").replace(")", " "))
    if postal is not None:
        with_code = places.by_postal.get(postal.group(1), [])
        if not name:
            return list(with_code)
        named = [c for c in with_code if key(c.name) == name or key(c.name).startswith(name + " ")]
        return named or ([] if with_code else _by_name(places, name))
    return _by_name(places, name) if name else []


def _by_name(places: Table, name: str) -> list[Commune]:
    exact = places.by_name.get(name)
    if exact:
        return list(exact)
    return places.starting_with(name + " ", 20)


def suggest(text: str, limit: int = 12) -> list[Commune]:
    """Completions while typing: names starting with the text, or communes of a postal code
    starting with the digits typed."""
    typed = (text or "").strip()
    if typed.isdigit():
        if len(typed) < 2:
            return []
        places = table()
        codes = [c for c in places.by_postal if c.startswith(typed)]
        return [c for code in sorted(codes)[:limit] for c in places.by_postal[code]][:limit]
    prefix = key(typed)
    return table().starting_with(prefix, limit) if len(prefix) >= 2 else []


def resolve(text: str, field: str = "place") -> tuple[Commune, str]:
    """The one commune a typed place names, with the postal code to keep; InvalidInput (in
    French, on `field`) when there is none or several."""
    found = find(text)
    postal = _POSTAL.search(text or "")
    if len(found) > 1 and len({c.code for c in found}) == 1:
        found = found[:1]
    if len(found) > 1 and postal is not None and found[0].postal_codes != found[1].postal_codes:
        found = found[:1]  # "69007": the arrondissement rather than the whole city
    if not found:
        raise InvalidInput(
            {
                field: Message(
                    QT_TRANSLATE_NOOP(
                        "entraide",
                        "Commune introuvable : « {0} ». Tapez son nom ou son code postal "
                        "(par exemple Lyon 7e ou 69007).",
                    ),
                    (text.strip(),),
                )
            }
        )
    if len(found) > 1:
        examples = ", ".join(f"{c.name} ({c.department})" for c in found[:4])
        raise InvalidInput(
            {
                field: Message(
                    QT_TRANSLATE_NOOP(
                        "entraide", "Plusieurs communes portent ce nom ({0}…) : ajoutez le code postal."
                    ),
                    (examples,),
                )
            }
        )
    commune = found[0]
    chosen = postal.group(1) if postal is not None and postal.group(1) in commune.postal_codes else None
    return commune, chosen or commune.postal_code


def in_text(text: str | None) -> Commune | None:
    """The commune of an address or a storage place, from its postal code ("12 rue …, 69007
    Lyon"), preferring the commune whose name follows it; None when the text has no known code."""
    if not text:
        return None
    places = table()
    for match in _POSTAL.finditer(text):
        found = places.by_postal.get(match.group(1))
        if found:
            after = key(text[match.end() :])
            named = [c for c in found if after.startswith(key(c.name))]
            if not named or key(found[0].name).startswith(key(named[0].name)):
                return found[0]  # "69007 Lyon": the 7th arrondissement, more precise than Lyon
            return named[0]
    return None


def distance_km(a: Commune, b: Commune) -> float:
    """The great-circle distance (haversine): as the crow flies, not by road."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
