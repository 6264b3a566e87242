"""`entraide import-contacts FILE` and `entraide export-contacts FILE` (CSV or vCard)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.orm import Session

from app.cli.errors import CommandError
from app.cli.import_report import ProgressPrinter, counts_line, summary_lines
from app.cli.store import open_store
from app.errors import InvalidInput, NotFound
from app.services.contacts import transfer as contact_io
from app.services.contacts.transfer import FIELD_LABELS, POLICIES, ImportFileError, profiles
from app.services.contacts.transfer.headers import SILENT_HEADERS, header_key

TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".ods", ".xls")
VCARD_SUFFIXES = (".vcf", ".vcard")
_MAP_ERRORS = {
    "bad_form": '--map « {value} » : écrivez « Colonne=champ », par exemple --map "Tél. portable=téléphone"',
    "unknown_field": "champ inconnu « {value} » ; champs possibles : {fields}, ou « ignorer »",
}


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count in (0, 1) else plural}"


def _format_of(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix in allowed:
        return "vcard" if suffix in VCARD_SUFFIXES else "table"
    raise CommandError(
        f"format de fichier inconnu « {path.suffix or path.name} » : "
        f"utilisez un fichier {', '.join(allowed)}."
    )


# --- import ------------------------------------------------------------------------------


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FICHIER", help="fichier .csv d'un tableur, classeur .xlsx ou .ods, ou .vcf (vCard)"
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="vérifier le fichier et afficher le rapport sans rien enregistrer",
    )
    parser.add_argument(
        "--on-match",
        choices=POLICIES,
        help="une ligne qui correspond à un contact existant : skip = la laisser de côté (défaut), "
        "update = compléter les champs vides du contact (défaut pour un rapport corrigé), "
        "new = créer quand même",
    )
    parser.add_argument(
        "--sheet", metavar="FEUILLE", help="feuille du classeur à lire (nom ou numéro ; défaut : la première)"
    )
    parser.add_argument(
        "--map",
        metavar="COLONNE=CHAMP",
        action="append",
        default=[],
        help='choisir le champ d\'une colonne (répétable), ex. --map "Tél. portable=téléphone" '
        'ou --map "Colonne X=ignorer"',
    )
    parser.add_argument(
        "--profile", metavar="NOM", help="appliquer une correspondance de colonnes enregistrée"
    )
    parser.add_argument(
        "--save-profile", metavar="NOM", help="enregistrer la correspondance utilisée sous ce nom"
    )
    parser.add_argument(
        "--no-report", action="store_true", help="ne pas écrire le rapport détaillé (FICHIER-rapport.csv)"
    )


def _profile_columns(session: Session, name: str | None) -> dict[str, str]:
    if not name:
        return {}
    try:
        return profiles.load_profile(session, name)
    except NotFound as error:
        names = ", ".join(profiles.list_profiles(session)) or "aucune"
        raise CommandError(f"correspondance « {name} » inconnue (enregistrées : {names})") from error


def _map_columns(options: list[str]) -> dict[str, str]:
    columns: dict[str, str] = {}
    for text in options:
        try:
            key, field = profiles.parse_map_option(text)
        except InvalidInput as error:
            fields = ", ".join(f"« {FIELD_LABELS[f]} »" for f in FIELD_LABELS)
            message = _MAP_ERRORS[str(error.errors["map"])]
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
                f"--map : aucune colonne « {column.strip()} » dans « {path.name} » "
                f"(colonnes lues : {', '.join(h for h in preview.headers if h)})"
            )
    mapping = contact_io.apply_columns(
        preview.headers, _profile_columns(session, args.profile), preview.mapping
    )
    mapping = contact_io.apply_columns(preview.headers, chosen, mapping)
    if not any(mapping.values()):
        expected = ", ".join(FIELD_LABELS[f] for f in ("first_name", "last_name", "name", "email"))
        raise CommandError(
            f"aucune colonne reconnue dans « {path.name} » (colonnes lues : "
            f"{', '.join(h for h in preview.headers if h) or 'aucune'}) ; attendu par exemple {expected} ; "
            'choisissez les colonnes avec --map "Colonne=champ".'
        )
    ignored = [
        h
        for i, h in enumerate(preview.headers)
        if not mapping.get(i) and h and header_key(h) not in SILENT_HEADERS
    ]
    if ignored:
        more = f" et {len(ignored) - 10} autres" if len(ignored) > 10 else ""
        _say(f"colonnes ignorées : {', '.join(ignored[:10])}{more}")
    if len(preview.sheets) > 1:
        others = ", ".join(n for n in preview.sheets if n != preview.sheet)
        _say(f"feuille lue : {preview.sheet} (autres : {others} ; --sheet pour en choisir une)")
    return mapping


def import_contacts(args: argparse.Namespace) -> int:
    path = Path(args.file)
    _format_of(path, TABLE_SUFFIXES + VCARD_SUFFIXES)
    if not path.is_file():
        raise CommandError(f"fichier introuvable : {path}")
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
            raise CommandError(str(error)) from error
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
        _say(f"détail fiche par fiche : {result.report_path}")
    elif result.report_path:
        _say(f"détail ligne par ligne (à corriger puis réimporter) : {result.report_path}")
    if args.save_profile and mapping is not None:
        _say(f"correspondance des colonnes enregistrée sous « {args.save_profile} »")
    counts = result.outcome.counts
    if not (counts.created or counts.matched or counts.duplicates_in_file):
        _say(
            "aucun contact importé : corrigez les lignes signalées puis relancez l'import."
            if counts.refused
            else "aucun contact importé : le fichier ne contient aucune ligne de contact."
        )
        return 1
    return 0


# --- export ------------------------------------------------------------------------------


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FICHIER", help="fichier à écrire : .csv (tableur, « ; », UTF-8) ou .vcf (vCard 4.0)"
    )


def export_contacts(args: argparse.Namespace) -> int:
    path = Path(args.file)
    kind = _format_of(path, (".csv", *VCARD_SUFFIXES))
    if not path.parent.is_dir():
        raise CommandError(f"dossier introuvable : {path.parent}")
    db = open_store(args)
    try:
        with db.session_factory() as session:
            if kind == "vcard":
                count = contact_io.export_contacts_vcard(session, path)
            else:
                count = contact_io.export_contacts_csv(session, path)
    except OSError as error:
        raise CommandError(f"impossible d'écrire « {path} » : {error.strerror or error}") from error
    finally:
        db.close()
    _say(f"{_plural(count, 'contact exporté', 'contacts exportés')} vers {path}")
    return 0


COMMANDS = {
    "import-contacts": (
        "importer des contacts depuis un fichier CSV, un classeur (.xlsx, .ods) ou une vCard ; "
        "chaque ligne à revoir est signalée avec son numéro, les autres sont importées ensemble ; "
        "réimporter le même fichier n'ajoute aucun doublon",
        _configure_import,
        import_contacts,
    ),
    "export-contacts": (
        "exporter les contacts vers un fichier CSV (tableur) ou vCard",
        _configure_export,
        export_contacts,
    ),
}
