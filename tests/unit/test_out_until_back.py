"""Equipment that went out is away until its return is recorded, overdue or not: the calendar,
the availability filter, the catalogue and every step (reserve, accept, check out, cancel)
follow that one rule (app/services/equipment/availability.py, loans.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import Message
from app.services.equipment import availability, loans, statuses
from app.services.equipment import records as eq
from app.services.equipment.records import CatalogueFilter
from tests.unit.loan_helpers import (
    PARTNER,
    day,
    item,
    loan_session,
    out,
    owned_by,
    partner_request,
    refused,
)


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    yield from loan_session(db)


OVERDUE = "En retard chez {0} depuis le {1}."


def _marquee_out_and_late(s):
    """The issue's story: a marquee out on the 24th, due back on the 25th, never returned."""
    marquee = item(s, "Barnum 3 × 3 m")
    reservation = partner_request(s, marquee, day(24, 5), day(25, 5), contact_name="Marc Petit")
    loan = out(s, reservation, day(24, 5))
    return marquee, reservation, loan


def test_the_days_after_the_last_one_are_held_until_today(s):
    marquee, _reservation, _loan = _marquee_out_and_late(s)
    today = day(3)
    assert availability.unavailable_ids(s, day(1), day(1), today) == {marquee}
    assert availability.unavailable_ids(s, today, today, today) == {marquee}
    # Tomorrow it may be back: nothing is promised, nothing is refused yet.
    tomorrow = today + timedelta(days=1)
    assert availability.unavailable_ids(s, tomorrow, day(30), today) == set()
    # Before it was overdue, it was held for its own dates only.
    assert availability.unavailable_ids(s, day(1), day(1), day(25, 5)) == set()


def test_the_availability_filter_leaves_out_what_is_not_back(s):
    marquee, _reservation, _loan = _marquee_out_and_late(s)
    chairs = item(s, "Chaises")
    wanted = CatalogueFilter(available_from=day(1), available_to=day(2))
    shown = [row.id for row in eq.catalogue(s, wanted, today=day(3))]
    assert shown == [chairs]
    assert marquee in [row.id for row in eq.catalogue(s, wanted, today=day(25, 5))]


def test_the_calendar_stretches_the_loan_to_today(s):
    marquee, _reservation, _loan = _marquee_out_and_late(s)
    names = {PARTNER: "Les Amis du Quartier"}
    may = {state.day: state for state in availability.month(s, marquee, 2031, 5, None, names, day(3))}
    june = {state.day: state for state in availability.month(s, marquee, 2031, 6, None, names, day(3))}
    assert [may[day(n, 5)].kind for n in (23, 24, 25, 26, 31)] == [
        "free",
        "provisional",
        "provisional",
        "overdue",
        "overdue",
    ]
    assert [june[day(n)].kind for n in (1, 3, 4)] == ["overdue", "overdue", "free"]
    assert june[day(3)].label == "Marc Petit"


def test_where_it_is_and_since_when(s):
    marquee, reservation, _loan = _marquee_out_and_late(s)
    where = availability.out_now(s)[marquee]
    assert (where.reservation_id, where.out_date, where.last) == (reservation, day(24, 5), day(25, 5))
    assert where.reason(day(3)) == Message(OVERDUE, ("Les Amis du Quartier", day(26, 5)))
    assert where.reason(day(25, 5)) == Message(
        "En prêt chez {0} jusqu'au {1}.", ("Les Amis du Quartier", day(25, 5))
    )


def test_reserving_while_it_is_not_back_is_refused_with_where_it_is(s):
    marquee, _reservation, _loan = _marquee_out_and_late(s)
    errors = refused(loans.reserve, s, marquee, day(2), day(4), today=day(3))
    assert errors["start_date"] == Message(OVERDUE, ("Les Amis du Quartier", day(26, 5)))
    # The buffer counts too: a pick-up the day after today needs the day before free.
    assert "start_date" in refused(loans.reserve, s, marquee, day(4), day(5), buffer_days=1, today=day(3))
    assert loans.reserve(s, marquee, day(4), day(5), today=day(3))


