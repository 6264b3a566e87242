"""A laptop whose clock goes back (a flat BIOS battery puts it years back) still gets its courier
files applied: each file is marked later than every mark it gave the hub before. A store that
kept no mark (restored from a backup, or from a version before this one) has one file held, is
told so, learns the hub's mark from the answer, and its next file goes through."""

from __future__ import annotations

import time
import uuid

from sqlalchemy import update

import app.ids
from app.__main__ import main
from app.models import SyncState
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields
from app.sync.courier import answer, export, relay
from app.sync.engine import status
from tests.sync.courier_support import trio_fixture  # noqa: F401 (the fixture)
from tests.sync.support import HubDatabase

YEAR_NS = 365 * 24 * 3600 * 10**9


def person(first: str, last: str) -> ContactFields:
    return ContactFields(kind="person", first_name=first, last_name=last)


class _ClockSetBack:
    """What app.ids reads of the time module, a year early."""

    @staticmethod
    def time_ns() -> int:
        return time.time_ns() - YEAR_NS


class _ClockAhead:
    """Fifty years late: set so by mistake, then put right."""

    @staticmethod
    def time_ns() -> int:
        return time.time_ns() + 50 * YEAR_NS


def _round_trip(trio, cli=None) -> answer.Imported | None:
    """O prepares a file, C carries it to the hub, O imports the answer (or lets the command line)."""
    prepared = export.export(trio.o.database, trio.o.paths, trio.stick)
    [carried] = relay.relay(trio.c.database, trio.c.paths, prepared.paths)
    assert carried.refused is None, carried.refused
    if cli is not None:
        return cli(carried.answer[0])
    return answer.import_answer(trio.o.database, trio.o.paths, carried.answer[0])


def _on_hub(live_hub) -> list[str]:
    hub = HubDatabase(live_hub)
    try:
        return sorted(r.fields["display_name"] for r in hub.records("La Salle des Fêtes").values())
    finally:
        hub.close()


def test_a_clock_set_back_after_a_file_still_gets_the_next_file_applied(trio, live_hub, monkeypatch):
    o = trio.o
    o.run(contacts.create_contact, person("Léa", "Martin"))
    assert _round_trip(trio).held == 0
    monkeypatch.setattr(app.ids, "time", _ClockSetBack)
    o.run(contacts.create_contact, person("Paul", "Roux"))
    done = _round_trip(trio)
    assert done.held == 0 and done.report.pushed == 1
    assert o.run(status)["pending"] == 0
    assert _on_hub(live_hub) == ["Léa Martin", "Paul Roux"]


def test_a_clock_set_back_after_a_network_sync_still_gets_the_next_file_applied(trio, live_hub, monkeypatch):
    o = trio.o
    o.run(contacts.create_contact, person("Léa", "Martin"))
    o.sync()  # the hub's mark for O is now the op id of that push
    monkeypatch.setattr(app.ids, "time", _ClockSetBack)
    o.run(contacts.create_contact, person("Paul", "Roux"))
    assert _round_trip(trio).held == 0
    assert o.run(status)["pending"] == 0 and _on_hub(live_hub) == ["Léa Martin", "Paul Roux"]


def test_a_store_without_its_mark_is_told_learns_the_hubs_and_its_next_file_goes(
    trio, live_hub, monkeypatch, capsys
):
    o = trio.o
    o.run(contacts.create_contact, person("Léa", "Martin"))
    _round_trip(trio)
    o.run(lambda s: s.execute(update(SyncState).values(courier_mark=None)))  # as a restored backup
    monkeypatch.setattr(app.ids, "time", _ClockSetBack)
    o.run(contacts.create_contact, person("Paul", "Roux"))
    salle = str(o.paths.root)

    def by_command_line(reply):
        assert main(["courier", "import", str(reply), "--data-dir", salle]) == 0

    _round_trip(trio, cli=by_command_line)
    out = capsys.readouterr().out
    assert "Modifications de ce fichier non appliquées par le hub : 1 (" in out
    assert "Rien n'est perdu" in out
    assert o.run(status)["pending"] == 1 and _on_hub(live_hub) == ["Léa Martin"]
    done = _round_trip(trio)
    assert done.held == 0 and o.run(status)["pending"] == 0
    assert _on_hub(live_hub) == ["Léa Martin", "Paul Roux"]


def test_a_file_carried_after_the_push_of_newer_values_does_not_put_the_older_back(
    trio, live_hub, monkeypatch
):
    o = trio.o
    lea = o.run(contacts.create_contact, person("Léa", "Premier"))
    prepared = export.export(o.database, o.paths, trio.stick)
    monkeypatch.setattr(app.ids, "time", _ClockSetBack)  # between the file and the push
    o.run(contacts.update_contact, lea, person("Léa", "Second"))
    o.sync()
    assert _on_hub(live_hub) == ["Léa Second"]
    [carried] = relay.relay(trio.c.database, trio.c.paths, prepared.paths)
    answer.import_answer(o.database, o.paths, carried.answer[0])
    assert _on_hub(live_hub) == ["Léa Second"]


def test_a_clock_ahead_then_put_right_does_not_let_an_older_file_win(trio, live_hub, monkeypatch):
    o = trio.o
    monkeypatch.setattr(app.ids, "time", _ClockAhead)
    o.run(contacts.create_contact, person("Paul", "Roux"))
    o.sync()  # the hub's mark for this laptop is now fifty years ahead
    monkeypatch.undo()
    lea = o.run(contacts.create_contact, person("Léa", "Premier"))
    prepared = export.export(o.database, o.paths, trio.stick)
    o.run(contacts.update_contact, lea, person("Léa", "Second"))
    o.sync()
    [carried] = relay.relay(trio.c.database, trio.c.paths, prepared.paths)
    answer.import_answer(o.database, o.paths, carried.answer[0])
    assert _on_hub(live_hub) == ["Léa Second", "Paul Roux"]
    o.run(contacts.create_contact, person("Zoé", "Après"))
    assert _round_trip(trio).held == 0  # and the next file still goes
    assert _on_hub(live_hub) == ["Léa Second", "Paul Roux", "Zoé Après"]


def test_op_ids_that_are_no_marks_do_not_stop_a_laptops_files(trio, live_hub):
    o = trio.o
    for forged in ("zzzzzzzz-zzzz-7zzz-zzzz-zzzzzzzzzzzz", "FFFFFFFF-FFFF-7FFF-BFFF-FFFFFFFFFFFF"):
        refused = o.client.push(
            [{"op_id": forged, "record_id": str(uuid.uuid4()), "entity_type": "vaisseau", "fields": {}}]
        )
        assert refused[0]["status"] == "rejected"
    o.run(contacts.create_contact, person("Léa", "Martin"))
    assert _round_trip(trio).held == 0
    assert _on_hub(live_hub) == ["Léa Martin"]
