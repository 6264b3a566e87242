"""Putting in touch: "Proposer" creates a response that both associations see; the author of what
it answers accepts or declines it. An accepted response for an item of equipment becomes, at
once and on the borrower's laptop, a reservation through the loan flow
(app/services/equipment/loans.py reserve), which the lender then answers as any other.

A decision counts only when its author is the author of what was answered: a record anyone
could write does not make a response accepted (`trusted_decisions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    Decision,
    Equipment,
    Need,
    NeedDecision,
    NeedResponse,
    NeedStatus,
    Practice,
    PracticeStatus,
    ResourceType,
    ResponseStatus,
    TargetType,
)
from app.models import needs as m
from app.services import validation as v
from app.services.equipment import loans
from app.services.needs.records import NeedFields, check_contact, is_live, span, too_long
from app.services.network import is_ours, my_association_id, owner_of, owners_of

_Record = TypeVar("_Record")


@dataclass
class ProposalFields:
    message: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    start_date: date | None = None
    end_date: date | None = None
    quantity: int | None = None


def _refuse(field: str, text: str) -> InvalidInput:
    return InvalidInput({field: text})


def _load(session: Session, model: type[_Record], record_id: str) -> _Record | None:
    return session.get(model, record_id)


def _target(session: Session, target_type: str, target_id: str) -> Need | Practice:
    model: type[Need] | type[Practice] = Need if target_type == TargetType.NEED.value else Practice
    if target_type not in m.CHOICES["target_type"]:
        raise _refuse("target", QT_TRANSLATE_NOOP("entraide", "Choix inconnu."))
    record = _load(session, model, target_id)
    if record is None or record.deleted_at is not None:
        raise NotFound(target_id)
    return record


def _resource_label(session: Session, resource_type: str | None, resource_id: str | None) -> str | None:
    """The name of what we put forward, checked to be ours and on offer."""
    if resource_type is None:
        return None
    if resource_type not in m.CHOICES["resource_type"]:
        raise _refuse("resource", QT_TRANSLATE_NOOP("entraide", "Choix inconnu."))
    if resource_type == ResourceType.MEMBER.value:
        return None  # a person is named in the contact person, never by an id
    models: dict[str, type[Need] | type[Equipment] | type[Practice]] = {
        "need": Need,
        "equipment": Equipment,
        "practice": Practice,
    }
    model = models[resource_type]
    record = _load(session, model, resource_id or "")
    if record is None or record.deleted_at is not None or not is_ours(session, record.id):
        raise _refuse(
            "resource",
            QT_TRANSLATE_NOOP(
                "entraide", "Vous ne pouvez proposer que ce qui appartient à votre association."
            ),
        )
    if isinstance(record, Equipment) and (not record.shared or record.out_of_service):
        raise _refuse(
            "resource",
            QT_TRANSLATE_NOOP(
                "entraide", "Ce matériel n'est pas partagé avec le réseau, ou il est hors service."
            ),
        )
    return (record.name if isinstance(record, Equipment) else record.title)[: m.LABEL_MAX]


def check_proposal(data: ProposalFields) -> v.Checked:
    out = v.Checked()
    out.values["message"] = v.clean(data.message)
    too_long(out, "message", out.values["message"], m.MESSAGE_MAX)
    contact = NeedFields(
        contact_name=data.contact_name, contact_phone=data.contact_phone, contact_email=data.contact_email
    )
    check_contact(out, contact)
    if not out.values["contact_name"]:
        out.errors["contact_name"] = QT_TRANSLATE_NOOP("entraide", "Qui est la personne à contacter ?")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        out.errors["end_date"] = QT_TRANSLATE_NOOP("entraide", "La date de fin précède la date de début.")
    if data.quantity is not None and not m.QUANTITY_MIN <= data.quantity <= m.QUANTITY_MAX:
        out.errors["quantity"] = QT_TRANSLATE_NOOP("entraide", "La quantité va de 1 à 100 000.")
    out.values.update(
        start_date=data.start_date, end_date=data.end_date or data.start_date, quantity=data.quantity
    )
    return out


def propose(
    session: Session,
    target_type: str,
    target_id: str,
    resource_type: str | None,
    resource_id: str | None,
    data: ProposalFields,
    today: date | None = None,
) -> str:
    """Answer another association's need, offer or practice, putting forward one of ours."""
    today = today or date.today()
    target = _target(session, target_type, target_id)
    owner = owner_of(session, target_id)
    if owner is None or owner == my_association_id(session):
        raise _refuse(
            "target",
            QT_TRANSLATE_NOOP(
                "entraide", "C'est une publication de votre association : rien à lui proposer."
            ),
        )
    if isinstance(target, Need) and not is_live(target, today):
        raise _refuse(
            "target", QT_TRANSLATE_NOOP("entraide", "Ce besoin ou cette proposition n'est plus ouvert.")
        )
    if isinstance(target, Practice) and target.status != PracticeStatus.PUBLISHED.value:
        raise _refuse("target", QT_TRANSLATE_NOOP("entraide", "Cette pratique n'est plus publiée."))
    label = _resource_label(session, resource_type, resource_id)
    checked = check_proposal(data)
    checked.raise_if_invalid()
    if _already_waiting(session, target_id, resource_id):
        raise _refuse(
            "target",
            QT_TRANSLATE_NOOP(
                "entraide", "Vous avez déjà répondu : attendez la réponse, ou retirez la vôtre d'abord."
            ),
        )
    response = NeedResponse(
        target_type=target_type,
        target_id=target_id,
        target_owner_id=owner,
        resource_type=resource_type,
        resource_id=resource_id if resource_type != ResourceType.MEMBER.value else None,
        resource_label=label,
        status=ResponseStatus.PROPOSED.value,
        **checked.values,
    )
    session.add(response)
    session.flush()
    return response.id


