"""`entraide export-contacts FILE` (CSV or vCard). Apart from the import: the export needs none of
the import's machinery, and loads what it needs once the store is open."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.errors import CommandError
from app.cli.output import cannot_write
from app.cli.store import open_store
from app.i18n import QT_TRANSLATE_NOOP, plural, translate

VCARD_SUFFIXES = (".vcf", ".vcard")


def format_of(path: Path, allowed: tuple[str, ...]) -> str:
    suffix = path.suffix.lower()
    if suffix in allowed:
        return "vcard" if suffix in VCARD_SUFFIXES else "table"
    raise CommandError(
        translate("cli", "format de fichier inconnu « {0} » : utilisez un fichier {1}.").format(
            path.suffix or path.name, ", ".join(allowed)
        )
    )


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar=translate("cli", "FICHIER"),
        help=translate("cli", "fichier à écrire : .csv (tableur, « ; », UTF-8) ou .vcf (vCard 4.0)"),
    )


def export_contacts(args: argparse.Namespace) -> int:
    path = Path(args.file)
    kind = format_of(path, (".csv", *VCARD_SUFFIXES))
    if not path.parent.is_dir():
        raise CommandError(translate("cli", "dossier introuvable : {0}").format(path.parent))
    db = open_store(args)
    try:
        from app.services.contacts import transfer as contact_io

        with db.session_factory() as session:
            if kind == "vcard":
                count = contact_io.export_contacts_vcard(session, path)
            else:
                count = contact_io.export_contacts_csv(session, path)
    except OSError as error:
        raise CommandError(cannot_write(path, error)) from error
    finally:
        db.close()
    print(
        plural(
            count,
            translate("cli", "%n contact exporté vers {0}"),
            translate("cli", "%n contacts exportés vers {0}"),
        ).format(path),
        file=sys.stderr,
    )
    return 0


COMMANDS = {
    "export-contacts": (
        QT_TRANSLATE_NOOP("cli", "exporter les contacts vers un fichier CSV (tableur) ou vCard"),
        _configure_export,
        export_contacts,
    ),
}