def test_accepting_dates_it_will_not_be_back_for_is_refused(s):
    marquee, _reservation, _loan = _marquee_out_and_late(s)
    # Asked for on the 25th, when the marquee was due back that day: fine then.
    later = loans.reserve(s, marquee, day(2), day(6), today=day(25, 5))
    owned_by(s, later, "reservation", "0190a000-0000-7000-8000-0000000000bb")
    errors = refused(loans.answer, s, later, True, today=day(3))
    assert errors["decision"] == Message(OVERDUE, ("Les Amis du Quartier", day(26, 5)))
    assert loans.answer(s, later, False, "Toujours pas rendu", today=day(3))  # declining is fine


def test_checking_out_again_is_refused_until_the_return_is_recorded(s):
    marquee, _reservation, loan = _marquee_out_and_late(s)
    later = partner_request(s, marquee, day(20), day(21), today=day(25, 5))
    accepted = loans.answer(s, later, True, today=day(25, 5))
    leaving = loans.CheckOut(out_date=day(20), condition="bon")
    errors = refused(loans.check_out, s, accepted, leaving, today=day(20))
    assert errors["decision"] == Message(OVERDUE, ("Les Amis du Quartier", day(26, 5)))
    # Not yet late on the 25th, and still not in the shed: refused too, with its return day.
    errors = refused(loans.check_out, s, accepted, leaving, today=day(25, 5))
    assert errors["decision"] == Message(
        "En prêt chez {0} jusqu'au {1}.", ("Les Amis du Quartier", day(25, 5))
    )
    loans.give_back(s, loan, loans.Return(return_date=day(19), condition="bon"))
    loans.check_out(s, accepted, leaving, today=day(20))
    assert availability.out_now(s)[marquee].reservation_id == later


def test_a_reservation_whose_equipment_left_cannot_be_cancelled(s):
    marquee = item(s, "Barnum")
    mine = loans.reserve(s, marquee, day(1), day(2), contact_name="Léa")
    loans.check_out_reservation(s, mine, loans.CheckOut(out_date=day(1), condition="bon"))
    assert "status" in refused(loans.cancel, s, mine)
    assert marquee in availability.out_now(s)


def test_our_own_use_goes_out_without_an_answer(s):
    marquee = item(s, "Barnum")
    mine = loans.reserve(s, marquee, day(1), day(2), contact_name="Léa")
    loan_id = loans.check_out_reservation(s, mine, loans.CheckOut(out_date=day(1), condition="bon"))
    [line] = statuses.lines(s, day(5))
    assert (line.loan_id, line.status, line.own_use, line.other_name) == (loan_id, "overdue", True, "Léa")
    assert statuses.counts([line]) == {"lent": 0, "borrowed": 0, "own_use": 1, "overdue": 1, "requests": 0}
    assert availability.out_now(s)[marquee].reason(day(5)) == Message(OVERDUE, ("Léa", day(3)))
    # A partner's request still needs its answer first.
    theirs = partner_request(s, item(s, "Sono"), day(1), day(2))
    leaving = loans.CheckOut(out_date=day(1), condition="bon")
    assert refused(loans.check_out_reservation, s, theirs, leaving) == {
        "decision": "Acceptez d'abord la réservation."
    }


def test_without_the_history_old_declined_requests_are_hidden(s):
    projector = item(s)
    old = partner_request(s, projector, day(1), day(2))
    loans.answer(s, old, False)
    coming = partner_request(s, projector, day(20), day(21))
    loans.answer(s, coming, False)
    current = {line.reservation_id: statuses.is_current(line, day(10)) for line in statuses.lines(s, day(10))}
    assert current == {old: False, coming: True}
