"""What the property test (test_properties.py) checks once every laptop is quiet, and the hostile
device's values. Kept apart so that the state machine reads as what volunteers do."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from hypothesis import strategies as st
from sqlalchemy import delete, select

from app.models.outbox import own_fields
from app.models.sync import SyncConflict
from app.models.sync_spec import synced_models
from app.sync.row_shapes import wire_fields
from hub.models import (
    Association,
    Device,
    EnrollmentCode,
    Record,
    RecordLink,
    RecordParty,
    Removal,
    ReservationHold,
)
from protocol.record_schemas import SCHEMAS
from tests.sync.support import bookkeeping, hub_orphans, local_orphans

_leaf = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(["", "yes", "31/12/2027", "2027-02-30", "person", "bon", "x" * 400, "0190"])
)
_value = _leaf | st.lists(_leaf, max_size=3)


def hostile_values(entity_type: str) -> st.SearchStrategy[dict[str, Any]]:
    """Fields of that type (and some it does not have) with values of any type."""
    names = [*SCHEMAS[entity_type].fields, "owner_id", "couleur"]
    return st.dictionaries(st.sampled_from(names), _value, min_size=1, max_size=4)


def acknowledged(operation: dict, result: dict) -> dict[str, Any]:
    """The fields of an operation that the hub says it applied (merged fields included). In a
    conflict, the fields not in conflict are applied, except for an edit against a deletion."""
    if result["status"] in ("applied", "merged"):
        return dict(operation["fields"])
    if result["status"] == "conflict" and (operation["deleted"] or not result.get("deleted_on_hub")):
        return {f: v for f, v in operation["fields"].items() if f not in (result.get("conflicts") or {})}
    return {}


def dropped_by_design(operation: dict, result: dict) -> dict[str, Any]:
    """Deleted on both sides: a field this side changed that the other had changed too is not
    kept, and no conflict is made of it ("nothing for the user to decide", hub/push.py). Edited
    after its owner deleted it for good: refused, the values gone with the record (hub/purge.py)."""
    if result.get("reason_code") == "purged":  # its owner deleted it for good: the edit goes with it
        return dict(operation["fields"])
    if operation["deleted"] and result.get("deleted_on_hub") and result["status"] == "conflict":
        return {f: v for f, v in operation["fields"].items() if f in (result.get("conflicts") or {})}
    return {}


class SyncChecks:
    """Mixed into the state machine, which provides laptops, log, intents, hub_db, associations."""

    def _hub_records(self) -> dict[str, Record]:
        with self.hub_db.db.reader() as session:
            return {r.record_id: r for r in session.scalars(select(Record))}

    def check_every_laptop(self) -> None:
        records = self._hub_records()
        names = (self.association, self.association, self.borrower)
        for index, laptop in enumerate(self.laptops):
            me = self.hub_db.association_id(names[index])
            visible = {
                rid: r
                for rid, r in records.items()
                if not r.deleted
                and (r.owner_id == me or r.visibility == "network" or me in (r.parties or []))
            }
            local, refused = _local_state(laptop)
            here = {rid: value for rid, value in local.items() if rid in visible or rid not in refused}
            assert set(here) == set(visible), (index, set(here) ^ set(visible))
            for rid, (entity_type, fields) in here.items():
                hub = visible[rid]
                assert hub.entity_type == entity_type, rid
                assert {k: hub.fields.get(k) for k in fields} == fields, (index, rid)
            assert bookkeeping(laptop) | {"cursor": 0} == {
                "outbox": 0,
                "inbox": 0,
                "conflicts": 0,
                "cursor": 0,
            }
            assert local_orphans(laptop) == []
        assert hub_orphans(self.fleet.hub) == []

    def forget_this_example(self) -> None:
        """The hub forgets this example (its laptops are gone): later examples pull and list
        nothing of it, so each costs the same however many ran before."""
        owners = [self.hub_db.association_id(name) for name in (self.association, self.borrower)]
        mine = select(Record.record_id).where(Record.owner_id.in_(owners))
        with self.hub_db.db.writer.begin() as session:
            session.execute(delete(RecordLink).where(RecordLink.record_id.in_(mine)))
            session.execute(delete(RecordParty).where(RecordParty.record_id.in_(mine)))
            session.execute(delete(ReservationHold).where(ReservationHold.association_id.in_(owners)))
            session.execute(delete(Record).where(Record.owner_id.in_(owners)))
            session.execute(delete(Removal).where(Removal.association_id.in_(owners)))
            session.execute(delete(EnrollmentCode).where(EnrollmentCode.association_id.in_(owners)))
            session.execute(delete(Device).where(Device.association_id.in_(owners)))
            session.execute(delete(Association).where(Association.id.in_(owners)))

    def check_no_contact_edit_lost(self) -> None:
        on_hub = self.hub_db.records(self.association)
        recorded, recorded_by = self._conflict_values()
        # No acknowledged value lost: the last one acknowledged for each field is the hub's value,
        # unless it is kept in a conflict.
        last: dict[tuple[str, str], tuple[int, int, Any]] = {}
        acked: dict[tuple[int, str, str, Any], int] = {}
        dropped: set[tuple[int, str, str, Any]] = set()
        for seq, i, operation, result in self.log:
            if operation["entity_type"] != "contact":
                continue
            dropped.update(
                (i, operation["record_id"], n, v) for n, v in dropped_by_design(operation, result).items()
            )
            for name, value in acknowledged(operation, result).items():
                acked[(i, operation["record_id"], name, value)] = seq
                if result.get("version") is not None:
                    key = (operation["record_id"], name)
                    if key not in last or (result["version"], seq) > last[key][:2]:
                        last[key] = (result["version"], seq, value)
        for (record_id, name), (_version, _seq, value) in last.items():
            if record_id not in on_hub or on_hub[record_id].purged:
                continue  # made by the hostile device and refused, or emptied from a trash
            final = on_hub[record_id].fields.get(name)
            assert final == value or (record_id, name, value) in recorded, (
                f"acknowledged {name}={value!r} of {record_id} is lost: the hub has {final!r}"
            )
        # No pending edit dropped silently: what a laptop had to send was acknowledged or is in a conflict.
        for i, record_id, name, value, asked in self.intents:
            if (i, record_id, name, value) in dropped:
                continue
            answered = acked.get((i, record_id, name, value), -1) >= asked
            assert answered or (record_id, name, value) in recorded_by[i], (
                f"laptop {i}: {name}={value!r} of {record_id} neither acknowledged nor kept in a conflict"
            )

    def _conflict_values(self) -> tuple[set, dict[int, set]]:
        """(record, field, value) of every conflict ever recorded, resolved or not; also per laptop."""
        everywhere: set = set()
        per_laptop: dict[int, set] = defaultdict(set)

        def read(session) -> list[SyncConflict]:
            return list(session.scalars(select(SyncConflict)))

        for i, laptop in enumerate(self.laptops):
            for c in laptop.run(read):
                for side in (c.local_value, c.remote_value):
                    items = side.items() if isinstance(side, dict) else [(c.field, side)]
                    for name, value in items:
                        if name is not None:
                            everywhere.add((c.record_id, name, value))
                            per_laptop[i].add((c.record_id, name, value))
        return everywhere, per_laptop


def _local_state(laptop) -> tuple[dict[str, tuple[str, dict]], set[str]]:
    """Alive records of every synced type (id -> (type, values)), and the ids the hub refused."""

    def read(session):
        alive = {}
        for entity_type, model in synced_models().items():
            for record in session.scalars(select(model).where(model.deleted_at.is_(None))):
                alive[record.id] = (entity_type, wire_fields(record, own_fields(record)))
        refused = set(session.scalars(select(SyncConflict.record_id).where(SyncConflict.kind == "refused")))
        return alive, refused

    return laptop.run(read)
