"""Where a command writes its file: the target checked before any work, and a write that never
leaves half a file, with the reason of a failure in French."""

from __future__ import annotations

import errno
from pathlib import Path

from app.cli.errors import CommandError

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
