"""What can go wrong with the store and its data folder, said in one French sentence that says
what to do: damage (SQLite's "malformed", "not a database", or what the checks at opening
find), a full disk, a folder Entraide may not write to, a folder that is a file, or one that
does not exist. The window shows them in a dialog, the command line on one line with a
non-zero exit code (app/errors.py StoreProblem.exit_code)."""

from __future__ import annotations

import errno
import shutil

from app.errors import Message, StoreProblem
from app.i18n import QT_TRANSLATE_NOOP

_CORRUPT, _NOTADB, _FULL, _READONLY, _CANTOPEN, _PERM, _IOERR = 11, 26, 13, 8, 14, 3, 10  # SQLite codes
NEARLY_FULL = 1024 * 1024  # bytes left: SQLite reports a full disk as an I/O error when opening


def damaged(folder: str, detail: str = "") -> StoreProblem:
    return StoreProblem(
        StoreProblem.DAMAGED,
        Message(
            QT_TRANSLATE_NOOP(
                "entraide",
                "Les données du dossier « {0} » sont endommagées : Entraide ne les montre pas, pour ne "
                "rien afficher de faux. Restaurez une sauvegarde (entraide restore-backup) ou ouvrez "
                "un autre dossier.",
            ),
            (folder,),
        ),
        detail,
    )


def folder_full(folder: str) -> StoreProblem:
    return StoreProblem(
        StoreProblem.FOLDER,
        Message(
            QT_TRANSLATE_NOOP(
                "entraide", "Le disque du dossier « {0} » est plein : libérez de la place, puis recommencez."
            ),
            (folder,),
        ),
    )


def folder_read_only(folder: str) -> StoreProblem:
    return StoreProblem(
        StoreProblem.FOLDER,
        Message(
            QT_TRANSLATE_NOOP(
                "entraide",
                "Entraide ne peut pas écrire dans le dossier « {0} » (lecture seule ou accès refusé) : "
                "donnez-lui l'accès en écriture ou choisissez un autre dossier de données.",
            ),
            (folder,),
        ),
    )


def store_problem(error: BaseException, folder: str) -> StoreProblem | None:
    """What an error says of the store, if anything: damage (SQLite's "malformed", "not a
    database"), a full disk, or a folder it may not write to. Looks through SQLAlchemy's
    wrapping and the chain of causes."""
    for cause in _causes(error):
        if isinstance(cause, StoreProblem):
            return cause
        code = getattr(cause, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary in (_CORRUPT, _NOTADB):
            return damaged(
                folder, QT_TRANSLATE_NOOP("entraide", "une partie du fichier de données est illisible")
            )
        if primary == _FULL or getattr(cause, "errno", None) in (errno.ENOSPC, errno.EDQUOT):
            return folder_full(folder)
        if primary == _IOERR:
            return folder_full(folder) if _nearly_full(folder) else folder_io_error(folder)
        if primary in (_READONLY, _CANTOPEN, _PERM) or (
            isinstance(cause, PermissionError) or getattr(cause, "errno", None) == errno.EROFS
        ):
            return folder_read_only(folder)
    return None


def _nearly_full(folder: str) -> bool:
    try:
        return bool(folder) and shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def folder_io_error(folder: str) -> StoreProblem:
    return StoreProblem(
        StoreProblem.FOLDER,
        Message(
            QT_TRANSLATE_NOOP(
                "entraide",
                "Le disque du dossier « {0} » refuse de lire ou d'écrire les données : vérifiez qu'il "
                "est bien branché et qu'il reste de la place, puis recommencez.",
            ),
            (folder,),
        ),
    )


def _causes(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    waiting: list[BaseException | None] = [error]
    while waiting:
        cause = waiting.pop()
        if cause is None or any(cause is known for known in seen):
            continue
        seen.append(cause)
        waiting.extend([getattr(cause, "orig", None), cause.__cause__, cause.__context__])
    return seen


def folder_is_a_file(folder: str) -> StoreProblem:
    return StoreProblem(
        StoreProblem.FOLDER,
        Message(
            QT_TRANSLATE_NOOP(
                "entraide",
                "« {0} » est un fichier, pas un dossier : choisissez un autre dossier de données "
                "ou renommez ce fichier.",
            ),
            (folder,),
        ),
    )


def folder_missing(folder: str) -> StoreProblem:
    return StoreProblem(
        StoreProblem.FOLDER,
        Message(
            QT_TRANSLATE_NOOP(
                "entraide",
                "Aucune donnée Entraide dans « {0} » : vérifiez le dossier indiqué (--data-dir ou "
                "ENTRAIDE_DATA_DIR), ou ouvrez d'abord la fenêtre d'Entraide (ou lancez « entraide "
                "demo ») pour en créer.",
            ),
            (folder,),
        ),
    )


def backup_unreadable(backup: str, detail: str = "") -> StoreProblem:
    return StoreProblem(
        StoreProblem.DAMAGED,
        Message(
            QT_TRANSLATE_NOOP(
                "entraide",
                "La sauvegarde « {0} » est illisible : rien n'a été changé ; choisissez-en une autre.",
            ),
            (backup,),
        ),
        detail,
    )
