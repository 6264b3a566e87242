"""`entraide import-contacts FILE` (CSV, a spreadsheet or vCard); the export is in contacts_export.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.orm import Session

from app.cli.contacts_export import VCARD_SUFFIXES, format_of
from app.cli.errors import CommandError
from app.cli.import_report import ProgressPrinter, counts_line, summary_lines
from app.cli.output import marked
from app.cli.store import open_store
from app.errors import InvalidInput, NotFound
from app.i18n import QT_TRANSLATE_NOOP, plural, translate
from app.services.contacts import transfer as contact_io
from app.services.contacts.transfer import FIELD_LABELS, POLICIES, ImportFileError, profiles
from app.services.contacts.transfer.headers import SILENT_HEADERS, header_key

TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".ods", ".xls")
_MAP_ERRORS = {
    "bad_form": QT_TRANSLATE_NOOP(
        "cli", '--map « {value} » : écrivez « Colonne=champ », par exemple --map "Tél. portable=téléphone"'
    ),
    "unknown_field": QT_TRANSLATE_NOOP(
        "cli", "champ inconnu « {value} » ; champs possibles : {fields}, ou « ignorer »"
    ),
}


def _say(message: str) -> None:
    print(message, file=sys.stderr)


# --- import ------------------------------------------------------------------------------


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar=translate("cli", "FICHIER"),
        help=translate("cli", "fichier .csv d'un tableur, classeur .xlsx ou .ods, ou .vcf (vCard)"),
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "vérifier le fichier et afficher le rapport sans rien enregistrer"),
    )
    parser.add_argument(
        "--on-match",
        choices=POLICIES,
        help=translate(
            "cli",
            "une ligne qui correspond à un contact existant : skip = la laisser de côté (défaut), "
            "update = compléter les champs vides du contact (défaut pour un rapport corrigé), "
            "new = créer quand même",
        ),
    )
    parser.add_argument(
        "--sheet",
        metavar=translate("cli", "FEUILLE"),
        help=translate("cli", "feuille du classeur à lire (nom ou numéro ; défaut : la première)"),
    )
    parser.add_argument(
        "--map",
        metavar=translate("cli", "COLONNE=CHAMP"),
        action="append",
        default=[],
        help=translate(
            "cli",
            'choisir le champ d\'une colonne (répétable), ex. --map "Tél. portable=téléphone" '
            'ou --map "Colonne X=ignorer"',
        ),
    )
    parser.add_argument(
        "--profile",
        metavar=translate("cli", "NOM"),
        help=translate("cli", "appliquer une correspondance de colonnes enregistrée"),
    )
    parser.add_argument(
        "--save-profile",
        metavar=translate("cli", "NOM"),
        help=translate("cli", "enregistrer la correspondance utilisée sous ce nom"),
    )
    parser.add_argument(
        "--no-report",
        action="store_true",
        help=translate("cli", "ne pas écrire le rapport détaillé (FICHIER-rapport.csv)"),
    )


def _profile_columns(session: Session, name: str | None) -> dict[str, str]:
    if not name:
        return {}
    try:
        return profiles.load_profile(session, name)
    except NotFound as error:
        names = ", ".join(profiles.list_profiles(session)) or translate("cli", "aucune")
        raise CommandError(
            translate("cli", "correspondance « {0} » inconnue (enregistrées : {1})").format(name, names)
        ) from error


def _map_columns(options: list[str]) -> dict[str, str]:
    columns: dict[str, str] = {}
    for text in options:
        try:
            key, field = profiles.parse_map_option(text)
        except InvalidInput as error:
            fields = ", ".join(f"« {FIELD_LABELS[f]} »" for f in FIELD_LABELS)
            message = translate("cli", _MAP_ERRORS[str(error.errors["map"])])
            raise CommandError(message.format(fields=fields, **error.warnings)) from error
        columns[key] = field
    return columns


def _mapping(session: Session, path: Path, args: argparse.Namespace) -> dict[int, str | None] | None:
    """The guess, then the saved profile, then each --map; None for a vCard."""
    preview = contact_io.preview_file(path, args.sheet)
    if preview.vcard:
        return None
    chosen = _map_columns(args.map)
    missing = set(contact_io.unknown_columns(preview.headers, chosen))
    for text in args.map:
        column = text.rpartition("=")[0]
        if header_key(column) in missing:
            raise CommandError(
                translate("cli", "--map : aucune colonne « {0} » dans « {1} » (colonnes lues : {2})").format(
                    column.strip(), path.name, ", ".join(h for h in preview.headers if h)
                )
            )
    mapping = contact_io.apply_columns(
        preview.headers, _profile_columns(session, args.profile), preview.mapping
    )
    mapping = contact_io.apply_columns(preview.headers, chosen, mapping)
    if not any(mapping.values()):
        expected = ", ".join(FIELD_LABELS[f] for f in ("first_name", "last_name", "name", "email"))
        read = ", ".join(h for h in preview.headers if h) or translate("cli", "aucune")
        raise CommandError(
            translate(
                "cli",
                "aucune colonne reconnue dans « {0} » (colonnes lues : {1}) ; attendu par exemple {2} ; "
                'choisissez les colonnes avec --map "Colonne=champ".',
            ).format(path.name, read, expected)
        )
    ignored = [
        h
        for i, h in enumerate(preview.headers)
        if not mapping.get(i) and h and header_key(h) not in SILENT_HEADERS
    ]
    if ignored:
        more = (
            " " + plural(len(ignored) - 10, translate("cli", "et %n autre"), translate("cli", "et %n autres"))
            if len(ignored) > 10
            else ""
        )
        _say(translate("cli", "colonnes ignorées : {0}").format(", ".join(ignored[:10]) + more))
    if len(preview.sheets) > 1:
        others = ", ".join(n for n in preview.sheets if n != preview.sheet)
        _say(
            translate("cli", "feuille lue : {0} (autres : {1} ; --sheet pour en choisir une)").format(
                preview.sheet, others
            )
        )
    return mapping


def import_contacts(args: argparse.Namespace) -> int:
    path = Path(args.file)
    format_of(path, TABLE_SUFFIXES + VCARD_SUFFIXES)
    if not path.is_file():
        raise CommandError(translate("cli", "fichier introuvable : {0}").format(path))
    db = open_store(args)
    progress = ProgressPrinter(path.stat().st_size)
    try:
        session = db.session_factory()
        try:
            mapping = _mapping(session, path, args)
            result = contact_io.import_file(
                session,
                path,
                mapping=mapping,
                sheet=args.sheet,
                policy=args.on_match,
                report_path=not args.no_report,
                progress=progress,
            )
            if args.save_profile and mapping is not None:
                profiles.save_profile(
                    session, args.save_profile, contact_io.columns_of(result.headers, mapping)
                )
            # One transaction: a failure or a dry run leaves the store as it was.
            session.rollback() if args.dry_run else session.commit()
            if args.dry_run and args.save_profile and mapping is not None:
                with db.session_factory.begin() as other:
                    profiles.save_profile(
                        other, args.save_profile, contact_io.columns_of(result.headers, mapping)
                    )
        except ImportFileError as error:
            raise CommandError(error.worded(marked)) from error
        finally:
            session.rollback()
            session.close()
    finally:
        progress.done()
        db.close()
    for line in summary_lines(result):
        _say(line)
    _say(counts_line(result, args.dry_run))
    if result.report_path and result.vcard:
        _say(translate("cli", "détail fiche par fiche : {0}").format(result.report_path))
    elif result.report_path:
        _say(
            translate("cli", "détail ligne par ligne (à corriger puis réimporter) : {0}").format(
                result.report_path
            )
        )
    if args.save_profile and mapping is not None:
        _say(
            translate("cli", "correspondance des colonnes enregistrée sous « {0} »").format(args.save_profile)
        )
    counts = result.outcome.counts
    if not (counts.created or counts.matched or counts.duplicates_in_file):
        _say(
            translate("cli", "aucun contact importé : corrigez les lignes signalées puis relancez l'import.")
            if counts.refused
            else translate("cli", "aucun contact importé : le fichier ne contient aucune ligne de contact.")
        )
        return 1
    return 0


COMMANDS = {
    "import-contacts": (
        QT_TRANSLATE_NOOP(
            "cli",
            "importer des contacts depuis un fichier CSV, un classeur (.xlsx, .ods) ou une vCard ; "
            "chaque ligne à revoir est signalée avec son numéro, les autres sont importées ensemble ; "
            "réimporter le même fichier n'ajoute aucun doublon",
        ),
        _configure_import,
        import_contacts,
    ),
}
