"""The rules of reservations and loans (app/services/equipment/loans.py) and of availability
(app/services/equipment/availability.py), each on its own: what is refused and with which French
message, what frees the dates, what is overdue, what the reminders say."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import InvalidInput, Message, NotFound
from app.models import Loan, NetworkAssociation, Reservation, SyncConflict, SyncedRecord
from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.availability import month, unavailable_ids
from app.services.equipment.records import CatalogueFilter, EquipmentFields

PARTNER = "0190a000-0000-7000-8000-0000000000aa"  # Les Amis du Quartier
OTHER = "0190a000-0000-7000-8000-0000000000bb"  # Comité des fêtes


def day(number: int, month_number: int = 6) -> date:
    return date(2031, month_number, number)


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
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
    [line] = loans.lines(s, day(1))
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
    [line] = loans.lines(s, day(1))
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
    assert {line.status for line in loans.lines(s, day(1))} == {"declined", "provisional"}


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
    on_the_3rd = {line.equipment_name: line.status for line in loans.lines(s, day(3))}
    assert on_the_3rd == {
        "Vidéoprojecteur": "out",
        "Sono": "out",
        "Barnum": "out",
        "Chaises": "provisional",
        "Tables": "accepted",
    }
    on_the_5th = {line.equipment_name: line.status for line in loans.lines(s, day(5))}
    assert on_the_5th["Vidéoprojecteur"] == "overdue" and on_the_5th["Sono"] == "out"


def test_counts_for_the_sidebar(s):
    _story(s)
    assert loans.counts(loans.lines(s, day(5))) == {"lent": 2, "borrowed": 1, "overdue": 1, "requests": 1}
    assert loans.counts(loans.lines(s, day(10)))["overdue"] == 3


def test_reminders_say_what_is_late_and_what_is_due_soon(s):
    _story(s)

    def said(today):
        return [
            (line.status, line.equipment_name, line.other_name, line.end_date)
            for line in loans.reminders(s, today)
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
    assert loans.reminders(s, day(2), within_days=0) == []


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


def test_our_own_use_of_our_equipment_is_marked_and_still_confirmed_by_the_manager(s):
    loans.reserve(s, item(s), day(10), day(12), contact_name="Léa")
    partner_request(s, item(s, "Barnum"), day(10), day(12))
    [own, partner] = sorted(loans.lines(s, day(1)), key=lambda line: line.equipment_name != "Vidéoprojecteur")
    assert (own.own_use, partner.own_use) == (True, False)
    assert loans.counts([own, partner])["requests"] == 2
