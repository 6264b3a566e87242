"""What the network says of a practice: useful marks, comments, adoptions.

Each feedback record belongs to the association that wrote it (the hub's owner). "Useful"
and "adopted" count once per association: this laptop never makes a second one, and two
laptops of one association that both made one offline still count once (counts are of
distinct associations). An adoption is edited in place (how it went changes over time).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import (
    AdoptionOutcome,
    FeedbackKind,
    PracticeFeedback,
    PracticeStatus,
    SyncedRecord,
    SyncState,
    utcnow,
)
from app.services import validation as v
from app.services.network import association_names, is_ours, my_association_id
from app.services.practices.records import load

MAX_COMMENT = 5000
OURS = "~ours"  # stands for our association in counts before the first sync tells its id
OUTCOME_LABELS = {
    AdoptionOutcome.IN_PROGRESS: QT_TRANSLATE_NOOP("entraide", "En cours"),
    AdoptionOutcome.SUCCESS: QT_TRANSLATE_NOOP("entraide", "Réussie"),
    AdoptionOutcome.MIXED: QT_TRANSLATE_NOOP("entraide", "Mitigée"),
    AdoptionOutcome.DROPPED: QT_TRANSLATE_NOOP("entraide", "Abandonnée"),
}


@dataclass
class Counts:
    useful: int = 0
    adoptions: int = 0
    comments: int = 0


@dataclass
class FeedbackInfo:
    id: str
    kind: str
    text: str
    outcome: str | None
    author_name: str  # the person, when given
    association_id: str | None
    association_name: str
    ours: bool
    created_at: datetime
    updated_at: datetime


def feedback_owner(me: str | None) -> ColumnElement[str]:
    """SQL for a feedback's association: the hub's owner, or ours when never synced."""
    return func.coalesce(SyncedRecord.owner_id, literal(me or OURS))


def _ours_clause(me: str | None) -> ColumnElement[bool]:
    return or_(SyncedRecord.owner_id.is_(None), SyncedRecord.owner_id == (me or OURS))


def _our_feedback(session: Session, practice_id: str, kind: str) -> list[PracticeFeedback]:
    me = my_association_id(session)
    return list(
        session.scalars(
            select(PracticeFeedback)
            .outerjoin(SyncedRecord, SyncedRecord.record_id == PracticeFeedback.id)
            .where(
                PracticeFeedback.practice_id == practice_id,
                PracticeFeedback.kind == kind,
                PracticeFeedback.deleted_at.is_(None),
                _ours_clause(me),
            )
            .order_by(PracticeFeedback.created_at, PracticeFeedback.id)
        )
    )


def _published_of_another(session: Session, practice_id: str, what: str) -> None:
    practice = load(session, practice_id)
    if practice.status != PracticeStatus.PUBLISHED.value:
        raise v.InvalidInput({what: QT_TRANSLATE_NOOP("entraide", "Cette pratique n'est pas publiée.")})
    if is_ours(session, practice_id):
        raise v.InvalidInput(
            {
                what: QT_TRANSLATE_NOOP(
                    "entraide",
                    "C'est une pratique de votre association : les autres associations seules "
                    "peuvent la marquer utile ou l'adopter.",
                )
            }
        )


def set_useful(session: Session, practice_id: str, useful: bool = True) -> None:
    """Mark (or unmark) a practice as useful to us; once per association."""
    mine = _our_feedback(session, practice_id, FeedbackKind.USEFUL.value)
    if useful and not mine:
        _published_of_another(session, practice_id, "useful")
        session.add(PracticeFeedback(practice_id=practice_id, kind=FeedbackKind.USEFUL.value))
    elif not useful:
        for mark in mine:
            mark.deleted_at = utcnow()
    session.flush()


def add_comment(session: Session, practice_id: str, text: str, author_name: str = "") -> str:
    """A comment, by anybody, the author association included (to answer)."""
    practice = load(session, practice_id)
    body = v.clean(text)
    out = v.Checked()
    if not body:
        out.errors["text"] = QT_TRANSLATE_NOOP("entraide", "Écrivez votre commentaire.")
    v.check_length(out, "text", body, MAX_COMMENT)
    if practice.status != PracticeStatus.PUBLISHED.value:
        out.errors["text"] = QT_TRANSLATE_NOOP("entraide", "Cette pratique n'est pas publiée.")
    out.raise_if_invalid()
    item = PracticeFeedback(
        practice_id=practice_id,
        kind=FeedbackKind.COMMENT.value,
        text=body,
        author_name=v.clean(author_name) or None,
    )
    session.add(item)
    session.flush()
    return item.id


def adopt(
    session: Session,
    practice_id: str,
    note: str = "",
    outcome: str = AdoptionOutcome.IN_PROGRESS.value,
    author_name: str = "",
) -> str:
    """Say we adopted the practice, and how it went; again later to update it."""
    out = v.Checked()
    if outcome not in {o.value for o in AdoptionOutcome}:
        out.errors["outcome"] = QT_TRANSLATE_NOOP("entraide", "Choisissez où en est l'adoption.")
    v.check_length(out, "text", v.clean(note), MAX_COMMENT)
    out.raise_if_invalid()
    mine = _our_feedback(session, practice_id, FeedbackKind.ADOPTED.value)
    if mine:
        item = mine[0]
    else:
        _published_of_another(session, practice_id, "outcome")
        item = PracticeFeedback(practice_id=practice_id, kind=FeedbackKind.ADOPTED.value)
        session.add(item)
    values = {"text": v.clean(note) or None, "outcome": outcome}
    if v.clean(author_name):
        values["author_name"] = v.clean(author_name)
    for name, value in values.items():
        if getattr(item, name) != value:
            setattr(item, name, value)
    session.flush()
    return item.id


def withdraw_adoption(session: Session, practice_id: str) -> None:
    for item in _our_feedback(session, practice_id, FeedbackKind.ADOPTED.value):
        item.deleted_at = utcnow()


def delete_feedback(session: Session, feedback_id: str) -> None:
    """Remove one of our comments (or marks); another association's cannot be removed here."""
    item = session.get(PracticeFeedback, feedback_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(feedback_id)
    if not is_ours(session, feedback_id):
        raise v.InvalidInput(
            {
                "text": QT_TRANSLATE_NOOP(
                    "entraide", "Ce message est celui d'une autre association : seule elle peut le retirer."
                )
            }
        )
    item.deleted_at = utcnow()


# --- reading -----------------------------------------------------------------------------
def counts(session: Session, practice_ids: Iterable[str]) -> dict[str, Counts]:
    """Useful marks and adoptions (distinct associations) and comments, per practice."""
    ids = list(practice_ids)
    found: dict[str, Counts] = {practice_id: Counts() for practice_id in ids}
    if not ids:
        return found
    owner = feedback_owner(my_association_id(session))
    query = (
        select(
            PracticeFeedback.practice_id,
            PracticeFeedback.kind,
            func.count(func.distinct(PracticeFeedback.id)),
            func.count(func.distinct(owner)),
        )
        .outerjoin(SyncedRecord, SyncedRecord.record_id == PracticeFeedback.id)
        .where(PracticeFeedback.practice_id.in_(ids), PracticeFeedback.deleted_at.is_(None))
        .group_by(PracticeFeedback.practice_id, PracticeFeedback.kind)
    )
    for practice_id, kind, records, associations in session.execute(query):
        if kind == FeedbackKind.USEFUL.value:
            found[practice_id].useful = associations
        elif kind == FeedbackKind.ADOPTED.value:
            found[practice_id].adoptions = associations
        elif kind == FeedbackKind.COMMENT.value:
            found[practice_id].comments = records
    return found


def adopted_by_us(session: Session, practice_ids: Iterable[str]) -> set[str]:
    ids = list(practice_ids)
    if not ids:
        return set()
    return set(
        session.scalars(
            select(PracticeFeedback.practice_id)
            .outerjoin(SyncedRecord, SyncedRecord.record_id == PracticeFeedback.id)
            .where(
                PracticeFeedback.practice_id.in_(ids),
                PracticeFeedback.deleted_at.is_(None),
                PracticeFeedback.kind == FeedbackKind.ADOPTED.value,
                _ours_clause(my_association_id(session)),
            )
        )
    )


def feedback_of(session: Session, practice_id: str) -> list[FeedbackInfo]:
    """Every feedback record of a practice, oldest first, with its association's name."""
    me = my_association_id(session)
    names = association_names(session)
    state = session.get(SyncState, 1)
    if me is not None and state is not None and state.association_name:
        names[me] = state.association_name
    rows = session.execute(
        select(PracticeFeedback, SyncedRecord.owner_id)
        .outerjoin(SyncedRecord, and_(SyncedRecord.record_id == PracticeFeedback.id))
        .where(PracticeFeedback.practice_id == practice_id, PracticeFeedback.deleted_at.is_(None))
        .order_by(PracticeFeedback.created_at, PracticeFeedback.id)
    )
    found = []
    for item, owner in rows:
        ours = owner is None or owner == me
        association = owner if owner is not None else me
        found.append(
            FeedbackInfo(
                item.id,
                item.kind,
                item.text or "",
                item.outcome,
                item.author_name or "",
                association,
                names.get(association or "", "Notre association" if ours else "?"),
                ours,
                item.created_at,
                item.updated_at,
            )
        )
    return found
