"""Needs and offers figures, on a store of 10,000 open needs and offers, 5,000 items of equipment
(with 20,000 reservations) and 20,000 published practices:

- the best 10 suggestions for one need (app.services.needs.matching.suggestions, in its own
  session as the need's page asks them): p95 ≤ 200 ms, over 100 needs of every kind;
- the new matches after a sync that brought 1,000 needs and offers (app.services.needs.alerts
  .find_new_matches, what app/sync/runs.py does after the pull, the indexing of what arrived
  included), for 25 open needs and offers of ours: ≤ 1 s each time, over 5 syncs.

The store is made by the demo generator (equipment, reservations and practices) and by
`needs_rows` below (the needs and offers, with the `sync_records` row a pull writes for the
partners' ones), kept in the data folder for the day (benchmarks/store_cache.py) and copied for
each run."""

from __future__ import annotations

import random
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from app import demo
from app.db import open_database
from app.demo import words as d
from app.demo.generator import generate_demo
from app.ids import new_id
from app.models import Need, NeedWatch, NetworkAssociation, SyncedRecord, utcnow
from app.models.outbox import APPLYING_REMOTE
from app.paths import DataPaths
from app.services.needs import alerts, index, matching, places
from benchmarks.harness import Figure, fmt_number
from benchmarks.store_cache import META, cached_store, sources_digest

Log = Callable[[str], None]
DEMO = Path(demo.__file__).parent
NEEDS_CODE = Path(matching.__file__).parent
NEEDS, ITEMS, RESERVATIONS, PRACTICES, CONTACTS = 10_000, 5_000, 20_000, 20_000, 2_000
ARRIVING, SYNCS, OURS_OPEN, RUNS, SEED = 1_000, 5, 25, 100, 1901
SUGGEST_LIMIT_MS, NEW_MATCHES_LIMIT_MS = 200, 1000

TASKS = (
    "tenir la buvette", "installer les stands", "accueillir le public", "distribuer les colis",
    "animer un atelier", "encadrer la sortie", "trier les dons", "réparer des vélos",
)  # fmt: skip
EVENTS = ("la fête de quartier", "la braderie", "la collecte alimentaire", "le forum des associations",
          "la kermesse", "le vide-grenier", "le loto", "la journée portes ouvertes")  # fmt: skip
ROOMS = (
    "une salle pour {n} personnes",
    "un local de stockage",
    "une salle de réunion",
    "une cuisine équipée",
)
KNOW_HOW = ("monter une recyclerie", "recruter des bénévoles", "demander une subvention",
            "tenir la comptabilité", "organiser une collecte", "animer un repair café")  # fmt: skip


def _title(rng: random.Random, kind: str, offer: bool) -> str:
    n = rng.choice((5, 10, 20, 40, 60))
    if kind == "equipment":
        item = rng.choice(d.EQUIPMENT_TEMPLATES)[0]
        return f"Nous prêtons : {item}" if offer else f"{item} pour {rng.choice(EVENTS)}"
    if kind == "volunteers":
        return f"{n // 5 + 1} bénévoles pour {rng.choice(TASKS)} à {rng.choice(EVENTS)}"
    if kind == "room":
        return rng.choice(ROOMS).format(n=n)
    if kind == "transport":
        return "Notre camion le week-end" if offer else f"Un véhicule pour {rng.choice(EVENTS)}"
    if kind == "know_how":
        return f"Conseils pour {rng.choice(KNOW_HOW)}"
    return f"Coup de main pour {rng.choice(EVENTS)}"


def needs_rows(rng: random.Random, count: int, owners: list[str | None], today: date) -> list[dict[str, Any]]:
    towns = [places.find(postal)[0] for _name, postal in d.TOWNS[:60]]
    kinds = ("equipment", "volunteers", "know_how", "room", "transport", "other")
    now, rows = utcnow(), []
    for _ in range(count):
        kind, offer = rng.choice(kinds), rng.random() < 0.4
        start = today + timedelta(days=rng.randint(1, 180)) if rng.random() < 0.7 else None
        town = rng.choice(towns)
        rows.append(
            {
                "id": new_id(), "created_at": now, "updated_at": now, "deleted_at": None,
                "direction": "offer" if offer else "need", "kind": kind, "title": _title(rng, kind, offer),
                "description": f"Pour {rng.choice(EVENTS)}, {rng.choice(TASKS)}.",
                "timing": "one_off" if start else "open", "start_date": start,
                "end_date": start + timedelta(days=rng.randint(0, 2)) if start else None, "recurrence": None,
                "remote": kind == "know_how", "commune_code": town.code, "place_name": town.name,
                "postal_code": town.postal_code, "quantity": None, "contact_name": "Claire Martin",
                "contact_phone": None, "contact_email": None, "expires_on": today + timedelta(days=200),
                "status": "open", "visibility": "network", "audience_ids": [], "_owner": rng.choice(owners),
            }
        )  # fmt: skip
    return rows


