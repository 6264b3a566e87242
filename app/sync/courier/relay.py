"""Carrying another laptop's courier file: sent to the hub as it is, with this computer's own
token; the sealed answer is written beside it. Nothing is opened here: this computer has no key
for either direction, and keeps only the files' names and sizes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.db import Database
from app.errors import Text
from app.logs import events
from app.paths import DataPaths
from app.sync.client import HubClient, HubError
from app.sync.courier import files, journal
from app.sync.courier.problems import CourierProblem
from app.sync.credentials import TokenStore
from app.sync.engine import sync_state
from protocol import courier


@dataclass(frozen=True)
class Carried:
    source: Path
    answer: list[Path]  # empty when the hub refused the file
    refused: Text | None = None


def relay(
    database: Database,
    paths: DataPaths,
    sources: list[Path],
    *,
    cancelled: Callable[[], bool] | None = None,
) -> list[Carried]:
    """Each file (or each set of parts, named by any of them) once; a refusal does not stop the others."""
    hub_url = database.run(lambda s: sync_state(s).hub_url)
    if not hub_url:
        raise CourierProblem("not_enrolled")
    client = HubClient(hub_url, TokenStore(paths.root).load(hub_url), cancelled=cancelled or (lambda: False))
    done: set[Path] = set()
    carried = []
    for source in sources:
        if source in done:
            continue
        try:
            data, used = files.read(source)
            done.update(used)
            carried.append(_carry(database, client, source, data))
        except CourierProblem as problem:
            carried.append(Carried(source, [], problem.text))
    return carried


def _carry(database: Database, client: HubClient, source: Path, data: bytes) -> Carried:
    try:
        header = courier.read_header(data)
    except courier.CourierRefused as refused:
        raise CourierProblem(refused.code) from refused
    if header.kind != "export":
        raise CourierProblem("not_courier")
    try:
        answer = client.relay(data)
    except HubError as error:
        events.record("courier", "refused", bytes=len(data))
        return Carried(source, [], error.text)
    written = files.write(source.parent, files.answer_name(source.name), answer, replace=True)
    database.run(lambda s: journal.note(s, journal.CARRIED, header.file_id, source.name, len(data)))
    events.record("courier", "carried", bytes=len(data), answer_bytes=len(answer))
    return Carried(source, written.paths)


def relay_stick(database: Database, paths: DataPaths) -> list[Carried]:
    """At each sync: what waits in the folder named as the stick, if it is plugged in."""
    folder = database.run(lambda s: sync_state(s).courier_folder)
    if not folder or not Path(folder).is_dir():
        return []
    waiting = files.outgoing_in(Path(folder))
    return relay(database, paths, waiting) if waiting else []
