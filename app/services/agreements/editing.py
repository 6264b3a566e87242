"""Opening an agreement in an editor: a new one starts with our association as its first party;
an existing one opens only for the association that wrote it (the hub would refuse another's
changes), with the reference of the agreement an amendment changes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP
from app.models import AgreementKind
from app.services.agreements import records as ag
from app.services.agreements.content import AgreementContent, content_of
from app.services.agreements.parties import our_party
from app.services.network import is_ours


@dataclass
class Editing:
    agreement_id: str | None
    reference: str  # "" for a new agreement: the reference comes when it is first saved
    kind: str
    content: AgreementContent
    parent_reference: str = ""


def start_editing(session: Session, agreement_id: str | None) -> Editing:
    if agreement_id is None:
        content = AgreementContent()
        us = our_party(session, "p1")
        if us is not None:  # our association is always a party of what we write
            content.parties.append(us)
        return Editing(None, "", AgreementKind.AGREEMENT.value, content)
    record = ag.load(session, agreement_id)
    if not is_ours(session, agreement_id):
        raise InvalidInput(
            {
                "status": QT_TRANSLATE_NOOP(
                    "entraide",
                    "Cette convention a été rédigée par une autre association : seule elle la modifie.",
                )
            }
        )
    parent = session.get(type(record), record.parent_id) if record.parent_id else None
    reference = parent.reference if parent is not None else ""
    return Editing(record.id, record.reference, record.kind, content_of(record), reference)


def save(session: Session, agreement_id: str | None, content: AgreementContent) -> str:
    """Create the agreement, or change it; its id either way."""
    if agreement_id is None:
        return ag.create_agreement(session, content)
    ag.update_agreement(session, agreement_id, content)
    return agreement_id
