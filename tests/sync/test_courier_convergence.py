"""Random edits on three laptops, O syncing only by the stick (C of another association carries
it), T of O's association over the network: once quiet, the stores and the hub agree. Conflicts
are settled on O (and on T), keep mine or keep theirs by a fixed rule. A seeded loop: the same
few histories every run, small enough for a couple of seconds each."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from app.sync import conflicts
from app.sync.courier import answer, export, relay
from app.sync.engine import status
from hub.models import Record
from tests.sync.courier_support import Trio, enrolled
from tests.sync.support import HubDatabase, alive, bookkeeping

FIRST, LAST, MAIL = ["Léa", "Paul", "Zoé"], ["Martin", "Roux", "Petit"], ["", "a@ex.fr", "b@ex.fr"]


def _fields(rng: random.Random) -> ContactFields:
    return ContactFields(
        kind="person", first_name=rng.choice(FIRST), last_name=rng.choice(LAST), email=rng.choice(MAIL)
    )


def _courier_round(trio: Trio) -> None:
    prepared = export.export(trio.o.database, trio.o.paths, trio.stick)
    [carried] = relay.relay(trio.c.database, trio.c.paths, prepared.paths)
    assert carried.refused is None, carried.refused
    answer.import_answer(trio.o.database, trio.o.paths, carried.answer[0])
    for path in trio.stick.iterdir():
        path.unlink()  # the volunteer empties the stick


def _settle(laptop, mine: bool) -> int:
    found = laptop.run(conflicts.list_conflicts)
    for conflict in found:
        laptop.run(conflicts.keep_mine if mine else conflicts.keep_theirs, conflict.id)
    return len(found)


def _conflict_on_o(trio: Trio, shared: list[str]) -> int:
    """The same field edited on O and on T: the stick brings the conflict to O, settled there."""
    lea = trio.t.run(
        contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name="Martin")
    )
    shared.append(lea)
    trio.t.sync()
    _courier_round(trio)
    trio.o.run(
        contacts.update_contact, lea, ContactFields(kind="person", first_name="Léa", last_name="Salle")
    )
    trio.t.run(
        contacts.update_contact, lea, ContactFields(kind="person", first_name="Léa", last_name="Bureau")
    )
    trio.t.sync()
    _courier_round(trio)
    return _settle(trio.o, mine=True)


def _step(rng: random.Random, trio: Trio, shared: list[str], theirs: list[str], settled: list[int]) -> None:
    actor = rng.choice(["o", "t", "c"])
    laptop, ids = {"o": (trio.o, shared), "t": (trio.t, shared), "c": (trio.c, theirs)}[actor]
    action = rng.choice(["create", "edit", "edit", "trash", "sync"])
    alive_here = [i for i in ids if i in alive(laptop)]
    if action == "create" or (action in ("edit", "trash") and not alive_here):
        ids.append(laptop.run(contacts.create_contact, _fields(rng)))
    elif action == "edit":
        laptop.run(contacts.update_contact, rng.choice(alive_here), _fields(rng))
    elif action == "trash":
        laptop.run(trash.trash_contacts, [rng.choice(alive_here)])
    elif actor == "o":
        _courier_round(trio)
        settled.append(_settle(trio.o, mine=rng.random() < 0.5))
    else:
        laptop.sync()
        _settle(laptop, mine=rng.random() < 0.5)


def _quiet(trio: Trio) -> None:
    for _ in range(6):
        trio.t.sync()
        trio.c.sync()
        _courier_round(trio)
        _settle(trio.o, mine=True)
        _settle(trio.t, mine=False)
        if all(
            bookkeeping(x)["outbox"] == 0 and x.run(status)["conflicts"] == 0
            for x in (trio.o, trio.t, trio.c)
        ):
            trio.t.sync()
            _courier_round(trio)
            return
    raise AssertionError("the laptops never became quiet")


def _hub_alive(hub: HubDatabase, association: str) -> dict[str, dict]:
    owner = hub.association_id(association)
    with hub.db.reader() as session:
        rows = session.scalars(select(Record).where(Record.owner_id == owner, Record.deleted.is_(False)))
        return {r.record_id: r.fields for r in rows}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_stores_and_hub_converge_through_the_stick(seed, tmp_path, live_hub, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    trio = Trio(
        enrolled(live_hub, tmp_path, "La Salle des Fêtes", "salle"),
        enrolled(live_hub, tmp_path, "Le Club", "club"),
        enrolled(live_hub, tmp_path, "La Salle des Fêtes", "bureau"),
        tmp_path / "cle",
    )
    trio.stick.mkdir()
    rng, shared, theirs, settled = random.Random(seed), [], [], []
    hub = HubDatabase(live_hub)
    try:
        assert _conflict_on_o(trio, shared) >= 1
        for _ in range(25):
            _step(rng, trio, shared, theirs, settled)
        _quiet(trio)
        on_hub = _hub_alive(hub, "La Salle des Fêtes")
        for laptop in (trio.o, trio.t):
            here = alive(laptop)
            assert set(here) == set(on_hub), laptop.name
            for record_id, fields in here.items():
                assert {k: on_hub[record_id].get(k) for k in fields} == fields, (laptop.name, record_id)
        assert set(alive(trio.c)) == set(_hub_alive(hub, "Le Club"))
        assert not set(alive(trio.c)) & set(on_hub)  # the carrier holds none of O's records
    finally:
        hub.close()
        trio.close()
