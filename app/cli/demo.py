"""`entraide demo --size N`: fill the store with realistic French demo contacts, equipment and
practices."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TextIO

from app.cli.errors import CommandError
from app.cli.store import open_store
from app.demo.generator import DEFAULT_SEED, generate_demo

NBSP = "\u00a0"  # French thousands separator, never broken across lines


def french_int(value: int) -> str:
    return f"{value:,}".replace(",", NBSP)


def french_float(value: float, digits: int = 1) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def progress_printer(stream: TextIO) -> Callable[[int, int], None]:
    """One percentage line, rewritten in place on a terminal; every 10 % otherwise (logs)."""
    interactive = stream.isatty()
    last = -1

    def show(done: int, total: int) -> None:
        nonlocal last
        percent = min(100, done * 100 // max(total, 1))
        shown = percent if interactive or percent == 100 else percent - percent % 10
        if shown == last:
            return
        last = shown
        line = f"Données de démonstration : {shown} %"
        if interactive:
            stream.write(f"\r{line}" + ("\n" if percent == 100 else ""))
        else:
            stream.write(line + "\n")
        stream.flush()

    return show


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--size",
        type=int,
        required=True,
        metavar="N",
        help="nombre de contacts à créer (personnes et organisations)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar="GRAINE",
        help=f"graine du tirage : la même graine donne les mêmes données (par défaut {DEFAULT_SEED})",
    )
    parser.add_argument(
        "--equipment",
        type=int,
        metavar="N",
        help="nombre de matériels partagés à créer, avec leurs réservations et "
        "leurs prêts (par défaut selon --size, de 40 à 300 ; 0 pour aucun)",
    )
    parser.add_argument(
        "--practices",
        type=int,
        metavar="N",
        help="nombre de pratiques à créer dans la bibliothèque, avec leurs versions et "
        "les retours du réseau (par défaut selon --size, de 250 à 500 ; 0 pour aucune)",
    )


def _run(args: argparse.Namespace) -> int:
    if args.size <= 0:
        raise CommandError(f"--size doit être un nombre de contacts supérieur à zéro (reçu : {args.size}).")
    if args.equipment is not None and args.equipment < 0:
        raise CommandError(f"--equipment ne peut pas être négatif (reçu : {args.equipment}).")
    if args.practices is not None and args.practices < 0:
        raise CommandError(f"--practices ne peut pas être négatif (reçu : {args.practices}).")
    database = open_store(args)
    try:
        started = time.perf_counter()
        # One transaction: an interrupted run leaves the store as it was.
        with database.session_factory.begin() as session:
            summary = generate_demo(
                session,
                args.size,
                args.seed,
                progress_printer(sys.stderr),
                equipment=args.equipment,
                practices=args.practices,
            )
        elapsed = time.perf_counter() - started
    finally:
        database.close()
    counts = summary.counts
    print(
        f"{french_int(summary.contacts)} contacts créés en {french_float(elapsed)} s "
        f"({french_int(summary.organisations)} organisations, {french_int(summary.people)} personnes, "
        f"{french_int(counts.get('roles', 0))} rôles, "
        f"{french_int(counts.get('consents', 0))} consentements) dans {database.path}"
    )
    if counts.get("equipment"):
        partners = counts.get("network_associations", 0)
        print(
            f"{french_int(counts['equipment'])} matériels, "
            f"{french_int(counts.get('reservations', 0))} réservations et "
            f"{french_int(counts.get('loans', 0))} prêts"
            + (f", avec {french_int(partners)} associations partenaires du réseau" if partners else "")
        )
    if counts.get("practices"):
        print(
            f"{french_int(counts['practices'])} pratiques, "
            f"{french_int(counts.get('practice_versions', 0))} versions publiées et "
            f"{french_int(counts.get('practice_feedback', 0))} retours du réseau (utile, commentaires, "
            "adoptions)"
        )
    if counts.get("agreements"):
        print(
            f"{french_int(counts['agreements'])} conventions de partenariat (brouillon, envoyée, signées, "
            "terminée, avenant)"
        )
    return 0


COMMANDS = {
    "demo": (
        "remplit la base avec des données de démonstration (associations, personnes, rôles, "
        "matériel et prêts, pratiques…)",
        _configure,
        _run,
    ),
}
