"""Refusing an operation: the hub's reason in French, what was wrong with which field, and the
hub's own values of the refused fields, so that the device puts them back and keeps the rest."""

from __future__ import annotations

from hub.models import Record
from protocol import field_rules as rs
from protocol.messages import FieldProblem, FieldValue, Operation, OpResult, OpStatus, Scalar

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
    reason: str,
    record: Record | None = None,
    *,
    problems: list[FieldProblem] | None = None,
    fields: set[str] | None = None,
) -> OpResult:
    """Nothing of `op` applied. When the hub holds the record, its values of the refused fields
    (those named by the problems, or `fields`, or all the op's) come back in `current`."""
    current = None
    if record is not None and not record.deleted:
        refused = {p.field for p in problems} if problems else (fields or set(op.fields))
        current = {name: record.fields.get(name) for name in sorted(refused) if name in op.fields}
    return OpResult(
        op_id=op.op_id,
        record_id=op.record_id,
        status=OpStatus.REJECTED,
        reason=reason,
        problems=problems or None,
        current=current,
        deleted_on_hub=record is not None and record.deleted,
    )


def _listed(value: FieldValue) -> list[Scalar]:
    return value if isinstance(value, list) else []
