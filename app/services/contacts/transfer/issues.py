"""What an import says about a line: a reason code with its values, never a ready-made sentence.

The templates below are the French wording (marked for translation); the command line and the
window make the sentence, each in its user's language. `Summary` groups issues by reason with a
bounded number of line numbers each, so a file of 400,000 bad lines costs a few kilobytes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP

REFUSED, SKIPPED, WARNING = "refused", "skipped", "warning"  # the row: not imported, left out, imported

# code -> (severity, French template). Templates take the issue's params by name.
REASONS: dict[str, tuple[str, str]] = {
    "no_name": (
        REFUSED,
        QT_TRANSLATE_NOOP("entraide", "ni nom ni organisation : la ligne ne peut pas devenir un contact"),
    ),
    "too_long": (
        REFUSED,
        QT_TRANSLATE_NOOP("entraide", "{field} trop long ({length} caractères, {limit} au plus)"),
    ),
    "title_too_long": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "entraide",
            "fonction trop longue ({length} caractères, {limit} au plus) : "
            "raccourcie, entière dans les notes",
        ),
    ),
    "org_name_too_long": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "entraide",
            "nom d'organisation trop long ({length} caractères, {limit} au plus) : gardé dans les notes",
        ),
    ),
    "duplicate_in_file": (
        SKIPPED,
        QT_TRANSLATE_NOOP("entraide", "en double : ressemble à la ligne {other} du fichier ({criteria})"),
    ),
    "already_present": (
        SKIPPED,
        QT_TRANSLATE_NOOP(
            "entraide", "déjà présent sous le nom « {name} » ({criteria}) : ligne laissée de côté"
        ),
    ),
    "email_invalid": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "{field} illisible (il faut un « @ » et un domaine) : non enregistré"),
    ),
    "phone_to_check": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "{field} illisible : gardé tel quel et marqué « à vérifier »"),
    ),
    "siret_length": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "SIRET invalide (il compte 14 chiffres) : non enregistré"),
    ),
    "siret_checksum": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "entraide", "SIRET inexistant (la clé de contrôle ne correspond pas) : non enregistré"
        ),
    ),
    "rna_invalid": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "RNA invalide (W suivi de 9 chiffres) : non enregistré"),
    ),
    "website_invalid": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "adresse de site illisible : non enregistrée"),
    ),
    "date_invalid": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "date illisible (ex. 15/09/2024) : non enregistrée"),
    ),
    "kind_unknown": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "type inconnu (personne ou organisation) : déduit des noms"),
    ),
    "org_kind_unknown": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "type d'organisation inconnu : « association » retenu"),
    ),
    "org_value_differs": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "entraide", "{field} différent de celui déjà connu pour « {name} » ({known}) : fiche inchangée"
        ),
    ),
    "org_data_without_name": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "{field} d'organisation sans nom d'organisation : non enregistré"),
    ),
    "extra_to_notes": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "{field} en plus : gardés dans les notes"),
    ),
    "extra_cells": (
        WARNING,
        QT_TRANSLATE_NOOP(
            "entraide",
            "cellules au-delà de la dernière colonne (un séparateur dans une cellule ?) : non importées",
        ),
    ),
    "card_truncated": (
        WARNING,
        QT_TRANSLATE_NOOP("entraide", "fiche vCard incomplète (pas de END:VCARD) : importée telle quelle"),
    ),
    "card_bad_line": (WARNING, QT_TRANSLATE_NOOP("entraide", "ligne vCard illisible : ignorée")),
    "card_group": (
        REFUSED,
        QT_TRANSLATE_NOOP("entraide", "fiche de groupe (KIND:group) : seules les personnes et organisations"),
    ),
}

# The wording of a group of lines, for reasons whose own wording names one line's values.
GROUP_REASONS: dict[str, str] = {
    "too_long": QT_TRANSLATE_NOOP("entraide", "{field} trop long"),
    "title_too_long": QT_TRANSLATE_NOOP(
        "entraide", "fonction trop longue : raccourcie, entière dans les notes"
    ),
    "org_name_too_long": QT_TRANSLATE_NOOP("entraide", "nom d'organisation trop long : gardé dans les notes"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("entraide", "en double dans le fichier : laissées de côté"),
    "already_present": QT_TRANSLATE_NOOP(
        "entraide", "déjà présentes sous un autre nom (même e-mail, téléphone…) : laissées de côté"
    ),
    "org_value_differs": QT_TRANSLATE_NOOP(
        "entraide", "{field} différent de celui déjà connu de l'organisation : fiche inchangée"
    ),
}

# Field names as the reasons show them.
FIELD_NAMES: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("entraide", "e-mail"),
    "org_email": QT_TRANSLATE_NOOP("entraide", "e-mail de l'organisation"),
    "phone": QT_TRANSLATE_NOOP("entraide", "téléphone"),
    "org_phone": QT_TRANSLATE_NOOP("entraide", "téléphone de l'organisation"),
    "emails": QT_TRANSLATE_NOOP("entraide", "e-mails"),
    "phones": QT_TRANSLATE_NOOP("entraide", "téléphones"),
    "siret": QT_TRANSLATE_NOOP("entraide", "SIRET"),
    "rna": QT_TRANSLATE_NOOP("entraide", "RNA"),
    "website": QT_TRANSLATE_NOOP("entraide", "site"),
    "address": QT_TRANSLATE_NOOP("entraide", "adresse"),
    "first_name": QT_TRANSLATE_NOOP("entraide", "prénom"),
    "last_name": QT_TRANSLATE_NOOP("entraide", "nom"),
    "name": QT_TRANSLATE_NOOP("entraide", "nom de l'organisation"),
    "organisation": QT_TRANSLATE_NOOP("entraide", "organisation"),
    "role": QT_TRANSLATE_NOOP("entraide", "fonction"),
}
CRITERIA: dict[str, str] = {
    "siret": QT_TRANSLATE_NOOP("entraide", "même SIRET"),
    "rna": QT_TRANSLATE_NOOP("entraide", "même RNA"),
    "email": QT_TRANSLATE_NOOP("entraide", "même e-mail"),
    "phone": QT_TRANSLATE_NOOP("entraide", "même téléphone"),
    "name": QT_TRANSLATE_NOOP("entraide", "même nom"),
}


@dataclass(frozen=True)
class Issue:
    """One thing to say about a line: `column` is the file's header (or vCard property)."""

    line: int
    code: str
    column: str = ""
    value: str = ""
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def severity(self) -> str:
        return REASONS[self.code][0]


