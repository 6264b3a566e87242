"""`entraide export-practice ID FILE.pdf|FILE.md` and `entraide import-practice FILE.md`: a practice
of the library as a printable sheet or a Markdown file, and a Markdown file as a new draft."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.errors import CommandError
from app.cli.output import save_file, target_file, text_of
from app.cli.store import open_store
from app.errors import InvalidInput, NotFound
from app.i18n import QT_TRANSLATE_NOOP, translate

# reportlab is imported by the PDF export only: every other command starts without it.

FORMATS = (".pdf", ".md")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _not_found(wanted: str) -> CommandError:
    return CommandError(
        translate(
            "cli",
            "pratique introuvable : « {0} ». Copiez l'identifiant depuis la section Pratiques ou "
            "d'une fiche déjà imprimée (l'identifiant complet, ou au moins 8 caractères de son début ou "
            "de sa fin, qui ne désignent qu'une pratique).",
        ).format(wanted)
    )


# --- export-practice ---------------------------------------------------------------------------


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "practice_id",
        metavar=translate("cli", "PRATIQUE"),
        help=translate(
            "cli", "identifiant de la pratique (complet, ou au moins 8 caractères de son début ou de sa fin)"
        ),
    )
    parser.add_argument(
        "file",
        metavar=translate("cli", "FICHIER"),
        help=translate(
            "cli",
            "fichier à écrire : .pdf pour la fiche à imprimer, .md pour le texte en Markdown (réimportable)",
        ),
    )


def export_practice(args: argparse.Namespace) -> int:
    path = target_file(args.file, FORMATS)
    as_pdf = path.suffix.lower() == ".pdf"
    database = open_store(args)
    try:
        # Loaded once the store is open (a command's start is what a volunteer waits for first).
        from app.models import Practice
        from app.services.practices.markdown import export_markdown
        from app.services.practices.records import load
        from app.services.record_ids import find_record_id

        with database.session_factory() as session:
            try:
                practice_id = find_record_id(session, Practice, args.practice_id)
                title = load(session, practice_id).title
                if as_pdf:
                    from app.export.practice_sheet import practice_sheet_bytes

                    data = practice_sheet_bytes(session, practice_id)[1]
                else:
                    data = export_markdown(session, practice_id).encode("utf-8")
            except NotFound as error:
                raise _not_found(args.practice_id) from error
    finally:
        database.close()
    save_file(path, data)
    written = (
        translate("cli", "Fiche pratique PDF de « {0} » écrite dans {1}")
        if as_pdf
        else translate("cli", "Texte Markdown de « {0} » écrit dans {1}")
    )
    _say(written.format(title or translate("cli", "Pratique sans titre"), path))
    return 0


# --- import-practice ---------------------------------------------------------------------------


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar=translate("cli", "FICHIER"),
        help=translate(
            "cli",
            "fichier Markdown (.md) : « # Titre », un résumé, puis les sections "
            "## Contexte, ## Méthode, ## Résultats, ## Enseignements",
        ),
    )


def import_practice(args: argparse.Namespace) -> int:
    from app.models import Practice
    from app.services.practices.markdown import import_markdown

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CommandError(
            translate("cli", "fichier introuvable : {0}").format(path)
            if not path.is_dir()
            else translate("cli", "« {0} » est un dossier : donnez un fichier .md.").format(path)
        )
    if path.suffix.lower() not in (".md", ".markdown", ".txt"):
        raise CommandError(
            translate("cli", "le fichier à importer doit être du Markdown (.md) (reçu : « {0} »).").format(
                path.name
            )
        )
    database = open_store(args)
    try:
        try:
            practice_id = database.run(import_markdown, path)
        except InvalidInput as error:
            details = " ; ".join(text_of(message) for message in error.errors.values())
            raise CommandError(
                translate("cli", "« {0} » n'a pas été importé : {1}").format(path.name, details)
            ) from error
        title = database.run(lambda session: session.get(Practice, practice_id).title)
    finally:
        database.close()
    _say(
        translate(
            "cli", "Brouillon « {0} » créé (à relire puis publier depuis la section Pratiques)."
        ).format(title)
    )
    print(practice_id)
    return 0


COMMANDS = {
    "export-practice": (
        QT_TRANSLATE_NOOP(
            "cli", "exporter une pratique : fiche PDF à imprimer (.pdf) ou texte Markdown (.md)"
        ),
        _configure_export,
        export_practice,
    ),
    "import-practice": (
        QT_TRANSLATE_NOOP(
            "cli",
            "importer un fichier Markdown comme nouveau brouillon de pratique (affiche son identifiant)",
        ),
        _configure_import,
        import_practice,
    ),
}
