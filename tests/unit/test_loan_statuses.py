"""What is where once reservations and loans are made: a loan's status from its dates and today,
the sidebar's counts, the reminders, availability and the month view
(app/services/equipment/statuses.py and availability.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Loan, SyncConflict
from app.services.equipment import loans, statuses
from app.services.equipment import records as eq
from app.services.equipment.availability import month, unavailable_ids
from app.services.equipment.records import CatalogueFilter
from tests.unit.loan_helpers import (
    OTHER,
    PARTNER,
    day,
    item,
    loan_session,
    out,
    owned_by,
    partner_request,
)


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    yield from loan_session(db)


# --- what is where: statuses, counts, reminders ------------------------------------------------


def _story(s: Session) -> None:
    """Lent out and overdue, lent out and due tomorrow, borrowed and out, a request to answer."""
    projector, sono = item(s, "Vidéoprojecteur"), item(s, "Sono")
    out(s, partner_request(s, projector, day(1), day(3)), day(1))
    reservation = loans.reserve(s, sono, day(4), day(6))
    owned_by(s, reservation, "reservation", OTHER)
    out(s, reservation, day(4))
    barnum = item(s, "Barnum", owner=PARTNER)
    borrowed = loans.reserve(s, barnum, day(2), day(9))
    loan = Loan(reservation_id=borrowed, equipment_id=barnum, decision="accepted", out_date=day(2))
    s.add(loan)
    s.flush()
    owned_by(s, loan.id, "loan", PARTNER)
    partner_request(s, item(s, "Chaises"), day(20), day(21))
    loans.answer(s, partner_request(s, item(s, "Tables"), day(22), day(23)), True)


def test_statuses_from_the_loan_and_today(s):
    _story(s)
    on_the_3rd = {line.equipment_name: line.status for line in statuses.lines(s, day(3))}
    assert on_the_3rd == {
        "Vidéoprojecteur": "out",
        "Sono": "out",
        "Barnum": "out",
        "Chaises": "provisional",
        "Tables": "accepted",
    }
    on_the_5th = {line.equipment_name: line.status for line in statuses.lines(s, day(5))}
    assert on_the_5th["Vidéoprojecteur"] == "overdue" and on_the_5th["Sono"] == "out"


def test_counts_for_the_sidebar(s):
    _story(s)
    assert statuses.counts(statuses.lines(s, day(5))) == {
        "lent": 2,
        "borrowed": 1,
        "own_use": 0,
        "overdue": 1,
        "requests": 1,
    }
    assert statuses.counts(statuses.lines(s, day(10)))["overdue"] == 3


def test_reminders_say_what_is_late_and_what_is_due_soon(s):
    _story(s)

    def said(today):
        return [
            (line.status, line.equipment_name, line.other_name, line.end_date)
            for line in statuses.reminders(s, today)
        ]

    assert said(day(5)) == [
        ("overdue", "Vidéoprojecteur", "Les Amis du Quartier", day(3)),
        ("out", "Sono", "Comité des fêtes", day(6)),
    ]
    assert said(day(7)) == [
        ("overdue", "Vidéoprojecteur", "Les Amis du Quartier", day(3)),
        ("out", "Barnum", "Les Amis du Quartier", day(9)),
        ("overdue", "Sono", "Comité des fêtes", day(6)),
    ]
    assert statuses.reminders(s, day(2), within_days=0) == []


# --- availability ---------------------------------------------------------------------------


def test_unavailable_ids_follow_reservations_and_their_buffers(s):
    projector, sono = item(s, "Vidéoprojecteur"), item(s, "Sono")
    loans.reserve(s, projector, day(10), day(12), buffer_days=2)
    assert unavailable_ids(s, day(8), day(8)) == {projector}
    assert unavailable_ids(s, day(14), day(20)) == {projector}
    assert unavailable_ids(s, day(1), day(7)) == set()
    assert unavailable_ids(s, day(15), day(30)) == set()
    assert sono not in unavailable_ids(s, day(1), day(30))


def test_unavailable_ids_ignore_freed_reservations(s):
    projector = item(s)
    declined = partner_request(s, projector, day(1), day(2))
    loans.answer(s, declined, False)
    loans.cancel(s, loans.reserve(s, projector, day(5), day(6)))
    returned = out(s, partner_request(s, projector, day(8), day(9)), day(8))
    loans.give_back(s, returned, loans.Return(return_date=day(9), condition="bon"))
    refused_by_hub = loans.reserve(s, projector, day(20), day(21))
    s.add(
        SyncConflict(
            entity_type="reservation",
            record_id=refused_by_hub,
            kind="refused",
            reason="Ce matériel est déjà réservé.",
        )
    )
    s.flush()
    assert unavailable_ids(s, day(1), day(30)) == set()
    loans.reserve(s, projector, day(25), day(25))
    assert unavailable_ids(s, day(1), day(30)) == {projector}


def test_maintenance_and_out_of_service_make_equipment_unavailable(s):
    in_maintenance = item(s, "Crêpière", maintenance_from=day(10), maintenance_to=day(12))
    broken = item(s, "Tireuse", out_of_service=True)
    fine = item(s, "Percolateur")
    assert unavailable_ids(s, day(12), day(20)) == {in_maintenance, broken}
    assert unavailable_ids(s, day(1), day(9)) == {broken}
    assert unavailable_ids(s, day(13), day(13)) == {broken}
    available = eq.catalogue(s, CatalogueFilter(available_from=day(11), available_to=day(11)))
    assert [row.id for row in available] == [fine]


def test_the_month_shows_each_day_with_what_holds_it(s):
    projector = item(s, maintenance_from=day(25), maintenance_to=day(26))
    loans.reserve(s, projector, day(12), day(13), buffer_days=1, contact_name="Marc Petit")
    days = {state.day.day: state for state in month(s, projector, 2031, 6, None, {})}
    assert len(days) == 30
    assert {n: days[n].kind for n in (10, 11, 12, 13, 14, 15, 25, 26, 27)} == {
        10: "free",
        11: "buffer",
        12: "own",
        13: "own",
        14: "buffer",
        15: "free",
        25: "maintenance",
        26: "maintenance",
        27: "free",
    }
    assert days[12].label == "Marc Petit"
    broken = item(s, "Tireuse", out_of_service=True)
    assert {state.kind for state in month(s, broken, 2031, 6, None, {})} == {"maintenance"}
