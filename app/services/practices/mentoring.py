"""Asking the author association of a practice for mentoring, and following it up.

The request is a feedback record of kind "mentoring" (it reaches the author through the hub,
like a comment). The follow-up lives in each side's own contacts, which never leave their
association: the organisation contact of the other association (found by RNA, SIRET or
name, created when missing) gets the tag "mentorat" and a dated line in its notes. The
asking side writes it at once; the author side when `follow_up_requests` runs (after a sync).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import FeedbackKind, NetworkAssociation, Organisation, PracticeFeedback, SyncedRecord
from app.models import Practice as PracticeModel
from app.services import validation as v
from app.services.network import association, is_ours, my_association_id, owner_of
from app.services.practices.feedback import MAX_COMMENT
from app.services.practices.records import load
from app.text import fold, join_tags, split_tags

MENTORING_TAG = "mentorat"


@dataclass
class MentoringRequest:
    feedback_id: str
    contact_id: str  # the author association's organisation in our contacts


def organisation_for(session: Session, association_id: str | None, fallback_name: str) -> Organisation:
    """Our contact for a network association; created from the hub's member list if missing."""
    member = association(session, association_id)
    name = member.name if member is not None else fallback_name
    candidates = select(Organisation).where(Organisation.deleted_at.is_(None))
    for column, value in (
        (Organisation.rna, member.rna if member else None),
        (Organisation.siret, member.siret if member else None),
        (Organisation.sort_key, fold(name)),
    ):
        if value:
            found = session.scalars(candidates.where(column == value).limit(1)).first()
            if found is not None:
                return found
    rna, _warning = v.normalise_rna((member.rna or "") if member else "")
    siret, error = v.normalise_siret((member.siret or "") if member else "")
    organisation = Organisation(
        display_name=name,
        sort_key=fold(name),
        org_kind="association",
        rna=rna,
        siret=None if error else siret,
    )
    session.add(organisation)
    session.flush()
    return organisation


def add_follow_up(organisation: Organisation, line: str) -> None:
    """Tag the organisation and add the dated line to its notes, once."""
    tags = split_tags(organisation.tags)
    if fold(MENTORING_TAG) not in {fold(tag) for tag in tags}:
        organisation.tags = join_tags([*tags, MENTORING_TAG])
    notes = organisation.notes or ""
    if line not in notes:
        organisation.notes = f"{notes}\n{line}".strip()


def _day(moment: datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y")


def request_mentoring(
    session: Session, practice_id: str, message: str = "", author_name: str = ""
) -> MentoringRequest:
    """Ask the practice's author association for mentoring; returns the request and the contact
    where the follow-up was written."""
    practice = load(session, practice_id)
    if is_ours(session, practice_id):
        raise v.InvalidInput(
            {
                "text": QT_TRANSLATE_NOOP(
                    "entraide", "C'est une pratique de votre association : demandez plutôt à une autre."
                )
            }
        )
    out = v.Checked()
    v.check_length(out, "text", v.clean(message), MAX_COMMENT)
    out.raise_if_invalid()
    request = PracticeFeedback(
        practice_id=practice_id,
        kind=FeedbackKind.MENTORING.value,
        text=v.clean(message) or None,
        author_name=v.clean(author_name) or None,
    )
    session.add(request)
    session.flush()
    owner = owner_of(session, practice_id)
    organisation = organisation_for(session, owner, "Association autrice d'une pratique")
    who = f" (contact : {practice.contact_name})" if practice.contact_name else ""
    add_follow_up(
        organisation,
        f"{_day(request.created_at)} — Mentorat demandé pour la pratique « {practice.title} »{who}.",
    )
    return MentoringRequest(request.id, organisation.id)


def follow_up_requests(session: Session) -> int:
    """On the author's side: note each request received for our practices on the asking
    association's contact (once). Returns how many requests were noted for the first time."""
    me = my_association_id(session)
    if me is None:
        return 0  # never synced: nobody else can have asked yet
    rows = session.execute(
        select(PracticeFeedback, SyncedRecord.owner_id, PracticeModel)
        .join(SyncedRecord, SyncedRecord.record_id == PracticeFeedback.id)
        .join(PracticeModel, PracticeModel.id == PracticeFeedback.practice_id)
        .where(
            PracticeFeedback.kind == FeedbackKind.MENTORING.value,
            PracticeFeedback.deleted_at.is_(None),
            SyncedRecord.owner_id != me,
        )
    ).all()
    noted = 0
    for request, asker, practice in rows:
        if not is_ours(session, practice.id):
            continue
        member = session.get(NetworkAssociation, asker)
        organisation = organisation_for(session, asker, member.name if member else "Association du réseau")
        who = f" ({request.author_name})" if request.author_name else ""
        line = (
            f"{_day(request.created_at)} — Demande de mentorat reçue{who} pour la pratique "
            f"« {practice.title} »" + (f" : {request.text}" if request.text else ".")
        )
        before = organisation.notes
        add_follow_up(organisation, line)
        noted += organisation.notes != before
    return noted
