"""Sync by a courier file on a USB stick: O never reaches the hub after its enrolment; it exports,
C (another association) relays, O imports; the stores and the hub agree, with the real hub on
127.0.0.1 and real SQLite files."""

from __future__ import annotations

from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync.courier import answer, export, relay
from app.sync.engine import status
from tests.sync.courier_support import names, store_dump, trio_fixture  # noqa: F401 (the fixture)
from tests.sync.support import HubDatabase


def person(first: str, last: str, **kw) -> ContactFields:
    return ContactFields(kind="person", first_name=first, last_name=last, **kw)


def test_the_stick_goes_there_and_back(trio, live_hub):
    o, c, t = trio.o, trio.c, trio.t
    o.run(contacts.create_contact, person("Léa", "Martin", email="lea@salle.fr"))
    o.run(contacts.create_contact, person("Paul", "Roux"))
    t.run(contacts.create_contact, person("Zoé", "Bureau"))
    t.sync()

    prepared = export.export(o.database, o.paths, trio.stick)
    assert [p.name for p in prepared.paths] == [prepared.paths[0].name]
    assert prepared.paths[0].name.startswith("entraide-la-salle-des-fetes-")
    assert prepared.counts == {"contact": 2} and prepared.size == prepared.paths[0].stat().st_size

    [carried] = relay.relay(c.database, c.paths, prepared.paths)
    assert carried.refused is None and carried.answer[0].name.endswith("-reponse.entraide")
    hub = HubDatabase(live_hub)
    try:
        assert len(hub.records("La Salle des Fêtes")) == 3  # O's two, applied as O's own push
    finally:
        hub.close()

    done = answer.import_answer(o.database, o.paths, carried.answer[0])
    assert (done.report.pushed, done.report.pulled, done.report.conflicts) == (2, 3, 0)
    assert names(o) == ["Léa Martin", "Paul Roux", "Zoé Bureau"]
    assert o.run(status)["pending"] == 0
    t.sync()
    assert names(t) == names(o)
    assert names(c) == []  # the carrier has nothing of theirs

    # The same answer again: nothing to do, nothing changed.
    before = store_dump(o)
    again = answer.import_answer(o.database, o.paths, carried.answer[0])
    assert again.already is not None and again.report.pulled == 0
    assert store_dump(o) == before


def test_the_op_ids_are_those_a_network_push_sends(trio, live_hub):
    o = trio.o
    lea = o.run(contacts.create_contact, person("Léa", "Martin"))
    export.export(o.database, o.paths, trio.stick)
    report = o.sync()  # the laptop reached a connection before the stick came back
    assert report.pushed == 1 and o.run(status)["pending"] == 0
    hub = HubDatabase(live_hub)
    try:
        version = hub.records("La Salle des Fêtes")[lea].version
        relayed = relay.relay(trio.c.database, trio.c.paths, sorted(trio.stick.glob("*.entraide")))
        # The hub answers the same op id from its stored result: nothing applied twice.
        assert hub.records("La Salle des Fêtes")[lea].version == version
        assert hub.last_version() == version
    finally:
        hub.close()
    done = answer.import_answer(o.database, o.paths, relayed[0].answer[0])
    assert (done.report.pushed, done.report.pulled, done.report.conflicts) == (0, 0, 0)
    assert o.run(status)["conflicts"] == 0
