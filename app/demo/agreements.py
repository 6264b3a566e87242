"""The agreements part of the demo: a handful of conventions in every state, between "us" (one
of the demo's associations) and the network's partner associations made by the equipment step.

Like the demo's other records about partners (app/demo/equipment.py), they are written
as a pull applies changes (`APPLYING_REMOTE`: nothing for the outbox): the partners exist only
in this demo and a real hub would refuse agreements naming them. One agreement is the
partner's own (a `sync_records` row names it owner), to show how a party's copy looks.
Dates are relative to today: one ends within the reminder delay, one renews tacitly.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.models import Equipment, NetworkAssociation, Organisation, OrganisationKind, SyncedRecord
from app.models.outbox import APPLYING_REMOTE
from app.services.agreements import records as ag
from app.services.agreements.content import AgreementContent, LentItem, Party, Payment, content_of
from app.services.agreements.parties import party_from_organisation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.demo.context import DemoContext

AGREEMENTS = 7  # records written: six agreements and one amendment
COMMITMENTS = {
    "us": [
        "Stocker le matériel commun dans son local et en tenir l'inventaire",
        "Coordonner le calendrier des réservations",
    ],
    "partner": [
        "Prendre en charge le transport du matériel qu'elle emprunte",
        "Mobiliser au moins quatre bénévoles par événement",
    ],
    "town": ["Mettre gracieusement à disposition la salle des fêtes deux week-ends par an"],
}


def _organisations(
    session: Session, ctx: DemoContext
) -> tuple[str | None, list[tuple[str, str]], str | None]:
    """(our organisation, the partners' (organisation, network id), a local authority)."""
    members = {(m.name, m.rna): m.id for m in session.scalars(select(NetworkAssociation))}
    partners, us, town = [], None, None
    for org_id, kind in ctx.organisations:
        org = session.get(Organisation, org_id)
        if org is None:
            continue
        if (org.display_name, org.rna) in members:
            partners.append((org_id, members[(org.display_name, org.rna)]))
        elif kind == OrganisationKind.ASSOCIATION.value and us is None:
            us = org_id
        elif kind == OrganisationKind.LOCAL_AUTHORITY.value and town is None:
            town = org_id
    return us, partners, town


def _party(session: Session, org_id: str, key: str, role: str, today: date) -> Party:
    party = party_from_organisation(session, org_id, key, today)
    party.signatory_name = party.signatory_name or "Camille Durand"
    party.signatory_role = party.signatory_role or "Président·e"
    party.insurer, party.policy_number = "MAIF", f"{4_000_000 + int(org_id[-6:], 16) % 999_999}"
    party.commitments = list(COMMITMENTS[role])
    return party


def _annex(session: Session, owner: str) -> list[LentItem]:
    ours = session.scalars(
        select(Equipment)
        .outerjoin(SyncedRecord, SyncedRecord.record_id == Equipment.id)
        .where(SyncedRecord.record_id.is_(None), Equipment.deleted_at.is_(None))
        .order_by(Equipment.name)
        .limit(4)
    )
    return [LentItem(e.name, owner, 1, e.purchase_value_cents, "", e.id) for e in ours]


def make_agreements(ctx: DemoContext) -> None:
    session, today = ctx.session, ctx.today
    us, partners, town = _organisations(session, ctx)
    if us is None or not partners:
        return
    remote = session.info.get(APPLYING_REMOTE)
    session.info[APPLYING_REMOTE] = True
    try:
        made = _write(session, today, us, partners, town)
    finally:
        session.info[APPLYING_REMOTE] = remote
    ctx.tally("agreements", made)


def _content(session: Session, today: date, us: str, partner: str, title: str, **values) -> AgreementContent:
    content = AgreementContent(
        title=title,
        parties=[_party(session, us, "p1", "us", today), _party(session, partner, "p2", "partner", today)],
        context="Nos deux associations partagent depuis plusieurs années bénévoles et matériel ; "
        "cette convention donne un cadre écrit à cette entraide.",
        purpose=f"La présente convention a pour objet : {title[0].lower()}{title[1:]}.",
        notice_days=60,
        court="le tribunal judiciaire de Lyon",
        signature_place="Lyon",
    )
    for name, value in values.items():
        setattr(content, name, value)
    return content


def _write(session: Session, today: date, us: str, partners: list[tuple[str, str]], town: str | None) -> int:
    partner = [org for org, _ in partners]
    second = partner[1 % len(partner)]
    ag.create_agreement(
        session,
        _content(
            session,
            today,
            us,
            partner[0],
            "Parc de matériel partagé",
            start_date=today + timedelta(days=30),
            duration_months=24,
            renewal="tacit",
            equipment=_annex(session, "p1"),
            payments=[
                Payment("Participation à l'entretien du matériel", "p2", "p1", 45_000, "chaque 1er mars")
            ],
        ),
        today,
    )
    three = _content(
        session,
        today,
        us,
        second,
        "Fête de quartier des Pentes",
        start_date=today + timedelta(days=10),
        end_date=today + timedelta(days=200),
        payments=[Payment("Location de la sonorisation", "p1", "p2", 32_050, "à la signature")],
    )
    if town is not None:
        three.parties.append(_party(session, town, "p3", "town", today))
    sent = ag.create_agreement(session, three, today)
    ag.send_for_signature(session, sent, today - timedelta(days=3))
    ending = ag.create_agreement(
        session,
        _content(
            session,
            today,
            us,
            partner[0],
            "Formation commune aux premiers secours",
            start_date=today - timedelta(days=320),
            end_date=today + timedelta(days=40),
        ),
        today,
    )
    ag.mark_signed(session, ending, today - timedelta(days=330))
    tacit = ag.create_agreement(
        session,
        _content(
            session,
            today,
            us,
            second,
            "Prêt réciproque de bénévoles",
            start_date=today - timedelta(days=320),
            duration_months=12,
            renewal="tacit",
            notice_days=30,
        ),
        today,
    )
    ag.mark_signed(session, tacit, today - timedelta(days=325))
    ended = ag.create_agreement(
        session,
        _content(
            session,
            today,
            us,
            partner[0],
            "Vide-grenier solidaire",
            start_date=today - timedelta(days=500),
            end_date=today - timedelta(days=300),
        ),
        today,
    )
    ag.mark_signed(session, ended, today - timedelta(days=510))
    ag.end_agreement(session, ended, today - timedelta(days=300), "Événement terminé, bilan fait ensemble.")
    amendment = ag.create_amendment(session, tacit)
    changed = content_of(ag.load(session, amendment))
    changed.amendment_text = "L'article 2 est complété : la partie qui reçoit des bénévoles les assure."
    ag.update_agreement(session, amendment, changed)
    ag.mark_signed(session, amendment, today - timedelta(days=20))
    theirs = ag.create_agreement(
        session,
        _content(
            session,
            today,
            partner[0],
            us,
            "Accueil de jeunes en service civique",
            start_date=today - timedelta(days=60),
            duration_months=8,
        ),
        today,
    )
    session.add(SyncedRecord(record_id=theirs, entity_type="agreement", version=1, owner_id=partners[0][1]))
    session.flush()
    return AGREEMENTS
