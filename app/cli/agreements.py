"""The agreements' command: `entraide agreement-pdf AGREEMENT FILE.pdf`, an agreement or an
amendment printed for its signatories."""

from __future__ import annotations

import argparse

from app.cli.output import read_sheet, save_file, say, target_file
from app.i18n import QT_TRANSLATE_NOOP, translate

# --- agreement-pdf -----------------------------------------------------------------------------


def _configure_agreement(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "agreement",
        metavar=translate("cli", "CONVENTION"),
        help=translate(
            "cli",
            "référence de la convention ou de l'avenant (CONV-2026-001, CONV-2026-001-A1), "
            "ou son identifiant (complet, ou au moins ses 8 derniers caractères)",
        ),
    )
    parser.add_argument(
        "file", metavar=translate("cli", "FICHIER"), help=translate("cli", "fichier PDF à écrire")
    )


def agreement_pdf(args: argparse.Namespace) -> int:
    from app.export.agreement_pdf import render_agreement
    from app.export.agreement_sheet import agreement_sheet, find_agreement_id

    path = target_file(args.file, (".pdf",))
    sheet = read_sheet(
        args,
        lambda session: agreement_sheet(session, find_agreement_id(session, args.agreement)),
        translate(
            "cli",
            "convention introuvable : « {0} ». Donnez sa référence (par exemple "
            "CONV-2026-001, ou CONV-2026-001-A1 pour un avenant) telle qu'elle figure dans la "
            "section Conventions, ou son identifiant (complet, ou au moins ses 8 derniers "
            "caractères).",
        ).format(args.agreement),
    )
    save_file(path, render_agreement(sheet))
    if sheet.is_amendment:
        said = (
            translate("cli", "Avenant n° {0} {1} « {2} » (projet, avec la mention PROJET) écrit dans {3}")
            if sheet.draft
            else translate("cli", "Avenant n° {0} {1} « {2} » écrit dans {3}")
        )
    else:
        said = (
            translate("cli", "Convention {1} « {2} » (projet, avec la mention PROJET) écrite dans {3}")
            if sheet.draft
            else translate("cli", "Convention {1} « {2} » écrite dans {3}")
        )
    say(said.format(sheet.amendment_number or 1, sheet.reference, sheet.content.title, path))
    return 0


COMMANDS = {
    "agreement-pdf": (
        QT_TRANSLATE_NOOP(
            "cli",
            "imprimer une convention de partenariat ou un avenant, à signer par les parties "
            "(un brouillon porte la mention PROJET)",
        ),
        _configure_agreement,
        agreement_pdf,
    ),
}
