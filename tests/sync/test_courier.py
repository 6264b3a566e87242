"""Sync by a courier file on a USB stick: O never reaches the hub after its enrolment; it exports,
C (another association) relays, O imports; the stores and the hub agree, with the real hub on
127.0.0.1 and real SQLite files."""

from __future__ import annotations

import pytest

from app.__main__ import main
from app.db import open_database
from app.paths import DataPaths
from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from app.sync import runs
from app.sync.client import HubClient, HubError
from app.sync.courier import answer, export, relay
from app.sync.courier.problems import CourierProblem
from app.sync.credentials import TokenStore
from app.sync.engine import MassDeletion, status, sync_state
from hub.models import HubState
from protocol.courier import KeyPair
from tests.sync.courier_support import names, store_dump, trio_fixture  # noqa: F401 (the fixture)
from tests.sync.support import HubDatabase, alive


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


def test_new_hub_keys_are_seen_at_the_handshake_like_a_replaced_hub(trio, live_hub):
    o, t = trio.o, trio.t
    t.run(contacts.create_contact, person("Zoé", "Bureau"))
    t.sync()
    before = t.run(lambda s: sync_state(s).hub_sign_key)
    assert before is not None and not t.sync().hub_replaced
    hub = HubDatabase(live_hub)
    try:
        with hub.db.writer.begin() as session:
            session.get_one(HubState, 1).courier_secret = KeyPair.generate().secret()
    finally:
        hub.close()
    report = t.sync()
    assert report.hub_replaced and report.pushed == 1  # what we own, sent again; nothing deleted
    assert t.run(lambda s: sync_state(s).hub_sign_key) not in (None, before)
    # A file prepared for the old keys is refused by the hub, in French.
    [carried] = relay.relay(
        trio.c.database, trio.c.paths, export.export(o.database, o.paths, trio.stick).paths
    )
    assert "autre hub" in str(carried.refused)


def test_the_command_line_prepares_carries_imports_and_lists(trio, capsys):
    trio.o.run(contacts.create_contact, person("Léa", "Martin"))
    salle, club, stick = str(trio.o.paths.root), str(trio.c.paths.root), str(trio.stick)
    assert main(["courier", "stick", stick, "--data-dir", club]) == 0
    assert main(["courier", "export", "--data-dir", salle, stick]) == 0
    out = capsys.readouterr().out
    assert "Fichier prêt pour le hub" in out and "contact : 1" in out and "Ko" in out
    trio.c.database.close()
    assert main(["sync", "--data-dir", club]) == 0  # the stick folder is carried with the sync
    assert "transmis ; réponse écrite" in capsys.readouterr().err
    [reply] = list(trio.stick.glob("*-reponse.entraide"))
    assert main(["courier", "import", str(reply), "--data-dir", salle]) == 0
    assert "Réponse importée : 1 envoyé, 1 reçu, 0 conflit." in capsys.readouterr().out
    assert main(["courier", "import", str(reply), "--data-dir", salle]) == 0
    assert "déjà été importée" in capsys.readouterr().out
    assert main(["status", "--data-dir", salle]) == 0
    out = capsys.readouterr().out
    assert "Fichiers de liaison (clé USB) :" in out and "préparé" in out and "réponse importée" in out
    assert (
        main(["courier", "import", str(next(trio.stick.glob("*[0-9].entraide"))), "--data-dir", salle]) == 1
    )
    assert "destiné au hub" in capsys.readouterr().err


def test_an_answer_that_deletes_much_stops_and_asks_like_a_sync(trio):
    o, t = trio.o, trio.t
    for n in range(12):
        t.run(contacts.create_contact, person("Personne", f"N{n}"))
    t.sync()
    first = relay.relay(trio.c.database, trio.c.paths, export.export(o.database, o.paths, trio.stick).paths)
    answer.import_answer(o.database, o.paths, first[0].answer[0])
    assert len(names(o)) == 12
    t.run(trash.trash_contacts, list(alive(t)))
    t.sync()
    second = relay.relay(trio.c.database, trio.c.paths, export.export(o.database, o.paths, trio.stick).paths)
    with pytest.raises(MassDeletion):
        answer.import_answer(o.database, o.paths, second[0].answer[0])
    assert len(names(o)) == 12  # nothing deleted; a backup was taken before the first change
    assert list(o.paths.backups.glob("entraide-*-avant-sync.sqlite3"))
    answer.import_answer(o.database, o.paths, second[0].answer[0], allow_mass_deletion=True)
    assert names(o) == []


def test_a_computer_enrolled_before_courier_files_gets_its_keys_at_its_next_sync(trio, live_hub, tmp_path):
    paths = DataPaths(tmp_path / "ancien").ensure()
    database = open_database(paths)
    try:
        tokens = TokenStore(paths.root)
        old = HubClient(live_hub.url)
        enrolled = old.enroll(live_hub.enrollment_code("La Salle des Fêtes"), "ancien")  # no keys sent
        tokens.save(live_hub.url, enrolled.token)
        database.run(lambda s: runs.remember_enrolment(s, live_hub.url, enrolled))
        database.run(contacts.create_contact, person("Léa", "Ancienne"))
        with pytest.raises(CourierProblem):
            export.export(database, paths, trio.stick)  # no keys here yet: says to enrol again
        runs.run_sync(database, paths)
        assert tokens.load_courier_secret(live_hub.url) is not None
        database.run(contacts.create_contact, person("Paul", "Ancien"))
        prepared = export.export(database, paths, trio.stick)
        [carried] = relay.relay(trio.c.database, trio.c.paths, prepared.paths)
        assert carried.refused is None
        answer.import_answer(database, paths, carried.answer[0])
        # Keys are registered once: a token alone cannot replace them.
        old.token = enrolled.token
        with pytest.raises(HubError, match="déjà ses clés"):
            old.register_keys(KeyPair.generate().public())
    finally:
        database.close()
