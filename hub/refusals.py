"""Refusing an operation: why, as a code and its values (protocol/reasons.py) that the device
words in its user's language, with the hub's French sentence for older devices; what was wrong
with which field; and the hub's own values of the refused fields, so that the device puts them
back and keeps the rest."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hub.models import Record
from protocol import field_rules as rs
from protocol import reasons as r
from protocol.messages import FieldProblem, FieldValue, Operation, OpResult, OpStatus, Scalar


@dataclass(frozen=True)
class Refusal:
    """Why an operation is refused: a code of protocol/reasons.py and the values it needs."""

    code: str
    values: dict[str, FieldValue] = field(default_factory=dict)


# The hub's own sentences (French), sent in `reason` for devices that predate the codes.
_FRENCH = {
    r.NOT_OWNER: "Cette fiche appartient à une autre association : "
    "seule l'association propriétaire peut la modifier.",
    r.OP_ID_TAKEN: "Cet identifiant d'opération est déjà utilisé.",
    r.OTHER_TYPE: "Cette fiche existe déjà sous un autre type.",
    r.UNKNOWN_TYPE: "Type de fiche inconnu du hub : « {entity_type} ».",
    r.PURGED: "Cette fiche a été supprimée définitivement par son association : elle ne peut pas revenir.",
    r.BAD_NUMBER: "Champ {field} : nombre invalide (NaN ou infini).",
    r.BAD_TEXT: "Champ {field} : texte contenant un caractère invalide.",
    r.BAD_PARTY_TEXT: "Liste d'associations contenant un caractère invalide.",
    r.PARENT_DELETED: "La fiche à laquelle celle-ci appartient a été supprimée : "
    "elle ne peut pas revenir sans elle.",
    r.BAD_VISIBILITY: "Visibilité « {visibility} » impossible pour une fiche « {entity_type} ».",
    r.UNKNOWN_ASSOCIATION: "Association inconnue du hub : {association}.",
    r.DATES_MISSING: "Une réservation demande une date de début et une date de fin (AAAA-MM-JJ).",
    r.END_BEFORE_START: "La date de fin de la réservation précède sa date de début.",
    r.BUFFER_RANGE: "La marge autour d'une réservation va de 0 à {maximum} jours.",
    r.OUTSIDE_CALENDAR: "Les dates de la réservation, marge comprise, sortent du calendrier.",
    r.BAD_EQUIPMENT_ID: "L'identifiant du matériel réservé est invalide.",
    r.ALREADY_RESERVED: "Ce matériel est déjà réservé du {start} au {end} par {holder}.",
    r.ON_LOAN: "Ce matériel est en prêt chez {holder} jusqu'au {until}.",
    r.OVERDUE: "Ce matériel n'est pas rendu : en retard chez {holder} depuis le {since}.",
    r.EQUIPMENT_UNKNOWN: "Ce matériel est inconnu du hub ou n'est pas partagé avec votre association.",
    r.RESERVATION_UNKNOWN: "La réservation de ce prêt est inconnue du hub.",
    r.LENDER_ONLY: "Seule l'association propriétaire du matériel répond à une réservation.",
    r.UNKNOWN_TARGET: "Ce besoin, cette proposition ou cette pratique est inconnu du hub "
    "ou ne vous est pas montré.",
    r.OWN_TARGET: "C'est une publication de votre association : vous ne pouvez pas y répondre.",
    r.WRONG_OWNER: "L'association qui a publié ne correspond pas à celle que nomme la réponse.",
    r.UNKNOWN_RESPONSE: "La réponse à laquelle cette décision se rapporte est inconnue du hub.",
    r.NOT_THE_AUTHOR: "Seule l'association qui a publié répond à une proposition.",
    r.WRONG_RESPONDER: "L'association qui a répondu ne correspond pas à celle que nomme la décision.",
}
_DATES = ("start", "end", "until", "since")


def french(refusal: Refusal, problems: list[FieldProblem] | None = None) -> str:
    """The refusal as the hub writes it in `reason` (dates the French way)."""
    if refusal.code == r.INVALID_VALUES:
        return invalid_values(problems or [])
    values = {name: _french_date(v) if name in _DATES else v for name, v in refusal.values.items()}
    try:
        return _FRENCH[refusal.code].format(**values)
    except (KeyError, IndexError, ValueError):
        return refusal.code


def _french_date(value: FieldValue) -> FieldValue:
    try:
        return date.fromisoformat(str(value)).strftime("%d/%m/%Y")
    except ValueError:
        return value


_KINDS = {
    "text": "du texte",
    "integer": "un nombre entier",
    "boolean": "vrai ou faux",
    "texts": "une liste de textes",
}


def describe(problem: FieldProblem) -> str:
    """One problem in French (the hub's own language; clients word the codes themselves)."""
    values = problem.values
    sentence = {
        rs.UNKNOWN_FIELD: "champ inconnu pour ce type de fiche",
        rs.REQUIRED: "valeur obligatoire absente",
        rs.WRONG_TYPE: f"{_KINDS.get(str(values.get('expected')), 'un autre type')} attendu",
        rs.TOO_LONG: f"trop long (au plus {values.get('max_length')} caractères)",
        rs.OUT_OF_RANGE: f"doit aller de {values.get('minimum')} à {values.get('maximum')}",
        rs.BAD_DATE: "date attendue sous la forme AAAA-MM-JJ",
        rs.BAD_DATETIME: "date et heure ISO 8601 avec leur décalage UTC attendues",
        rs.BAD_ID: "identifiant attendu (UUID en minuscules)",
        rs.PARENT_DELETED: "la fiche désignée a été supprimée",
        rs.NOT_A_CHOICE: "valeur inconnue (possibles : "
        + ", ".join(map(str, _listed(values.get("choices"))))
        + ")",
    }.get(problem.code, problem.code)
    return f"{problem.field} : {sentence}"


def invalid_values(problems: list[FieldProblem]) -> str:
    shown = "; ".join(describe(problem) for problem in problems[:5])
    more = f" (et {len(problems) - 5} autres)" if len(problems) > 5 else ""
    return f"Valeurs refusées par le hub : {shown}{more}."


def rejected(
    op: Operation,
    refusal: Refusal,
    record: Record | None = None,
    *,
    problems: list[FieldProblem] | None = None,
    fields: set[str] | None = None,
) -> OpResult:
    """Nothing of `op` applied. When the hub holds the record, its values of the refused fields
    (those named by the problems, or `fields`, or all the op's) come back in `current`."""
    if refusal.code == r.INVALID_VALUES and problems:
        refusal = Refusal(r.INVALID_VALUES, {"count": len(problems)})
    current = None
    if record is not None and not record.deleted:
        refused = {p.field for p in problems} if problems else (fields or set(op.fields))
        current = {name: record.fields.get(name) for name in sorted(refused) if name in op.fields}
    return OpResult(
        op_id=op.op_id,
        record_id=op.record_id,
        status=OpStatus.REJECTED,
        reason=french(refusal, problems),
        reason_code=refusal.code,
        reason_values=refusal.values or None,
        problems=problems or None,
        current=current,
        deleted_on_hub=record is not None and record.deleted,
    )


def _listed(value: FieldValue) -> list[Scalar]:
    return value if isinstance(value, list) else []
