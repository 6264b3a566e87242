"""The parties of an agreement, filled in from the contacts and the network's member list.

A party copies the organisation's identity at the time of writing (see app/models/agreements.py)
and, when the organisation is a network member, its network id: that association then sees
the agreement. A member is recognised by its RNA, its SIRET, or else its exact name.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models import NetworkAssociation, Organisation, OrganisationKind, RoleKind
from app.services.agreements.content import LEGAL_FORM_ASSOCIATION, Party, kind_of
from app.services.contacts.records import roles_of
from app.services.identity import load_identity, our_identity
from app.services.network import my_association_id
from app.text import fold

LEGAL_FORMS = {
    OrganisationKind.ASSOCIATION: LEGAL_FORM_ASSOCIATION,
    OrganisationKind.LOCAL_AUTHORITY: "collectivité territoriale",
    OrganisationKind.COMPANY: "société",
    OrganisationKind.FOUNDATION: "fondation",
    OrganisationKind.OTHER: "",
}
# Who signs for an organisation, in order of preference.
SIGNING_ROLES = (RoleKind.PRESIDENT, RoleKind.TREASURER, RoleKind.SECRETARY)


def member_for(session: Session, name: str, rna: str | None, siret: str | None) -> NetworkAssociation | None:
    members = list(session.scalars(select(NetworkAssociation)))
    for wanted, attribute in ((rna, "rna"), (siret, "siret")):
        if wanted:
            found = next((m for m in members if getattr(m, attribute) == wanted), None)
            if found is not None:
                return found
    folded = fold(name)
    return next((m for m in members if fold(m.name) == folded), None) if folded else None


def party_from_organisation(
    session: Session, organisation_id: str, key: str, on: date | None = None
) -> Party:
    """A party filled in from an organisation of the contacts, with who signs for it."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None or organisation.deleted_at is not None:
        raise NotFound(organisation_id)
    party = Party(
        key=key,
        name=organisation.display_name,
        address=organisation.address or "",
        rna=organisation.rna or "",
        siret=organisation.siret or "",
        contact_id=organisation.id,
        legal_form=LEGAL_FORMS.get(OrganisationKind(organisation.org_kind or "autre"), ""),
        kind=organisation.org_kind or "autre",
    )
    current = [r for r in roles_of(session, organisation_id=organisation.id) if r.current(on)]
    for role in SIGNING_ROLES:
        holder = next((r for r in current if r.role == role.value), None)
        if holder is not None:
            # The capacity as the contacts hold it for this person ("présidente"), never the
            # role list's neutral "Président·e": a signed paper names one person.
            party.signatory_name, party.signatory_role = holder.person_name, holder.title or ""
            break
    member = member_for(session, party.name, organisation.rna, organisation.siret)
    party.association_id = member.id if member is not None else None
    return party


def our_party(session: Session, key: str = "p1", on: date | None = None) -> Party | None:
    """Our own association as a party: as it presented itself (the first-start assistant or
    Préférences), else from the contacts when the hub's record of us matches one (full
    identity), else from the network's member list; None when nobody said who we are."""
    typed = load_identity(session)
    if typed is not None and typed.name:
        us = our_identity(session)
        form = us.legal_form[:1].lower() + us.legal_form[1:] if us.legal_form else LEGAL_FORM_ASSOCIATION
        return Party(
            key=key,
            name=us.name,
            legal_form=form,
            address=us.address,
            rna=us.rna or "",
            siret=us.siret or "",
            signatory_name=us.representative_name,
            signatory_role=us.representative_role,
            kind=kind_of(Party(key=key, legal_form=form)),
            association_id=my_association_id(session),
        )
    me = session.get(NetworkAssociation, my_association_id(session) or "")
    if me is None:
        return None
    found = None
    for attribute, wanted in (("rna", me.rna), ("siret", me.siret)):
        if wanted and found is None:
            found = session.scalar(
                select(Organisation.id)
                .where(getattr(Organisation, attribute) == wanted, Organisation.deleted_at.is_(None))
                .limit(1)
            )
    if found is not None:
        party = party_from_organisation(session, found, key, on)
    else:
        party = Party(key=key, name=me.name, rna=me.rna or "", siret=me.siret or "")
    party.association_id = me.id
    return party


def organisation_choices(session: Session, text: str = "", limit: int = 50) -> list[tuple[str, str]]:
    """(id, name) of the organisations whose name starts a word with `text`, for a picker."""
    query = select(Organisation.id, Organisation.display_name).where(Organisation.deleted_at.is_(None))
    folded = fold(text)
    if folded:
        query = query.where(Organisation.sort_key.like(f"%{folded}%"))
    ordered = query.order_by(Organisation.sort_key).limit(limit)
    return [(organisation_id, name) for organisation_id, name in session.execute(ordered)]
