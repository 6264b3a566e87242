"""One sync: handshake, push the outbox, pull what changed, each step saved as it goes, so a cut
connection resumes where it stopped and nothing local is ever dropped."""

from __future__ import annotations

import gc
import logging
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol, TypedDict

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.db import Database, backup_database
from app.errors import Text, from_stored
from app.models import utcnow
from app.models.equipment import NetworkAssociation
from app.models.outbox import record_change
from app.models.sync import OutboxEntry, SyncConflict, SyncedRecord, SyncState
from app.models.sync_spec import synced_spec
from app.sync import bulk_indexes, marks, outgoing, purged, quarantine
from app.sync.client import ResyncNeeded
from app.sync.pages import MassDeletion, PageWriter, record_error
from app.sync.records import Prepared, Registry
from protocol import messages as p
from protocol.messages import PURGE_PROTOCOL_VERSION, Member, OperationData, OpResultData, PullData

__all__ = ["MassDeletion", "SyncEngine", "SyncReport", "status", "sync_state"]
log = logging.getLogger("entraide.sync")

KEEP_BACKUPS = 5
PULL_PAGE = 5000
# About 5,000 pages of log on a first sync, under the 8,000 at which a commit checkpoints itself.
CHECKPOINT_EVERY = 10_000  # records
WRITER_WAIT_S = 2.0  # the longest a download waits for the writer's rows (a slow page, a lock)
Progress = Callable[[str, int, int], None]  # (step, done, total)


class Source(Protocol):
    """Where a sync's answers come from: the hub over the network (HubClient), or a courier
    answer carried back on a stick (app/sync/courier/answer.py)."""

    base_url: str

    def handshake(self) -> p.HandshakeResponse: ...
    def push(self, operations: Sequence[OperationData]) -> list[OpResultData]: ...
    def fetch(self, cursor: int, limit: int = ...) -> Callable[[], PullData]: ...


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    hub_replaced: bool = False
    backup: Path | None = None
    deletions: Counter[str] = field(default_factory=Counter)


def sync_state(session: Session) -> SyncState:
    """The one row, made by the store's migrations: read here, never created in a race (two
    connections that both found it missing used to both insert it)."""
    state = session.get(SyncState, 1)
    if state is None:  # removed by hand: put back without failing if another connection does too
        session.execute(insert(SyncState).prefix_with("OR IGNORE").values(id=1, cursor=0))
        state = session.get_one(SyncState, 1)
    return state


