"""Applying a push: replays answered from stored results, the version lock, each operation judged
by hub/push_ops.py (per-field merge, conflicts kept).

Everything happens in the caller's transaction, which takes the version lock (`lock_state`) once
the batch's earlier answers and its records are read; results are stored with the changes, so an
acknowledged operation is committed. On PostgreSQL the writes are sent with the commit
(hub/push_pipeline.py): the caller's own commit has nothing left to do.
"""

from __future__ import annotations

import functools

from sqlalchemy import DateTime, Row, Select, Update, bindparam, case, or_, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from hub import activity, purge, push_pipeline, rules
from hub.bulk import Encoded, among_parameter
from hub.db import HubDatabase, utcnow
from hub.models import Device, HubState, OperationResult, Record
from hub.push_context import PushContext
from hub.push_ops import apply_one
from hub.refusals import Refusal, rejected
from protocol import reasons
from protocol.marks import is_mark
from protocol.messages import Operation, OpResult, OpStatus

Committed = dict[str, tuple[int, bool]]  # record id: (version, deleted)
Seen = tuple[Update, dict[str, object]]  # the device's row updated, and its parameters

# The statements of every push, built once with named parameters: building them anew cost more
# Python than running them.
_LAST_VERSION = select(HubState.last_version).where(HubState.id == 1)
_SEEN = (
    update(Device)
    .where(Device.id == bindparam("device"))
    .values(last_seen_at=bindparam("now", type_=DateTime))
)
_SEEN_AND_MARK = _SEEN.values(
    courier_mark=case(
        (or_(Device.courier_mark.is_(None), Device.courier_mark < bindparam("newest")), bindparam("newest")),
        else_=Device.courier_mark,
    )
)


@functools.cache
def _lookups(dialect_name: str) -> tuple[Select[str, str, dict[str, object]], Select[Record]]:
    """A batch's stored results and records, by their ids (one list parameter each)."""
    answered = select(OperationResult.op_id, OperationResult.association_id, OperationResult.result)
    return (
        answered.where(among_parameter(dialect_name, OperationResult.op_id, "ids")),
        select(Record).where(among_parameter(dialect_name, Record.record_id, "ids")),
    )


def lock_state(session: Session) -> int:
    """Lock the version counter until commit (PostgreSQL: its table, hub/push_pipeline.py says
    how and why; SQLite: BEGIN IMMEDIATE); the last version handed out. Plain statements, here
    and below: no ORM object is needed."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(push_pipeline.LOCK)
    return int(connection.execute(_LAST_VERSION).scalar_one())


def push_committed(
    db: HubDatabase, association_id: str, device_id: str, operations: list[Operation]
) -> list[OpResult]:
    """One batch in its own committed transaction, as a device's push or a courier file brings it."""
    raced = dropped = False
    while True:
        try:
            with db.writer.begin() as session:
                results, purged = apply_push(session, association_id, device_id, operations)
                refused = next((r.reason for r in results if r.status == OpStatus.REJECTED), None)
                if refused:  # shown in the console's list of devices
                    activity.note_error(session, device_id, refused)
            if purged:  # no older copy of its values left in SQLite's journal either
                db.fold_journal()
            return results
        except IntegrityError:
            if raced:  # twice the same race: not a replay, a real inconsistency
                raise
            raced = True
        except DBAPIError as error:
            # A connection the server dropped (restarted, terminated) is met by the push itself
            # (its caller is found on another pool): nothing was committed, or, if it died in
            # the commit, the next run finds the stored results and replays them (or meets them
            # at its results' insert: then the race above, once more).
            if dropped or not error.connection_invalidated:
                raise
            dropped = True


def _answered(session: Session, operations: list[Operation]) -> dict[str, Row[str, str, dict[str, object]]]:
    """The batch's results stored by earlier pushes, by op id."""
    connection = session.connection()
    found = connection.execute(_lookups(connection.dialect.name)[0], {"ids": [op.op_id for op in operations]})
    return {row.op_id: row for row in found}


def _seen(device_id: str, operations: list[Operation]) -> Seen:
    """When the device was last seen, and its courier mark: a push holds every change its laptop
    had waiting, made or renewed up to its newest op id (a UUIDv7 of the laptop's clock), so a
    courier file that laptop prepared before it holds only superseded values, and is not applied
    (hub/courier.py)."""
    newest = max((op.op_id for op in operations if is_mark(op.op_id)), default=None)
    params: dict[str, object] = {"device": device_id, "now": utcnow()}
    return (_SEEN, params) if newest is None else (_SEEN_AND_MARK, params | {"newest": newest})