Translate = Callable[[str], str]


def describe(issue: Issue, translate: Translate = str, *, group: bool = False) -> str:
    """The reason in words; `translate` turns each French template into the user's language.
    `group`: the wording for a group of such lines (no single line's values)."""
    params = dict(issue.params)
    template = GROUP_REASONS.get(issue.code) if group else None
    for key, table in (("field", FIELD_NAMES), ("criteria", CRITERIA)):
        if key in params:
            names = params[key] if isinstance(params[key], list | tuple) else [params[key]]
            params[key] = ", ".join(translate(table.get(name, name)) for name in names)
    return translate(template or REASONS[issue.code][1]).format(**params)


@dataclass
class ReasonGroup:
    code: str
    example: Issue  # the first one: its wording stands for the group
    count: int = 0
    lines: list[int] = field(default_factory=list)


@dataclass
class Summary:
    """Issues grouped by reason (and field), in order of first appearance; bounded memory."""

    keep_lines: int = 12
    groups: dict[tuple[str, str], ReasonGroup] = field(default_factory=dict)

    def add(self, issue: Issue) -> None:
        key = (issue.code, str(issue.params.get("field", "")))
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = ReasonGroup(issue.code, issue)
        group.count += 1
        if len(group.lines) < self.keep_lines and (not group.lines or group.lines[-1] != issue.line):
            group.lines.append(issue.line)

    def count(self, severity: str) -> int:
        return sum(g.count for g in self.groups.values() if REASONS[g.code][0] == severity)