def write_needs(session, rows: list[dict[str, Any]], version: int) -> None:
    """Ours through the ORM; the partners' as a pull applies them, with their sync_records row."""
    ours = [{k: v for k, v in row.items() if k != "_owner"} for row in rows if row["_owner"] is None]
    theirs = [row for row in rows if row["_owner"] is not None]
    if ours:
        session.execute(insert(Need), ours)
    if theirs:
        session.info[APPLYING_REMOTE] = True
        session.execute(insert(Need), [{k: v for k, v in row.items() if k != "_owner"} for row in theirs])
        session.execute(
            insert(SyncedRecord),
            [
                {
                    "record_id": row["id"],
                    "entity_type": "need",
                    "version": version,
                    "owner_id": row["_owner"],
                    "visibility": "network",
                    "parties": [],
                }
                for row in theirs
            ],
        )
        session.info[APPLYING_REMOTE] = False


def _build(store: Path) -> None:
    database = open_database(DataPaths(store))
    try:
        with database.session_factory.begin() as session:
            generate_demo(
                session, CONTACTS, seed=SEED, equipment=ITEMS, reservations=RESERVATIONS, practices=PRACTICES
            )
        rng, today = random.Random(SEED), date.today()
        with database.session_factory.begin() as session:
            partners = list(session.scalars(select(NetworkAssociation.id)))
            write_needs(session, needs_rows(rng, NEEDS, list(partners), today), 1)
            write_needs(session, needs_rows(rng, OURS_OPEN, [None], today), 1)
            index.refresh(session)
            alerts.find_new_matches(session, today)  # as after the first sync: the watermark moves
    finally:
        database.close()


def _prepare(data: Path, root: Path, log: Log) -> tuple[Any, list[str]]:
    """A copy of the kept store (the figures write to it). Its needs' dates count from the day it
    was made, hence one store a day."""
    sources = sources_digest([*DEMO.glob("*.py"), *NEEDS_CODE.glob("*.py"), Path(__file__)])
    wanted = {"sources": sources, "day": date.today().isoformat(), "needs": NEEDS, "items": ITEMS}
    what = f"Base de {ITEMS} matériels, {RESERVATIONS} réservations, {PRACTICES} pratiques et {NEEDS} besoins"
    kept = cached_store(data / "needs-store", wanted, _build, what, log)
    shutil.copytree(kept, root / "store", ignore=shutil.ignore_patterns(META))
    database = open_database(DataPaths(root / "store"))
    with database.session_factory() as session:
        partners = list(session.scalars(select(NetworkAssociation.id)))
    return database, partners


def _suggestions(database, log: Log) -> Figure:
    figure = Figure(
        "Besoins : 10 meilleures pistes pour un besoin", "needs_suggestions", limit=SUGGEST_LIMIT_MS
    )
    with database.session_factory() as session:
        ids = list(session.scalars(select(Need.id).where(Need.direction == "need", Need.status == "open")))
    chosen = random.Random(SEED).sample(ids, RUNS + 1)
    found = 0
    for position, need_id in enumerate(chosen):
        started = time.perf_counter()
        with database.session_factory() as session:
            found += len(matching.suggestions(session, need_id))
        if position:  # the first one reads the communes and warms the caches: not counted
            figure.samples.append((time.perf_counter() - started) * 1000)
    figure.note = f"{RUNS} besoins ; {fmt_number(found / (RUNS + 1))} pistes en moyenne"
    log("Pistes : mesurées")
    return figure


def _new_matches(database, partners: list[str], log: Log) -> Figure:
    figure = Figure(
        f"Besoins : nouvelles pistes après une synchro de {ARRIVING} besoins et propositions",
        "needs_new_matches",
        limit=NEW_MATCHES_LIMIT_MS,
        limit_on="max",
    )
    rng, kept = random.Random(SEED + 1), 0
    for sync in range(SYNCS):
        with database.session_factory.begin() as session:
            version = (session.scalar(select(func.max(SyncedRecord.version))) or 0) + 1
            write_needs(session, needs_rows(rng, ARRIVING, list(partners), date.today()), version)
            assert session.get(NeedWatch, 1).version < version
        started = time.perf_counter()
        with database.session_factory.begin() as session:
            kept += alerts.find_new_matches(session)
        figure.samples.append((time.perf_counter() - started) * 1000)
        log(f"  synchro {sync + 1} : {fmt_number(figure.samples[-1])} ms")
    figure.note = f"{OURS_OPEN} besoins et propositions ouverts chez nous ; {kept} nouvelles pistes retenues"
    return figure


def needs_figures(log: Log, data: Path = Path("bench-data")) -> list[Figure]:
    data.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="entraide-needs-bench-", dir=data))
    try:
        database, partners = _prepare(data, root, log)
        try:
            return [_suggestions(database, log), _new_matches(database, partners, log)]
        finally:
            database.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":  # `python -m benchmarks.needs_bench`: these figures alone
    import sys

    from benchmarks.harness import format_table

    def _log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    results = needs_figures(_log, Path("bench-data").resolve())
    print(format_table(results))
    for result in results:
        if result.note:
            print(f"- {result.name} : {result.note}")
