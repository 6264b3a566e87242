"""Being told: what a sync brought is matched against our open needs and offers, once; the yearly
summary and its CSV; the commands."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, date, datetime

import pytest

from app.__main__ import main
from app.models import Loan, Need, NeedDecision, NeedMatch, NeedResponse
from app.services.equipment.records import EquipmentFields, create_equipment
from app.services.needs import alerts, summary
from app.services.needs import records as r
from tests.unit.needs_helpers import TODAY, US, VELO, enrol, owned_by, posted


def _id_at(moment: datetime) -> str:
    ms = int(moment.timestamp() * 1000)
    return str(uuid.UUID(int=(ms << 80) | (0x7 << 76) | (0b10 << 62) | uuid.uuid4().int % (1 << 62)))


@pytest.fixture
def network(db):
    db.run(enrol)
    return db


def test_new_matches_are_found_once_among_what_arrived(network):
    ours = network.run(posted)
    network.run(lambda s: posted(s, kind="room", title="Une salle pour 40 personnes", place="Lyon 7e"))
    offer = network.run(lambda s: r.create_need(s, r.NeedFields(
        direction="offer", kind="equipment", title="Nous prêtons notre barnum", place="Villeurbanne",
    ), TODAY))  # fmt: skip
    network.run(owned_by, offer, "need", VELO, 5)
    weak = network.run(lambda s: r.create_need(s, r.NeedFields(
        direction="offer", kind="transport", title="Un barnum à Lille, en camion", place="Lille",
    ), TODAY))  # fmt: skip
    network.run(owned_by, weak, "need", VELO, 6)
    assert network.run(alerts.find_new_matches, TODAY) == 1
    [line] = network.run(alerts.unseen)
    assert (line.posting_id, line.candidate_id, line.owner_name) == (ours, offer, "Vélo Solidaire")
    assert line.score >= 50
    assert network.run(alerts.find_new_matches, TODAY) == 0  # already looked at

    def item_arrives(session) -> str:
        item = create_equipment(
            session, EquipmentFields(name="Barnum pliant", storage_place="69100 Villeurbanne")
        )
        return owned_by(session, item, "equipment", VELO, 9)

    item = network.run(item_arrives)
    assert network.run(alerts.find_new_matches, TODAY) == 1
    assert {m.candidate_id for m in network.run(alerts.unseen)} == {offer, item}
    assert network.run(alerts.unseen_by_posting) == {ours: 2}
    network.run(alerts.mark_seen, ours)
    assert network.run(alerts.unseen) == []
    assert len(network.run(lambda s: s.query(NeedMatch).all())) == 2


def test_nothing_is_matched_for_needs_that_are_not_ours_or_not_open(network):
    network.run(lambda s: posted(s, VELO))
    closed = network.run(posted)
    network.run(r.close_need, closed, "met")
    network.run(lambda s: posted(s, VELO, direction="offer", title="Un barnum à prêter"))
    assert network.run(alerts.find_new_matches, TODAY) == 0


def test_the_yearly_summary_counts_what_went_each_way(network, tmp_path):
    def year(session) -> None:
        kept = {"timing": "open", "remote": True}
        need = Need(id=_id_at(datetime(2027, 1, 10, 9, tzinfo=UTC)), direction="need", kind="volunteers",
                    title="Bénévoles", status="met", **kept)  # fmt: skip
        offer = Need(id=_id_at(datetime(2027, 2, 1, tzinfo=UTC)), direction="offer", kind="room",
                     title="Notre salle", status="open", **kept)  # fmt: skip
        answer = NeedResponse(id=_id_at(datetime(2027, 1, 12, 21, tzinfo=UTC)), target_type="need",
                              target_id=need.id, target_owner_id=US, status="proposed")  # fmt: skip
        decision = NeedDecision(id=_id_at(datetime(2027, 1, 13, tzinfo=UTC)), response_id=answer.id,
                                responder_id=VELO, decision="accepted")  # fmt: skip
        lent = Loan(reservation_id=str(uuid.uuid4()), equipment_id=str(uuid.uuid4()), borrower_id=VELO,
                    decision="accepted", out_date=date(2027, 2, 1))  # fmt: skip
        session.add_all([need, offer, answer, decision, lent])
        session.flush()
        owned_by(session, answer.id, "need_response", VELO)

    network.run(year)
    found = network.run(summary.year_summary, 2027)
    assert (found.needs_posted, found.needs_met, found.offers_posted) == (1, 1, 1)
    assert found.median_days_to_first_response == 2.5
    assert found.received == {"volunteers": 1} and found.loans_given == 1
    assert (found.given_total, found.received_total) == (1, 1)
    target = tmp_path / "bilan.csv"
    summary.write_csv(target, [(label, str(value)) for label, value, _detail in summary.rows(found)])
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = dict(csv.reader(stream, delimiter=";"))
    assert (
        lines["Besoins publiés"] == "1" and lines["Délai médian avant une première réponse (jours)"] == "2.5"
    )
    assert lines["Bénévoles et compétences"] == "1" and lines["Matériel prêté"] == "1"


def test_the_commands_add_list_and_close(tmp_path, capsys, db):  # db: the store the commands open
    data = ["--data-dir", str(tmp_path / "donnees")]
    assert main([*data, "needs", "add", "--title", "Un barnum", "--type", "equipment", "--place", "Lyon 7e",
                 "--date", "14/03/2031", "--contact", "Claire"]) == 0  # fmt: skip
    made = capsys.readouterr().err
    assert "Besoin publié : « Un barnum »" in made
    assert main([*data, "offers", "add", "--title", "Notre salle", "--type", "room", "--remote"]) == 0
    assert main([*data, "needs", "list"]) == 0
    listed = capsys.readouterr().out
    assert "[ouvert] Un barnum · Matériel · Lyon 7e Arrondissement (69007) · le 14/03/2031 · nous" in listed
    assert "Notre salle" not in listed
    short = listed.strip().rsplit(" · ", 1)[1]
    assert main([*data, "offers", "close", short]) == 1  # a need, not an offer
    assert "n'est pas une proposition" in capsys.readouterr().err
    assert main([*data, "needs", "close", short]) == 0
    assert "pourvu" in capsys.readouterr().err
    assert main([*data, "needs", "list"]) == 0
    assert "Aucun besoin à afficher." in capsys.readouterr().err
    assert main([*data, "needs", "add", "--title", "X", "--place", "Trifouillis"]) == 1
    assert "Commune introuvable : « Trifouillis »" in capsys.readouterr().err
    assert main([*data, "offers", "list", "--all"]) == 0
    assert "[ouvert] Notre salle · Local ou salle · à distance · sans date · nous" in capsys.readouterr().out
