"""The responses as the screens and the command line list them: those about one need or offer,
and those waiting for our decision, each with where it stands and what we may do with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Need, NeedResponse, Practice, Reservation, ResponseStatus, SyncConflict
from app.services.equipment import loans, statuses
from app.services.needs.responses import trusted_decisions
from app.services.network import association_names, my_association_id, owners_of


@dataclass
class ResponseLine:
    id: str
    ours: bool  # we wrote it (we answered); else it answers one of ours
    other_name: str  # the other association
    target_type: str
    target_id: str
    target_title: str
    resource_type: str | None
    resource_label: str
    message: str
    contact_name: str
    contact_phone: str
    contact_email: str
    start_date: date | None
    end_date: date | None
    quantity: int | None
    state: str  # "proposed", "withdrawn", "accepted", "declined"
    decision_note: str = ""
    reservation_id: str | None = None
    reservation_state: str | None = None  # a key of statuses.STATUS_LABELS
    can_decide: bool = False
    can_withdraw: bool = False


def _lines(session: Session, responses: list[NeedResponse], today: date) -> list[ResponseLine]:
    me = my_association_id(session)
    names = association_names(session)
    decisions = trusted_decisions(session, responses)
    owners = owners_of(session, [r.id for r in responses] + [r.target_id for r in responses])
    titles = dict(
        session.execute(
            select(Need.id, Need.title).where(Need.id.in_([r.target_id for r in responses]))
        ).all()
    )
    titles.update(
        session.execute(
            select(Practice.id, Practice.title).where(Practice.id.in_([r.target_id for r in responses]))
        ).all()
    )
    found = []
    for response in sorted(responses, key=lambda r: r.id, reverse=True):  # newest first
        ours = (owners.get(response.id) or me) == me
        target_ours = (owners.get(response.target_id) or me) == me
        other = response.target_owner_id if ours else owners.get(response.id)
        decision = decisions.get(response.id)
        state = decision.decision if decision is not None else response.status
        line = ResponseLine(
            response.id,
            ours,
            names.get(other or "", "?"),
            response.target_type,
            response.target_id,
            titles.get(response.target_id, ""),
            response.resource_type,
            response.resource_label or "",
            response.message or "",
            response.contact_name or "",
            response.contact_phone or "",
            response.contact_email or "",
            response.start_date,
            response.end_date,
            response.quantity,
            state,
            decision_note=(decision.note or "") if decision is not None else "",
            reservation_id=decision.reservation_id if decision is not None else None,
        )
        undecided = decision is None and response.status == ResponseStatus.PROPOSED.value
        line.can_decide = undecided and target_ours and not ours
        line.can_withdraw = undecided and ours
        if line.reservation_id:
            line.reservation_state = _reservation_state(session, line.reservation_id, today)
        found.append(line)
    return found


def _reservation_state(session: Session, reservation_id: str, today: date) -> str | None:
    reservation = session.get(Reservation, reservation_id)
    if reservation is None or reservation.deleted_at is not None:
        return None
    refused = session.scalar(
        select(SyncConflict.id).where(
            SyncConflict.record_id == reservation_id,
            SyncConflict.kind == "refused",
            SyncConflict.resolved_at.is_(None),
        )
    )
    return statuses.status_of(reservation, loans.loan_of(session, reservation_id), today, refused is not None)


def lines_for(session: Session, need_id: str, today: date | None = None) -> list[ResponseLine]:
    """The responses to this need or offer, and ours that put it forward."""
    responses = list(
        session.scalars(
            select(NeedResponse).where(
                or_(NeedResponse.target_id == need_id, NeedResponse.resource_id == need_id),
                NeedResponse.deleted_at.is_(None),
            )
        )
    )
    return _lines(session, responses, today or date.today())


def waiting_for_us(session: Session, today: date | None = None) -> list[ResponseLine]:
    """Responses to our needs, offers and practices that we have not answered yet."""
    me = my_association_id(session)
    responses = [
        r
        for r in session.scalars(
            select(NeedResponse).where(
                NeedResponse.deleted_at.is_(None), NeedResponse.status == ResponseStatus.PROPOSED.value
            )
        )
    ]
    owners = owners_of(session, [r.id for r in responses] + [r.target_id for r in responses])
    incoming = [
        r for r in responses if (owners.get(r.id) or me) != me and (owners.get(r.target_id) or me) == me
    ]
    return [line for line in _lines(session, incoming, today or date.today()) if line.can_decide]
