"""Importing the hub's answer: checked (signed by our hub, meant for this computer, not older than
what we have), then applied by the sync engine itself, as a network sync would apply it: push
results and conflicts, pages, cursor, backup before deletions, the mass-deletion stop."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from app.db import Database
from app.errors import Message
from app.i18n import QT_TRANSLATE_NOOP
from app.logs import events
from app.paths import DataPaths
from app.sync import marks, outgoing
from app.sync.client import ResyncNeeded
from app.sync.courier import files, journal
from app.sync.courier.keys import device_keys
from app.sync.courier.problems import CourierProblem
from app.sync.engine import Progress, SyncEngine, SyncReport, sync_state
from app.sync.records import known_and_pending
from protocol import courier
from protocol import messages as p
from protocol.messages import OperationData, OpResultData, PullData

HELD = QT_TRANSLATE_NOOP(
    "entraide",
    "Modifications de ce fichier non appliquées par le hub : {0} (il avait déjà reçu de cet "
    "ordinateur un fichier ou une synchronisation plus récents). Rien n'est perdu : ce qui attend "
    "encore partira avec le prochain fichier de liaison.",
)


@dataclass
class Imported:
    report: SyncReport = field(default_factory=SyncReport)
    already: datetime | None = None  # when this same answer was imported before (nothing done now)
    # Changes of the file the hub held: it had something newer from this computer. They wait
    # here still and go with the next file (or sync), marked later than what the hub has.
    held: int = 0

    @property
    def held_text(self) -> Message | None:
        """What the window and the command line say of the changes held, if any."""
        return Message(HELD, (self.held,)) if self.held else None


class AnswerSource:
    """The hub as an answer on a stick gives it: the engine pulls its pages as it would the hub's."""

    def __init__(self, payload: dict[str, Any], base_url: str) -> None:
        self.payload, self.base_url = payload, base_url
        self.pages: dict[int, PullData] = {entry["cursor"]: entry["page"] for entry in payload["pages"]}

    def handshake(self) -> p.HandshakeResponse:
        raise NotImplementedError  # made from the answer by `hello`

    def push(self, operations: Sequence[OperationData]) -> list[OpResultData]:
        raise NotImplementedError  # the answer carries the results

    def fetch(self, cursor: int, limit: int = 0) -> Callable[[], PullData]:
        return functools.partial(self.pull, cursor, limit)  # read from the file already

    def pull(self, cursor: int, limit: int = 0) -> PullData:
        if cursor in self.pages:
            return self.pages[cursor]
        if self.payload["resync"]:
            raise ResyncNeeded("")  # the answer starts from zero: so does the engine
        # A network sync brought part of it meanwhile: what is newer than our cursor.
        changes = [c for page in self.pages.values() for c in page["changes"] if c["version"] > cursor]
        return {"changes": changes, "next_cursor": self.payload["cursor_to"], "has_more": False}


def import_answer(
    database: Database,
    paths: DataPaths,
    path: Path,
    *,
    allow_mass_deletion: bool = False,
    progress: Progress | None = None,
) -> Imported:
    data, _parts = files.read(path)
    payload, file_id = _opened(database, paths, data)
    already = database.run(journal.imported_at, file_id)
    newest = max(database.run(journal.newest_imported_version), database.run(lambda s: sync_state(s).cursor))
    if payload["cursor_to"] < newest:
        raise CourierProblem("older")
    if already is not None:
        return Imported(already=already)  # the same answer again: nothing to do, nothing changed
    hub_url = database.run(lambda s: sync_state(s).hub_url) or ""
    engine = SyncEngine(
        database,
        AnswerSource(payload, hub_url),
        paths.backups,
        allow_mass_deletion=allow_mass_deletion,
        progress=progress,
    )
    hello = _hello(database, payload)
    imported = Imported()
    engine.start(imported.report, hello)
    _record_results(engine, imported.report, payload)
    if "device_mark" in payload:  # the hub held the file as older than what it had from us
        imported.held = int(payload.get("held") or 0)
        database.run(lambda s: marks.learn(s, payload["device_mark"]))
    engine.pull(imported.report)
    engine.finish(hello)
    database.run(
        lambda s: journal.note(
            s,
            journal.IMPORTED,
            file_id,
            path.name,
            len(data),
            hub_version=payload["cursor_to"],
        )
    )
    report = imported.report
    events.record(
        "courier", "imported", pushed=report.pushed, pulled=report.pulled, conflicts=report.conflicts
    )
    return imported


def _opened(database: Database, paths: DataPaths, data: bytes) -> tuple[dict[str, Any], str]:
    """The answer's content, once every check has passed; nothing is written before."""
    try:
        header = courier.read_header(data)
    except courier.CourierRefused as refused:
        raise CourierProblem(refused.code) from refused
    if header.kind != "answer":
        raise CourierProblem("not_answer")
    state = database.run(sync_state)
    keys, hub = database.run(lambda s: device_keys(sync_state(s), paths))
    if header.device_id != state.device_id:
        raise CourierProblem("not_for_us")
    if header.hub_keys != hub.fingerprint():
        raise CourierProblem("other_hub")
    try:
        payload = courier.open_sealed(data, hub.sign, keys)
    except courier.CourierRefused as refused:
        raise CourierProblem(refused.code) from refused
    if state.hub_instance_id and payload.get("hub_instance_id") != state.hub_instance_id:
        raise CourierProblem("other_hub")
    return payload, header.file_id


def _hello(database: Database, payload: dict[str, Any]) -> p.HandshakeResponse:
    state = database.run(sync_state)
    return p.HandshakeResponse(
        protocol_min=p.MIN_PROTOCOL_VERSION,
        protocol_max=p.PROTOCOL_VERSION,
        hub_instance_id=payload["hub_instance_id"],
        association_id=payload["association_id"],
        association_name=payload["association_name"],
        device_id=state.device_id or "",
        deletion_retention_days=0,
        oldest_cursor=0,
        current_version=payload["cursor_to"],
        members=[p.Member.model_validate(member) for member in payload["members"]],
        hub_sign_key=state.hub_sign_key,
        hub_box_key=state.hub_box_key,
    )


def _record_results(engine: SyncEngine, report: SyncReport, payload: dict[str, Any]) -> None:
    """The hub's answers to what the file carried, for the changes still waiting with the same op
    id: one sent again since (by a sync or another file) was answered already and is not counted twice."""
    operations: list[OperationData] = payload["operations"]
    results: list[OpResultData] = payload["results"]
    with engine.db.session_factory.begin() as session:
        pending = known_and_pending(session, [op["record_id"] for op in operations])[1]
        kept = [
            (op, result)
            for op, result in zip(operations, results, strict=True)
            if (entry := pending.get(op["record_id"])) is not None and entry.op_id == op["op_id"]
        ]
        if kept:
            report.conflicts += outgoing.record_results(
                session,
                engine.registry,
                payload["association_id"],
                [op for op, _ in kept],
                [result for _, result in kept],
            )
        report.pushed = len(kept)
