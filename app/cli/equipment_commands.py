"""`entraide statement YEAR FILE.csv`: the treasurer's yearly statement of equipment lent and
borrowed free of charge, valued for the "contributions volontaires en nature"."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.errors import CommandError
from app.cli.store import open_store
from app.export.statement import BORROWED, LENT, write_statement
from app.services.equipment import format_money

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


COMMANDS = {
    "statement": (
        "relevé annuel du matériel prêté et emprunté gratuitement, valorisé pour les "
        "contributions volontaires en nature (CSV pour tableur)",
        _configure_statement,
        _run_statement,
    ),
}
