"""Needs and offers through the real hub: who sees a need, who may edit it, whose people can be
suggested, and two associations on two laptops going from a need to a normal loan."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.__main__ import main
from app.errors import InvalidInput
from app.models import Contact, Need, NetworkAssociation, Organisation, Person, Reservation, Role
from app.services.equipment import loans, statuses
from app.services.equipment.records import EquipmentFields, create_equipment
from app.services.needs import alerts, matching, outcomes, response_lines, responses
from app.services.needs import records as r
from app.sync.credentials import TokenStore
from app.sync.engine import status, sync_state

TODAY = date.today()
DAY = TODAY + timedelta(days=60)


def _member_id(laptop, name: str) -> str:
    return laptop.run(
        lambda s: s.scalar(select(NetworkAssociation.id).where(NetworkAssociation.name == name))
    )


def _need(**values) -> r.NeedFields:
    defaults = {
        "direction": "need",
        "kind": "equipment",
        "title": "Un barnum pour la fête de quartier",
        "timing": "one_off",
        "start_date": DAY,
        "place": "Lyon 7e",
        "contact_name": "Claire Martin",
    }
    return r.NeedFields(**{**defaults, **values})


def _titles(laptop) -> set[str]:
    return set(laptop.run(lambda s: s.scalars(select(Need.title).where(Need.deleted_at.is_(None))).all()))


def test_a_need_for_named_associations_is_seen_by_them_only_and_edited_by_its_author_only(laptops):
    amis, velo, comite = (
        laptops("Les Amis du Quartier"),
        laptops("Vélo Solidaire"),
        laptops("Comité des Fêtes"),
    )
    for laptop in (velo, comite, amis):
        laptop.sync()  # the network's member list
    velo_id = _member_id(amis, "Vélo Solidaire")
    private = amis.run(
        lambda s: r.create_need(
            s, _need(title="Pour Vélo seulement", visibility="associations", audience_ids=[velo_id])
        )
    )
    amis.run(lambda s: r.create_need(s, _need(title="Pour tout le réseau")))
    amis.sync()
    velo.sync()
    comite.sync()
    assert _titles(velo) == {"Pour Vélo seulement", "Pour tout le réseau"}
    assert _titles(comite) == {"Pour tout le réseau"}

    # Vélo may not edit it: refused on its laptop, and by the hub if it forces the record.
    with pytest.raises(InvalidInput):
        velo.run(lambda s: r.update_need(s, private, _need(title="Pris en main par Vélo")))
    velo.run(lambda s: setattr(s.get(Need, private), "title", "Forcé par Vélo"))
    velo.sync()
    assert velo.run(status)["conflicts"] == 1  # refused by the hub, shown to Vélo
    amis.sync()
    assert amis.run(lambda s: s.get(Need, private).title) == "Pour Vélo seulement"

    # Taken away from Vélo: its copy goes.
    amis.run(
        lambda s: r.update_need(
            s, private, _need(title="Pour le Comité", visibility="associations", audience_ids=[_comite(s)])
        )
    )
    amis.sync()
    velo.sync()
    comite.sync()
    assert "Pour le Comité" not in _titles(velo) and "Pour Vélo seulement" not in _titles(velo)
    assert "Pour le Comité" in _titles(comite)


def _comite(session) -> str:
    return session.scalar(select(NetworkAssociation.id).where(NetworkAssociation.name == "Comité des Fêtes"))


def _people(session, club: str, name: str) -> None:
    organisation = Organisation(display_name=club, sort_key=club.lower())
    person = Person(display_name=name, sort_key=name.lower(), tags="permis B, bénévole")
    session.add_all([organisation, person])
    session.flush()
    session.add(
        Role(
            person_id=person.id, organisation_id=organisation.id, role="benevole", start_date=date(2020, 1, 1)
        )
    )


def test_other_associations_contacts_never_become_candidates(laptops):
    amis, velo = laptops("Les Amis du Quartier"), laptops("Vélo Solidaire")
    amis.run(_people, "Les Amis du Quartier", "Ada Amie")
    velo.run(_people, "Vélo Solidaire", "Victor Vélo")
    need = amis.run(
        lambda s: r.create_need(
            s, _need(kind="volunteers", title="Chauffeurs avec le permis B", timing="open")
        )
    )
    velo_need = velo.run(
        lambda s: r.create_need(s, _need(kind="volunteers", title="Bénévoles permis B", timing="open"))
    )
    for laptop in (amis, velo, amis, velo):
        laptop.sync()
    names = {s.title for s in amis.run(matching.suggestions, need)}
    assert "Ada Amie" in names and "Victor Vélo" not in names
    assert amis.run(lambda s: s.scalars(select(Contact.display_name)).all()).count("Victor Vélo") == 0
    # For Vélo's need, Amis may put forward its own people; Vélo's laptop never learns of them.
    assert "Ada Amie" in {s.title for s in amis.run(matching.suggestions, velo_need)}
    assert "Ada Amie" not in {s.title for s in velo.run(matching.suggestions, velo_need)}


def test_a_need_and_an_item_meet_and_end_as_a_normal_loan(laptops, live_hub):
    amis, velo = laptops("Les Amis du Quartier"), laptops("Vélo Solidaire")
    for laptop in (amis, velo):
        laptop.sync()
    need = amis.run(lambda s: r.create_need(s, _need(description="Pour abriter la buvette.")))
    item = velo.run(
        lambda s: create_equipment(
            s,
            EquipmentFields(
                name="Barnum 3 × 3 m", category="Barnums", storage_place="Local, 69100 Villeurbanne"
            ),
        )
    )
    velo.sync()
    amis.sync()
    velo.sync()

    # Each sees the other as a suggestion, with its reasons.
    [seen_by_amis] = [s for s in amis.run(matching.suggestions, need) if s.id == item]
    assert seen_by_amis.owner_name == "Vélo Solidaire" and seen_by_amis.action == "reserve"
    assert {x.code for x in seen_by_amis.reasons} >= {"category", "words", "available", "distance"}
    [seen_by_velo] = [s for s in velo.run(matching.suggestions, need) if s.id == item]
    assert seen_by_velo.action == "propose" and seen_by_velo.ours

    # Vélo puts its barnum forward; the Amis accept; the acceptance is a reservation request.
    proposal = responses.ProposalFields(
        message="Il est à vous.", contact_name="Victor", contact_phone="0612345678"
    )
    response = velo.run(lambda s: responses.propose(s, "need", need, "equipment", item, proposal))
    velo.sync()
    amis.sync()
    [waiting] = amis.run(response_lines.waiting_for_us)
    assert (waiting.id, waiting.other_name, waiting.resource_label) == (
        response,
        "Vélo Solidaire",
        "Barnum 3 × 3 m",
    )
    amis.run(lambda s: responses.decide(s, response, True, "Merci !"))
    amis.sync()  # the hub holds the dates
    reservation_id = amis.run(lambda s: s.scalars(select(Reservation.id)).one())
    assert amis.run(lambda s: s.get(Reservation, reservation_id).hub_status) == "confirmed"

    # Vélo answers the reservation as any other, lends, gets it back.
    velo.sync()
    [line] = velo.run(response_lines.lines_for, need)
    assert line.state == "accepted" and line.reservation_id == reservation_id
    loan = velo.run(lambda s: loans.answer(s, reservation_id, True))
    velo.run(lambda s: loans.check_out(s, loan, loans.CheckOut(DAY, "bon")))
    velo.run(lambda s: loans.give_back(s, loan, loans.Return(DAY + timedelta(days=1), "bon")))
    velo.sync()
    amis.sync()
    [their_view] = [x for x in amis.run(statuses.lines) if x.reservation_id == reservation_id]
    assert (their_view.status, their_view.lent) == ("returned", False)
    assert amis.run(lambda s: r.load(s, need).status) == "in_progress"

    # After the day, each side is asked how it went.
    after = DAY + timedelta(days=2)
    assert [d.response_id for d in amis.run(outcomes.due, after)] == [response]
    assert [d.other_name for d in velo.run(outcomes.due, after)] == ["Les Amis du Quartier"]


def test_new_matches_are_told_after_the_sync_that_brought_them(laptops, capsys, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    amis, velo = laptops("Les Amis du Quartier"), laptops("Vélo Solidaire")
    for laptop in (amis, velo):
        laptop.sync()
    amis.run(
        lambda s: r.create_need(s, _need(kind="room", title="Une salle pour 40 personnes", timing="open"))
    )
    velo.run(
        lambda s: r.create_need(
            s,
            _need(direction="offer", kind="room", title="Notre salle de 50 personnes", place="Villeurbanne"),
        )
    )
    velo.sync()
    # The laptop as `entraide enroll` leaves it: the hub's address and the token saved.
    TokenStore(amis.paths.root).save(amis.client.base_url, amis.client.token or "")
    amis.run(lambda s: setattr(sync_state(s), "hub_url", amis.client.base_url))
    data = ["--data-dir", str(amis.paths.root)]
    assert main(["sync", *data]) == 0
    assert "1 nouvelle correspondance pour nos besoins et propositions" in capsys.readouterr().err
    [line] = amis.run(alerts.unseen)
    assert line.candidate_title == "Notre salle de 50 personnes" and line.owner_name == "Vélo Solidaire"
    assert main(["status", *data]) == 0
    said = capsys.readouterr().out
    assert "« Une salle pour 40 personnes » ← Notre salle de 50 personnes (Vélo Solidaire)" in said
    assert main(["sync", *data]) == 0  # told once
    assert "correspondance" not in capsys.readouterr().err
