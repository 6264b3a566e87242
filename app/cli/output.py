"""What commands share to print documents: what a document prints read from the store, the target
file checked before any work, and a write that never leaves half a file, with the reason of a
failure in French. reportlab is imported by the handlers only: every other command starts
without it."""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from app.cli.errors import CommandError
from app.cli.store import open_store
from app.errors import Message, Money, NotFound, Text
from app.services.money import format_money

T = TypeVar("T")

WHY = {
    errno.EACCES: "accès refusé (le fichier est peut-être ouvert dans un autre programme)",
    errno.EPERM: "accès refusé",
    errno.EROFS: "le support est en lecture seule",
    errno.ENOSPC: "le disque est plein",
    errno.EISDIR: "c'est un dossier",
    errno.ENAMETOOLONG: "le nom est trop long",
    errno.ENOENT: "ce dossier n'accepte pas de fichiers",
}


def target_file(text: str, suffixes: tuple[str, ...] = (".pdf",)) -> Path:
    """A file with one of `suffixes` in an existing folder (CommandError otherwise)."""
    path = Path(text).expanduser()
    if path.suffix.lower() not in suffixes:
        allowed = " ou ".join(suffixes)
        raise CommandError(f"le fichier à écrire doit se terminer par {allowed} (reçu : « {path.name} »).")
    if path.is_dir():
        raise CommandError(
            f"« {path} » est un dossier : donnez un nom de fichier, par exemple "
            f"{path / ('document' + suffixes[0])}."
        )
    if not path.parent.is_dir():
        raise CommandError(f"dossier introuvable : {path.parent}")
    return path


def save_file(path: Path, data: bytes) -> None:
    """Write through a temporary file next to the target (app/export/pdf_base.py save_pdf)."""
    from app.export import pdf_base  # looked up at call time: tests replace save_pdf

    try:
        pdf_base.save_pdf(path, data)
    except OSError as error:
        why = WHY.get(error.errno or 0, f"erreur du système ({error.strerror or error})")
        raise CommandError(f"impossible d'écrire « {path} » : {why}.") from error


def text_of(text: Text) -> str:
    """A service's sentence as the command line shows it (French dates and amounts)."""
    if not isinstance(text, Message):
        return text
    return text.text.format(*(_value(value) for value in text.values))


def _value(value: object) -> str:
    if isinstance(value, Money):
        return format_money(value.cents)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def say(message: str) -> None:
    print(message, file=sys.stderr)


def read_sheet(args: argparse.Namespace, gather: Callable[[Session], T], not_found: str) -> T:
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