def apply_push(
    session: Session, association_id: str, device_id: str, operations: list[Operation]
) -> tuple[list[OpResult], bool]:
    """The results, and whether a record was deleted for good (see hub/purge.py)."""
    # Read before taking the version lock, which every push waits for: the less it is held, the
    # shorter the queue behind it; nothing is written before it (hub/push_pipeline.py says why).
    # A result committed meanwhile by a concurrent replay of the same op makes our OperationResult
    # insert fail on its key; the caller then runs the push again (see hub/api.py), which finds it
    # and replays it.
    stored = _answered(session, operations)
    record_ids = list({op.record_id: None for op in operations})
    current = _lookups(session.get_bind().dialect.name)[1]
    records = {r.record_id: r for r in session.scalars(current, {"ids": record_ids})}
    last_version, committed = lock_and_read(session, record_ids, _seen(device_id, operations))
    _as_committed(session, records, committed)
    ctx = PushContext(session, association_id, device_id, last_version)
    results: list[OpResult] = []
    fresh: dict[str, OpResult] = {}
    first: dict[str, Operation] = {}  # the op each fresh result answers
    now = utcnow()
    for op in operations:
        if op.op_id in stored or op.op_id in fresh:
            earlier = (first[op.op_id], fresh[op.op_id]) if op.op_id in fresh else None
            results.append(_replayed(op, stored.get(op.op_id), earlier, association_id))
            continue
        # A second op on a record created in this batch, or a rule that reads other records (a
        # reservation's equipment may come earlier in the same batch): insert the new ones first.
        if op.record_id in ctx.new_records or (ctx.new_records and rules.concerns(op.entity_type)):
            ctx.flush_new()
        if op.record_id in ctx.flushed and op.record_id not in records:
            records[op.record_id] = session.get_one(Record, op.record_id)
        result = apply_one(ctx, op, records)
        fresh[op.op_id], first[op.op_id] = result, op
        results.append(result)
    if ctx.purged:  # before this push's own results are stored: they hold no value
        purge.forget_results(session, ctx.purged)
    ctx.finish(
        [
            {
                "op_id": op_id,
                "association_id": association_id,
                "result": stored_result(result, result.record_id in ctx.purged),
                "created_at": now,
            }
            for op_id, result in fresh.items()
        ]
    )
    return results, bool(ctx.purged)


def lock_and_read(session: Session, record_ids: list[str], seen: Seen) -> tuple[int, Committed]:
    """The version lock (`lock_state`), then the committed (version, deleted) of the batch's
    records that exist, read once it is held, and the device seen; on PostgreSQL in one round
    trip (hub/push_pipeline.py)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return push_pipeline.lock_and_versions(session, record_ids, seen)
    last_version = lock_state(session)
    connection.execute(*seen)
    found = connection.execute(_versions(connection.dialect.name), {"ids": record_ids})
    return last_version, {record_id: (version, deleted) for record_id, version, deleted in found}


def _as_committed(session: Session, records: dict[str, Record], committed: Committed) -> None:
    """The batch's records, read before the lock (as ORM objects, the costly part), brought to what
    is committed now that it is held: their versions alone are read again, and a record another
    push changed or made meanwhile (its version moved: every change hands one out) is read again
    whole, and so is every tombstone (edits kept on a deleted record keep its version,
    `push_ops._on_deleted_record`); one deleted for good meanwhile (`entraide-hub purge`) leaves
    the batch's records."""
    for record_id in [r for r in records if r not in committed]:
        session.expunge(records.pop(record_id))
    stale = [
        r
        for r, (version, deleted) in committed.items()
        if deleted or r not in records or records[r].version != version
    ]
    if stale:
        again = _lookups(session.get_bind().dialect.name)[1].execution_options(populate_existing=True)
        records.update((r.record_id, r) for r in session.scalars(again, {"ids": stale}))


@functools.cache
def _versions(dialect_name: str) -> Select[str, int, bool]:
    return select(Record.record_id, Record.version, Record.deleted).where(
        among_parameter(dialect_name, Record.record_id, "ids")
    )


def stored_result(result: OpResult, purged: bool) -> Encoded:
    """The result as kept for a replay: its JSON as the answer has it (an answer about a record
    purged later in the batch keeps none of its values). The commonest, a plain "applied" with
    its version, written directly (one in each op of a first push)."""
    if (
        result.version is not None
        and not result.deleted_on_hub
        and result.conflicts is None
        and result.reason is None
        and result.reason_code is None
        and result.reason_values is None
        and result.problems is None
        and result.current is None
    ):  # op ids and record ids need no escaping (protocol: Operation's patterns)
        return Encoded(
            f'{{"op_id":"{result.op_id}","record_id":"{result.record_id}","status":"{result.status.value}",'
            f'"version":{result.version},"deleted_on_hub":false}}'
        )
    hidden = {"current", "conflicts"} if purged else None
    return Encoded(result.model_dump_json(exclude_none=True, exclude=hidden))


def _replayed(
    op: Operation,
    stored: Row[str, str, dict[str, object]] | None,
    earlier: tuple[Operation, OpResult] | None,
    association_id: str,
) -> OpResult:
    """The answer to an op id already answered: the same answer when it is the same op sent
    again; refused when the id names another change (another association's, another record's,
    or, earlier in this batch, other values), which would otherwise be acknowledged unapplied."""
    if earlier is not None:
        first, result = earlier
        return result if first == op else rejected(op, Refusal(reasons.OP_ID_TAKEN))
    assert stored is not None
    if stored.association_id != association_id or stored.result.get("record_id") != op.record_id:
        return rejected(op, Refusal(reasons.OP_ID_TAKEN))
    return OpResult.model_validate(stored.result)
