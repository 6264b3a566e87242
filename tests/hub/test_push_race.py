"""A push reads its records before it takes the version lock (hub/push.py, `_as_committed`): what
another push committed in between must still be what it merges with. The other push is run at
the very moment this one asks for the lock (PostgreSQL; SQLite takes its write lock first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from hub import push as hub_push
from hub.auth import ids_for_token
from hub.models import Record, RecordParty
from protocol.messages import Operation
from tests.hub.conftest import Hub, Member, op


def _meanwhile(monkeypatch: pytest.MonkeyPatch, hub: Hub, work: Callable[[], None]) -> None:
    """`work` runs once, committed, between the next push's first reads and its version lock."""
    locking = hub_push.lock_and_read
    pending = [work]

    def lock_after_work(session: Session, *args: Any) -> tuple[int, hub_push.Committed]:
        while pending:
            pending.pop()()
        return locking(session, *args)

    monkeypatch.setattr(hub_push, "lock_and_read", lock_after_work)


def _pushed_by(hub: Hub, who: Member, *ops: dict) -> Callable[[], None]:
    def push() -> None:
        with hub.database.lookup() as session:
            found = ids_for_token(session, who.token)
        assert found is not None
        device_id, association_id = found
        operations = [Operation.model_validate(o) for o in ops]
        results = hub_push.push_committed(hub.database, association_id, device_id, operations)
        assert all(result.version for result in results), results

    return push


def _shared_sono(hub: Hub) -> tuple[Member, Member, str, int]:
    """An association's two laptops and the equipment the first made: (laptop, office, id, version)."""
    laptop = hub.member("Les Amis")
    office = hub.device(laptop, "Portable du bureau")
    [made] = hub.push(laptop, op("equipment", name="Sono", notes=""))
    return laptop, office, made["record_id"], made["version"]


@pytest.mark.parametrize("hub_url", ["postgresql"], indirect=True)
def test_an_edit_committed_while_a_push_waited_for_the_lock_is_merged_not_overwritten(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, office, record_id, base = _shared_sono(hub)

    _meanwhile(
        monkeypatch, hub, _pushed_by(hub, office, op("equipment", record_id, base=base, name="Sono 2"))
    )
    [edited] = hub.push(laptop, op("equipment", record_id, base=base, notes="câbles dans la caisse"))

    assert edited["status"] == "merged", edited
    fields = hub.seen(laptop)[record_id]["fields"]
    assert fields["name"] == "Sono 2"  # the other laptop's change, committed meanwhile, is kept
    assert fields["notes"] == "câbles dans la caisse"


@pytest.mark.parametrize("hub_url", ["postgresql"], indirect=True)
def test_a_conflict_with_a_change_committed_while_waiting_is_seen(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, office, record_id, base = _shared_sono(hub)

    _meanwhile(
        monkeypatch, hub, _pushed_by(hub, office, op("equipment", record_id, base=base, name="Barnum"))
    )
    [edited] = hub.push(laptop, op("equipment", record_id, base=base, name="Grande sono"))

    assert edited["status"] == "conflict", edited
    assert hub.seen(laptop)[record_id]["fields"]["name"] == "Barnum"


@pytest.mark.parametrize("hub_url", ["postgresql"], indirect=True)
def test_a_record_made_by_another_laptop_while_waiting_is_not_made_twice(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = hub.member("Les Amis")
    office = hub.device(laptop, "Portable du bureau")
    same = op("equipment", name="Tente")

    _meanwhile(monkeypatch, hub, _pushed_by(hub, office, same))
    [again] = hub.push(laptop, {**same, "op_id": same["op_id"] + "-b"})

    assert again["status"] == "merged", again
    assert hub.seen(laptop)[same["record_id"]]["fields"]["name"] == "Tente"


@pytest.mark.parametrize("hub_url", ["postgresql"], indirect=True)
def test_a_record_deleted_for_good_while_waiting_answers_instead_of_failing(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = hub.member("Les Amis")
    [made] = hub.push(laptop, op("equipment", name="Sono"))
    record_id, base = made["record_id"], made["version"]

    def purged() -> None:  # as `entraide-hub purge` forgets an old tombstone
        with hub.database.writer.begin() as session:
            session.execute(delete(RecordParty).where(RecordParty.record_id == record_id))
            session.execute(delete(Record).where(Record.record_id == record_id))

    _meanwhile(monkeypatch, hub, purged)
    answer = hub.client.post(
        "/v1/push",
        json={"operations": [op("equipment", record_id, base=base, notes="x")]},
        headers=laptop.headers,
    )

    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["record_id"] == record_id


@pytest.mark.parametrize("hub_url", ["postgresql"], indirect=True)
def test_edits_kept_on_a_deleted_record_meanwhile_are_not_erased(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edits a deletion carries are kept on the tombstone without a new version: the record read
    before the lock must still be read again (a later restore brings them back)."""
    laptop, office, record_id, base = _shared_sono(hub)
    president = hub.device(laptop, "Portable de la présidente")
    hub.push(president, op("equipment", record_id, base=base, deleted=True))

    edit = op("equipment", record_id, base=base, deleted=True, name="Sono X")
    _meanwhile(monkeypatch, hub, _pushed_by(hub, office, edit))
    hub.push(laptop, op("equipment", record_id, base=base, deleted=True, notes="câbles dans la caisse"))

    with hub.database.lookup() as session:
        record = session.get_one(Record, record_id)
        assert record.deleted
        assert record.fields["name"] == "Sono X"  # the office's edit, kept meanwhile
        assert record.fields["notes"] == "câbles dans la caisse"
