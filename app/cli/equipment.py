"""The equipment's commands: `entraide loan-receipt LOAN_ID FILE.pdf` (the loan or return receipt
both associations sign), `entraide labels FILE.pdf` (QR code labels) and `entraide statement YEAR
FILE.csv` (the treasurer's yearly statement of equipment lent and borrowed free of charge, valued
for the "contributions volontaires en nature")."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.orm import Session

from app.cli.errors import CommandError
from app.cli.output import cannot_write, read_sheet, save_file, say, show_money, target_file, text_of
from app.cli.store import open_store
from app.export.statement import BORROWED, LENT, build_statement, file_name, write_statement
from app.i18n import QT_TRANSLATE_NOOP, plural, translate

FIRST_YEAR, LAST_YEAR = 1901, 2999


def _year(text: str) -> int:
    try:
        year = int(text)
    except ValueError:
        year = 0
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            translate("cli", "année attendue, par exemple 2025 (reçu : {0})").format(text)
        )
    return year


def _configure_statement(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "year",
        type=_year,
        metavar=translate("cli", "ANNÉE"),
        help=translate("cli", "l'année de l'exercice, par exemple 2025"),
    )
    parser.add_argument(
        "file",
        type=Path,
        nargs="?",
        default=Path("."),
        metavar=translate("cli", "FICHIER"),
        help=translate(
            "cli",
            "fichier .csv à écrire (UTF-8, séparateur « ; », virgule décimale) ; un dossier, ou rien : "
            "le fichier y prend le nom de l'association et l'année",
        ),
    )


def _run_statement(args: argparse.Namespace) -> int:
    path: Path = args.file
    folder = path if path.is_dir() else path.parent
    if not folder.is_dir():
        raise CommandError(translate("cli", "le dossier « {0} » n'existe pas.").format(folder))
    database = open_store(args)
    try:
        with database.session_factory() as session:
            if path.is_dir():  # the file takes the association's name and the year
                path = path / file_name(build_statement(session, args.year))
            statement = write_statement(session, args.year, path)
    except OSError as error:
        raise CommandError(cannot_write(path, error)) from error
    finally:
        database.close()
    lent = sum(line.direction == LENT for line in statement.lines)
    borrowed = sum(line.direction == BORROWED for line in statement.lines)
    print(
        translate(
            "cli",
            "Relevé {0} : contributions reçues {1} ({2}), contributions données {3} ({4}) ; fichier {5}",
        ).format(
            args.year,
            show_money(statement.total(BORROWED)[1]),
            plural(borrowed, translate("cli", "%n emprunt"), translate("cli", "%n emprunts")),
            show_money(statement.total(LENT)[1]),
            plural(lent, translate("cli", "%n prêt"), translate("cli", "%n prêts")),
            path,
        )
    )
    return 0


# --- loan-receipt ------------------------------------------------------------------------------


def _configure_receipt(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "loan_id",
        metavar=translate("cli", "PRET"),
        help=translate("cli", "identifiant du prêt (complet, ou au moins ses 8 derniers caractères)"),
    )
    parser.add_argument(
        "file", metavar=translate("cli", "FICHIER"), help=translate("cli", "fichier PDF à écrire")
    )


def loan_receipt(args: argparse.Namespace) -> int:
    from app.export.loan_receipt import render_loan_receipt
    from app.export.loan_sheet import LoanSheet, NoReceipt, find_loan_id, loan_sheet

    def gather(session: Session) -> LoanSheet:
        try:
            return loan_sheet(session, find_loan_id(session, args.loan_id))
        except NoReceipt as error:
            raise CommandError(text_of(error.text)) from error

    path = target_file(args.file, (".pdf",))
    sheet = read_sheet(
        args,
        gather,
        translate(
            "cli",
            "prêt introuvable : « {0} ». Copiez l'identifiant du prêt depuis la "
            "section Matériel et prêts ou d'un bon déjà imprimé (l'identifiant complet, ou au "
            "moins ses 8 derniers caractères).",
        ).format(args.loan_id),
    )
    save_file(path, render_loan_receipt(sheet))
    written = (
        translate("cli", "Bon de retour de « {0} » ({1} → {2}) écrit dans {3}")
        if sheet.returned
        else translate("cli", "Bon de prêt de « {0} » ({1} → {2}) écrit dans {3}")
    )
    say(written.format(sheet.equipment_name, sheet.lender.name, sheet.borrower.name, path))
    return 0


# --- labels ------------------------------------------------------------------------------------


def _configure_labels(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar=translate("cli", "FICHIER"), help=translate("cli", "fichier PDF à écrire")
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--ours",
        dest="everything",
        action="store_false",
        help=translate("cli", "seulement le matériel de notre association (par défaut)"),
    )
    which.add_argument(
        "--all",
        dest="everything",
        action="store_true",
        help=translate("cli", "tout le matériel du catalogue, y compris celui des autres associations"),
    )
    parser.add_argument(
        "--outlines",
        action="store_true",
        help=translate("cli", "tracer le contour de chaque étiquette (pour découper du papier ordinaire)"),
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
            translate(
                "cli",
                "aucun matériel à étiqueter : ajoutez d'abord du matériel dans la section Matériel et prêts.",
            )
            if args.everything
            else translate(
                "cli",
                "aucun matériel à étiqueter : ajoutez d'abord du matériel dans la section "
                "Matériel et prêts, ou utilisez --all.",
            )
        )
    save_file(path, render_labels(items, args.outlines))
    pages = -(-len(items) // PER_PAGE)
    sheets = plural(
        pages,
        translate("cli", "%n planche A4 de {0} (70 × 37 mm)"),
        translate("cli", "%n planches A4 de {0} (70 × 37 mm)"),
    ).format(PER_PAGE)
    written = plural(
        len(items),
        translate("cli", "%n étiquette sur {0} écrite dans {1}"),
        translate("cli", "%n étiquettes sur {0} écrites dans {1}"),
    )
    say(written.format(sheets, path))
    return 0


COMMANDS = {
    "loan-receipt": (
        QT_TRANSLATE_NOOP(
            "cli",
            "imprimer le bon de prêt d'un prêt de matériel (ou son bon de retour s'il est rendu), "
            "à signer par les deux associations",
        ),
        _configure_receipt,
        loan_receipt,
    ),
    "labels": (
        QT_TRANSLATE_NOOP(
            "cli",
            "imprimer des étiquettes à QR code pour le matériel (planches A4 de 24 étiquettes 70 × 37 mm)",
        ),
        _configure_labels,
        labels,
    ),
    "statement": (
        QT_TRANSLATE_NOOP(
            "cli",
            "relevé annuel du matériel prêté et emprunté gratuitement, valorisé pour les "
            "contributions volontaires en nature (CSV pour tableur)",
        ),
        _configure_statement,
        _run_statement,
    ),
}
