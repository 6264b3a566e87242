""" "Ça s'est bien passé ?": after the agreed date of an accepted response, each side is asked at
its next start how it went. The answer (a short outcome and an optional note) stays with the
association that gave it; the note can become the draft of a practice to share what was learnt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import id_time
from app.models import Decision, Need, NeedOutcome, NeedResponse, Outcome
from app.models import needs as m
from app.services import validation as v
from app.services.needs.responses import trusted_decisions
from app.services.network import association_names, my_association_id, owners_of

OUTCOME_LABELS = {
    Outcome.GOOD: QT_TRANSLATE_NOOP("entraide", "Bien"),
    Outcome.MIXED: QT_TRANSLATE_NOOP("entraide", "Mitigé"),
    Outcome.BAD: QT_TRANSLATE_NOOP("entraide", "Mal"),
}


@dataclass(frozen=True)
class OutcomeDue:
    response_id: str
    title: str  # what was answered
    what: str  # what was given ("Barnum 3 × 3 m"), or ""
    other_name: str
    agreed: date  # the last agreed day


def _agreed(response: NeedResponse, target: Need | None) -> date | None:
    if response.end_date or response.start_date:
        return response.end_date or response.start_date
    if target is not None and (target.end_date or target.start_date):
        return target.end_date or target.start_date
    made = id_time(response.id)  # no date at all: the day it was proposed
    return made.date() if made is not None else None


def due(session: Session, today: date | None = None) -> list[OutcomeDue]:
    """Accepted responses, ours or to ours, whose agreed date has passed and that we have not
    said how they went yet."""
    today = today or date.today()
    me = my_association_id(session)
    answered = set(session.scalars(select(NeedOutcome.response_id).where(NeedOutcome.deleted_at.is_(None))))
    responses = [
        r
        for r in session.scalars(select(NeedResponse).where(NeedResponse.deleted_at.is_(None)))
        if r.id not in answered
    ]
    decisions = trusted_decisions(session, responses)
    accepted = [
        r for r in responses if r.id in decisions and decisions[r.id].decision == Decision.ACCEPTED.value
    ]
    targets = {
        n.id: n for n in session.scalars(select(Need).where(Need.id.in_([r.target_id for r in accepted])))
    }
    owners = owners_of(session, [r.id for r in accepted] + [r.target_id for r in accepted])
    names = association_names(session)
    found = []
    for response in accepted:
        responder, author = owners.get(response.id) or me, owners.get(response.target_id) or me
        if me not in (responder, author):
            continue
        agreed = _agreed(response, targets.get(response.target_id))
        if agreed is None or agreed >= today:
            continue
        other = author if responder == me else responder
        title = (
            targets[response.target_id].title if response.target_id in targets else response.resource_label
        )
        found.append(
            OutcomeDue(
                response.id, title or "", response.resource_label or "", names.get(other or "", "?"), agreed
            )
        )
    return sorted(found, key=lambda d: d.agreed)


def record_outcome(
    session: Session, response_id: str, outcome: str, note: str = "", *, as_practice: bool = False
) -> tuple[str, str | None]:
    """Keep how it went; with `as_practice`, a practice draft from the note. Returns the
    outcome's id and the draft's."""
    if outcome not in m.CHOICES["outcome"]:
        raise InvalidInput({"outcome": QT_TRANSLATE_NOOP("entraide", "Dites comment ça s'est passé.")})
    note = v.clean(note)
    if len(note) > m.NOTE_MAX:
        raise InvalidInput(
            {"note": QT_TRANSLATE_NOOP("entraide", "Le mot est trop long (2 000 caractères au plus).")}
        )
    response = session.get(NeedResponse, response_id)
    if response is None:
        raise InvalidInput({"outcome": QT_TRANSLATE_NOOP("entraide", "Cette réponse n'existe plus.")})
    if session.scalar(select(NeedOutcome.id).where(NeedOutcome.response_id == response_id)) is not None:
        raise InvalidInput(
            {"outcome": QT_TRANSLATE_NOOP("entraide", "Vous avez déjà dit comment ça s'est passé.")}
        )
    practice_id = None
    if as_practice:
        from app.services.practices.records import PracticeFields, create_draft  # only when asked

        if not note:
            raise InvalidInput(
                {
                    "note": QT_TRANSLATE_NOOP(
                        "entraide", "Écrivez ce que vous en retenez pour en faire une pratique."
                    )
                }
            )
        target = session.get(Need, response.target_id)
        title = target.title if target is not None else (response.resource_label or "")
        practice_id = create_draft(
            session,
            PracticeFields(
                title=title[:200],
                summary=note,
                context=(target.description or "") if target is not None else "",
                lessons=note,
            ),
        )
    record = NeedOutcome(response_id=response_id, outcome=outcome, note=note or None, practice_id=practice_id)
    session.add(record)
    session.flush()
    return record.id, practice_id