class SyncEngine:
    def __init__(
        self,
        database: Database,
        client: Source,
        backups: Path,
        *,
        progress: Progress | None = None,
        allow_mass_deletion: bool = False,
        page_size: int = PULL_PAGE,
    ) -> None:
        self.db, self.client, self.backups = database, client, backups
        self.registry = Registry()
        self.progress = progress or (lambda _step, _done, _total: None)
        self.allow_mass_deletion = allow_mass_deletion
        self.page_size = page_size
        self.pages = PageWriter(self.registry, allow_mass_deletion)
        # Cleared while a page's rows are being inserted; the page read ahead waits for it (see
        # `_fetch`). Set once they are in, just before the page's search index is written
        # (Registry.insert_new, `before_index`), and when the page is done.
        self.may_read_next = threading.Event()
        self._checkpointer: sqlite3.Connection | None = None  # the download thread's (_checkpoint)
        self._unchecked = 0  # records pulled since its last checkpoint

    def run(self) -> SyncReport:
        report = SyncReport()
        hello = self.client.handshake()
        self.start(report, hello)
        self._push(report, hello.association_id, hello.protocol_max >= PURGE_PROTOCOL_VERSION)
        self.pull(report)
        self.finish(hello)
        return report

    def start(self, report: SyncReport, hello: p.HandshakeResponse) -> None:
        """What the hub says of itself: a new identity (instance or courier keys) means a replaced
        or restored hub, to which everything we own is sent again."""
        with self.db.session_factory.begin() as session:
            state = sync_state(session)
            keys = (hello.hub_sign_key, hello.hub_box_key)
            new_keys = hello.hub_sign_key is not None and state.hub_sign_key is not None
            if (state.hub_instance_id and state.hub_instance_id != hello.hub_instance_id) or (
                new_keys and (state.hub_sign_key, state.hub_box_key) != keys
            ):
                report.hub_replaced = True
                self._resend_everything(session, hello.association_id)
            state.association_name, state.device_id = hello.association_name, hello.device_id
            state.hub_url = self.client.base_url
            _remember_members(session, hello.members)

    def finish(self, hello: p.HandshakeResponse) -> None:
        with self.db.session_factory.begin() as session:
            state = sync_state(session)
            # Only now: a replaced hub's sync cut halfway is recognised again next time, so its
            # pull from zero still deletes nothing.
            state.hub_instance_id, state.association_id = hello.hub_instance_id, hello.association_id
            if hello.hub_sign_key is not None:
                state.hub_sign_key, state.hub_box_key = hello.hub_sign_key, hello.hub_box_key
            state.last_sync_at, state.last_error = utcnow(), None

    # --- push -------------------------------------------------------------------------
    def _push(self, report: SyncReport, association_id: str, purge: bool) -> None:
        total = self.db.run(lambda s: s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
        after = None
        while True:
            with self.db.session_factory.begin() as session:
                operations = outgoing.next_batch(session, self.registry, after, purge=purge)
                # Before sending: an answer lost on the way may hide that the hub has them.
                marks.note_given(session, (str(operation["op_id"]) for operation in operations))
            if not operations:
                return
            after = operations[-1].pop("_cursor")
            for operation in operations:
                operation.pop("_cursor", None)
            results = self.client.push(operations)
            with self.db.session_factory.begin() as session:
                report.conflicts += outgoing.record_results(
                    session, self.registry, association_id, operations, results
                )
            report.pushed += len(operations)
            self.progress("push", report.pushed, total)

    def _resend_everything(self, session: Session, association_id: str) -> None:
        """The hub was replaced or restored: re-send all we own, delete nothing, pull from zero.
        The old hub's versions mean nothing to the new one: forgotten, so that what changed there
        meanwhile meets our edits as conflicts instead of being overwritten."""
        # Enrolled again on a new hub, the association may have a new id: what we owned is ours still.
        owners = {association_id, sync_state(session).association_id}
        for known in session.scalars(select(SyncedRecord)).all():
            known.version = 0
            if known.owner_id is not None and known.owner_id not in owners:
                continue
            record = self.registry.load(session, known.entity_type, known.record_id)
            if record is not None:
                spec = synced_spec(record)
                deleted = record.deleted_at is not None
                record_change(session, spec, known.record_id, list(spec.fields), deleted)
        purged.resend(session, owners)
        sync_state(session).cursor = 0

    # --- pull -------------------------------------------------------------------------
    def pull(self, report: SyncReport) -> None:
        with self.db.session_factory.begin() as session:  # a sync cut between pages left them out
            bulk_indexes.restore(session.connection())
            cursor = sync_state(session).cursor
        # The next page downloads while this one is written (one request at a time still).
        self.may_read_next.set()
        self.pages.before_index = self.may_read_next.set
        try:
            with (
                without_cycle_collection(),
                ThreadPoolExecutor(max_workers=1, thread_name_prefix="entraide-pull") as downloader,
            ):
                self._pull_pages(report, cursor, downloader)
        finally:
            if self._checkpointer is not None:
                with suppress(sqlite3.Error):  # never in place of the pull's own error
                    self._checkpointer.close()
                self._checkpointer = None

    def _pull_pages(self, report: SyncReport, cursor: int, downloader: ThreadPoolExecutor) -> None:
        replaced = report.hub_replaced
        # After a 410, the ids the full pull has brought so far. The stored cursor keeps its old
        # value until the end, so an interrupted resync starts again (and finishes its cleanup).
        resync: set[str] | None = None
        ahead: Future[tuple[PullData, Prepared]] | None = None
        while True:
            try:
                page, prepared = ahead.result() if ahead is not None else self._fetch(cursor)
            except ResyncNeeded:
                ahead, resync, cursor = None, set(), 0
                continue
            self.may_read_next.clear()  # before the next download starts: it waits for these rows
            ahead = downloader.submit(self._fetch, page["next_cursor"], True) if page["has_more"] else None
            changes = page["changes"]
            try:
                if changes and report.backup is None:
                    report.backup = self._backup()
                self._write_page(page, report, resync, replaced, prepared)
            finally:
                self.may_read_next.set()
            cursor = page["next_cursor"]
            report.pulled += len(changes)
            self.progress("pull", report.pulled, report.pulled + (1 if page["has_more"] else 0))
            if not page["has_more"]:
                return

    def _fetch(self, cursor: int, ahead: bool = False) -> tuple[PullData, Prepared]:
        """The page after `cursor`, read and prepared. Downloaded `ahead` (by the download thread
        while a page is written), it is read and prepared only once that page's rows are in: both
        need the interpreter, which Python threads take in turns, and the writer gives it up at
        every row it inserts; reading meanwhile held up each of those rows (a first sync of 100,000
        records 15 % longer). What the writer does next is mostly SQL on a first sync (the search
        index, the commit). The download itself, mostly waiting, goes on at once."""
        decode = self.client.fetch(cursor, self.page_size)
        if ahead:
            self.may_read_next.wait(WRITER_WAIT_S)
        page = decode()
        prepared = self.pages.prepare(page["changes"], self.db.engine.dialect)
        self._unchecked += len(page["changes"])
        if ahead and self._unchecked >= CHECKPOINT_EVERY:
            self._checkpoint()
        return page, prepared

    def _checkpoint(self) -> None:
        """Copy the pages committed so far from the write-ahead log into the store file, here,
        while the writer indexes its page: otherwise one of the writer's commits does it every
        8,000 pages of log (0.15–0.2 s of a first sync of 100,000 records). PASSIVE waits for
        nobody and copies what it can; should it fail, the writer's commits still do it. Each
        full copy lets the writer start the log over, which costs it a flush to disk: hence once
        every CHECKPOINT_EVERY records, about as often as before. On a connection of its own,
        kept for the pull (`pull` closes it), never waiting for a lock, never creating a file."""
        self._unchecked = 0
        try:
            if self._checkpointer is None:
                self._checkpointer = sqlite3.connect(
                    f"{self.db.path.as_uri()}?mode=rw", uri=True, timeout=0, check_same_thread=False
                )
            self._checkpointer.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as error:
            log.info("checkpoint left to the writer: %s", type(error).__name__)

    def _write_page(
        self, page: PullData, report: SyncReport, resync: set[str] | None, replaced: bool, prepared: Prepared
    ) -> None:
        """The page and its cursor in one transaction. If the store refuses the page as a whole,
        it is written again change by change, and what still fails is set aside (quarantine)."""
        for careful in (False, True):
            deletions = Counter(report.deletions)
            try:
                with self.db.session_factory.begin() as session, session.no_autoflush:
                    self.pages.write(
                        session,
                        page["changes"],
                        deletions,
                        replaced=replaced,
                        careful=careful,
                        prepared=prepared,
                    )
                    if resync is not None:
                        resync.update(change["record_id"] for change in page["changes"])
                        if not page["has_more"]:
                            self._forget_purged(session, resync, deletions)
                    if not page["has_more"]:
                        self.pages.finish(session)
                    if resync is None or not page["has_more"]:
                        sync_state(session).cursor = page["next_cursor"]  # with the page, atomically
                report.deletions = deletions
                return
            except Exception as error:
                if careful or not record_error(error):
                    raise
                log.warning(
                    "page refused as a whole (%s): written again change by change", type(error).__name__
                )

    def _forget_purged(self, session: Session, seen: set[str], deletions: Counter[str]) -> None:
        """End of a full resync: what we had from the hub and it no longer has was deleted there,
        its tombstone purged before we heard of it. It goes to the trash, unless changed here."""
        gone, pending = [], set(session.scalars(select(OutboxEntry.record_id)))
        for known in session.scalars(select(SyncedRecord)).all():
            if known.record_id in seen or known.record_id in pending:
                continue
            record = self.registry.load(session, known.entity_type, known.record_id)
            if record is not None and record.deleted_at is None:
                gone.append(record)
                deletions[known.entity_type] += 1
        self.pages.ask_before_deleting(session, deletions)
        for record in gone:
            record.deleted_at = utcnow()

    def _backup(self) -> Path:
        path = backup_database(self.db.engine, self.backups, "avant-sync")
        kept = sorted(self.backups.glob("entraide-*-avant-sync.sqlite3"))
        for old in kept[:-KEEP_BACKUPS]:
            old.unlink(missing_ok=True)
        return path


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while pages are pulled. A page of 5,000 records is some
    100,000 new dicts, strings and rows: the collector ran again and again over them (and every
    object of the process), a third of the pull's Python time, holding the interpreter the other
    thread waits for. What a pull makes has no cycles (freed by reference counts as it goes); the
    few a page's session leaves are collected when it is back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class SyncStatus(TypedDict):
    """What `entraide status` and the window show."""

    hub_url: str | None
    association: str | None
    last_sync_at: datetime | None
    last_error: Text | None
    pending: int
    conflicts: int
    quarantined: list[quarantine.QuarantinedRecord]


def status(session: Session) -> SyncStatus:
    """What `entraide status` and the window show."""
    state = sync_state(session)
    return {
        "hub_url": state.hub_url,
        "association": state.association_name,
        "last_sync_at": state.last_sync_at,
        "last_error": from_stored(state.last_error) if state.last_error else None,  # a Text
        "pending": session.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
        "conflicts": session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        or 0,
        "quarantined": quarantine.listing(session),
    }


def _remember_members(session: Session, members: list[Member]) -> None:
    """The network's associations as the hub lists them now (names change, members join)."""
    if not members:
        return  # an older hub that does not list them: keep what we knew
    known = {a.id: a.as_dict() for a in session.scalars(select(NetworkAssociation))}
    if known == {m.id: m.model_dump() for m in members}:
        return  # the usual case: no write at all for a sync with nothing to do
    session.execute(delete(NetworkAssociation))
    session.add_all(NetworkAssociation(id=m.id, name=m.name, rna=m.rna, siret=m.siret) for m in members)
