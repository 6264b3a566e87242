"""Create, read and change contacts, their roles and their consents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Consent, Contact, ContactKind, Organisation, Person, Role, RoleKind, utcnow
from app.services.contacts.fields import ContactFields, check_contact
from app.services.contacts.rows import ContactRow as ContactRow  # re-exported
from app.services.validation import format_phone

ROLE_LABELS = {
    RoleKind.PRESIDENT: QT_TRANSLATE_NOOP("entraide", "Président·e"),
    RoleKind.TREASURER: QT_TRANSLATE_NOOP("entraide", "Trésorier·ère"),
    RoleKind.SECRETARY: QT_TRANSLATE_NOOP("entraide", "Secrétaire"),
    RoleKind.EQUIPMENT_OFFICER: QT_TRANSLATE_NOOP("entraide", "Référent·e matériel"),
    RoleKind.VOLUNTEER: QT_TRANSLATE_NOOP("entraide", "Bénévole"),
    RoleKind.OTHER: QT_TRANSLATE_NOOP("entraide", "Autre"),
}


@dataclass(frozen=True)
class RoleInfo:
    id: str
    person_id: str
    person_name: str
    organisation_id: str
    organisation_name: str
    role: str
    title: str | None
    start_date: date | None
    end_date: date | None

    def current(self, on: date | None = None) -> bool:
        on = on or date.today()
        return (self.start_date is None or self.start_date <= on) and (
            self.end_date is None or self.end_date >= on
        )

    @property
    def label(self) -> str:
        return self.title or ROLE_LABELS.get(RoleKind(self.role), self.role)


@dataclass(frozen=True)
class ConsentInfo:
    id: str
    purpose: str
    given_on: date
    source: str | None
    withdrawn_on: date | None


@dataclass
class ContactDetail:
    """Everything the form shows: the editable fields plus what hangs off the contact."""

    id: str
    fields: ContactFields
    siren: str | None = None
    phone_display: str = ""
    phone_to_check: str | None = None
    deleted: bool = False
    anonymised: bool = False
    roles: list[RoleInfo] = field(default_factory=list)
    consents: list[ConsentInfo] = field(default_factory=list)


def _fields_of(contact: Contact) -> ContactFields:
    data = ContactFields(kind=contact.kind)
    for name in ("email", "address", "tags", "notes"):
        setattr(data, name, getattr(contact, name) or "")
    data.phone = format_phone(contact.phone) or contact.phone_to_check or ""
    if isinstance(contact, Person):
        data.first_name = contact.first_name or ""
        data.last_name = contact.last_name or ""
    elif isinstance(contact, Organisation):
        data.name = contact.display_name
        data.org_kind = contact.org_kind or ""
        data.rna = contact.rna or ""
        data.siret = contact.siret or ""
        data.website = contact.website or ""
    return data


def load(session: Session, contact_id: str, *, include_trash: bool = False) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or (contact.deleted_at is not None and not include_trash):
        raise NotFound(contact_id)
    return contact


def create_contact(session: Session, data: ContactFields) -> str:
    checked = check_contact(data)
    checked.raise_if_invalid()
    model = Person if data.kind == ContactKind.PERSON.value else Organisation
    values = {k: v for k, v in checked.values.items() if k != "kind"}
    contact = model(**values)
    session.add(contact)
    session.flush()
    return contact.id


def update_contact(session: Session, contact_id: str, data: ContactFields) -> None:
    contact = load(session, contact_id)
    if data.kind != contact.kind:
        raise InvalidInput(
            {"kind": QT_TRANSLATE_NOOP("entraide", "On ne peut pas changer une personne en organisation.")}
        )
    checked = check_contact(data, contact.phone_to_check)
    checked.raise_if_invalid()
    for name, value in checked.values.items():
        if name != "kind" and getattr(contact, name) != value:
            setattr(contact, name, value)


def get_detail(session: Session, contact_id: str) -> ContactDetail:
    contact = load(session, contact_id, include_trash=True)
    detail = ContactDetail(
        id=contact.id,
        fields=_fields_of(contact),
        phone_display=format_phone(contact.phone),
        phone_to_check=contact.phone_to_check,
        deleted=contact.deleted_at is not None,
    )
    if isinstance(contact, Organisation):
        detail.siren = contact.siren
        detail.roles = roles_of(session, organisation_id=contact.id)
    elif isinstance(contact, Person):
        detail.anonymised = contact.anonymised_at is not None
        detail.roles = roles_of(session, person_id=contact.id)
        detail.consents = consents_of(session, contact.id)
    return detail


def count_contacts(session: Session, kind: str | None = None, *, to_check: bool = False) -> int:
    query = select(func.count()).select_from(Contact).where(Contact.deleted_at.is_(None))
    if kind:
        query = query.where(Contact.kind == kind)
    if to_check:
        query = query.where(Contact.phone_to_check.is_not(None))
    return session.scalar(query) or 0


_ROW_COLUMNS = (
    Contact.id,
    Contact.kind,
    Contact.display_name,
    Contact.email,
    Contact.phone,
    Contact.tags,
    Contact.sort_key,
    Contact.phone_to_check,
)


def list_contacts(
    session: Session,
    *,
    kind: str | None = None,
    after: tuple[str, str] | None = None,
    limit: int = 200,
    trash: bool = False,
    to_check: bool = False,
) -> list[ContactRow]:
    """A page of the list in name order; `after` is the (sort_key, id) of the last row shown.
    `to_check`: only contacts with a phone an import could not read."""
    query = select(*_ROW_COLUMNS).order_by(Contact.sort_key, Contact.id).limit(limit)
    query = query.where(Contact.deleted_at.is_not(None) if trash else Contact.deleted_at.is_(None))
    if to_check:
        query = query.where(Contact.phone_to_check.is_not(None))
    if kind:
        query = query.where(Contact.kind == kind)
    if after is not None:
        key, last_id = after
        query = query.where((Contact.sort_key > key) | ((Contact.sort_key == key) & (Contact.id > last_id)))
    return [ContactRow(*row) for row in session.execute(query)]


# --- roles -----------------------------------------------------------------


def roles_of(
    session: Session, *, person_id: str | None = None, organisation_id: str | None = None
) -> list[RoleInfo]:
    person, organisation = Contact.__table__.alias("p"), Contact.__table__.alias("o")
    query = (
        select(
            Role.id,
            Role.person_id,
            person.c.display_name,
            Role.organisation_id,
            organisation.c.display_name,
            Role.role,
            Role.title,
            Role.start_date,
            Role.end_date,
        )
        .join(person, person.c.id == Role.person_id)
        .join(organisation, organisation.c.id == Role.organisation_id)
        .where(Role.deleted_at.is_(None))
        .order_by(Role.start_date.desc().nulls_last(), Role.id)
    )
    if person_id:
        query = query.where(Role.person_id == person_id)
    if organisation_id:
        query = query.where(Role.organisation_id == organisation_id)
    return [RoleInfo(*row) for row in session.execute(query)]


def add_role(
    session: Session,
    person_id: str,
    organisation_id: str,
    role: str,
    *,
    title: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> str:
    if not isinstance(load(session, person_id), Person):
        raise InvalidInput({"person": QT_TRANSLATE_NOOP("entraide", "Un rôle se donne à une personne.")})
    if not isinstance(load(session, organisation_id), Organisation):
        raise InvalidInput({"organisation": QT_TRANSLATE_NOOP("entraide", "Choisissez une organisation.")})
    if role not in {r.value for r in RoleKind}:
        raise InvalidInput({"role": QT_TRANSLATE_NOOP("entraide", "Rôle inconnu.")})
    if start and end and end < start:
        raise InvalidInput({"end_date": QT_TRANSLATE_NOOP("entraide", "La fin du rôle précède son début.")})
    row = Role(
        person_id=person_id,
        organisation_id=organisation_id,
        role=role,
        title=(title or "").strip() or None,
        start_date=start,
        end_date=end,
    )
    session.add(row)
    session.flush()
    return row.id


def end_role(session: Session, role_id: str, end: date) -> None:
    role = session.get(Role, role_id)
    if role is None or role.deleted_at is not None:
        raise NotFound(role_id)
    if role.start_date and end < role.start_date:
        raise InvalidInput({"end_date": QT_TRANSLATE_NOOP("entraide", "La fin du rôle précède son début.")})
    role.end_date = end


def remove_role(session: Session, role_id: str) -> None:
    role = session.get(Role, role_id)
    if role is None:
        raise NotFound(role_id)
    role.deleted_at = utcnow()


def holders(session: Session, organisation_id: str, role: str, on: date | None = None) -> list[RoleInfo]:
    """Who holds `role` in the organisation on a date: "who is the treasurer of X"."""
    return [
        info
        for info in roles_of(session, organisation_id=organisation_id)
        if info.role == role and info.current(on)
    ]


# --- consents --------------------------------------------------------------


def consents_of(session: Session, person_id: str) -> list[ConsentInfo]:
    query = (
        select(Consent.id, Consent.purpose, Consent.given_on, Consent.source, Consent.withdrawn_on)
        .where(Consent.person_id == person_id, Consent.deleted_at.is_(None))
        .order_by(Consent.given_on.desc())
    )
    return [ConsentInfo(*row) for row in session.execute(query)]


def add_consent(
    session: Session, person_id: str, purpose: str, given_on: date, source: str | None = None
) -> str:
    if not isinstance(load(session, person_id), Person):
        raise InvalidInput(
            {"person": QT_TRANSLATE_NOOP("entraide", "Un consentement se rattache à une personne.")}
        )
    purpose = (purpose or "").strip()
    if not purpose:
        raise InvalidInput(
            {
                "purpose": QT_TRANSLATE_NOOP(
                    "entraide", "Précisez la finalité du consentement (ex. lettre d'information)."
                )
            }
        )
    consent = Consent(
        person_id=person_id, purpose=purpose, given_on=given_on, source=(source or "").strip() or None
    )
    session.add(consent)
    session.flush()
    return consent.id


def withdraw_consent(session: Session, consent_id: str, on: date) -> None:
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise NotFound(consent_id)
    consent.withdrawn_on = on


def values_of(contact: Contact) -> dict[str, Any]:
    """Column values of a contact, for exports and merges."""
    return {
        c.key: getattr(contact, c.key) for c in Contact.__mapper__.column_attrs if hasattr(contact, c.key)
    }
