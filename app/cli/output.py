"""What commands share to print documents: what a document prints read from the store, the target
file checked before any work, and a write that never leaves half a file, with the reason of a
failure; a service's sentences (text_of) with their dates and amounts in the command line's
language. reportlab is imported by the handlers only: every other command starts
without it."""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app.cli.errors import CommandError
from app.cli.store import open_store
from app.errors import Message, Money, NotFound, Text
from app.i18n import CONTEXT, QT_TRANSLATE_NOOP, format_count, language, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

T = TypeVar("T")

WHY = {
    errno.EACCES: QT_TRANSLATE_NOOP(
        "cli", "accès refusé (le fichier est peut-être ouvert dans un autre programme)"
    ),
    errno.EPERM: QT_TRANSLATE_NOOP("cli", "accès refusé"),
    errno.EROFS: QT_TRANSLATE_NOOP("cli", "le support est en lecture seule"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("cli", "le disque est plein"),
    errno.EISDIR: QT_TRANSLATE_NOOP("cli", "c'est un dossier"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("cli", "le nom est trop long"),
    errno.ENOENT: QT_TRANSLATE_NOOP("cli", "ce dossier n'accepte pas de fichiers"),
}


def target_file(text: str, suffixes: tuple[str, ...] = (".pdf",)) -> Path:
    """A file with one of `suffixes` in an existing folder (CommandError otherwise)."""
    path = Path(text).expanduser()
    if path.suffix.lower() not in suffixes:
        allowed = translate("cli", " ou ").join(suffixes)
        raise CommandError(
            translate("cli", "le fichier à écrire doit se terminer par {0} (reçu : « {1} »).").format(
                allowed, path.name
            )
        )
    if path.is_dir():
        raise CommandError(
            translate("cli", "« {0} » est un dossier : donnez un nom de fichier, par exemple {1}.").format(
                path, path / (translate("cli", "document") + suffixes[0])
            )
        )
    if not path.parent.is_dir():
        raise CommandError(translate("cli", "dossier introuvable : {0}").format(path.parent))
    return path


def save_file(path: Path, data: bytes) -> None:
    """Write through a temporary file next to the target (app/export/pdf_base.py save_pdf)."""
    from app.export import pdf_base  # looked up at call time: tests replace save_pdf

    try:
        pdf_base.save_pdf(path, data)
    except OSError as error:
        raise CommandError(cannot_write(path, error)) from error


def cannot_write(path: Path, error: OSError) -> str:
    """Why `path` could not be written, in the command line's language."""
    known = WHY.get(error.errno or 0)
    why = (
        translate("cli", known)
        if known
        else translate("cli", "erreur du système ({0})").format(error.strerror or error)
    )
    return translate("cli", "impossible d'écrire « {0} » : {1}.").format(path, why)


def text_of(text: Text) -> str:
    """A service's sentence in the command line's language (app.i18n), its values too."""
    if not isinstance(text, Message):
        return translate(CONTEXT, text)
    return translate(CONTEXT, text.text).format(*(show(value) for value in text.values))


def marked(text: str) -> str:
    """A word a service marked (QT_TRANSLATE_NOOP("entraide", …)), translated: for app/sync/wording."""
    return translate(CONTEXT, text)


# Dates: French writes 06/12/2026; English gets the ISO 2026-12-06, which a British and an
# American reader both read the same way (12/06 would not be).
DATE_FORMATS = {"fr": "%d/%m/%Y", "en": "%Y-%m-%d"}


def show_date(value: date) -> str:
    return value.strftime(DATE_FORMATS.get(language(), DATE_FORMATS["fr"]))


def show_moment(value: datetime) -> str:
    """A UTC moment in this computer's time zone, to the minute."""
    local = value.astimezone()
    return f"{show_date(local)} {local:%H:%M}"


def show_money(cents: int) -> str:
    """125050 -> "1 250,50 €" in French, "€1,250.50" in English."""
    if language() == "fr":
        from app.services.money import format_money

        return format_money(cents)
    euros, rest = divmod(abs(cents), 100)
    return f"{'-' if cents < 0 else ''}€{euros:,}.{rest:02d}"


def show(value: object) -> str:
    """A Message's value as the command line writes it."""
    if isinstance(value, Message):
        return text_of(value)
    if isinstance(value, Money):
        return show_money(value.cents)
    if isinstance(value, datetime):
        return show_moment(value)
    if isinstance(value, date):
        return show_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_count(value)
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
