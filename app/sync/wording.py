"""The words for what the sync sets aside or the hub refuses, field by field.

Services and the sync keep structured reasons (a code and its values); the window and the
command line make the sentence, through `describe(problem, translate)`: the window passes its
translator (the templates are marked for Qt Linguist), the command line the French as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from app.errors import Message, Text
from app.i18n import QT_TRANSLATE_NOOP
from app.sync import quarantine
from protocol import field_rules as rs
from protocol import reasons as r
from protocol.messages import FieldProblemData

PROBLEMS = {
    rs.UNKNOWN_FIELD: QT_TRANSLATE_NOOP("entraide", "{field} : champ inconnu pour ce type de fiche"),
    rs.REQUIRED: QT_TRANSLATE_NOOP("entraide", "{field} : valeur obligatoire absente"),
    rs.TOO_LONG: QT_TRANSLATE_NOOP("entraide", "{field} : trop long (au plus {max_length} caractères)"),
    rs.OUT_OF_RANGE: QT_TRANSLATE_NOOP("entraide", "{field} : doit aller de {minimum} à {maximum}"),
    rs.BAD_DATE: QT_TRANSLATE_NOOP("entraide", "{field} : date attendue sous la forme AAAA-MM-JJ"),
    rs.BAD_DATETIME: QT_TRANSLATE_NOOP(
        "entraide", "{field} : date et heure attendues (ISO 8601, avec le fuseau)"
    ),
    rs.BAD_ID: QT_TRANSLATE_NOOP("entraide", "{field} : identifiant de fiche attendu"),
    rs.NOT_A_CHOICE: QT_TRANSLATE_NOOP("entraide", "{field} : valeur inconnue (possibles : {choices})"),
    rs.PARENT_DELETED: QT_TRANSLATE_NOOP("entraide", "{field} : la fiche désignée a été supprimée"),
    quarantine.MISSING_PARENT: QT_TRANSLATE_NOOP(
        "entraide", "la fiche à laquelle elle appartient n'est jamais arrivée"
    ),
    quarantine.CANNOT_APPLY: QT_TRANSLATE_NOOP(
        "entraide", "la base locale a refusé de l'enregistrer ({error})"
    ),
}
EXPECTED = {
    "text": QT_TRANSLATE_NOOP("entraide", "du texte"),
    "integer": QT_TRANSLATE_NOOP("entraide", "un nombre entier"),
    "boolean": QT_TRANSLATE_NOOP("entraide", "vrai ou faux"),
    "texts": QT_TRANSLATE_NOOP("entraide", "une liste de textes"),
}
WRONG_TYPE = QT_TRANSLATE_NOOP("entraide", "{field} : {expected} attendu")
UNKNOWN = QT_TRANSLATE_NOOP("entraide", "{field} : valeur refusée ({code})")
# A field as the forms name it (an unknown one keeps its own name).
FIELD_LABELS = {
    "display_name": QT_TRANSLATE_NOOP("entraide", "Nom affiché"),
    "sort_key": QT_TRANSLATE_NOOP("entraide", "Nom (tri)"),
    "first_name": QT_TRANSLATE_NOOP("entraide", "Prénom"),
    "last_name": QT_TRANSLATE_NOOP("entraide", "Nom"),
    "email": QT_TRANSLATE_NOOP("entraide", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("entraide", "Téléphone"),
    "address": QT_TRANSLATE_NOOP("entraide", "Adresse"),
    "tags": QT_TRANSLATE_NOOP("entraide", "Étiquettes"),
    "notes": QT_TRANSLATE_NOOP("entraide", "Notes"),
    "website": QT_TRANSLATE_NOOP("entraide", "Site web"),
    "siret": QT_TRANSLATE_NOOP("entraide", "SIRET"),
    "rna": QT_TRANSLATE_NOOP("entraide", "N° RNA"),
    "org_kind": QT_TRANSLATE_NOOP("entraide", "Type d'organisation"),
    "role": QT_TRANSLATE_NOOP("entraide", "Rôle"),
    "purpose": QT_TRANSLATE_NOOP("entraide", "Finalité"),
    "start_date": QT_TRANSLATE_NOOP("entraide", "Début"),
    "end_date": QT_TRANSLATE_NOOP("entraide", "Fin"),
    "buffer_days": QT_TRANSLATE_NOOP("entraide", "Marge (jours)"),
    "equipment_id": QT_TRANSLATE_NOOP("entraide", "Matériel"),
    "status": QT_TRANSLATE_NOOP("entraide", "État"),
    "name": QT_TRANSLATE_NOOP("entraide", "Nom"),
    "maintenance_from": QT_TRANSLATE_NOOP("entraide", "Début de maintenance"),
    "maintenance_to": QT_TRANSLATE_NOOP("entraide", "Fin de maintenance"),
    "purchase_value_cents": QT_TRANSLATE_NOOP("entraide", "Valeur d'achat"),
    "deposit_cents": QT_TRANSLATE_NOOP("entraide", "Caution"),
    "condition": QT_TRANSLATE_NOOP("entraide", "État du matériel"),
    "shared": QT_TRANSLATE_NOOP("entraide", "Partagé avec le réseau"),
    "title": QT_TRANSLATE_NOOP("entraide", "Titre"),
    "description": QT_TRANSLATE_NOOP("entraide", "Description"),
    "quantity": QT_TRANSLATE_NOOP("entraide", "Quantité"),
}
# What kind of record was set aside, as a volunteer names it.
RECORD_KINDS = {
    "contact": QT_TRANSLATE_NOOP("entraide", "contact"),
    "role": QT_TRANSLATE_NOOP("entraide", "rôle"),
    "consent": QT_TRANSLATE_NOOP("entraide", "consentement"),
    "equipment": QT_TRANSLATE_NOOP("entraide", "matériel"),
    "reservation": QT_TRANSLATE_NOOP("entraide", "réservation"),
    "loan": QT_TRANSLATE_NOOP("entraide", "prêt"),
    "practice": QT_TRANSLATE_NOOP("entraide", "pratique"),
    "practice_version": QT_TRANSLATE_NOOP("entraide", "version de pratique"),
    "practice_feedback": QT_TRANSLATE_NOOP("entraide", "avis sur une pratique"),
    "agreement": QT_TRANSLATE_NOOP("entraide", "convention"),
    "clause_template": QT_TRANSLATE_NOOP("entraide", "modèle de clause"),
    "need": QT_TRANSLATE_NOOP("entraide", "besoin ou proposition"),
    "need_response": QT_TRANSLATE_NOOP("entraide", "réponse à un besoin"),
    "need_decision": QT_TRANSLATE_NOOP("entraide", "décision sur une réponse"),
    "need_outcome": QT_TRANSLATE_NOOP("entraide", "bilan d'un échange"),
}


def _same(text: str) -> str:
    return text


def describe(problem: FieldProblemData, translate: Callable[[str], str] = _same) -> str:
    """One problem as a sentence: "Début de maintenance : date attendue sous la forme AAAA-MM-JJ"."""
    code, values = problem.get("code", ""), dict(problem.get("values") or {})
    values["field"] = field_label(problem.get("field"), translate)
    if code == rs.WRONG_TYPE:
        expected = EXPECTED.get(str(values.get("expected")))
        values["expected"] = translate(expected) if expected else str(values.get("expected"))
        template = WRONG_TYPE
    else:
        template = PROBLEMS.get(code, UNKNOWN)
    for name in ("choices", "parents"):
        listed = values.get(name)
        if isinstance(listed, list):
            values[name] = ", ".join(map(str, listed))
    values["code"] = code
    try:
        return translate(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return translate(UNKNOWN).format(field=values["field"], code=code)


def describe_all(problems: Sequence[FieldProblemData], translate: Callable[[str], str] = _same) -> str:
    return " ; ".join(describe(problem, translate) for problem in problems)


def record_kind(entity_type: str, translate: Callable[[str], str] = _same) -> str:
    kind = RECORD_KINDS.get(entity_type)
    return translate(kind) if kind else entity_type


def field_label(name: str | None, translate: Callable[[str], str] = _same) -> str:
    return translate(FIELD_LABELS[name]) if name in FIELD_LABELS else (name or "")


# Why the hub refused a change (protocol/reasons.py): the sentence and the names of its values,
# in the order of its {0}, {1}… Dates come as ISO text and are shown in the user's format.
REFUSALS: dict[str, tuple[str, tuple[str, ...]]] = {
    r.NOT_OWNER: (
        QT_TRANSLATE_NOOP(
            "entraide",
            "Cette fiche appartient à une autre association : "
            "seule l'association propriétaire peut la modifier.",
        ),
        (),
    ),
    r.OP_ID_TAKEN: (QT_TRANSLATE_NOOP("entraide", "Cet identifiant d'opération est déjà utilisé."), ()),
    r.OTHER_TYPE: (QT_TRANSLATE_NOOP("entraide", "Cette fiche existe déjà sous un autre type."), ()),
    r.UNKNOWN_TYPE: (
        QT_TRANSLATE_NOOP("entraide", "Type de fiche inconnu du hub : « {0} »."),
        ("entity_type",),
    ),
    r.PURGED: (
        QT_TRANSLATE_NOOP(
            "entraide",
            "Cette fiche a été supprimée définitivement par son association : elle ne peut pas revenir.",
        ),
        (),
    ),
    r.BAD_NUMBER: (QT_TRANSLATE_NOOP("entraide", "{0} : nombre invalide (NaN ou infini)."), ("field",)),
    r.BAD_TEXT: (QT_TRANSLATE_NOOP("entraide", "{0} : texte contenant un caractère invalide."), ("field",)),
    r.BAD_PARTY_TEXT: (
        QT_TRANSLATE_NOOP("entraide", "Liste d'associations contenant un caractère invalide."),
        (),
    ),
    r.INVALID_VALUES: (QT_TRANSLATE_NOOP("entraide", "Valeurs refusées par le hub."), ()),
    r.PARENT_DELETED: (
        QT_TRANSLATE_NOOP(
            "entraide",
            "La fiche à laquelle celle-ci appartient a été supprimée : elle ne peut pas revenir sans elle.",
        ),
        (),
    ),
    r.BAD_VISIBILITY: (
        QT_TRANSLATE_NOOP("entraide", "Visibilité « {0} » impossible pour une fiche « {1} »."),
        ("visibility", "entity_type"),
    ),
    r.UNKNOWN_ASSOCIATION: (
        QT_TRANSLATE_NOOP("entraide", "Association inconnue du hub : {0}."),
        ("association",),
    ),
    r.DATES_MISSING: (
        QT_TRANSLATE_NOOP("entraide", "Une réservation demande une date de début et une date de fin."),
        (),
    ),
    r.END_BEFORE_START: (
        QT_TRANSLATE_NOOP("entraide", "La date de fin de la réservation précède sa date de début."),
        (),
    ),
    r.BUFFER_RANGE: (
        QT_TRANSLATE_NOOP("entraide", "La marge autour d'une réservation va de 0 à {0} jours."),
        ("maximum",),
    ),
    r.OUTSIDE_CALENDAR: (
        QT_TRANSLATE_NOOP("entraide", "Les dates de la réservation, marge comprise, sortent du calendrier."),
        (),
    ),
    r.BAD_EQUIPMENT_ID: (
        QT_TRANSLATE_NOOP("entraide", "L'identifiant du matériel réservé est invalide."),
        (),
    ),
    r.ALREADY_RESERVED: (
        QT_TRANSLATE_NOOP("entraide", "Ce matériel est déjà réservé du {0} au {1} par {2}."),
        ("start", "end", "holder"),
    ),
    r.ON_LOAN: (
        QT_TRANSLATE_NOOP("entraide", "Ce matériel est en prêt chez {0} jusqu'au {1}."),
        ("holder", "until"),
    ),
    r.OVERDUE: (
        QT_TRANSLATE_NOOP("entraide", "Ce matériel n'est pas rendu : en retard chez {0} depuis le {1}."),
        ("holder", "since"),
    ),
    r.EQUIPMENT_UNKNOWN: (
        QT_TRANSLATE_NOOP(
            "entraide", "Ce matériel est inconnu du hub ou n'est pas partagé avec votre association."
        ),
        (),
    ),
    r.RESERVATION_UNKNOWN: (
        QT_TRANSLATE_NOOP("entraide", "La réservation de ce prêt est inconnue du hub."),
        (),
    ),
    r.LENDER_ONLY: (
        QT_TRANSLATE_NOOP(
            "entraide", "Seule l'association propriétaire du matériel répond à une réservation."
        ),
        (),
    ),
    r.UNKNOWN_TARGET: (
        QT_TRANSLATE_NOOP(
            "entraide",
            "Ce besoin, cette proposition ou cette pratique est inconnu du hub ou ne vous est pas montré.",
        ),
        (),
    ),
    r.OWN_TARGET: (
        QT_TRANSLATE_NOOP(
            "entraide", "C'est une publication de votre association : vous ne pouvez pas y répondre."
        ),
        (),
    ),
    r.WRONG_OWNER: (
        QT_TRANSLATE_NOOP(
            "entraide", "L'association qui a publié ne correspond pas à celle que nomme la réponse."
        ),
        (),
    ),
    r.UNKNOWN_RESPONSE: (
        QT_TRANSLATE_NOOP(
            "entraide", "La réponse à laquelle cette décision se rapporte est inconnue du hub."
        ),
        (),
    ),
    r.NOT_THE_AUTHOR: (
        QT_TRANSLATE_NOOP("entraide", "Seule l'association qui a publié répond à une proposition."),
        (),
    ),
    r.WRONG_RESPONDER: (
        QT_TRANSLATE_NOOP(
            "entraide", "L'association qui a répondu ne correspond pas à celle que nomme la décision."
        ),
        (),
    ),
}
_DATES = {"start", "end", "until", "since"}
_FIELDS = {"field"}  # a field's name: shown as the forms name it


def refusal(code: str | None, values: Mapping[str, object] | None, fallback: str | None) -> Text | None:
    """Why the hub refused a change, as a Message the window and the command line word in their
    language (dates as dates, in the user's format). A refusal stored before the hub sent codes,
    or a code this version does not know (a newer hub), keeps the hub's own sentence."""
    known = REFUSALS.get(code) if isinstance(code, str) else None
    if known is None or not isinstance(values or {}, Mapping):
        return fallback
    template, names = known
    given = dict(values or {})
    shown: list[object] = []
    for name in names:
        value = given.get(name)
        if not isinstance(value, str | int | float):  # missing, or not of a value's shape
            return fallback
        if name in _DATES:
            try:
                value = date.fromisoformat(str(value))
            except ValueError:
                return fallback
        elif name in _FIELDS and str(value) in FIELD_LABELS:
            value = Message(FIELD_LABELS[str(value)])
        shown.append(value)
    return Message(template, tuple(shown))
