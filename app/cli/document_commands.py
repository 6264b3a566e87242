"""`entraide loan-receipt LOAN_ID FILE.pdf`, `entraide labels FILE.pdf` and
`entraide agreement-pdf AGREEMENT FILE.pdf`: printed documents."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from app.cli.errors import CommandError
from app.cli.output import save_file, target_file
from app.cli.store import open_store
from app.services.contacts import NotFound

T = TypeVar("T")

# reportlab is imported by the handlers only: every other command starts without it.


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _target(text: str) -> Path:
    """Where the PDF goes: a .pdf file in an existing folder, checked before any work."""
    return target_file(text, (".pdf",))


def _save(path: Path, data: bytes) -> None:
    save_file(path, data)


def _read_sheet(args: argparse.Namespace, gather: Callable[[Session], T], not_found: str) -> T:
    """What a document prints, read from the store; an unknown id becomes `not_found`."""
    database = open_store(args)
    try:
        with database.session_factory() as session:
            try:
                return gather(session)
            except NotFound as error:
                raise CommandError(not_found) from error
    finally:
        database.close()


# --- loan-receipt ------------------------------------------------------------------------------


def _configure_receipt(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "loan_id", metavar="PRET", help="identifiant du prêt (entier, ou au moins ses 8 derniers caractères)"
    )
    parser.add_argument("file", metavar="FICHIER", help="fichier PDF à écrire")


def loan_receipt(args: argparse.Namespace) -> int:
    from app.export.loan_receipt import render_loan_receipt
    from app.export.loan_sheet import LoanSheet, NoReceipt, find_loan_id, loan_sheet

    def gather(session: Session) -> LoanSheet:
        try:
            return loan_sheet(session, find_loan_id(session, args.loan_id))
        except NoReceipt as error:
            raise CommandError(str(error)) from error

    path = _target(args.file)
    sheet = _read_sheet(
        args,
        gather,
        (
            f"prêt introuvable : « {args.loan_id} ». Copiez l'identifiant du prêt depuis la "
            "section Matériel et prêts ou d'un bon déjà imprimé (l'identifiant entier, ou au "
            "moins ses 8 derniers caractères)."
        ),
    )
    _save(path, render_loan_receipt(sheet))
    kind = "Bon de retour" if sheet.returned else "Bon de prêt"
    _say(
        f"{kind} de « {sheet.equipment_name} » ({sheet.lender.name} → {sheet.borrower.name}) "
        f"écrit dans {path}"
    )
    return 0


# --- labels ------------------------------------------------------------------------------------


def _configure_labels(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FICHIER", help="fichier PDF à écrire")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--ours",
        dest="everything",
        action="store_false",
        help="seulement le matériel de notre association (par défaut)",
    )
    which.add_argument(
        "--all",
        dest="everything",
        action="store_true",
        help="tout le matériel du catalogue, y compris celui des autres associations",
    )
    parser.add_argument(
        "--contours",
        action="store_true",
        help="tracer le contour de chaque étiquette (pour découper du papier ordinaire)",
    )
    parser.set_defaults(everything=False)


def labels(args: argparse.Namespace) -> int:
    from app.export.labels import PER_PAGE, label_items, render_labels

    path = _target(args.file)
    database = open_store(args)
    try:
        with database.session_factory() as session:
            items = label_items(session, args.everything)
    finally:
        database.close()
    if not items:
        raise CommandError(
            "aucun matériel à étiqueter : ajoutez d'abord du matériel dans la section "
            "Matériel et prêts" + ("." if args.everything else ", ou utilisez --all.")
        )
    _save(path, render_labels(items, args.contours))
    pages = -(-len(items) // PER_PAGE)
    count = f"{len(items)} étiquette{'s' if len(items) > 1 else ''}"
    _say(
        f"{count} sur {pages} planche{'s' if pages > 1 else ''} A4 de {PER_PAGE} "
        f"(70 × 37 mm) écrite{'s' if len(items) > 1 else ''} dans {path}"
    )
    return 0


# --- agreement-pdf -----------------------------------------------------------------------------


def _configure_agreement(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "agreement",
        metavar="CONVENTION",
        help="référence de la convention ou de l'avenant (CONV-2026-001, CONV-2026-001-A1), "
        "ou son identifiant (entier, ou au moins ses 8 derniers caractères)",
    )
    parser.add_argument("file", metavar="FICHIER", help="fichier PDF à écrire")


def agreement_pdf(args: argparse.Namespace) -> int:
    from app.export.agreement_pdf import render_agreement
    from app.export.agreement_sheet import agreement_sheet, find_agreement_id

    path = _target(args.file)
    sheet = _read_sheet(
        args,
        lambda session: agreement_sheet(session, find_agreement_id(session, args.agreement)),
        (
            f"convention introuvable : « {args.agreement} ». Donnez sa référence (par exemple "
            "CONV-2026-001, ou CONV-2026-001-A1 pour un avenant) telle qu'elle figure dans la "
            "section Conventions, ou son identifiant (entier, ou au moins ses 8 derniers "
            "caractères)."
        ),
    )
    _save(path, render_agreement(sheet))
    if sheet.is_amendment:
        kind, written = f"Avenant n° {sheet.amendment_number or 1}", "écrit"
    else:
        kind, written = "Convention", "écrite"
    draft = " (projet, avec la mention PROJET)" if sheet.draft else ""
    _say(f"{kind} {sheet.reference} « {sheet.content.title} »{draft} {written} dans {path}")
    return 0


COMMANDS = {
    "loan-receipt": (
        "imprimer le bon de prêt d'un prêt de matériel (ou son bon de retour s'il est rendu), "
        "à signer par les deux associations",
        _configure_receipt,
        loan_receipt,
    ),
    "labels": (
        "imprimer des étiquettes à QR code pour le matériel (planches A4 de 24 étiquettes 70 × 37 mm)",
        _configure_labels,
        labels,
    ),
    "agreement-pdf": (
        "imprimer une convention de partenariat ou un avenant, à signer par les parties "
        "(un brouillon porte la mention PROJET)",
        _configure_agreement,
        agreement_pdf,
    ),
}