def _already_waiting(session: Session, target_id: str, resource_id: str | None) -> bool:
    mine = [
        r
        for r in session.scalars(
            select(NeedResponse).where(
                NeedResponse.target_id == target_id,
                NeedResponse.deleted_at.is_(None),
                NeedResponse.status == ResponseStatus.PROPOSED.value,
            )
        )
        if r.resource_id == resource_id and is_ours(session, r.id)
    ]
    return any(decision_of(session, r) is None for r in mine)


def withdraw(session: Session, response_id: str) -> None:
    response = _response(session, response_id)
    if not is_ours(session, response_id):
        raise _refuse(
            "status",
            QT_TRANSLATE_NOOP("entraide", "Seule l'association qui a répondu peut retirer sa réponse."),
        )
    if decision_of(session, response) is not None:
        raise _refuse(
            "status", QT_TRANSLATE_NOOP("entraide", "Cette réponse a déjà été acceptée ou déclinée.")
        )
    response.status = ResponseStatus.WITHDRAWN.value


def _response(session: Session, response_id: str) -> NeedResponse:
    response = session.get(NeedResponse, response_id)
    if response is None or response.deleted_at is not None:
        raise NotFound(response_id)
    return response


# --- the author's decision ------------------------------------------------------------------------
def decide(
    session: Session,
    response_id: str,
    accept: bool,
    note: str = "",
    *,
    first: date | None = None,
    last: date | None = None,
    today: date | None = None,
) -> str:
    """Accept or decline a response to one of ours. Accepting an item of equipment reserves it
    for the response's dates (or `first`…`last`); if the loan flow refuses those dates, nothing
    is decided and its reason is raised."""
    response = _response(session, response_id)
    if not is_ours(session, response.target_id) or is_ours(session, response_id):
        raise _refuse(
            "decision",
            QT_TRANSLATE_NOOP("entraide", "Seule l'association qui a publié répond à une proposition."),
        )
    if response.status != ResponseStatus.PROPOSED.value:
        raise _refuse("decision", QT_TRANSLATE_NOOP("entraide", "Cette réponse a été retirée."))
    if decision_of(session, response) is not None:
        raise _refuse(
            "decision", QT_TRANSLATE_NOOP("entraide", "Vous avez déjà répondu à cette proposition.")
        )
    note = v.clean(note)
    if len(note) > m.NOTE_MAX:
        raise _refuse(
            "note", QT_TRANSLATE_NOOP("entraide", "Le mot est trop long (2 000 caractères au plus).")
        )
    target = _target(session, response.target_type, response.target_id)
    reservation = None
    if accept and response.resource_type == ResourceType.EQUIPMENT.value:
        if owner_of(session, response.resource_id or "") != owner_of(session, response_id):
            raise _refuse(
                "decision",
                QT_TRANSLATE_NOOP("entraide", "Ce matériel n'appartient pas à l'association qui le propose."),
            )
        reservation = _reserve(session, response, target, first, last)
    if accept and isinstance(target, Need) and target.status == NeedStatus.OPEN.value:
        target.status = NeedStatus.IN_PROGRESS.value
    decision = NeedDecision(
        response_id=response_id,
        responder_id=owner_of(session, response_id),
        decision=Decision.ACCEPTED.value if accept else Decision.DECLINED.value,
        note=note or None,
        reservation_id=reservation,
    )
    session.add(decision)
    session.flush()
    return decision.id


def _reserve(
    session: Session, response: NeedResponse, target: Need | Practice, first: date | None, last: date | None
) -> str:
    """The reservation request of the lent item, through the loan flow: its rules, its refusals."""
    dates = (response.start_date, response.end_date) if response.start_date else None
    if dates is None and isinstance(target, Need):
        dates = span(target)
    first, last = (first, last) if first else (dates or (None, None))
    need = target if isinstance(target, Need) else None
    try:
        return loans.reserve(
            session,
            response.resource_id or "",
            first,
            last,
            contact_name=(need.contact_name if need else None) or "",
            contact_phone=v.format_phone(need.contact_phone if need else None),
            purpose=target.title,
        )
    except NotFound as error:
        raise _refuse(
            "decision",
            QT_TRANSLATE_NOOP(
                "entraide",
                "Ce matériel n'est pas encore arrivé sur cet ordinateur : synchronisez, puis acceptez.",
            ),
        ) from error


def trusted_decisions(session: Session, responses: list[NeedResponse]) -> dict[str, NeedDecision]:
    """response id -> its decision, written by the author of what the response answers."""
    if not responses:
        return {}
    decisions = list(
        session.scalars(
            select(NeedDecision).where(
                NeedDecision.response_id.in_([r.id for r in responses]), NeedDecision.deleted_at.is_(None)
            )
        )
    )
    me = my_association_id(session)
    owners = owners_of(session, [d.id for d in decisions] + [r.target_id for r in responses])
    targets = {r.id: owners.get(r.target_id) or me for r in responses}
    found: dict[str, NeedDecision] = {}
    for decision in sorted(decisions, key=lambda d: d.id):  # the first one stands
        if (owners.get(decision.id) or me) == targets.get(decision.response_id):
            found.setdefault(decision.response_id, decision)
    return found


def decision_of(session: Session, response: NeedResponse) -> NeedDecision | None:
    return trusted_decisions(session, [response]).get(response.id)
