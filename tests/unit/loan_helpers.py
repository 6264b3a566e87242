"""Shared pieces of the loans tests: a session with two partner associations, items owned by
us or by them, requests "pulled" from a partner, and a refusal's messages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import InvalidInput
from app.models import NetworkAssociation, SyncedRecord
from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields

PARTNER = "0190a000-0000-7000-8000-0000000000aa"  # Les Amis du Quartier
OTHER = "0190a000-0000-7000-8000-0000000000bb"  # Comité des fêtes


def day(number: int, month_number: int = 6) -> date:
    return date(2031, month_number, number)


def loan_session(db: Database) -> Iterator[Session]:
    """The tests' `s` fixture: one transaction with two partner associations known."""
    with db.session_factory.begin() as session:
        session.add_all(
            [
                NetworkAssociation(id=PARTNER, name="Les Amis du Quartier"),
                NetworkAssociation(id=OTHER, name="Comité des fêtes"),
            ]
        )
        session.flush()
        yield session


def owned_by(session: Session, record_id: str, entity: str, owner: str) -> None:
    """Another association's record, as a pull from the hub leaves it."""
    session.add(
        SyncedRecord(
            record_id=record_id,
            entity_type=entity,
            version=1,
            owner_id=owner,
            visibility="network",
            parties=[],
        )
    )
    session.flush()


def item(session: Session, name: str = "Vidéoprojecteur", owner: str | None = None, **fields) -> str:
    item_id = eq.create_equipment(session, EquipmentFields(name=name, **fields))
    if owner:
        owned_by(session, item_id, "equipment", owner)
    return item_id


def refused(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(InvalidInput) as caught:
        call(*args, **kwargs)
    return caught.value.errors


def partner_request(session: Session, item_id: str, first: date, last: date, **options) -> str:
    """A partner's reservation of our equipment."""
    reservation = loans.reserve(session, item_id, first, last, **options)
    owned_by(session, reservation, "reservation", PARTNER)
    return reservation


def out(session: Session, reservation: str, when: date, **options) -> str:
    loan = loans.answer(session, reservation, True)
    loans.check_out(session, loan, loans.CheckOut(out_date=when, condition="bon", **options))
    return loan
