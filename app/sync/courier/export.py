"""Preparing a courier file: the pending changes as the same push operations a sync would send
(same op ids: the hub can never apply one twice), and the pull cursor, sealed for the hub."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db import Database
from app.logs import events
from app.paths import DataPaths
from app.sync import marks, outgoing
from app.sync.courier import files, journal
from app.sync.courier.keys import device_keys
from app.sync.engine import sync_state
from app.sync.records import Registry
from protocol import courier
from protocol.messages import OperationData


@dataclass(frozen=True)
class Prepared:
    paths: list[Path]
    size: int
    counts: Counter[str]  # operations per record kind

    @property
    def operations(self) -> int:
        return sum(self.counts.values())


def export(
    database: Database,
    paths: DataPaths,
    folder: Path,
    *,
    today: date | None = None,
    limit: int = courier.PART_LIMIT,
) -> Prepared:
    """Write the file into `folder`. The op ids are kept in the outbox in the same transaction
    that writes the file: a later sync, or another file, sends the same ones."""
    registry = Registry()
    with database.session_factory.begin() as session:
        state = sync_state(session)
        keys, hub = device_keys(state, paths)
        operations: list[OperationData] = []
        after = None
        while True:
            batch = outgoing.next_batch(session, registry, after)
            if not batch:
                break
            after = batch[-1]["_cursor"]
            for operation in batch:
                operation.pop("_cursor", None)
            operations.extend(batch)
        counts = Counter(str(op["entity_type"]) for op in operations)
        header = courier.Header("export", str(uuid.uuid4()), state.device_id or "", hub.fingerprint())
        # `prepared` orders this laptop's files: the hub never applies one older than one it applied.
        prepared = marks.next_file_mark(session, (str(op["op_id"]) for op in operations))
        payload = {"operations": operations, "cursor": state.cursor, "prepared": prepared}
        sealed = courier.seal(header, payload, keys, hub.box)
        name = files.file_name(state.association_name or "", today or date.today())
        written = files.write(folder, name, sealed, limit=limit)
        journal.note(session, journal.PREPARED, header.file_id, written.paths[0].name, written.size, counts)
    events.record(
        "courier", "prepared", operations=len(operations), parts=len(written.paths), bytes=written.size
    )
    return Prepared(written.paths, written.size, counts)
