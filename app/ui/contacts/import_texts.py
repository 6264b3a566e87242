"""What the import dialog says: the counts of a preview, the choices with their numbers, the
problems grouped by reason and the end of an import. In the dialog's translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.contacts.transfer import FileImport, ImportCounts, Summary, describe
from app.services.contacts.transfer.issues import REASONS, REFUSED, SKIPPED
from app.ui.shared.locale_format import service_text, show_count, takes_singular

MAX_GROUPS = 12
_ORDER = {REFUSED: 0, SKIPPED: 1}
translate = QCoreApplication.translate  # in the dialog's context, "ImportDialog", written out for lupdate


def counted(count: int, one: str, many: str, *more: object) -> str:
    """The singular or plural as the window's language wants (`takes_singular`); `one` and `many`
    are translated, {0} is the count and {1}… the `more` values."""
    return (one if takes_singular(count) else many).format(show_count(count), *more)


def counts_text(c: ImportCounts, cards: bool) -> str:
    """ "5 lignes lues : 4 personnes et 1 organisation à créer, 0 déjà présent, 1 ligne refusée." """
    if not c.rows:
        return translate(
            "ImportDialog", "Le fichier n'a aucune ligne sous celle des noms de colonnes : rien à importer."
        )
    to_create = translate("ImportDialog", "{0} et {1} à créer").format(
        counted(
            c.created_people,
            translate("ImportDialog", "{0} personne"),
            translate("ImportDialog", "{0} personnes"),
        ),
        counted(
            c.created_organisations,
            translate("ImportDialog", "{0} organisation"),
            translate("ImportDialog", "{0} organisations"),
        ),
    )
    parts = [
        to_create,
        counted(
            c.matched,
            translate("ImportDialog", "{0} déjà présent"),
            translate("ImportDialog", "{0} déjà présents"),
        ),
    ]
    if c.duplicates_in_file:
        in_file = translate("ImportDialog", "{0} en double dans le fichier")
        parts.append(counted(c.duplicates_in_file, in_file, in_file))
    if cards:
        refused = counted(
            c.refused,
            translate("ImportDialog", "{0} fiche refusée"),
            translate("ImportDialog", "{0} fiches refusées"),
        )
        read = counted(
            c.rows, translate("ImportDialog", "{0} fiche lue"), translate("ImportDialog", "{0} fiches lues")
        )
    else:
        refused = counted(
            c.refused,
            translate("ImportDialog", "{0} ligne refusée"),
            translate("ImportDialog", "{0} lignes refusées"),
        )
        read = counted(
            c.rows, translate("ImportDialog", "{0} ligne lue"), translate("ImportDialog", "{0} lignes lues")
        )
    return translate("ImportDialog", "{0} : {1}.").format(read, ", ".join([*parts, refused]))


def policy_texts(c: ImportCounts) -> dict[str, str]:
    """Each choice for the rows already there, with what it would do."""
    added = counted(
        c.created, translate("ImportDialog", "{0} ajouté"), translate("ImportDialog", "{0} ajoutés")
    )
    completed = counted(
        c.completable, translate("ImportDialog", "{0} complété"), translate("ImportDialog", "{0} complétés")
    )
    anyway = counted(
        c.created + c.matched,
        translate("ImportDialog", "{0} ajouté"),
        translate("ImportDialog", "{0} ajoutés"),
    )
    return {
        "skip": translate("ImportDialog", "Les laisser de côté (conseillé) — {0}").format(added),
        "update": translate("ImportDialog", "Compléter les champs vides de ces contacts — {0}, {1}").format(
            added, completed
        ),
        "new": translate("ImportDialog", "Les créer quand même (doublons possibles) — {0}").format(anyway),
    }


def problem_lines(summary: Summary) -> list[str]:
    """The problems grouped by reason, refused lines first, at most MAX_GROUPS."""
    groups = sorted(summary.groups.values(), key=lambda g: (_ORDER.get(REASONS[g.code][0], 2), -g.count))
    out = []
    for group in groups[:MAX_GROUPS]:
        if group.count == 1:
            line = translate("ImportDialog", "Ligne {0} : {1}").format(
                group.lines[0], describe(group.example, service_text)
            )
        else:
            lines = ", ".join(str(n) for n in group.lines) + (" …" if group.count > len(group.lines) else "")
            reason = describe(group.example, service_text, group=True)
            line = translate("ImportDialog", "{0} lignes : {1} — lignes {2}").format(
                show_count(group.count), reason, lines
            )
        out.append(line)
    if len(groups) > MAX_GROUPS:
        out.append(translate("ImportDialog", "… et d'autres remarques : voir le rapport après l'import."))
    return out or [translate("ImportDialog", "Aucune ligne à revoir.")]


def done_text(result: FileImport) -> str:
    c = result.outcome.counts
    text = translate("ImportDialog", "Import terminé : {0}, {1}.").format(
        counted(
            c.created_people,
            translate("ImportDialog", "{0} personne créée"),
            translate("ImportDialog", "{0} personnes créées"),
        ),
        counted(
            c.created_organisations,
            translate("ImportDialog", "{0} organisation créée"),
            translate("ImportDialog", "{0} organisations créées"),
        ),
    )
    if c.completed:
        text += " " + counted(
            c.completed,
            translate("ImportDialog", "{0} contact complété."),
            translate("ImportDialog", "{0} contacts complétés."),
        )
    if result.report_path and result.vcard:
        text += "\n" + translate(
            "ImportDialog", "Le détail des fiches à revoir est dans « {0} », à côté du fichier."
        ).format(result.report_path.name)
    elif result.report_path:
        text += "\n" + translate(
            "ImportDialog",
            "Les lignes à revoir sont dans « {0} », à côté du fichier : "
            "corrigez-les puis importez ce rapport.",
        ).format(result.report_path.name)
    return text


def import_button_text(c: ImportCounts, policy: str) -> tuple[str, bool]:
    """The Import button's words for the chosen policy, and whether there is anything to do."""
    count = {"skip": c.created, "update": c.created, "new": c.created + c.matched}[policy]
    if count:
        return counted(
            count,
            translate("ImportDialog", "Importer {0} contact"),
            translate("ImportDialog", "Importer {0} contacts"),
        ), True
    if policy == "update" and c.completable:
        return translate("ImportDialog", "Compléter les contacts"), True
    return translate("ImportDialog", "Rien à importer"), False
