"""Shared helpers of the practices tests: a filled-in practice, and records "pulled" from
another association (a sync_records row naming it as owner, as a pull writes)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects.sqlite import insert

from app.models import NetworkAssociation, Practice, PracticeStatus, SyncedRecord, SyncState, utcnow
from app.models.outbox import APPLYING_REMOTE
from app.services.practices import records as pr
from app.services.practices.adoptions import FEEDBACK, recount_adoptions
from app.services.practices.index import refresh_practice_index

ME, OTHER = "00000000-0000-7000-8000-00000000000a", "00000000-0000-7000-8000-00000000000b"


def fields(**changes: Any) -> pr.PracticeFields:
    data = pr.PracticeFields(
        title="Accueillir les nouveaux bénévoles",
        summary="Un binôme pour chaque nouvel arrivant pendant ses premières missions.",
        context="Les nouveaux venus ne revenaient pas après leur première permanence.",
        method="## Étapes\n\n1. Choisir un **tuteur** volontaire\n2. Prévoir trois missions courtes",
        results="La plupart des nouveaux sont restés.",
        indicators=[pr.IndicatorFields("Bénévoles actifs", "", "personnes", "12", "28")],
        lessons="Le tuteur doit avoir choisi de l'être.",
        themes=["bénévolat"],
        tags="accueil, tutorat",
        contact_name="Claire Martin",
        contact_email="claire@exemple.org",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def published(session, **changes: Any) -> str:
    practice_id = pr.create_draft(session, fields(**changes))
    pr.publish(session, practice_id)
    return practice_id


def enrolled(session, me: str = ME, name: str = "Les Amis du Quartier") -> None:
    """This store as a synced one: our association's id, and another member of the network.
    An upsert: a window opened on the store may write the sync state row meanwhile."""
    session.execute(
        insert(SyncState)
        .values(id=1, cursor=0, association_id=me, association_name=name)
        .on_conflict_do_update(index_elements=["id"], set_={"association_id": me, "association_name": name})
    )
    session.merge(NetworkAssociation(id=OTHER, name="Comité des Fêtes", rna="W751234567"))
    session.flush()


def theirs(session, owner: str = OTHER, **changes: Any) -> str:
    """A published practice of another association, as a pull would have written it."""
    checked = pr.check_practice(fields(**changes), publishing=True)
    session.info[APPLYING_REMOTE] = True
    try:
        item = Practice(status=PracticeStatus.PUBLISHED.value, published_at=utcnow(), **checked.values)
        session.add(item)
        session.flush()
        session.add(
            SyncedRecord(
                record_id=item.id,
                entity_type="practice",
                version=1,
                owner_id=owner,
                visibility="network",
                parties=[],
            )
        )
        refresh_practice_index(session)
    finally:
        session.info[APPLYING_REMOTE] = False
    return item.id


def as_theirs(session, record_id: str, entity_type: str, owner: str = OTHER) -> None:
    """Mark a record made here as another association's (what a pull says of it, and as a pull
    does, the adoption counts follow)."""
    session.add(
        SyncedRecord(
            record_id=record_id,
            entity_type=entity_type,
            version=1,
            owner_id=owner,
            visibility="network",
            parties=[],
        )
    )
    session.flush()
    recount_adoptions(session, [record_id] if entity_type == FEEDBACK else [])
