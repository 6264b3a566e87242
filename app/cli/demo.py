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
from app.i18n import QT_TRANSLATE_NOOP, language, plural, translate


def seconds(value: float) -> str:
    """1.5 -> "1,5" in French, "1.5" in English."""
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if language() == "fr" else shown


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
        line = translate("cli", "Données de démonstration : {0} %").format(shown)
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
        help=translate("cli", "nombre de contacts à créer (personnes et organisations)"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar=translate("cli", "GRAINE"),
        help=translate(
            "cli", "graine du tirage : la même graine donne les mêmes données (par défaut {0})"
        ).format(DEFAULT_SEED),
    )
    parser.add_argument(
        "--equipment",
        type=int,
        metavar="N",
        help=translate(
            "cli",
            "nombre de matériels partagés à créer, avec leurs réservations et "
            "leurs prêts (par défaut selon --size, de 40 à 300 ; 0 pour aucun)",
        ),
    )
    parser.add_argument(
        "--practices",
        type=int,
        metavar="N",
        help=translate(
            "cli",
            "nombre de pratiques à créer dans la bibliothèque, avec leurs versions et "
            "les retours du réseau (par défaut selon --size, de 250 à 500 ; 0 pour aucune)",
        ),
    )


def _run(args: argparse.Namespace) -> int:
    if args.size <= 0:
        raise CommandError(
            translate("cli", "--size doit être un nombre de contacts supérieur à zéro (reçu : {0}).").format(
                args.size
            )
        )
    for name in ("equipment", "practices"):
        if getattr(args, name) is not None and getattr(args, name) < 0:
            said = translate("cli", "--{0} ne peut pas être négatif (reçu : {1}).")
            raise CommandError(said.format(name, getattr(args, name)))
    database = open_store(args, create=True)  # the demo may start a new store
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
        plural(
            summary.contacts,
            translate("cli", "%n contact créé en {0} s ({1}) dans {2}"),
            translate("cli", "%n contacts créés en {0} s ({1}) dans {2}"),
        ).format(
            seconds(elapsed),
            ", ".join(
                (
                    plural(
                        summary.organisations,
                        translate("cli", "%n organisation"),
                        translate("cli", "%n organisations"),
                    ),
                    plural(summary.people, translate("cli", "%n personne"), translate("cli", "%n personnes")),
                    plural(counts.get("roles", 0), translate("cli", "%n rôle"), translate("cli", "%n rôles")),
                    plural(
                        counts.get("consents", 0),
                        translate("cli", "%n consentement"),
                        translate("cli", "%n consentements"),
                    ),
                )
            ),
            database.path,
        )
    )
    if counts.get("equipment"):
        partners = counts.get("network_associations", 0)
        print(
            plural(counts["equipment"], translate("cli", "%n matériel"), translate("cli", "%n matériels"))
            + ", "
            + plural(
                counts.get("reservations", 0),
                translate("cli", "%n réservation"),
                translate("cli", "%n réservations"),
            )
            + translate("cli", " et ")
            + plural(counts.get("loans", 0), translate("cli", "%n prêt"), translate("cli", "%n prêts"))
            + (
                plural(
                    partners,
                    translate("cli", ", avec %n association partenaire du réseau"),
                    translate("cli", ", avec %n associations partenaires du réseau"),
                )
                if partners
                else ""
            )
        )
    if counts.get("practices"):
        print(
            plural(counts["practices"], translate("cli", "%n pratique"), translate("cli", "%n pratiques"))
            + ", "
            + plural(
                counts.get("practice_versions", 0),
                translate("cli", "%n version publiée"),
                translate("cli", "%n versions publiées"),
            )
            + translate("cli", " et ")
            + plural(
                counts.get("practice_feedback", 0),
                translate("cli", "%n retour du réseau (utile, commentaires, adoptions)"),
                translate("cli", "%n retours du réseau (utile, commentaires, adoptions)"),
            )
        )
    if counts.get("agreements"):
        print(
            plural(
                counts["agreements"],
                translate(
                    "cli", "%n convention de partenariat (brouillon, envoyée, signées, terminée, avenant)"
                ),
                translate(
                    "cli", "%n conventions de partenariat (brouillon, envoyée, signées, terminée, avenant)"
                ),
            )
        )
    return 0


COMMANDS = {
    "demo": (
        QT_TRANSLATE_NOOP(
            "cli",
            "remplit la base avec des données de démonstration (associations, personnes, rôles, "
            "matériel et prêts, pratiques…)",
        ),
        _configure,
        _run,
    ),
}
