"""`entraide import-contacts FILE` and `entraide export-contacts FILE` (CSV or vCard)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy.orm import Session

from app.cli.errors import CommandError
from app.cli.store import open_store
from app.services.contacts import transfer as contact_io
from app.services.contacts.transfer import FIELD_LABELS, ImportFileError, ImportPlan

CSV_SUFFIXES = (".csv", ".txt")
VCARD_SUFFIXES = (".vcf", ".vcard")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count in (0, 1) else plural}"


def _format_of(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix in allowed:
        return "vcard" if suffix in VCARD_SUFFIXES else "csv"
    raise CommandError(
        f"format de fichier inconnu « {path.suffix or path.name} » : "
        f"utilisez un fichier {', '.join(allowed)}."
    )


# --- import ------------------------------------------------------------------------------


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FICHIER", help="fichier .csv (ou .txt) d'un tableur, ou .vcf (vCard)"
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="vérifier le fichier et afficher le rapport sans rien enregistrer",
    )


def _plan(session: Session, path: Path, kind: str) -> ImportPlan:
    if kind == "vcard":
        text, _encoding = contact_io.read_text_file(path)
        return contact_io.plan_vcard_import(session, text, path.name)
    table = contact_io.read_table(path)
    mapping = contact_io.guess_mapping(table.headers)
    if not any(mapping.values()):
        expected = ", ".join(FIELD_LABELS[f] for f in ("first_name", "last_name", "name", "email"))
        raise CommandError(
            f"aucune colonne reconnue dans « {path.name} » (colonnes lues : "
            f"{', '.join(h for h in table.headers if h) or 'aucune'}) ; attendu par exemple {expected}."
        )
    ignored = [
        header or f"n° {index + 1}"
        for index, header in enumerate(table.headers)
        if mapping.get(index) is None
    ]
    if ignored:
        _say(f"colonnes ignorées : {', '.join(ignored)}")
    return contact_io.plan_import(session, table, mapping)


def _report(plan: ImportPlan, dry_run: bool) -> None:
    """Refused rows and remarks in file order, then the organisations made for roles."""
    lines = [(error.line, str(error)) for error in plan.errors]
    lines += [(row.line, remark) for row in plan.valid for remark in row.remarks()]
    for _line, text in sorted(lines, key=lambda item: item[0]):
        _say(text)
    if plan.new_organisations:
        count = len(plan.new_organisations)
        words = (
            ("organisation serait créée", "organisations seraient créées")
            if dry_run
            else ("organisation créée", "organisations créées")
        )
        names = ", ".join(plan.new_organisations[:10]) + (" …" if count > 10 else "")
        _say(f"{_plural(count, *words)} pour les rôles : {names}")


def _summary(imported: int, refused: int, dry_run: bool) -> str:
    if dry_run:
        done = _plural(imported, "contact serait importé", "contacts seraient importés")
    else:
        done = _plural(imported, "contact importé", "contacts importés")
    line = f"{done}, {_plural(refused, 'ligne refusée', 'lignes refusées')}."
    return line + (" Essai : rien n'a été enregistré." if dry_run else "")


def import_contacts(args: argparse.Namespace) -> int:
    path = Path(args.file)
    kind = _format_of(path, CSV_SUFFIXES + VCARD_SUFFIXES)
    if not path.is_file():
        raise CommandError(f"fichier introuvable : {path}")
    db = open_store(args)
    try:
        with db.session_factory.begin() as session:
            try:
                plan = _plan(session, path, kind)
            except ImportFileError as error:
                raise CommandError(str(error)) from error
            if plan.valid and not args.dry_run:
                # One transaction: a failure here rolls back every row, nothing half-imported.
                contact_io.apply_import(session, plan)
    finally:
        db.close()
    _report(plan, args.dry_run)
    _say(_summary(len(plan.valid), len(plan.errors), args.dry_run))
    if not plan.valid:
        _say(
            "aucun contact importé : corrigez les lignes ci-dessus puis relancez l'import."
            if plan.errors
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
        "importer des contacts depuis un fichier CSV (tableur) ou vCard ; chaque ligne refusée "
        "est signalée avec son numéro, les autres sont importées ensemble",
        _configure_import,
        import_contacts,
    ),
    "export-contacts": (
        "exporter les contacts vers un fichier CSV (tableur) ou vCard",
        _configure_export,
        export_contacts,
    ),
}
