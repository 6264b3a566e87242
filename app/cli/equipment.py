"""The equipment's commands: `entraide loan-receipt LOAN_ID FILE.pdf` (the loan or return receipt
both associations sign), `entraide labels FILE.pdf` (QR code labels) and `entraide statement YEAR
FILE.csv` (the treasurer's yearly statement of equipment lent and borrowed free of charge, valued
for the "contributions volontaires en nature")."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.orm import Session

from app.cli.errors import CommandError
from app.cli.output import read_sheet, save_file, say, target_file
from app.cli.store import open_store
from app.export.statement import BORROWED, LENT, write_statement
from app.services.money import format_money

FIRST_YEAR, LAST_YEAR = 1901, 2999


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"année attendue, par exemple 2025 (reçu : {text})")
    return year


def _configure_statement(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("year", type=_year, metavar="ANNÉE", help="l'année de l'exercice, par exemple 2025")
    parser.add_argument(
        "file",
        type=Path,
        metavar="FICHIER",
        help="fichier .csv à écrire (UTF-8, séparateur « ; », virgule décimale)",
    )


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count in (0, 1) else plural}"


def _run_statement(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.parent.is_dir():
        raise CommandError(f"le dossier « {path.parent} » n'existe pas.")
    if path.is_dir():
        raise CommandError(f"« {path} » est un dossier : indiquez un nom de fichier .csv.")
    database = open_store(args)
    try:
        with database.session_factory() as session:
            statement = write_statement(session, args.year, path)
    except OSError as error:
        raise CommandError(f"impossible d'écrire « {path} » : {error.strerror or error}.") from error
    finally:
        database.close()
    lent = sum(line.direction == LENT for line in statement.lines)
    borrowed = sum(line.direction == BORROWED for line in statement.lines)
    _days, value = statement.total()
    print(
        f"Relevé {args.year} : {_plural(len(statement.lines), 'prêt', 'prêts')} "
        f"({lent} prêté{'s' if lent > 1 else ''}, {borrowed} emprunté{'s' if borrowed > 1 else ''}), "
        f"valeur estimée {format_money(value)}, écrit dans {path}"
    )
    return 0


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

    path = target_file(args.file, (".pdf",))
    sheet = read_sheet(
        args,
        gather,
        (
            f"prêt introuvable : « {args.loan_id} ». Copiez l'identifiant du prêt depuis la "
            "section Matériel et prêts ou d'un bon déjà imprimé (l'identifiant entier, ou au "
            "moins ses 8 derniers caractères)."
        ),
    )
    save_file(path, render_loan_receipt(sheet))
    kind = "Bon de retour" if sheet.returned else "Bon de prêt"
    say(
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

    path = target_file(args.file, (".pdf",))
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
    save_file(path, render_labels(items, args.contours))
    pages = -(-len(items) // PER_PAGE)
    count = f"{len(items)} étiquette{'s' if len(items) > 1 else ''}"
    say(
        f"{count} sur {pages} planche{'s' if pages > 1 else ''} A4 de {PER_PAGE} "
        f"(70 × 37 mm) écrite{'s' if len(items) > 1 else ''} dans {path}"
    )
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
    "statement": (
        "relevé annuel du matériel prêté et emprunté gratuitement, valorisé pour les "
        "contributions volontaires en nature (CSV pour tableur)",
        _configure_statement,
        _run_statement,
    ),
}
