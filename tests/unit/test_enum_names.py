"""Enum member names are English (the code's language); the values stored and synced keep the
words the hub, other devices and older stores already hold: no migration."""

from __future__ import annotations

import enum
import inspect

from app import models
from app.models import (
    Condition,
    DepositMethod,
    OrganisationKind,
    Reservation,
    ReservationStatus,
    RoleKind,
)

# Words of the first release's French member names: none may come back.
FRENCH_WORDS = {
    "ABIME", "AUCUN", "AUTRE", "BENEVOLE", "BON", "COLLECTIVITE", "ENTREPRISE", "ESPECES", "FONDATION",
    "MATERIEL", "NEUF", "REFERENT", "SECRETAIRE", "TRES", "TRESORIER", "USE", "VIREMENT",
}  # fmt: skip


def _enums() -> list[type[enum.Enum]]:
    return [kind for _, kind in inspect.getmembers(models, inspect.isclass) if issubclass(kind, enum.Enum)]


def test_no_enum_member_has_a_french_name():
    french = [
        f"{kind.__name__}.{member.name}"
        for kind in _enums()
        for member in kind
        if set(member.name.split("_")) & FRENCH_WORDS
    ]
    assert not french, french
    assert len(_enums()) >= 15


def test_the_stored_values_did_not_change():
    assert {m.name: m.value for m in Condition} == {
        "NEW": "neuf", "VERY_GOOD": "tres_bon", "GOOD": "bon", "WORN": "use", "DAMAGED": "abime",
    }  # fmt: skip
    assert {m.name: m.value for m in DepositMethod} == {
        "NONE": "aucun", "CHEQUE": "cheque", "CASH": "especes", "TRANSFER": "virement",
    }  # fmt: skip
    assert {m.name: m.value for m in OrganisationKind} == {
        "ASSOCIATION": "association", "LOCAL_AUTHORITY": "collectivite", "COMPANY": "entreprise",
        "FOUNDATION": "fondation", "OTHER": "autre",
    }  # fmt: skip
    assert {m.name: m.value for m in RoleKind} == {
        "PRESIDENT": "president", "TREASURER": "tresorier", "SECRETARY": "secretaire",
        "EQUIPMENT_OFFICER": "referent_materiel", "VOLUNTEER": "benevole", "OTHER": "autre",
    }  # fmt: skip


def test_a_reservations_status_is_a_reservation_status_stored_as_its_word(db):
    from datetime import date

    from app.ids import new_id

    assert [s.value for s in ReservationStatus] == ["requested", "cancelled"]
    with db.session_factory.begin() as session:
        made = Reservation(
            id=new_id(), equipment_id=new_id(), start_date=date(2026, 12, 6), end_date=date(2026, 12, 7)
        )
        session.add(made)
    with db.session_factory() as session:
        stored = session.get(Reservation, made.id)
        assert stored is not None and stored.status == ReservationStatus.REQUESTED == "requested"
        stored.status = ReservationStatus.CANCELLED
        session.commit()
    with db.engine.connect() as connection:
        raw = connection.exec_driver_sql("SELECT status FROM reservations WHERE id = ?", (made.id,)).scalar()
    assert raw == "cancelled"  # the column is still the word the hub and older stores know
