"""The stick in messy real use: two files prepared before any answer came back, carried in any
order and by two carriers, a record edited again after its file left, a read-only or vanished
stick. Nothing is applied twice, nothing is lost, no conflict is invented."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.__main__ import main
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync.courier import answer, export, relay
from app.sync.courier.problems import CourierProblem
from app.sync.engine import status
from tests.sync.courier_support import names, trio_fixture  # noqa: F401 (the fixture)
from tests.sync.support import HubDatabase, alive, bookkeeping


def person(first: str, last: str, **kw) -> ContactFields:
    return ContactFields(kind="person", first_name=first, last_name=last, **kw)


def _carry(trio, prepared, carrier=None):
    carrier = carrier or trio.c
    [carried] = relay.relay(carrier.database, carrier.paths, prepared.paths)
    assert carried.refused is None, carried.refused
    return carried.answer[0]


def _import(trio, path):
    try:
        return answer.import_answer(trio.o.database, trio.o.paths, path)
    except CourierProblem as problem:
        assert problem.code == "older", problem
        return None


def _settled(trio, live_hub) -> None:
    """O reaches the network at last: everything agrees, once, without conflict."""
    trio.o.sync()
    trio.t.sync()
    assert trio.o.run(status)["conflicts"] == 0 and trio.t.run(status)["conflicts"] == 0
    assert bookkeeping(trio.o)["outbox"] == 0
    assert alive(trio.o) == alive(trio.t)
    hub = HubDatabase(live_hub)
    try:
        assert len(hub.records("La Salle des Fêtes")) == len(alive(trio.o))
    finally:
        hub.close()


def test_two_files_before_any_answer_carried_and_imported_in_any_order(trio, live_hub):
    for carry_order in ((0, 1), (1, 0)):
        for import_order in ((0, 1), (1, 0)):
            o = trio.o
            tag = f"{carry_order}{import_order}"
            lea = o.run(contacts.create_contact, person("Léa", f"Premier{tag}"))
            first = export.export(o.database, o.paths, trio.stick)
            o.run(contacts.update_contact, lea, person("Léa", f"Second{tag}"))
            o.run(contacts.create_contact, person("Paul", f"Roux{tag}"))
            second = export.export(o.database, o.paths, trio.stick)
            prepared = (first, second)
            answers = {i: _carry(trio, prepared[i]) for i in carry_order}
            for i in import_order:
                _import(trio, answers[i])
            assert f"Léa Second{tag}" in names(o) and f"Paul Roux{tag}" in names(o)
            _settled(trio, live_hub)
            assert f"Léa Second{tag}" in names(trio.t) and f"Léa Premier{tag}" not in names(trio.t)
            for path in trio.stick.iterdir():
                path.unlink()


def test_one_file_carried_by_two_carriers_and_one_of_its_own_association(trio, live_hub):
    o = trio.o
    o.run(contacts.create_contact, person("Léa", "Martin"))
    prepared = export.export(o.database, o.paths, trio.stick)
    copy = trio.stick.parent / "autre-cle"
    copy.mkdir()
    copied = type(prepared)(
        [Path(shutil.copy(p, copy)) for p in prepared.paths], prepared.size, prepared.counts
    )
    by_club = _carry(trio, prepared)
    by_office = _carry(trio, copied, carrier=trio.t)  # the same association: still sealed for O
    assert names(trio.t) == []  # carrying did not put O's records in the carrier's store
    for path in (by_office, by_club):
        _import(trio, path)
    assert names(o) == ["Léa Martin"] and o.run(status)["pending"] == 0
    _settled(trio, live_hub)


def test_a_stick_pulled_out_says_so_and_the_file_can_be_carried_again(trio, live_hub):
    o = trio.o
    o.run(contacts.create_contact, person("Léa", "Martin"))
    prepared = export.export(o.database, o.paths, trio.stick)
    gone = prepared.paths[0].with_name("parti.entraide")
    [carried] = relay.relay(trio.c.database, trio.c.paths, [gone])
    assert carried.answer == [] and "Impossible de lire" in str(carried.refused)
    # The answer lost on the way (the stick pulled out as it was written): carried again, the
    # hub answers the same, applied once.
    _carry(trio, prepared).unlink()
    done = answer.import_answer(o.database, o.paths, _carry(trio, prepared))
    assert done.report.pushed == 1 and names(o) == ["Léa Martin"]
    _settled(trio, live_hub)


def test_a_file_carried_after_the_laptop_synced_newer_values_puts_nothing_back(trio, live_hub):
    o = trio.o
    lea = o.run(contacts.create_contact, person("Léa", "Premier"))
    prepared = export.export(o.database, o.paths, trio.stick)
    o.run(contacts.update_contact, lea, person("Léa", "Second"))
    o.sync()  # the laptop reached a connection before the stick was carried
    _import(trio, _carry(trio, prepared))
    _settled(trio, live_hub)
    assert names(trio.t) == ["Léa Second"]


def test_a_renamed_file_with_spaces_and_accents_goes_by_the_command_line(trio, capsys):
    o = trio.o
    o.run(contacts.create_contact, person("Léa", "Martin"))
    [path] = export.export(o.database, o.paths, trio.stick).paths
    renamed = path.rename(path.with_name("Copie de l'entraide – salle été.entraide"))
    trio.c.database.close()
    assert main(["courier", "relay", str(renamed), "--data-dir", str(trio.c.paths.root)]) == 0
    [reply] = trio.stick.glob("*-reponse.entraide")
    assert reply.name == "Copie de l'entraide – salle été-reponse.entraide"
    o.database.close()
    assert main(["courier", "import", str(reply), "--data-dir", str(o.paths.root)]) == 0
    assert "1 envoyé" in capsys.readouterr().out


def test_a_part_copied_twice_or_a_part_of_another_file_beside_it_does_not_stop_the_file(trio):
    o = trio.o
    for n in range(30):
        o.run(contacts.create_contact, person("Personne", f"N{n}", notes=f"{n:04d}" * 40))
    first = export.export(o.database, o.paths, trio.stick, limit=1000)
    shutil.copy(first.paths[1], trio.stick / f"Copie de {first.paths[1].name}")
    other = trio.stick.parent / "autre"
    other.mkdir()
    o.run(contacts.create_contact, person("Paul", "Roux"))
    stranger = export.export(o.database, o.paths, other, limit=1000).paths[1]
    shutil.copy(stranger, trio.stick / "partie-etrangere-2-sur-9.entraide")
    [carried] = relay.relay(trio.c.database, trio.c.paths, [first.paths[0]])
    assert carried.refused is None, carried.refused
    done = answer.import_answer(o.database, o.paths, carried.answer[0])
    assert done.report.pushed == 30 and o.run(status)["pending"] == 1  # Paul came after the file
