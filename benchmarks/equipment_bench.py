"""Equipment figures: the catalogue's "available from … to …" filter on a store holding 5,000
items of equipment and 20,000 reservations over two years (with their loans), for 50 periods
of 1 to 14 days spread over those two years.

The figure with the target times what the filter runs (app.services.equipment.records.catalogue with
`available_from`/`available_to`: the catalogue query, then availability.unavailable_ids), in
its own session as a user action gets; the availability query alone is shown beside it. The
first listing after opening (cold page cache, every row made) is not counted: its time is in
the note under the table."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from app.db import open_database
from app.demo.equipment import DAYS_AFTER, DAYS_BEFORE
from app.demo.generator import generate_demo
from app.paths import DataPaths
from app.services.equipment.availability import unavailable_ids
from app.services.equipment.records import CatalogueFilter, catalogue
from benchmarks.harness import Figure, fmt_number

Log = Callable[[str], None]
ITEMS, RESERVATIONS, CONTACTS = 5_000, 20_000, 2_000  # the contacts provide the partner associations
RUNS, SEED = 50, 1901


def periods(count: int, today: date, seed: int = SEED) -> list[tuple[date, date]]:
    """Periods of 1 to 14 days starting anywhere in the reservations' two years."""
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        first = today + timedelta(days=rng.randint(-DAYS_BEFORE, DAYS_AFTER))
        found.append((first, first + timedelta(days=rng.randint(0, 13))))
    return found


def equipment_figures(log: Log, runs: int = RUNS) -> list[Figure]:
    root = Path(tempfile.mkdtemp(prefix="entraide-equipment-bench-"))
    database = open_database(DataPaths(root / "store"))
    try:
        log(f"Matériel : préparation d'une base de {ITEMS} matériels et {RESERVATIONS} réservations…")
        started = time.perf_counter()
        with database.session_factory.begin() as session:
            counts = generate_demo(
                session, CONTACTS, seed=SEED, equipment=ITEMS, reservations=RESERVATIONS
            ).counts
        log(
            f"  prête en {time.perf_counter() - started:.1f} s : {counts.get('equipment', 0)} matériels, "
            f"{counts.get('reservations', 0)} réservations, {counts.get('loans', 0)} prêts"
        )
        available = Figure(
            "Disponibilité de 5 000 matériels sur une période", "equipment_available", limit=50
        )
        raw = Figure("Requête de disponibilité seule (unavailable_ids)", "equipment_unavailable_ids")
        chosen = periods(runs + 1, date.today())
        first_ms = 0.0
        for index, (first, last) in enumerate(chosen):
            wanted = CatalogueFilter(available_from=first, available_to=last)
            started = time.perf_counter()
            with database.session_factory() as session:
                rows = catalogue(session, wanted)
            elapsed = (time.perf_counter() - started) * 1000
            started = time.perf_counter()
            with database.session_factory() as session:
                busy = unavailable_ids(session, first, last)
            raw_elapsed = (time.perf_counter() - started) * 1000
            if index == 0:  # the first run warms the page cache and makes the rows: not counted
                first_ms = elapsed
                continue
            available.samples.append(elapsed)
            raw.samples.append(raw_elapsed)
            if len(rows) + len(busy) < ITEMS:  # every item is either listed or busy
                raise RuntimeError(f"{len(rows)} disponibles et {len(busy)} occupés sur {ITEMS}")
        available.note = (
            f"{counts.get('equipment', 0)} matériels, {counts.get('reservations', 0)} "
            f"réservations, {counts.get('loans', 0)} prêts ; {runs} périodes de 1 à 14 jours "
            f"sur deux ans ; première liste après l'ouverture : {fmt_number(first_ms)} ms"
        )
        return [available, raw]
    finally:
        database.close()
        shutil.rmtree(root, ignore_errors=True)
