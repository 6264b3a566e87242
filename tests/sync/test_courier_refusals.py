"""Courier files that must be refused, with a French sentence, changing nothing: one byte changed,
cut short, meant for another computer, an old answer replayed, a revoked device's file, a part
missing. And the carrier learns nothing: its store, log and temporary folders hold no carried value."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

import pytest

from app.__main__ import main
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync.courier import answer, export, relay
from app.sync.courier.problems import CourierProblem
from app.sync.engine import sync_state
from hub import admin
from hub.db import open_hub_database
from tests.sync.courier_support import enrolled, names, store_dump, trio_fixture  # noqa: F401 (the fixture)
from tests.sync.support import HubDatabase


def person(first: str, last: str, **kw) -> ContactFields:
    return ContactFields(kind="person", first_name=first, last_name=last, **kw)


def _answer_for(trio, laptop=None) -> Path:
    laptop = laptop or trio.o
    prepared = export.export(laptop.database, laptop.paths, trio.stick)
    [carried] = relay.relay(trio.c.database, trio.c.paths, prepared.paths)
    assert carried.refused is None
    return carried.answer[0]


def _refused(laptop, path: Path, code: str, sentence: str) -> None:
    before = store_dump(laptop)
    with pytest.raises(CourierProblem) as refused:
        answer.import_answer(laptop.database, laptop.paths, path)
    assert refused.value.code == code
    assert sentence in str(refused.value)
    assert store_dump(laptop) == before


def _altered(path: Path, at: int, name: str) -> Path:
    data = bytearray(path.read_bytes())
    data[at] ^= 0x01
    changed = path.with_name(name)
    changed.write_bytes(bytes(data))
    return changed


def test_a_changed_or_cut_answer_is_refused_and_changes_nothing(trio):
    trio.o.run(contacts.create_contact, person("Léa", "Martin"))
    trio.t.run(contacts.create_contact, person("Zoé", "Bureau"))
    trio.t.sync()
    good = _answer_for(trio)
    size = len(good.read_bytes())
    for at in (40, size // 2, size - 1):  # the header, the sealed content, the signature
        _refused(trio.o, _altered(good, at, f"abime-{at}.entraide"), "signature", "a été modifié")
    cut = good.with_name("coupe.entraide")
    cut.write_bytes(good.read_bytes()[: size // 2])
    _refused(trio.o, cut, "signature", "a été modifié")
    tiny = good.with_name("vide.entraide")
    tiny.write_bytes(good.read_bytes()[:30])
    _refused(trio.o, tiny, "damaged", "abîmé ou incomplet")
    other = good.with_name("autre.entraide")
    other.write_bytes(b"PK\x03\x04 not ours")
    _refused(trio.o, other, "not_courier", "n'est pas un fichier de liaison")
    assert names(trio.o) == ["Léa Martin"]  # none of the refused files brought anything
    answer.import_answer(trio.o.database, trio.o.paths, good)
    assert names(trio.o) == ["Léa Martin", "Zoé Bureau"]


def test_an_answer_for_another_computer_or_an_export_is_refused(trio):
    trio.t.run(contacts.create_contact, person("Zoé", "Bureau"))
    for_t = _answer_for(trio, trio.t)
    _refused(trio.o, for_t, "not_for_us", "destiné à un autre ordinateur")
    own_export = export.export(trio.o.database, trio.o.paths, trio.stick).paths[0]
    _refused(trio.o, own_export, "not_answer", "destiné au hub")


def test_an_older_answer_replayed_is_refused(trio):
    lea = trio.o.run(contacts.create_contact, person("Léa", "Martin"))
    first = _answer_for(trio)
    answer.import_answer(trio.o.database, trio.o.paths, first)
    trio.o.run(contacts.update_contact, lea, person("Léa", "Martin-Roux"))
    trio.t.run(contacts.create_contact, person("Zoé", "Bureau"))
    trio.t.sync()
    second = _answer_for(trio)
    never_imported = _answer_for(trio)
    answer.import_answer(trio.o.database, trio.o.paths, second)
    _refused(trio.o, first, "older", "plus ancien")
    assert names(trio.o) == ["Léa Martin-Roux", "Zoé Bureau"]
    # One answered after the one imported, with nothing newer: imported, and nothing changes.
    done = answer.import_answer(trio.o.database, trio.o.paths, never_imported)
    assert (done.report.pushed, done.report.pulled, done.report.conflicts) == (0, 0, 0)


def test_a_file_changed_on_the_way_or_from_a_revoked_computer_is_refused_by_the_hub(trio, live_hub):
    trio.o.run(contacts.create_contact, person("Léa", "Martin"))
    prepared = export.export(trio.o.database, trio.o.paths, trio.stick).paths[0]
    hub = HubDatabase(live_hub)
    try:
        version = hub.last_version()
        changed = _altered(prepared, len(prepared.read_bytes()) // 2, "abime.entraide")
        [carried] = relay.relay(trio.c.database, trio.c.paths, [changed])
        assert carried.answer == [] and "modifié depuis sa préparation" in str(carried.refused)
        database = open_hub_database(live_hub.settings.resolved_database_url())
        with database.writer.begin() as session:
            admin.revoke_device(session, trio.o.run(lambda s: sync_state(s).device_id))
        database.dispose()
        [carried] = relay.relay(trio.c.database, trio.c.paths, [prepared])
        assert carried.answer == [] and "révoqué" in str(carried.refused)
        assert hub.last_version() == version  # nothing applied
    finally:
        hub.close()


def test_a_big_file_goes_in_numbered_parts(trio):
    for n in range(30):
        trio.o.run(contacts.create_contact, person("Personne", f"N{n}", notes=uuid.uuid4().hex * 4))
    prepared = export.export(trio.o.database, trio.o.paths, trio.stick, limit=1000)
    assert len(prepared.paths) > 2 and prepared.paths[0].name.endswith(
        f"-1-sur-{len(prepared.paths)}.entraide"
    )
    missing = prepared.paths[1].read_bytes()
    prepared.paths[1].unlink()
    [carried] = relay.relay(trio.c.database, trio.c.paths, [prepared.paths[0]])
    assert "Il manque des parties" in str(carried.refused)
    prepared.paths[1].write_bytes(missing)
    carried_all = relay.relay(trio.c.database, trio.c.paths, prepared.paths)  # any part names them all
    assert len(carried_all) == 1 and carried_all[0].refused is None
    answer.import_answer(trio.o.database, trio.o.paths, carried_all[0].answer[0])
    assert len(names(trio.o)) == 30


def test_the_carrier_learns_nothing(trio, tmp_path, monkeypatch, capsys):
    secret_name, secret_mail = "Zéphyrine Quintessence", "zephyrine.secrete@salle.fr"
    trio.o.run(contacts.create_contact, person("Zéphyrine", "Quintessence", email=secret_mail))
    trio.t.run(contacts.create_contact, person("Anatole", "Confidentiel"))
    trio.t.sync()
    prepared = export.export(trio.o.database, trio.o.paths, trio.stick)
    carrier_temp, carrier_log = tmp_path / "tmp-club", tmp_path / "journal-club"
    carrier_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(carrier_temp))
    monkeypatch.setenv("ENTRAIDE_LOG_DIR", str(carrier_log))
    data_dir = str(trio.c.paths.root)
    assert (
        main(["courier", "relay", str(prepared.paths[0]), "--data-dir", data_dir, "--log-level", "debug"])
        == 0
    )
    assert main(["status", "--data-dir", data_dir]) == 0
    shown = capsys.readouterr()
    assert "transmis pour un autre ordinateur" in shown.out
    monkeypatch.setattr(tempfile, "tempdir", None)
    searched = [
        p
        for folder in (trio.c.paths.root, carrier_temp, carrier_log)
        for p in folder.rglob("*")
        if p.is_file()
    ]
    assert any(p.suffix == ".sqlite3" for p in searched) and any(carrier_log.rglob("*.log"))
    carried = [secret_name, secret_mail, "Quintessence", "Anatole Confidentiel"]
    for path in [*searched, prepared.paths[0], *trio.stick.glob("*-reponse.entraide")]:
        content = path.read_bytes()
        for value in carried:
            assert value.encode() not in content, f"{value} found in {path}"
    for value in carried:
        assert value not in shown.out + shown.err
    answer.import_answer(trio.o.database, trio.o.paths, next(trio.stick.glob("*-reponse.entraide")))
    assert names(trio.o) == ["Anatole Confidentiel", secret_name]
