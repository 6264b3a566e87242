"""The contacts aggregate: people and organisations (one table), roles and consents."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, RecordMixin, UTCDateTime, utcnow
from app.models.sync_spec import SyncSpec


class ContactKind(enum.StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


# Member names are English (the code's language); the stored values keep their French words:
# the hub, other devices and older stores hold them, so they never change (no migration).
class OrganisationKind(enum.StrEnum):
    ASSOCIATION = "association"
    LOCAL_AUTHORITY = "collectivite"
    COMPANY = "entreprise"
    FOUNDATION = "fondation"
    OTHER = "autre"


class RoleKind(enum.StrEnum):
    PRESIDENT = "president"
    TREASURER = "tresorier"
    SECRETARY = "secretaire"
    EQUIPMENT_OFFICER = "referent_materiel"
    VOLUNTEER = "benevole"
    OTHER = "autre"


class Contact(RecordMixin, Base):
    """People and organisations share one table so that one list, one search index
    and one sort order serve both; the kind-specific columns are nullable."""

    __tablename__ = "contacts"
    __sync__ = SyncSpec(
        "contact",
        (
            "kind",
            "display_name",
            "sort_key",
            "email",
            "phone",
            "address",
            "tags",
            "notes",
            "merged_into_id",
            "first_name",
            "last_name",
            "anonymised_at",
            "org_kind",
            "rna",
            "siret",
            "website",
            "phone_to_check",
        ),
    )

    kind: Mapped[str] = mapped_column(String(20))
    display_name: Mapped[str] = mapped_column(String(300))
    # Folded display name (no accents, lower case): the list's sort key.
    sort_key: Mapped[str] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(32))  # E.164, "+33612345678"
    # A number an import could not read, kept as written until someone checks it ("à vérifier").
    phone_to_check: Mapped[str | None] = mapped_column(String(100))
    address: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[str | None] = mapped_column(Text)  # "sport, jeunesse"
    notes: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[str | None] = mapped_column(String(36))

    # Loading a Contact loads the columns of every kind at once: a Person's own columns would
    # otherwise cost one more query each when first read (sync reads thousands).
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_abstract": True, "with_polymorphic": "*"}
    __table_args__ = (
        Index("ix_contacts_list", "deleted_at", "sort_key", "id"),
        # Looked up by a value only (duplicates, imports): the empty ones are left out, which
        # makes them smaller and faster to build after a first sync (migration 0021).
        Index("ix_contacts_email", "email", sqlite_where=text("email IS NOT NULL")),
        Index("ix_contacts_phone", "phone", sqlite_where=text("phone IS NOT NULL")),
        # The "à vérifier" filter of the list: few rows, in list order.
        Index("ix_contacts_to_check", "sort_key", "id", sqlite_where=text("phone_to_check IS NOT NULL")),
    )


class Person(Contact):
    first_name: Mapped[str | None] = mapped_column(String(150), use_existing_column=True)
    last_name: Mapped[str | None] = mapped_column(String(150), use_existing_column=True)
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, use_existing_column=True)

    roles: Mapped[list[Role]] = relationship(
        back_populates="person", foreign_keys="Role.person_id", lazy="raise_on_sql"
    )
    consents: Mapped[list[Consent]] = relationship(back_populates="person", lazy="raise_on_sql")

    __mapper_args__ = {"polymorphic_identity": ContactKind.PERSON.value}


class Organisation(Contact):
    org_kind: Mapped[str | None] = mapped_column(String(20), use_existing_column=True)
    rna: Mapped[str | None] = mapped_column(String(10), use_existing_column=True)
    siret: Mapped[str | None] = mapped_column(String(14), use_existing_column=True)
    website: Mapped[str | None] = mapped_column(String(300), use_existing_column=True)

    __mapper_args__ = {"polymorphic_identity": ContactKind.ORGANISATION.value}

    @property
    def siren(self) -> str | None:
        return self.siret[:9] if self.siret else None


# An organisation's numbers, in the one contacts table: persons have none (migration 0021).
Index("ix_contacts_rna", Organisation.__table__.c.rna, sqlite_where=text("rna IS NOT NULL"))
Index("ix_contacts_siret", Organisation.__table__.c.siret, sqlite_where=text("siret IS NOT NULL"))


class Role(RecordMixin, Base):
    """A person's dated role in an organisation ("trésorière de X depuis 2023")."""

    __tablename__ = "roles"
    __sync__ = SyncSpec(
        "role",
        ("person_id", "organisation_id", "role", "title", "start_date", "end_date"),
        parents={"person_id": "contact", "organisation_id": "contact"},
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"), index=True)
    role: Mapped[str] = mapped_column(String(30))
    title: Mapped[str | None] = mapped_column(String(150))  # free wording for "autre"
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(
        back_populates="roles", foreign_keys=[person_id], lazy="raise_on_sql"
    )


class Consent(RecordMixin, Base):
    """An RGPD consent: what for, when, how it was collected, and its withdrawal."""

    __tablename__ = "consents"
    __sync__ = SyncSpec(
        "consent",
        ("person_id", "purpose", "given_on", "source", "withdrawn_on"),
        parents={"person_id": "contact"},
    )

    person_id: Mapped[str] = mapped_column(ForeignKey("contacts.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(300))
    given_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(300))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="consents", lazy="raise_on_sql")


class ImportProfile(Base):
    """A saved column mapping for imports ("Export HelloAsso"): header key -> field.
    Kept on this computer only: a mapping follows a file layout, not the association's data."""

    __tablename__ = "import_profiles"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    columns: Mapped[dict[str, str]] = mapped_column(
        JSON, default=dict
    )  # folded header -> field ("" = ignore)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
