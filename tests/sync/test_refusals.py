"""A refused change leaves nothing wrong behind: the hub's values come back, the rest of the edit
still reaches everyone, and the refusal shows both values. And the parties of a reservation or a
loan may always close it, whatever happened to the equipment since."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.cli.output import text_of
from app.models import Equipment, Reservation, utcnow
from app.services.equipment import loans, statuses
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from app.sync import conflicts
from tests.sync.support import bookkeeping

JUNE_1, JUNE_3 = date(2031, 6, 1), date(2031, 6, 3)


def _projector(lender) -> str:
    return lender.run(eq.create_equipment, EquipmentFields(name="Vidéoprojecteur", shared=True))


def _reservation(laptop, reservation_id: str) -> Reservation:
    return laptop.run(lambda s: s.get(Reservation, reservation_id))


def _status(laptop, reservation_id: str) -> str:
    [line] = [line for line in laptop.run(statuses.lines, JUNE_1) if line.reservation_id == reservation_id]
    return line.status


def test_a_refused_edit_puts_the_hubs_dates_back_and_the_other_field_goes_through(laptops):
    lender = laptops("Les Amis du Quartier")
    first, second = laptops("Comité des Fêtes"), laptops("Club de Foot")
    projector = _projector(lender)
    for laptop in (lender, first, second):
        laptop.sync()
    mine = first.run(lambda s: loans.reserve(s, projector, JUNE_1, JUNE_3))
    theirs = second.run(lambda s: loans.reserve(s, projector, date(2031, 6, 10), date(2031, 6, 12)))
    first.sync()
    second.sync()
    assert _status(first, mine) == "confirmed"

    def move(session) -> None:  # new dates taken by the other club, and a purpose
        reservation = session.get(Reservation, mine)
        reservation.start_date, reservation.end_date = date(2031, 6, 9), date(2031, 6, 11)
        reservation.purpose = "Ciné plein air"

    first.run(move)
    report = first.sync()
    assert report.conflicts == 1
    kept = _reservation(first, mine)
    assert (kept.start_date, kept.end_date, kept.hub_status) == (JUNE_1, JUNE_3, "confirmed")
    assert kept.purpose == "Ciné plein air"
    assert _status(first, mine) == "confirmed"
    assert bookkeeping(first)["outbox"] == 0  # the purpose went in the same run
    [refusal] = first.run(conflicts.list_conflicts)
    assert refusal.kind == "refused" and "Club de Foot" in text_of(refusal.reason)
    assert refusal.local_value == {"start_date": "2031-06-09", "end_date": "2031-06-11"}
    assert refusal.remote_value == {"start_date": "2031-06-01", "end_date": "2031-06-03"}
    first.run(conflicts.dismiss, refusal.id)
    lender.sync()
    seen = _reservation(lender, mine)
    assert (seen.start_date, seen.end_date, seen.purpose) == (JUNE_1, JUNE_3, "Ciné plein air")
    first.sync()
    assert (_reservation(first, mine).start_date, bookkeeping(first)["conflicts"]) == (JUNE_1, 0)
    assert _status(second, theirs) == "confirmed"


def _borrowed(laptops) -> tuple:
    lender, borrower, later = laptops("Les Amis"), laptops("Le Comité"), laptops("Le Club")
    projector = _projector(lender)
    for laptop in (lender, borrower, later):
        laptop.sync()
    reservation = borrower.run(lambda s: loans.reserve(s, projector, JUNE_1, JUNE_3))
    borrower.sync()
    lender.sync()
    return lender, borrower, later, projector, reservation


def _dates_are_free(later, projector) -> None:
    later.sync()
    wanted = later.run(lambda s: loans.reserve(s, projector, JUNE_1, JUNE_3))
    assert later.sync().conflicts == 0
    later.sync()
    assert _status(later, wanted) == "confirmed"


def test_a_borrower_cancels_after_the_owner_made_the_equipment_private(laptops):
    lender, borrower, later, projector, reservation = _borrowed(laptops)

    def private(session) -> None:
        session.get(Equipment, projector).shared = False

    lender.run(private)
    lender.sync()
    borrower.sync()  # the projector is no longer shared with the Comité
    borrower.run(loans.cancel, reservation)
    assert borrower.sync().conflicts == 0
    assert bookkeeping(borrower) | {"cursor": 0} == {"outbox": 0, "inbox": 0, "conflicts": 0, "cursor": 0}
    lender.sync()
    assert _status(lender, reservation) == "cancelled"
    # Shared again: the dates are free for another association.
    lender.run(lambda s: setattr(s.get(Equipment, projector), "shared", True))
    lender.sync()
    _dates_are_free(later, projector)


def test_a_borrower_cancels_and_the_lender_records_a_return_after_the_equipment_was_deleted(laptops):
    lender, borrower, later, projector, reservation = _borrowed(laptops)
    lender.run(loans.answer, reservation, True)
    lender.sync()
    lender.run(lambda s: setattr(s.get(Equipment, projector), "deleted_at", utcnow()))
    lender.sync()
    borrower.sync()
    borrower.run(loans.cancel, reservation)
    assert borrower.sync().conflicts == 0
    [loan_id] = lender.run(lambda s: [loans.loan_of(s, reservation).id])
    lender.run(lambda s: setattr(loans.loan_of(s, reservation), "decision", "declined"))
    assert lender.sync().conflicts == 0
    for laptop in (lender, borrower):
        assert bookkeeping(laptop)["outbox"] == bookkeeping(laptop)["conflicts"] == 0
    borrower.sync()
    assert borrower.run(lambda s: loans.loan_of(s, reservation).decision) == "declined"
    assert loan_id
    lender.run(lambda s: setattr(s.get(Equipment, projector), "deleted_at", None))
    lender.sync()
    _dates_are_free(later, projector)
    assert not later.run(lambda s: s.scalars(select(Reservation).where(Reservation.id == reservation)).all())
