"""Matching: who is suggested, in which order, and each reason, which must appear when it applies
and only then."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest

from app.models import Loan, Need, NeedDecision, NeedResponse, Organisation, Person, Role
from app.services.equipment import loans
from app.services.equipment.records import EquipmentFields, create_equipment
from app.services.needs import matching, places
from app.services.needs import weights as w
from app.services.practices.records import PracticeFields, create_draft, publish
from tests.unit.needs_helpers import COMITE, TODAY, US, VELO, enrol, owned_by, posted

MARCH_14 = date(2027, 3, 14)


def _id_at(moment: datetime) -> str:
    """A UUIDv7 made at `moment` (the records' times are read from their ids)."""
    ms = int(moment.timestamp() * 1000)
    return str(uuid.UUID(int=(ms << 80) | (0x7 << 76) | (0b10 << 62) | uuid.uuid4().int % (1 << 62)))


def _item(
    session, owner: str | None = VELO, name="Barnum 3 × 3 m", where="Local, 69100 Villeurbanne", **more
):
    item = create_equipment(
        session, EquipmentFields(name=name, category="Barnums et tentes", storage_place=where, **more)
    )
    return owned_by(session, item, "equipment", owner) if owner else item


def _suggested(db, need_id: str, today: date = TODAY) -> dict[str, matching.Suggestion]:
    return {s.id: s for s in db.run(lambda s: matching.suggestions(s, need_id, today))}


def _codes(suggestion: matching.Suggestion) -> dict[str, tuple]:
    return {reason.code: reason.values for reason in suggestion.reasons}


@pytest.fixture
def network(db):
    db.run(enrol)
    return db


def test_the_weights_make_a_hundred_and_unknown_counts_half():
    assert sum(w.WEIGHTS.values()) == 100
    assert w.UNKNOWN == 0.5 and w.MIN_SCORE < w.NEW_MATCH_SCORE


def test_category_appears_only_for_the_same_kind(network):
    need = network.run(posted)
    same = network.run(lambda s: posted(s, VELO, direction="offer", title="Nous prêtons des barnums"))
    other = network.run(lambda s: posted(s, VELO, direction="offer", kind="room", title="Salle avec barnum"))
    found = _suggested(network, need)
    assert _codes(found[same])["category"] == ("equipment",)
    assert "category" not in _codes(found[other])


def test_words_meet_across_plurals_accents_and_case_and_only_when_shared(network):
    need = network.run(lambda s: posted(s, kind="volunteers", title="Bénévoles pour tenir la buvette"))
    worded = network.run(
        lambda s: posted(s, VELO, direction="offer", kind="volunteers", title="Un BENEVOLE, une buvette")
    )
    silent = network.run(lambda s: posted(s, VELO, direction="offer", kind="volunteers", title="Du renfort"))
    unrelated = network.run(lambda s: posted(s, VELO, direction="offer", kind="room", title="Une salle"))
    found = _suggested(network, need)
    assert _codes(found[worded])["words"] == ("bénévoles, buvette",)
    assert "words" not in _codes(found[silent])  # same kind: suggested, but no word in common
    assert unrelated not in found  # neither a word nor the kind


def test_distance_between_the_two_communes_and_remote(network):
    need = network.run(posted)
    near = network.run(lambda s: posted(s, VELO, direction="offer", title="Barnum", place="Villeurbanne"))
    far = network.run(lambda s: posted(s, COMITE, direction="offer", title="Barnum", place="Paris 11e"))
    remote = network.run(lambda s: posted(s, VELO, direction="offer", title="Barnum", remote=True, place=""))
    found = _suggested(network, need)
    km, where, approximate = _codes(found[near])["distance"]
    expected = places.distance_km(places.by_code("69387"), places.by_code("69266"))
    assert km == round(expected) and where == "Villeurbanne" and approximate is False
    assert _codes(found[far])["distance"][0] == pytest.approx(390, abs=10)
    assert found[near].score > found[far].score
    assert "remote" in _codes(found[remote]) and "distance" not in _codes(found[remote])
    assert "remote" not in _codes(found[near])


def test_dates_appear_only_when_they_overlap(network):
    need = network.run(lambda s: posted(s, end_date=date(2027, 3, 15)))
    overlapping = network.run(
        lambda s: posted(
            s,
            VELO,
            direction="offer",
            title="Barnum",
            start_date=date(2027, 3, 10),
            end_date=date(2027, 3, 14),
        )
    )
    disjoint = network.run(
        lambda s: posted(
            s, VELO, direction="offer", title="Barnum", start_date=date(2027, 4, 1), end_date=date(2027, 4, 2)
        )
    )
    undated = network.run(lambda s: posted(s, VELO, direction="offer", title="Barnum", timing="open"))
    found = _suggested(network, need)
    assert _codes(found[overlapping])["dates"] == (MARCH_14, MARCH_14)
    assert "dates" not in _codes(found[disjoint]) and "dates" not in _codes(found[undated])
    assert found[overlapping].score > found[undated].score > found[disjoint].score


def test_equipment_is_suggested_only_when_free_on_the_dates_from_real_reservations(network):
    need = network.run(posted)
    item = network.run(_item)
    assert _codes(_suggested(network, need)[item])["available"] == (MARCH_14, MARCH_14)
    taken = network.run(lambda s: loans.reserve(s, item, date(2027, 3, 12), date(2027, 3, 13), buffer_days=1))
    assert item not in _suggested(network, need)  # its buffer reaches the 14th
    network.run(loans.cancel, taken)
    assert item in _suggested(network, need)
    network.run(lambda s: loans.reserve(s, item, date(2027, 3, 20), date(2027, 3, 21)))
    assert item in _suggested(network, need)  # later dates: still free on the 14th
    undated = network.run(lambda s: posted(s, title="Un barnum un jour", timing="open", start_date=None))
    assert "available" not in _codes(_suggested(network, undated)[item])


def test_equipment_out_of_service_or_not_shared_is_never_suggested(network):
    need = network.run(posted)
    broken = network.run(lambda s: _item(s, out_of_service=True))
    private = network.run(lambda s: _item(s, shared=False))
    found = _suggested(network, need)
    assert broken not in found and private not in found


def test_a_practice_is_suggested_for_know_how_with_its_author(network):
    def write(session) -> str:
        practice = create_draft(
            session,
            PracticeFields(
                title="Monter une recyclerie solidaire",
                summary="Ouvrir une boutique de réemploi",
                method="Trouver un local, des bénévoles.",
            ),
        )
        publish(session, practice)
        return owned_by(session, practice, "practice", COMITE)

    practice = network.run(write)
    need = network.run(
        lambda s: posted(s, kind="know_how", title="Conseils pour ouvrir une recyclerie", timing="open")
    )
    suggestion = _suggested(network, need)[practice]
    assert suggestion.type == "practice" and suggestion.owner_name == "Comité des Fêtes"
    assert _codes(suggestion)["category"] == ("know_how",) and "recyclerie" in _codes(suggestion)["words"][0]
    assert "remote" in _codes(suggestion) and suggestion.action == "contact"


def test_responsiveness_appears_only_once_the_association_has_answered_us(network):
    need = network.run(posted)
    offer = network.run(lambda s: posted(s, VELO, direction="offer", title="Nous prêtons un barnum"))
    assert "responsiveness" not in _codes(_suggested(network, need)[offer])

    def answered(session) -> None:
        asked = NeedResponse(
            id=_id_at(datetime(2026, 11, 2, 9, tzinfo=UTC)),
            target_type="need",
            target_id=offer,
            target_owner_id=VELO,
            message="Pouvons-nous l'emprunter ?",
        )
        session.add(asked)
        session.flush()
        decision = NeedDecision(
            id=_id_at(datetime(2026, 11, 5, 9, tzinfo=UTC)),
            response_id=asked.id,
            responder_id=US,
            decision="declined",
        )
        session.add(decision)
        session.flush()
        owned_by(session, asked.id, "need_response", US)
        owned_by(session, decision.id, "need_decision", VELO)

    network.run(answered)
    assert _codes(_suggested(network, need)[offer])["responsiveness"] == (3.0, 1)


def test_the_give_and_take_appears_only_between_associations_that_exchanged(network):
    need = network.run(posted)
    velo = network.run(lambda s: posted(s, VELO, direction="offer", title="Nous prêtons un barnum"))
    comite = network.run(lambda s: posted(s, COMITE, direction="offer", title="Nous prêtons un barnum"))

    def lent_to_us(session) -> None:
        loan = Loan(
            reservation_id=str(uuid.uuid4()),
            equipment_id=str(uuid.uuid4()),
            borrower_id=US,
            decision="accepted",
            out_date=date(2026, 10, 1),
        )
        session.add(loan)
        session.flush()
        owned_by(session, loan.id, "loan", VELO)

    network.run(lent_to_us)
    found = _suggested(network, need)
    assert _codes(found[velo])["balance"] == (0, 1)
    assert "balance" not in _codes(found[comite])
    assert found[velo].score < found[comite].score  # it gave already: the other is asked first


def test_our_volunteers_are_suggested_and_other_peoples_ended_roles_are_not(network):
    def people(session) -> tuple[str, str, str]:
        club = Organisation(display_name="Les Amis du Quartier", sort_key="les amis du quartier")
        ada = Person(
            display_name="Ada Lovelace", sort_key="lovelace ada", tags="permis B", address="69003 Lyon"
        )
        gone = Person(display_name="Paul Ancien", sort_key="ancien paul")
        nobody = Person(display_name="Zoé Sans Rôle", sort_key="sans role zoe")
        session.add_all([club, ada, gone, nobody])
        session.flush()
        session.add(
            Role(person_id=ada.id, organisation_id=club.id, role="benevole", start_date=date(2020, 1, 1))
        )
        session.add(
            Role(
                person_id=gone.id,
                organisation_id=club.id,
                role="benevole",
                start_date=date(2019, 1, 1),
                end_date=date(2022, 1, 1),
            )
        )
        return ada.id, gone.id, nobody.id

    ada, gone, nobody = network.run(people)
    need = network.run(
        lambda s: posted(
            s, kind="volunteers", title="Chauffeurs avec permis", description="Le permis B suffit."
        )
    )
    found = _suggested(network, need)
    assert set(_codes(found[ada])) >= {"category", "volunteer", "words", "distance"}
    assert _codes(found[ada])["words"] == ("permis",)
    assert found[ada].ours and found[ada].action is None
    assert gone not in found and nobody not in found


def test_for_another_associations_need_only_what_we_could_give_is_suggested(network):
    theirs = network.run(lambda s: posted(s, VELO))
    ours = network.run(_item, None)
    network.run(_item, VELO)  # theirs already: nothing to suggest to them
    network.run(_item, COMITE)  # a third association's: not ours to give
    found = _suggested(network, theirs)
    assert set(found) == {ours}
    assert found[ours].action == "propose" and found[ours].ours


def test_closed_or_expired_offers_are_not_suggested_and_the_best_ten_come_first(network):
    need = network.run(posted)
    offers = [
        network.run(
            lambda s, n=n, p=place: posted(s, VELO, direction="offer", title=f"Barnum n° {n}", place=p)
        )
        for n, place in enumerate(["Villeurbanne", "Marseille", "Lille"] * 5)
    ]
    withdrawn = network.run(lambda s: posted(s, VELO, direction="offer", title="Barnum retiré"))
    network.run(lambda s: setattr(s.get(Need, withdrawn), "status", "withdrawn"))
    found = network.run(lambda s: matching.suggestions(s, need, TODAY))
    assert len(found) == w.TOP and withdrawn not in {s.id for s in found}
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert all(s.id in offers[::3] for s in found[:5])  # the five in Villeurbanne, nearest first
    later = date(2027, 6, 1)  # every offer has expired by then (90 days)
    assert network.run(lambda s: matching.suggestions(s, need, later)) == []
