"""`python -m benchmarks [--size N] [--data DIR] [--only NAME] [--strict] [--quick]`: measure, print, save.

Benchmarks are measurements, not tests: the exit code is 0 whatever the figures,
unless --strict is given (then 1 when a target is missed or a figure with a target
could not be measured).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import (
    agreements_bench,
    cli_bench,
    courier_bench,
    documents_bench,
    equipment_bench,
    hub_bench,
    import_bench,
    needs_bench,
    practices_bench,
    search_bench,
    sync_bench,
)
from benchmarks import contacts_bench as contacts
from benchmarks.harness import Figure, format_table

NAMES = (
    "search",
    "list",
    "start",
    "hub",
    "sync",
    "documents",
    "equipment",
    "practices",
    "agreements",
    "import",
    "needs",
    "courier",
    "cli",
)
CONTACT_NAMES = ("search", "list", "start", "cli")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="contacts de la base de démonstration")
    parser.add_argument(
        "--data",
        type=Path,
        default=Path("bench-data"),
        help="dossier où la base est gardée entre deux mesures (défaut : bench-data)",
    )
    parser.add_argument("--only", choices=NAMES, action="append", help="seulement cette mesure (répétable)")
    parser.add_argument("--strict", action="store_true", help="code de sortie 1 si une cible est manquée")
    parser.add_argument("--rounds", type=int, default=3, help="passes sur les requêtes de recherche")
    parser.add_argument("--runs", type=int, default=4, help="démarrages de l'application mesurés par passe")
    parser.add_argument("--timeout", type=float, default=60.0, help="secondes d'attente de ENTRAIDE_READY")
    parser.add_argument("--seed", type=int, default=1901, help="graine de la base de démonstration")
    parser.add_argument("--quick", action="store_true", help="hub : le débit tenu 15 s au lieu de 60 s")
    return parser.parse_args(argv)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


PART_SECONDS: dict[str, float] = {}


def _run_part(name: str, bench: Callable[[], list[Figure]]) -> list[Figure]:
    """One part's figures; a part that breaks is reported as not measured, the others still run."""
    started = time.perf_counter()
    try:
        return bench()
    except Exception as error:  # a measurement's bug must not lose the whole run's table
        log(traceback.format_exc())
        reason = f"{type(error).__name__} : {error}".splitlines()[0][:100]
        return [Figure(f"{name} : mesure interrompue", name, limit=0.0, not_measured=reason)]
    finally:
        PART_SECONDS[name] = round(time.perf_counter() - started, 1)
        log(f"{name} : {PART_SECONDS[name]:.0f} s")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.size <= 0:
        log("--size doit être supérieur à zéro.")
        return 2
    options = contacts.Options(
        size=args.size,
        data=args.data.resolve(),
        seed=args.seed,
        rounds=args.rounds,
        runs=args.runs,
        timeout=args.timeout,
    )
    options.data.mkdir(parents=True, exist_ok=True)
    # Every program a figure starts runs from compiled bytecode, as an installed Entraide does, even
    # when the shell says not to write any (the first, uncounted runs write it here).
    os.environ["PYTHONPYCACHEPREFIX"] = str((options.data / "pycache").resolve())
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    store = functools.cache(lambda: contacts.prepare_store(options, log))  # only for the contacts figures
    gui = functools.cache(lambda: contacts.GuiRuns(store(), options, log))
    hub_options = hub_bench.HubOptions(
        data=options.data, seed=args.seed, load_seconds=15.0 if args.quick else 60.0
    )
    benches: dict[str, Callable[[], list[Figure]]] = {
        "search": lambda: search_bench.search_figures(store(), options, log),
        "list": lambda: contacts.list_figures(gui()),
        "start": lambda: contacts.start_figures(gui()),
        "hub": lambda: hub_bench.hub_figures(hub_options, log),
        "sync": lambda: sync_bench.sync_figures(log, options.data),
        "documents": lambda: documents_bench.document_figures(log),
        "equipment": lambda: equipment_bench.equipment_figures(log),
        "practices": lambda: practices_bench.practice_figures(log, options.data, rounds=args.rounds),
        "agreements": lambda: agreements_bench.agreement_figures(log),
        "import": lambda: import_bench.import_figures(log),
        "needs": lambda: needs_bench.needs_figures(log, options.data),
        "courier": lambda: courier_bench.courier_figures(log),
        "cli": lambda: cli_bench.cli_figures(store(), options, log),
    }
    chosen = [name for name in NAMES if not args.only or name in args.only]
    started = time.perf_counter()
    figures = [figure for name in chosen for figure in _run_part(name, benches[name])]
    elapsed = time.perf_counter() - started
    subjects = {
        "search": "les contacts",
        "list": "les contacts",
        "start": "les contacts",
        "hub": "le hub",
        "sync": "la synchronisation",
        "documents": "les documents",
        "equipment": "le matériel",
        "agreements": "les conventions",
        "import": "l'import de contacts",
        "needs": "les besoins et propositions",
        "courier": "la synchronisation par clé USB",
        "cli": "la ligne de commande",
        "practices": f"les pratiques ({practices_bench.SIZE:,} pratiques)".replace(",", "\u202f"),
    }
    subject = ", ".join(dict.fromkeys(subjects[name] for name in chosen))
    if set(chosen) & set(CONTACT_NAMES):
        subject += f" ({args.size:,} contacts)".replace(",", "\u202f")
    print(
        f"\nEntraide : mesures sur {subject}"
        + f" (Python {platform.python_version()}, {os.cpu_count()} cœurs, {platform.system()})\n"
    )
    print(format_table(figures))
    print(f"\nDurée des mesures : {elapsed / 60:.1f} min".replace(".", ","))
    notes = [f"- {figure.name} : {figure.note}" for figure in figures if figure.note]
    if notes:
        print("\n" + "\n".join(notes))
    results = options.data / "last-results.json"
    results.write_text(
        json.dumps(
            {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "size": args.size,
                "seed": args.seed,
                "python": platform.python_version(),
                "machine": platform.platform(),
                "cpus": os.cpu_count(),
                "seconds": round(elapsed, 1),
                "part_seconds": PART_SECONDS,
                "figures": [figure.as_json() for figure in figures],
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"\nRésultats : {results}")
    missed = [figure.name for figure in figures if figure.missed]
    if missed:
        print("Cibles manquées : " + ", ".join(missed))
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
