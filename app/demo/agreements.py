"""The agreements part of the demo: a handful of conventions in every state, between "us" (one
of the demo's associations) and the network's partner associations made by the equipment step.

Like the demo's other records about partners (app/demo/equipment.py), they are written
as a pull applies changes (`APPLYING_REMOTE`: nothing for the outbox): the partners exist only
in this demo and a real hub would refuse agreements naming them. One agreement is the
partner's own (a `sync_records` row names it owner), to show how a party's copy looks.
Dates are relative to today: one ends within the reminder delay, one renews tacitly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.demo import words as d
from app.models import Equipment, NetworkAssociation, Organisation, OrganisationKind, SyncedRecord
from app.models.outbox import APPLYING_REMOTE
from app.services.agreements import records as ag
from app.services.agreements.content import AgreementContent, LentItem, Party, Payment, content_of
from app.services.agreements.parties import party_from_organisation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.demo.context import DemoContext

AGREEMENTS = 7  # records written: six agreements and one amendment


@dataclass(frozen=True)
class Subject:
    """What an agreement is about: its context, its purpose and each party's commitments
    (by party key: the author is p1), written for that subject."""

    context: str
    purpose: str
    commitments: dict[str, list[str]]


SUBJECTS = {
    "Parc de matériel partagé": Subject(
        "Les parties prêtent déjà leur matériel au coup par coup ; elles veulent le gérer comme un "
        "parc commun, entretenu et réservé selon des règles connues de tous.",
        "La présente convention organise la mise en commun, l'entretien et le prêt du matériel "
        "décrit en annexe 1.",
        {
            "p1": [
                "Stocker le matériel commun dans son local et en tenir l'inventaire",
                "Tenir le calendrier des réservations et le communiquer chaque mois",
            ],
            "p2": [
                "Participer chaque année aux frais d'entretien du matériel",
                "Transporter le matériel qu'elle emprunte et signaler tout dégât au retour",
            ],
        },
    ),
    "Fête de quartier des Pentes": Subject(
        "Chaque année, la fête de quartier des Pentes réunit les habitants autour d'un marché, "
        "de concerts et d'animations pour les enfants ; les parties l'organisent ensemble.",
        "La présente convention répartit entre les parties l'organisation de la fête de quartier "
        "des Pentes : programme, installation, sécurité et rangement.",
        {
            "p1": [
                "Établir le programme de la fête et coordonner les bénévoles",
                "Monter et démonter la scène, les barnums et les stands",
            ],
            "p2": [
                "Fournir la sonorisation et un technicien pour les concerts",
                "Tenir la buvette et reverser son bénéfice au budget de la fête",
            ],
            "p3": [
                "Mettre la place et la salle des fêtes gracieusement à disposition",
                "Prendre l'arrêté de circulation et de stationnement pour la journée",
            ],
        },
    ),
    "Formation commune aux premiers secours": Subject(
        "Les bénévoles des parties encadrent des publics nombreux ; peu d'entre eux sont formés "
        "aux gestes de premiers secours.",
        "La présente convention organise une formation aux premiers secours (PSC1) ouverte aux "
        "bénévoles des parties.",
        {
            "p1": [
                "Accueillir les sessions de formation dans sa salle et fournir le matériel de projection",
                "Inscrire au moins six de ses bénévoles",
            ],
            "p2": [
                "Trouver un formateur agréé et fixer avec lui les dates des sessions",
                "Inscrire au moins six de ses bénévoles et partager le coût du formateur",
            ],
        },
    ),
    "Prêt réciproque de bénévoles": Subject(
        "Les parties ont des temps forts à des moments différents de l'année ; leurs bénévoles "
        "peuvent prêter main-forte à l'autre.",
        "La présente convention permet aux bénévoles de chaque partie d'aider ponctuellement "
        "l'autre lors de ses événements.",
        {
            "p1": [
                "Annoncer ses besoins en bénévoles au moins un mois avant chaque événement",
                "Accueillir et encadrer les bénévoles venus de l'autre partie",
            ],
            "p2": [
                "Relayer les besoins de l'autre partie auprès de ses bénévoles",
                "Accueillir et encadrer les bénévoles venus de l'autre partie",
            ],
        },
    ),
    "Vide-grenier solidaire": Subject(
        "Les parties organisaient chacune un petit vide-grenier ; un seul, plus grand, attire "
        "davantage de visiteurs et d'exposants.",
        "La présente convention organise un vide-grenier commun dont le bénéfice finance les "
        "actions solidaires des parties.",
        {
            "p1": [
                "Recevoir les inscriptions des exposants et placer les stands",
                "Déclarer la manifestation en mairie",
            ],
            "p2": [
                "Tenir la buvette et la petite restauration",
                "Prêter ses tables et ses grilles d'exposition",
            ],
        },
    ),
    "Accueil de jeunes en service civique": Subject(
        "L'association porteuse accueille des volontaires en service civique ; l'autre partie "
        "peut leur confier des missions utiles à ses adhérents.",
        "La présente convention organise l'accueil, par l'autre partie, de volontaires en service "
        "civique de l'association porteuse pour une partie de leurs missions.",
        {
            "p1": [
                "Désigner un tuteur pour chaque volontaire et rester responsable de son contrat",
                "Fixer avec l'autre partie les missions confiées et leur calendrier",
            ],
            "p2": [
                "Confier aux volontaires des missions d'intérêt général, jamais un emploi",
                "Faire le point chaque mois avec le tuteur",
            ],
        },
    ),
}


def capacity(kind: str, organisation: str, signatory: str) -> str:
    """The signatory's capacity as a treasurer would type it: "présidente", "président",
    "maire" for a town."""
    woman = signatory.split(" ")[0] in d.WOMEN_FIRST_NAMES
    if kind == OrganisationKind.LOCAL_AUTHORITY.value:
        if organisation.startswith("Mairie"):
            return "maire"
        if organisation.startswith(("Service", "Médiathèque")):  # a town's service: an adjoint signs
            return "adjointe au maire" if woman else "adjoint au maire"
    return "présidente" if woman else "président"


def _organisations(
    session: Session, ctx: DemoContext
) -> tuple[str | None, list[tuple[str, str]], str | None]:
    """(our organisation, the partners' (organisation, network id), a local authority)."""
    members = {(m.name, m.rna): m.id for m in session.scalars(select(NetworkAssociation))}
    partners, us, town = [], None, None
    town_is_mairie = False
    for org_id, kind in ctx.organisations:
        org = session.get(Organisation, org_id)
        if org is None:
            continue
        if (org.display_name, org.rna) in members:
            partners.append((org_id, members[(org.display_name, org.rna)]))
        elif kind == OrganisationKind.ASSOCIATION.value and us is None:
            us = org_id
        elif kind == OrganisationKind.LOCAL_AUTHORITY.value and (
            town is None or org.display_name.startswith("Mairie")
        ):
            town = town if town_is_mairie else org_id  # a town hall signs best: the first one found
            town_is_mairie = town_is_mairie or org.display_name.startswith("Mairie")
    return us, partners, town


def _party(session: Session, org_id: str, key: str, today: date, subject: Subject) -> Party:
    party = party_from_organisation(session, org_id, key, today)
    party.signatory_name = party.signatory_name or "Camille Durand"
    party.signatory_role = party.signatory_role or capacity(party.kind, party.name, party.signatory_name)
    party.insurer, party.policy_number = "MAIF", f"{4_000_000 + int(org_id[-6:], 16) % 999_999}"
    party.commitments = list(subject.commitments.get(key, []))
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
    subject = SUBJECTS[title]
    content = AgreementContent(
        title=title,
        parties=[_party(session, us, "p1", today, subject), _party(session, partner, "p2", today, subject)],
        context=subject.context,
        purpose=subject.purpose,
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
                Payment(
                    "Participation à l'entretien du matériel",
                    "p2",
                    "p1",
                    45_000,
                    "chaque 1er mars",
                    yearly=True,
                )
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
        three.parties.append(_party(session, town, "p3", today, SUBJECTS[three.title]))
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
