"""Likely duplicates (same SIRET/RNA, e-mail, phone or folded name) and merging two contacts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Consent, Contact, Organisation, Person, Role, utcnow
from app.services.contacts.fields import ContactFields, check_contact
from app.services.contacts.records import load
from app.text import join_tags, split_tags

REASONS = {
    "siret": QT_TRANSLATE_NOOP("entraide", "même SIRET"),
    "rna": QT_TRANSLATE_NOOP("entraide", "même numéro RNA"),
    "email": QT_TRANSLATE_NOOP("entraide", "même e-mail"),
    "phone": QT_TRANSLATE_NOOP("entraide", "même téléphone"),
    "name": QT_TRANSLATE_NOOP("entraide", "même nom"),
}


@dataclass(frozen=True)
class DuplicateCandidate:
    id: str
    kind: str
    display_name: str
    reasons: tuple[str, ...]

    @property
    def reason_text(self) -> str:
        return ", ".join(REASONS[r] for r in self.reasons)


def find_duplicates(
    session: Session, data: ContactFields, *, exclude_id: str | None = None
) -> list[DuplicateCandidate]:
    """Existing contacts that look like `data`. Each criterion is an indexed lookup."""
    values = check_contact(data).values
    criteria = [
        ("siret", Organisation.siret, values.get("siret")),
        ("rna", Organisation.rna, values.get("rna")),
        ("email", Contact.email, values.get("email")),
        ("phone", Contact.phone, values.get("phone")),
        ("name", Contact.sort_key, values.get("sort_key")),
    ]
    found: dict[str, tuple[Contact, list[str]]] = {}
    for reason, column, value in criteria:
        if not value:
            continue
        query = select(Contact).where(column == value, Contact.deleted_at.is_(None))
        if reason == "name":
            query = query.where(Contact.kind == data.kind)
        for contact in session.scalars(query.limit(20)):
            if contact.id != exclude_id:
                found.setdefault(contact.id, (contact, []))[1].append(reason)
    return [DuplicateCandidate(c.id, c.kind, c.display_name, tuple(reasons)) for c, reasons in found.values()]


_MERGED_FIELDS = {
    Person: ("first_name", "last_name", "email", "phone", "address"),
    Organisation: ("org_kind", "rna", "siret", "website", "email", "phone", "address"),
}


def merge_contacts(session: Session, keep_id: str, other_id: str) -> None:
    """Fold `other` into `keep`: empty fields filled, tags and notes joined, every role and
    consent moved over; `other` goes to the trash, marked as merged, so it can be undone."""
    if keep_id == other_id:
        raise InvalidInput(
            {"merge": QT_TRANSLATE_NOOP("entraide", "On ne peut pas fusionner une fiche avec elle-même.")}
        )
    keep, other = load(session, keep_id), load(session, other_id)
    if keep.kind != other.kind:
        raise InvalidInput(
            {
                "merge": QT_TRANSLATE_NOOP(
                    "entraide",
                    "On ne fusionne qu'une personne avec une personne, "
                    "ou une organisation avec une organisation.",
                )
            }
        )
    for name in _MERGED_FIELDS[type(keep)]:
        if not getattr(keep, name) and getattr(other, name):
            setattr(keep, name, getattr(other, name))
    if isinstance(keep, Person) and isinstance(other, Person) and not keep.display_name:
        keep.display_name, keep.sort_key = other.display_name, other.sort_key
    keep.tags = join_tags(split_tags(f"{keep.tags or ''}, {other.tags or ''}")) or None
    notes = [n for n in (keep.notes, other.notes) if n]
    keep.notes = "\n\n".join(dict.fromkeys(notes)) or None
    session.execute(update(Role).where(Role.person_id == other.id).values(person_id=keep.id))
    session.execute(update(Role).where(Role.organisation_id == other.id).values(organisation_id=keep.id))
    session.execute(update(Consent).where(Consent.person_id == other.id).values(person_id=keep.id))
    other.merged_into_id = keep.id
    other.deleted_at = utcnow()
    keep.updated_at = utcnow()
