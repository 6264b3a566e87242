"""What the needs tests share: a store that believes it is enrolled in a network of three
associations, and records made as if another association had written them (the row a pull
writes in sync_records, naming it as the owner)."""

from __future__ import annotations

from datetime import date

from app.models import NetworkAssociation, SyncedRecord, SyncState
from app.services.needs import records as r

TODAY = date(2027, 1, 10)
US = "01900000-0000-7000-8000-000000000001"
VELO = "01900000-0000-7000-8000-000000000002"
COMITE = "01900000-0000-7000-8000-000000000003"
NAMES = {US: "Les Amis du Quartier", VELO: "Vélo Solidaire", COMITE: "Comité des Fêtes"}


def enrol(session) -> None:
    session.merge(SyncState(id=1, association_id=US, cursor=0))
    for association_id, name in NAMES.items():
        session.add(NetworkAssociation(id=association_id, name=name))
    session.flush()


def owned_by(session, record_id: str, entity_type: str, owner: str, version: int = 1) -> str:
    session.add(SyncedRecord(record_id=record_id, entity_type=entity_type, version=version, owner_id=owner))
    session.flush()
    return record_id


def fields(**values) -> r.NeedFields:
    """A valid need unless told otherwise: a barnum in Lyon 7e on 14 March 2027."""
    defaults = {
        "direction": "need",
        "kind": "equipment",
        "title": "Un barnum pour la fête de quartier",
        "description": "",
        "timing": "one_off",
        "start_date": date(2027, 3, 14),
        "place": "Lyon 7e",
        "contact_name": "Claire Martin",
    }
    return r.NeedFields(**{**defaults, **values})


def posted(session, owner: str | None = None, **values) -> str:
    """A need or offer written by `owner` (None: by us)."""
    made = r.create_need(session, fields(**values), TODAY)
    if owner is not None:
        owned_by(session, made, "need", owner)
    return made
