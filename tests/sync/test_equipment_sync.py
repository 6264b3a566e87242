"""A lender and borrowers on their own laptops, through the real hub: from a reservation to the
return, every step seen on both sides after a sync; and a double booking made offline ends with
one confirmed reservation and one refused, which its author sees with the dates and the holder."""

from __future__ import annotations

from datetime import date

from app.cli.output import text_of
from app.errors import Message
from app.services.equipment import loans, statuses
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from app.sync import conflicts
from app.sync.engine import status
from app.sync.wording import REFUSALS
from protocol import reasons

JUNE_1, JUNE_3 = date(2031, 6, 1), date(2031, 6, 3)


def _status(laptop, reservation_id: str) -> str:
    [line] = [
        line for line in laptop.run(statuses.lines, date(2031, 6, 2)) if line.reservation_id == reservation_id
    ]
    return line.status


def _projector(lender) -> str:
    return lender.run(
        eq.create_equipment,
        EquipmentFields(
            name="Vidéoprojecteur",
            category="Audiovisuel",
            purchase_value="650",
            deposit="150",
            accessories="Câble HDMI\nTélécommande\nSacoche",
            shared=True,
        ),
    )


def test_from_reservation_to_return_each_step_is_seen_on_both_sides(laptops):
    lender, borrower = laptops("Les Amis du Quartier"), laptops("Comité des Fêtes")
    secret = lender.run(eq.create_equipment, EquipmentFields(name="Coffre-fort", shared=False))
    projector = _projector(lender)
    lender.sync()
    borrower.sync()
    [row] = borrower.run(eq.catalogue)  # the private item never leaves its owner
    assert (row.id, row.name, row.owner_name, row.ours) == (
        projector,
        "Vidéoprojecteur",
        "Les Amis du Quartier",
        False,
    )
    assert secret not in {r.id for r in borrower.run(eq.catalogue)}

    reservation = borrower.run(
        lambda s: loans.reserve(
            s, projector, JUNE_1, JUNE_3, buffer_days=1, contact_name="Marc Petit", purpose="Ciné plein air"
        )
    )
    assert _status(borrower, reservation) == "provisional"
    borrower.sync()
    borrower.sync()  # the hub's confirmation comes back with the next pull
    assert _status(borrower, reservation) == "confirmed"

    lender.sync()
    assert _status(lender, reservation) == "confirmed"  # a request for the lender to answer
    assert lender.run(lambda s: statuses.counts(statuses.lines(s, date(2031, 6, 2))))["requests"] == 1
    loan = lender.run(loans.answer, reservation, True, "Avec plaisir")
    lender.sync()
    borrower.sync()
    assert _status(borrower, reservation) == "accepted"

    lender.run(
        loans.check_out,
        loan,
        loans.CheckOut(
            out_date=JUNE_1,
            condition="bon",
            accessories=["Câble HDMI", "Télécommande"],
            deposit_cents=15000,
            deposit_method="cheque",
            cheque_number="1234567",
            handed_by="Léa",
            received_by="Marc Petit",
        ),
    )
    lender.sync()
    borrower.sync()
    assert _status(borrower, reservation) == "out"
    assert borrower.run(lambda s: statuses.counts(statuses.lines(s, date(2031, 6, 2))))["borrowed"] == 1
    assert lender.run(lambda s: statuses.counts(statuses.lines(s, date(2031, 6, 2))))["lent"] == 1
    assert borrower.run(statuses.reminders, date(2031, 6, 10))[0].status == "overdue"

    lender.run(
        loans.give_back,
        loan,
        loans.Return(
            return_date=JUNE_3,
            condition="bon",
            missing=["Télécommande"],
            deposit_outcome="partly_kept",
            kept_cents=3000,
            kept_reason="Télécommande perdue",
        ),
    )
    lender.sync()
    borrower.sync()
    assert _status(borrower, reservation) == "returned"
    returned = borrower.run(lambda s: loans.loan_of(s, reservation))
    assert (returned.deposit_kept_cents, returned.missing_accessories) == (3000, ["Télécommande"])
    for laptop in (lender, borrower):
        assert laptop.run(status)["pending"] == 0 and laptop.run(status)["conflicts"] == 0


def test_a_double_booking_made_offline_ends_with_one_confirmed_and_one_refused(laptops):
    lender = laptops("Les Amis du Quartier")
    first, second = laptops("Comité des Fêtes"), laptops("Club de Foot")
    projector = _projector(lender)
    lender.sync()
    first.sync()
    second.sync()
    # Both offline, the same dates.
    mine = first.run(lambda s: loans.reserve(s, projector, JUNE_1, JUNE_3, contact_name="Marc"))
    theirs = second.run(lambda s: loans.reserve(s, projector, date(2031, 6, 2), date(2031, 6, 5)))
    first.sync()
    report = second.sync()
    assert report.conflicts == 1
    assert _status(second, theirs) == "refused"
    [refusal] = second.run(conflicts.list_conflicts)
    assert refusal.reason == Message(
        REFUSALS[reasons.ALREADY_RESERVED][0], (JUNE_1, JUNE_3, "Comité des Fêtes")
    )
    said = text_of(refusal.reason)
    assert "01/06/2031" in said and "03/06/2031" in said and "Comité des Fêtes" in said
    first.sync()
    assert _status(first, mine) == "confirmed"
    lender.sync()
    assert [line.reservation_id for line in lender.run(statuses.lines, JUNE_1)] == [mine]


def test_a_declined_request_frees_the_dates_for_another_association(laptops):
    lender = laptops("Les Amis du Quartier")
    first, second = laptops("Comité des Fêtes"), laptops("Club de Foot")
    projector = _projector(lender)
    for laptop in (lender, first, second):
        laptop.sync()
    declined = first.run(lambda s: loans.reserve(s, projector, JUNE_1, JUNE_3))
    first.sync()
    lender.sync()
    lender.run(loans.answer, declined, False, "Déjà prêté ce week-end-là")
    lender.sync()
    first.sync()
    assert _status(first, declined) == "declined"
    second.sync()
    later = second.run(lambda s: loans.reserve(s, projector, JUNE_1, JUNE_3))
    assert second.sync().conflicts == 0
    second.sync()
    assert _status(second, later) == "confirmed"
