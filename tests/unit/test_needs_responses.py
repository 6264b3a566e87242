"""Putting in touch on one store: proposing, withdrawing, the author's decision (an item of
equipment becomes a reservation through the loan flow), forged decisions, and "ça s'est bien
passé ?" after the agreed date. The same flow between two laptops: tests/sync/test_needs_sync.py."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.models import NeedDecision, NeedResponse, Practice, Reservation
from app.services.equipment import loans
from app.services.equipment.records import EquipmentFields, create_equipment
from app.services.needs import outcomes, response_lines, responses
from app.services.needs import records as r
from tests.unit.needs_helpers import COMITE, TODAY, US, VELO, enrol, owned_by, posted

PROPOSAL = responses.ProposalFields(message="Nous avons ce qu'il faut.", contact_name="Paul Roux")


@pytest.fixture
def network(db):
    db.run(enrol)
    return db


def _theirs_to_ours(session, need_id: str, owner: str = VELO, **values) -> str:
    """A response another association wrote to our need, as a pull brings it."""
    response = NeedResponse(
        target_type="need",
        target_id=need_id,
        target_owner_id=US,
        message="Nous pouvons aider.",
        contact_name="Paul Roux",
        status="proposed",
        **values,
    )
    session.add(response)
    session.flush()
    return owned_by(session, response.id, "need_response", owner)


def test_we_propose_our_shared_item_to_their_need(network):
    need = network.run(lambda s: posted(s, VELO))
    item = network.run(lambda s: create_equipment(s, EquipmentFields(name="Barnum 3 × 3 m")))
    made = network.run(lambda s: responses.propose(s, "need", need, "equipment", item, PROPOSAL, TODAY))
    response = network.run(lambda s: s.get(NeedResponse, made))
    assert (response.target_owner_id, response.resource_label) == (VELO, "Barnum 3 × 3 m")
    assert response.audience() == ("parties", [VELO])
    with pytest.raises(InvalidInput):  # once is enough while it waits
        network.run(lambda s: responses.propose(s, "need", need, "equipment", item, PROPOSAL, TODAY))
    network.run(responses.withdraw, made)
    network.run(lambda s: responses.propose(s, "need", need, "equipment", item, PROPOSAL, TODAY))
    [line] = [x for x in network.run(response_lines.lines_for, need) if x.state == "proposed"]
    assert line.ours and line.can_withdraw and not line.can_decide and line.other_name == "Vélo Solidaire"


@pytest.mark.parametrize(
    "case",
    ["our own need", "closed need", "item not ours", "item not shared", "no contact person"],
)
def test_proposals_that_cannot_be_made_say_why(network, case):
    ours = network.run(posted)
    theirs = network.run(lambda s: posted(s, VELO))
    shared = network.run(lambda s: create_equipment(s, EquipmentFields(name="Barnum")))
    kept = network.run(lambda s: create_equipment(s, EquipmentFields(name="Barnum privé", shared=False)))
    other = network.run(
        lambda s: owned_by(s, create_equipment(s, EquipmentFields(name="Le leur")), "equipment", COMITE)
    )
    target, item, data = theirs, shared, PROPOSAL
    if case == "our own need":
        target = ours
    elif case == "closed need":
        network.run(lambda s: setattr(r.load(s, theirs), "status", "met"))
    elif case == "item not ours":
        item = other
    elif case == "item not shared":
        item = kept
    else:
        data = responses.ProposalFields(message="Bonjour")
    with pytest.raises(InvalidInput) as caught:
        network.run(lambda s: responses.propose(s, "need", target, "equipment", item, data, TODAY))
    assert caught.value.errors
    assert network.run(lambda s: s.scalars(select(NeedResponse)).all()) == []


def test_the_author_accepts_and_the_need_is_in_progress(network):
    need = network.run(posted)
    response = network.run(_theirs_to_ours, need)
    [line] = network.run(response_lines.waiting_for_us)
    assert (
        line.can_decide and line.other_name == "Vélo Solidaire" and line.target_title.startswith("Un barnum")
    )
    decision = network.run(lambda s: responses.decide(s, response, True, "Merci !", today=TODAY))
    assert network.run(lambda s: s.get(NeedDecision, decision).audience()) == ("parties", [VELO])
    assert network.run(lambda s: r.load(s, need).status) == "in_progress"
    assert network.run(response_lines.waiting_for_us) == []
    with pytest.raises(InvalidInput):
        network.run(lambda s: responses.decide(s, response, False, today=TODAY))


def test_only_the_author_decides(network):
    theirs = network.run(lambda s: posted(s, VELO))
    by_comite = network.run(lambda s: _theirs_to_ours(s, theirs, COMITE))
    with pytest.raises(InvalidInput):
        network.run(lambda s: responses.decide(s, by_comite, True, today=TODAY))


def test_accepting_an_item_reserves_it_through_the_loan_flow(network):
    need = network.run(posted)
    item = network.run(
        lambda s: owned_by(s, create_equipment(s, EquipmentFields(name="Barnum")), "equipment", VELO)
    )
    response = network.run(lambda s: _theirs_to_ours(s, need, resource_type="equipment", resource_id=item))
    decision = network.run(lambda s: responses.decide(s, response, True, today=TODAY))
    reservation_id = network.run(lambda s: s.get(NeedDecision, decision).reservation_id)
    reservation = network.run(lambda s: s.get(Reservation, reservation_id))
    assert (reservation.equipment_id, reservation.lender_id) == (item, VELO)
    assert (reservation.start_date, reservation.end_date) == (date(2027, 3, 14), date(2027, 3, 14))
    assert reservation.contact_name == "Claire Martin" and reservation.purpose.startswith("Un barnum")
    [line] = network.run(response_lines.lines_for, need)
    assert line.state == "accepted" and line.reservation_state == "provisional"


def test_an_item_already_taken_is_not_accepted_and_nothing_is_decided(network):
    need = network.run(posted)
    item = network.run(
        lambda s: owned_by(s, create_equipment(s, EquipmentFields(name="Barnum")), "equipment", VELO)
    )
    network.run(lambda s: loans.reserve(s, item, date(2027, 3, 13), date(2027, 3, 15)))
    response = network.run(lambda s: _theirs_to_ours(s, need, resource_type="equipment", resource_id=item))
    with pytest.raises(InvalidInput) as caught:
        network.run(lambda s: responses.decide(s, response, True, today=TODAY))
    assert "réservé" in str(caught.value.errors["start_date"])
    assert network.run(lambda s: s.scalars(select(NeedDecision)).all()) == []
    assert network.run(lambda s: r.load(s, need).status) == "open"


def test_a_decision_written_by_anyone_else_than_the_author_does_not_count(network):
    theirs = network.run(lambda s: posted(s, VELO))
    ours = network.run(lambda s: responses.propose(s, "need", theirs, None, None, PROPOSAL, TODAY))

    def forged(session) -> None:
        decision = NeedDecision(response_id=ours, responder_id=US, decision="accepted")
        session.add(decision)
        session.flush()
        owned_by(session, decision.id, "need_decision", COMITE)

    network.run(forged)
    [line] = network.run(response_lines.lines_for, theirs)
    assert line.state == "proposed"
    assert network.run(outcomes.due, date(2027, 4, 1)) == []


def test_how_it_went_is_asked_after_the_agreed_date_and_can_become_a_practice(network):
    need = network.run(posted)
    response = network.run(
        lambda s: _theirs_to_ours(s, need, start_date=date(2027, 3, 14), end_date=date(2027, 3, 15))
    )
    network.run(lambda s: responses.decide(s, response, True, today=TODAY))
    assert network.run(outcomes.due, date(2027, 3, 15)) == []  # not before the end
    [due] = network.run(outcomes.due, date(2027, 3, 16))
    assert (due.response_id, due.other_name, due.agreed) == (response, "Vélo Solidaire", date(2027, 3, 15))
    with pytest.raises(InvalidInput):
        network.run(lambda s: outcomes.record_outcome(s, response, "good", as_practice=True))  # no note
    _outcome, practice = network.run(
        lambda s: outcomes.record_outcome(s, response, "good", "Prévoir des lests.", as_practice=True)
    )
    draft = network.run(lambda s: s.get(Practice, practice))
    assert (
        draft.status == "draft"
        and draft.lessons == "Prévoir des lests."
        and draft.title.startswith("Un barnum")
    )
    assert network.run(outcomes.due, date(2027, 3, 16)) == []
    with pytest.raises(InvalidInput):
        network.run(lambda s: outcomes.record_outcome(s, response, "bad"))


def test_an_item_is_accepted_only_from_the_association_that_owns_it(network):
    need = network.run(posted)
    theirs = network.run(lambda s: create_equipment(s, EquipmentFields(name="Le barnum du Comité")))
    network.run(owned_by, theirs, "equipment", COMITE)
    forged = network.run(lambda s: _theirs_to_ours(s, need, resource_type="equipment", resource_id=theirs))
    with pytest.raises(InvalidInput) as caught:
        network.run(lambda s: responses.decide(s, forged, True, today=TODAY))
    assert "n'appartient pas" in str(caught.value.errors["decision"])
    assert network.run(lambda s: s.scalars(select(Reservation)).all()) == []


def test_five_hundred_open_needs_list_and_filter(network):
    from app.services.needs.listing import NeedFilter, need_rows

    def many(session) -> None:
        for n in range(500):
            posted(
                session, VELO if n % 2 else None, title=f"Besoin n° {n}", place=("Lyon 7e", "Lille")[n % 2]
            )

    network.run(many)
    rows = network.run(need_rows, NeedFilter())
    assert len(rows) == 500 and sum(row.ours for row in rows) == 250
    from app.services.needs import places

    near = network.run(need_rows, NeedFilter(place=places.by_code("69387"), radius_km=20))
    assert len(near) == 250 and {row.place for row in near} == {"Lyon 7e Arrondissement (69007)"}
    assert [row.title for row in network.run(need_rows, NeedFilter(text="n° 499"))] == ["Besoin n° 499"]
