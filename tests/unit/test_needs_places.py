"""The bundled communes: found as people type them, and the distance between two."""

from __future__ import annotations

import gzip
import math

import pytest

from app.errors import InvalidInput
from app.paths import resources_dir
from app.services.needs import places


def test_communes_are_found_by_name_postal_code_or_both():
    assert places.resolve("Lyon 7e")[0].code == "69387"
    assert places.resolve("69007") == (places.by_code("69387"), "69007")
    assert places.resolve("Villeurbanne (69100)")[0].code == "69266"
    assert places.resolve("69100 Villeurbanne")[0].code == "69266"
    assert places.resolve("saint etienne")[0].code == "42218"  # accents, hyphens and case aside
    assert places.resolve("St-Étienne")[0].code == "42218"
    assert places.resolve("Bellegarde-sur-Valserine")[0].name == "Bellegarde-sur-Valserine"  # a former name
    assert [c.name for c in places.suggest("villeurb")] == ["Villeurbanne"]


@pytest.mark.parametrize("typed", ["Trifouillis", "99999", "", "Saint-Martin"])
def test_a_place_that_names_no_single_commune_is_refused_with_a_reason(typed):
    with pytest.raises(InvalidInput) as caught:
        places.resolve(typed)
    assert caught.value.errors["place"]


def test_the_distance_between_two_known_communes():
    lyon, paris = places.by_code("69123"), places.by_code("75056")
    # Lyon (45.75° N, 4.85° E) and Paris (48.85° N, 2.35° E): 392 km as the crow flies.
    assert places.distance_km(lyon, paris) == pytest.approx(392, abs=4)
    assert places.distance_km(lyon, lyon) == 0
    near = places.distance_km(places.by_code("69387"), places.by_code("69266"))  # Lyon 7e, Villeurbanne
    assert 3 < near < 7


def test_an_address_gives_its_commune():
    assert places.in_text("Local associatif, 12 rue Garibaldi, 69007 Lyon").code == "69387"
    assert places.in_text("Gymnase, 69100 Villeurbanne").code == "69266"
    assert places.in_text("Quelque part") is None
    assert places.in_text(None) is None


def test_every_commune_of_the_table_has_a_position_in_france_and_a_precision():
    path = resources_dir() / "communes" / "communes.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        header = next(lines).rstrip("\n").split("\t")
        rows = [line.rstrip("\n").split("\t") for line in lines]
    assert header == ["insee", "nom", "codes_postaux", "departement", "lat", "lon", "precision"]
    assert len(rows) > 35_000
    for row in rows:
        lat, lon = float(row[4]), float(row[5])
        assert -22 < lat < 52 and -62 < lon < 56 and math.isfinite(lat + lon), row
        assert row[6] in {"commune", "code_postal", "epci", "arrondissement"}, row
    readme = (path.parent / "README.md").read_text(encoding="utf-8")
    assert "Licence Ouverte" in readme and "CC BY 4.0" in readme and "2026" in readme
