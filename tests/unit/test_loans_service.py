"""The rules of reservations and loans (app/services/equipment/loans.py) and of availability
(app/services/equipment/availability.py), each on its own: what is refused and with which French
message, what frees the dates (statuses and availability: test_loan_statuses.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import Message, NotFound
from app.models import Loan, Reservation
from app.services.equipment import loans, statuses
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


# --- reserving --------------------------------------------------------------------------------


def test_a_reservation_needs_both_dates_in_order(s):
    projector = item(s)
    assert "start_date" in refused(loans.reserve, s, projector, None, day(3))
    errors = refused(loans.reserve, s, projector, day(5), day(3))
    assert errors == {"end_date": "La date de fin précède la date de début."}
    assert loans.reserve(s, projector, day(5), day(5))  # a single day is fine


@pytest.mark.parametrize("buffer", [-1, 61])
def test_the_buffer_goes_from_0_to_60_days(s, buffer):
    assert refused(loans.reserve, s, item(s), day(1), day(2), buffer_days=buffer) == {
        "buffer_days": "La marge va de 0 à 60 jours."
    }


@pytest.mark.parametrize("buffer", [0, 60])
def test_the_buffer_limits_are_accepted(s, buffer):
    assert loans.reserve(s, item(s), day(1), day(2), buffer_days=buffer)


def test_out_of_service_equipment_cannot_be_reserved(s):
    broken = item(s, out_of_service=True)
    assert refused(loans.reserve, s, broken, day(1), day(2)) == {
        "equipment_id": "Ce matériel est hors service."
    }


def test_equipment_in_maintenance_cannot_be_reserved_for_those_dates(s):
    projector = item(s, maintenance_from=day(10), maintenance_to=day(12))
    errors = refused(loans.reserve, s, projector, day(12), day(14))
    assert errors == {"start_date": Message("En maintenance du {0} au {1}.", (day(10), day(12)))}
    assert "start_date" in refused(loans.reserve, s, projector, day(13), day(14), buffer_days=1)
    assert loans.reserve(s, projector, day(13), day(14))
    assert loans.reserve(s, projector, day(7), day(9))


def test_unknown_equipment_and_bad_phone(s):
    with pytest.raises(NotFound):
        loans.reserve(s, "0190a000-0000-7000-8000-000000000404", day(1), day(2))
    projector = item(s)
    assert "contact_phone" in refused(loans.reserve, s, projector, day(1), day(2), contact_phone="12")
    reservation = loans.reserve(
        s, projector, day(1), day(2), contact_phone="06 12 34 56 78", contact_name="  Marc Petit "
    )
    [line] = statuses.lines(s, day(1))
    assert line.reservation_id == reservation and line.other_name == "Marc Petit"


def test_an_overlap_with_a_known_reservation_is_refused_with_its_dates(s):
    projector = item(s)
    loans.reserve(s, projector, day(10), day(12))
    for first, last in ((day(12), day(14)), (day(8), day(10)), (day(9), day(13)), (day(11), day(11))):
        assert refused(loans.reserve, s, projector, first, last) == {
            "start_date": Message("Déjà réservé du {0} au {1}.", (day(10), day(12)))
        }


def test_adjacent_reservations_are_allowed(s):
    projector = item(s)
    loans.reserve(s, projector, day(10), day(12))
    assert loans.reserve(s, projector, day(13), day(14))
    assert loans.reserve(s, projector, day(8), day(9))
    assert loans.reserve(s, item(s, "Sono"), day(10), day(12))  # another item: no conflict


def test_buffers_widen_the_overlap_on_both_sides(s):
    projector = item(s)
    loans.reserve(s, projector, day(10), day(12), buffer_days=2)  # holds 8 to 14
    assert "start_date" in refused(loans.reserve, s, projector, day(14), day(15))
    assert "start_date" in refused(loans.reserve, s, projector, day(6), day(7), buffer_days=1)
    assert loans.reserve(s, projector, day(15), day(16))
    assert loans.reserve(s, projector, day(5), day(6), buffer_days=1)  # 4..7 against 8..14


def test_a_cancelled_reservation_frees_its_dates(s):
    projector = item(s)
    reservation = loans.reserve(s, projector, day(10), day(12))
    loans.cancel(s, reservation)
    assert loans.reserve(s, projector, day(10), day(12))


def test_reserving_another_associations_equipment_names_the_lender(s):
    theirs = item(s, "Barnum", owner=PARTNER)
    reservation = loans.reserve(s, theirs, day(1), day(2))
    [line] = statuses.lines(s, day(1))
    assert (line.reservation_id, line.lent, line.other_name) == (reservation, False, "Les Amis du Quartier")
    assert s.get(loans.Reservation, reservation).lender_id == PARTNER


# --- answering ----------------------------------------------------------------------------------


def test_a_declined_request_frees_the_dates_for_a_new_reservation(s):
    projector = item(s)
    reservation = partner_request(s, projector, day(10), day(12))
    loan_id = loans.answer(s, reservation, False, "  Déjà prévu  ")
    loan = s.get(Loan, loan_id)
    assert (loan.decision, loan.decision_note, loan.borrower_id) == ("declined", "Déjà prévu", PARTNER)
    assert loans.reserve(s, projector, day(10), day(12))
    # Our own reservation of our own equipment: nobody has to accept it.
    assert {line.status for line in statuses.lines(s, day(1))} == {"declined", "reserved"}


def test_an_accepted_request_keeps_the_dates_and_a_returned_loan_frees_them(s):
    projector = item(s)
    reservation = partner_request(s, projector, day(10), day(12))
    loan = out(s, reservation, day(10))
    assert "start_date" in refused(loans.reserve, s, projector, day(11), day(11))
    loans.give_back(s, loan, loans.Return(return_date=day(11), condition="bon"))
    assert loans.reserve(s, projector, day(11), day(11))


def test_only_the_owner_answers_and_not_once_the_equipment_is_out(s):
    theirs = item(s, "Barnum", owner=PARTNER)
    mine = loans.reserve(s, theirs, day(1), day(2))
    assert "decision" in refused(loans.answer, s, mine, True)
    reservation = partner_request(s, item(s), day(10), day(12))
    loan = out(s, reservation, day(10))
    assert refused(loans.answer, s, reservation, False) == {"decision": "Le matériel est déjà sorti."}
    assert loans.answer(s, partner_request(s, item(s, "Sono"), day(1), day(2)), True) != loan


# --- check-out ----------------------------------------------------------------------------------


def test_a_cheque_deposit_needs_its_number(s):
    loan = loans.answer(s, partner_request(s, item(s), day(10), day(12)), True)
    for number in ("", "   "):
        errors = refused(
            loans.check_out,
            s,
            loan,
            loans.CheckOut(
                out_date=day(10),
                condition="bon",
                deposit_cents=15000,
                deposit_method="cheque",
                cheque_number=number,
            ),
        )
        assert errors == {"cheque_number": "Indiquez le numéro du chèque de caution."}
    loans.check_out(
        s,
        loan,
        loans.CheckOut(
            out_date=day(10),
            condition="bon",
            accessories=["Câble HDMI"],
            deposit_cents=15000,
            deposit_method="cheque",
            cheque_number=" 1234567 ",
            handed_by="Paul",
            received_by="Marc",
        ),
    )
    saved = s.get(Loan, loan)
    assert (saved.cheque_number, saved.deposit_cents, saved.out_accessories) == (
        "1234567",
        15000,
        ["Câble HDMI"],
    )


def test_check_out_refuses_bad_values_and_unanswered_or_declined_loans(s):
    loan = loans.answer(s, partner_request(s, item(s), day(10), day(12)), True)
    bad = loans.CheckOut(out_date=day(10), condition="cassé", deposit_cents=-1, deposit_method="bitcoin")
    assert set(refused(loans.check_out, s, loan, bad)) == {"condition", "deposit_cents", "deposit_method"}
    declined = loans.answer(s, partner_request(s, item(s, "Sono"), day(10), day(12)), False)
    assert refused(loans.check_out, s, declined, loans.CheckOut(out_date=day(10), condition="bon")) == {
        "decision": "Acceptez d'abord la réservation."
    }


def test_only_the_owner_checks_out(s):
    theirs = item(s, "Barnum", owner=PARTNER)
    reservation = loans.reserve(s, theirs, day(1), day(2))
    loan = Loan(reservation_id=reservation, equipment_id=theirs, decision="accepted")
    s.add(loan)
    s.flush()
    owned_by(s, loan.id, "loan", PARTNER)
    check_out = loans.CheckOut(out_date=day(1), condition="bon")
    assert "decision" in refused(loans.check_out, s, loan.id, check_out)


# --- return and deposit ---------------------------------------------------------------------


def _lent_with_deposit(s: Session, deposit: int = 15000) -> str:
    reservation = partner_request(s, item(s), day(10), day(12))
    return out(s, reservation, day(10), deposit_cents=deposit, deposit_method="especes")


def test_a_return_needs_a_check_out_before_it(s):
    never_out = loans.answer(s, partner_request(s, item(s), day(10), day(12)), True)
    assert refused(loans.give_back, s, never_out, loans.Return(return_date=day(12), condition="bon")) == {
        "return_date": "Ce matériel n'est jamais sorti."
    }
    loan = _lent_with_deposit(s)
    assert refused(loans.give_back, s, loan, loans.Return(return_date=day(9), condition="bon")) == {
        "return_date": "Le retour précède la sortie."
    }
    assert "condition" in refused(loans.give_back, s, loan, loans.Return(return_date=day(12), condition="?"))


def test_deposit_returned_in_full(s):
    loan = _lent_with_deposit(s)
    loans.give_back(s, loan, loans.Return(return_date=day(12), condition="bon", kept_cents=999))
    saved = s.get(Loan, loan)
    assert (saved.deposit_outcome, saved.deposit_kept_cents, saved.deposit_kept_reason) == (
        "returned",
        0,
        None,
    )


@pytest.mark.parametrize("kept", [None, 0, 15000, 20000])
def test_a_partly_kept_deposit_is_strictly_between_zero_and_the_deposit(s, kept):
    loan = _lent_with_deposit(s)
    errors = refused(
        loans.give_back,
        s,
        loan,
        loans.Return(
            return_date=day(12),
            condition="use",
            deposit_outcome="partly_kept",
            kept_cents=kept,
            kept_reason="Câble perdu",
        ),
    )
    assert errors == {"kept_cents": "Le montant retenu doit être supérieur à zéro et inférieur à la caution."}


def test_a_partly_kept_deposit_needs_a_reason(s):
    loan = _lent_with_deposit(s)
    partly = loans.Return(
        return_date=day(12),
        condition="use",
        deposit_outcome="partly_kept",
        kept_cents=2000,
        missing=["Câble HDMI"],
    )
    assert refused(loans.give_back, s, loan, partly) == {
        "kept_reason": "Expliquez pourquoi la caution est retenue."
    }
    partly.kept_reason = "Câble HDMI non rendu"
    loans.give_back(s, loan, partly)
    saved = s.get(Loan, loan)
    assert (saved.deposit_outcome, saved.deposit_kept_cents, saved.missing_accessories) == (
        "partly_kept",
        2000,
        ["Câble HDMI"],
    )


def test_a_kept_deposit_keeps_all_of_it_with_a_reason(s):
    loan = _lent_with_deposit(s)
    kept = loans.Return(
        return_date=day(13), condition="abime", deposit_outcome="kept", damage_notes="Écran fissuré"
    )
    assert "kept_reason" in refused(loans.give_back, s, loan, kept)
    kept.kept_reason = "Réparation plus chère que la caution"
    loans.give_back(s, loan, kept)
    saved = s.get(Loan, loan)
    assert (saved.deposit_outcome, saved.deposit_kept_cents, saved.damage_notes) == (
        "kept",
        15000,
        "Écran fissuré",
    )
    assert "deposit_outcome" in refused(
        loans.give_back, s, loan, loans.Return(return_date=day(13), condition="bon", deposit_outcome="perdu")
    )


# --- answers that would contradict what happened before ---------------------------------------


def test_a_cancelled_request_cannot_be_answered(s):
    reservation = partner_request(s, item(s), day(10), day(12))
    s.get(Reservation, reservation).status = "cancelled"
    assert refused(loans.answer, s, reservation, True) == {"decision": "Cette réservation a été annulée."}


def test_a_declined_request_cannot_be_accepted_afterwards(s):
    reservation = partner_request(s, item(s), day(10), day(12))
    loans.answer(s, reservation, False, "Pas ce week-end")
    assert "nouvelle" in refused(loans.answer, s, reservation, True)["decision"]
    loans.answer(s, reservation, False, "Toujours pas")  # declining again only changes the note


def test_a_returned_loan_cannot_go_out_again(s):
    reservation = partner_request(s, item(s), day(10), day(12))
    loan = out(s, reservation, day(10))
    loans.give_back(s, loan, loans.Return(return_date=day(12), condition="bon"))
    errors = refused(loans.check_out, s, loan, loans.CheckOut(out_date=day(13), condition="bon"))
    assert errors["decision"] == "Ce matériel est déjà rendu."


def test_our_own_use_of_our_equipment_is_nobodys_request(s):
    loans.reserve(s, item(s), day(10), day(12), contact_name="Léa")
    partner_request(s, item(s, "Barnum"), day(10), day(12))
    [own, partner] = sorted(
        statuses.lines(s, day(1)), key=lambda line: line.equipment_name != "Vidéoprojecteur"
    )
    assert (own.own_use, partner.own_use) == (True, False)
    assert (own.lent, partner.lent) == (False, True)  # we lend nothing to ourselves
    assert (own.status, own.other_name) == ("reserved", "Léa")
    assert statuses.counts([own, partner])["requests"] == 1
