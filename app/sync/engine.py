"""One sync: handshake, push the outbox, pull what changed, each step saved as it goes, so a cut
connection resumes where it stopped and nothing local is ever dropped."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.db import Database, backup_database, id_set
from app.models import utcnow
from app.models.equipment import NetworkAssociation
from app.models.outbox import APPLYING_REMOTE, record_change
from app.models.sync import OutboxEntry, SyncConflict, SyncedRecord, SyncInbox, SyncState
from app.models.sync_spec import spec_of
from app.services.practices.index import refresh_practice_index
from app.sync import outgoing
from app.sync.client import HubClient, ResyncNeeded
from app.sync.records import Page, Registry, known_and_pending

KEEP_BACKUPS = 5
DISPUTES = ("deleted", "deleted_here")  # deletion conflicts: the record stays as it is here
PULL_PAGE = 5000
MASS_DELETION_SHARE = 1 / 3
MASS_DELETION_MINIMUM = 10  # below this, deleting a third is no cause for alarm
Progress = Callable[[str, int, int], None]  # (step, done, total)


class MassDeletion(Exception):
    """The pull would delete a large share of some record type: ask before going on."""

    def __init__(self, entity_type: str, deleting: int, local: int) -> None:
        super().__init__(
            f"La synchronisation supprimerait {deleting} fiches « {entity_type} » sur {local} : "
            "confirmez avant de continuer."
        )
        self.entity_type, self.deleting, self.local = entity_type, deleting, local


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    hub_replaced: bool = False
    backup: Path | None = None
    deletions: Counter = field(default_factory=Counter)


def sync_state(session: Session) -> SyncState:
    state = session.get(SyncState, 1)
    if state is None:
        state = SyncState(id=1, cursor=0)
        session.add(state)
        session.flush()
    return state


class SyncEngine:
    def __init__(
        self,
        database: Database,
        client: HubClient,
        backups: Path,
        *,
        progress: Progress | None = None,
        allow_mass_deletion: bool = False,
    ) -> None:
        self.db, self.client, self.backups = database, client, backups
        self.registry = Registry()
        self.progress = progress or (lambda _step, _done, _total: None)
        self.allow_mass_deletion = allow_mass_deletion

    def run(self) -> SyncReport:
        report = SyncReport()
        hello = self.client.handshake()
        with self.db.session_factory.begin() as session:
            state = sync_state(session)
            if state.hub_instance_id and state.hub_instance_id != hello.hub_instance_id:
                report.hub_replaced = True
                self._resend_everything(session, hello.association_id)
            state.association_name, state.device_id = hello.association_name, hello.device_id
            state.hub_url = self.client.base_url
            _remember_members(session, hello.members)
        self._push(report, hello.association_id)
        self._pull(report)
        with self.db.session_factory.begin() as session:
            state = sync_state(session)
            # Only now: a replaced hub's sync cut halfway is recognised again next time, so its
            # pull from zero still deletes nothing.
            state.hub_instance_id, state.association_id = hello.hub_instance_id, hello.association_id
            state.last_sync_at, state.last_error = utcnow(), None
        return report

    # --- push -------------------------------------------------------------------------
    def _push(self, report: SyncReport, association_id: str) -> None:
        total = self.db.run(lambda s: s.scalar(select(func.count()).select_from(OutboxEntry)) or 0)
        after = None
        while True:
            with self.db.session_factory.begin() as session:
                operations = outgoing.next_batch(session, self.registry, after)
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
                spec = spec_of(record)
                deleted = record.deleted_at is not None
                record_change(session, spec, known.record_id, list(spec.fields), deleted)
        sync_state(session).cursor = 0

    # --- pull -------------------------------------------------------------------------
    def _pull(self, report: SyncReport) -> None:
        cursor = self.db.run(lambda s: sync_state(s).cursor)
        # The next page downloads while this one is written (one request at a time still).
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="entraide-pull") as downloader:
            self._pull_pages(report, cursor, downloader)

    def _pull_pages(self, report: SyncReport, cursor: int, downloader: ThreadPoolExecutor) -> None:
        replaced = report.hub_replaced
        # After a 410, the ids the full pull has brought so far. The stored cursor keeps its old
        # value until the end, so an interrupted resync starts again (and finishes its cleanup).
        resync: set[str] | None = None
        ahead: Future | None = None
        while True:
            try:
                page = ahead.result() if ahead is not None else self.client.pull(cursor, PULL_PAGE)
            except ResyncNeeded:
                ahead, resync, cursor = None, set(), 0
                continue
            ahead = (
                downloader.submit(self.client.pull, page["next_cursor"], PULL_PAGE)
                if page["has_more"]
                else None
            )
            changes = page["changes"]
            if changes and report.backup is None:
                report.backup = self._backup()
            with self.db.session_factory.begin() as session, session.no_autoflush:
                session.info[APPLYING_REMOTE] = True
                loaded = self._preload(session, changes)
                self._check_deletions(session, changes, loaded, report, skip=replaced)
                ready = self._ready(session, changes, loaded)
                if session.scalar(select(SyncInbox.record_id).limit(1)) is not None:
                    session.execute(
                        delete(SyncInbox).where(  # superseded by a newer change or deletion
                            SyncInbox.record_id.in_([c["record_id"] for c in ready])
                        )
                    )
                for change in self.registry.insert_new(session, ready, loaded):
                    self._apply(session, change, loaded, skip_deletion=replaced)
                self._retry_inbox(session, loaded)
                self._refresh_conflicts(session, changes)
                refresh_practice_index(session)  # stems need Python: see the service
                if resync is not None:
                    resync.update(change["record_id"] for change in changes)
                    if not page["has_more"]:
                        self._forget_purged(session, resync, report)
                if resync is None or not page["has_more"]:
                    sync_state(session).cursor = page["next_cursor"]  # with the page, atomically
            cursor = page["next_cursor"]
            report.pulled += len(changes)
            self.progress("pull", report.pulled, report.pulled + (1 if page["has_more"] else 0))
            if not page["has_more"]:
                return

    def _preload(self, session: Session, changes: list[dict]) -> Page:
        """Load what the page touches in a few queries, so applying it asks nothing per change
        (and a record absent from these maps is known to be new: no query to find out)."""
        page = Page()
        ids = id_set(session, "page_ids", (change["record_id"] for change in changes))
        page.ids_table = "page_ids"
        page.known, page.pending = known_and_pending(session, ids)
        page.disputed = set(
            session.scalars(
                select(SyncConflict.record_id).where(
                    SyncConflict.record_id.in_(ids),
                    SyncConflict.kind.in_(DISPUTES),
                    SyncConflict.resolved_at.is_(None),
                )
            )
        )
        page.objects = self.registry.load_many(session, ids)
        return page

    def _ready(self, session: Session, changes: list[dict], page: Page) -> list[dict]:
        """The page's changes, with those waiting for a parent set aside in the inbox."""
        ready = []
        present = set(page.objects)
        for change in changes:
            if (
                not change.get("deleted")
                and self.registry.model(change["entity_type"]) is not None
                and self._waits_for_parent(session, change, page, present)
            ):
                session.merge(
                    SyncInbox(record_id=change["record_id"], version=change["version"], change=change)
                )
            else:
                ready.append(change)
                present.add(change["record_id"])
        return ready

    def _waits_for_parent(self, session: Session, change: dict, page: Page, present: set[str]) -> bool:
        spec = spec_of(self.registry.model(change["entity_type"]))
        for name, parent_type in spec.parents.items():
            parent_id = change.get("fields", {}).get(name)
            if (
                parent_id
                and parent_id not in present
                and self.registry.load(session, parent_type, parent_id) is None
            ):
                return True
        return False

    def _apply(self, session: Session, change: dict, page: Page, *, skip_deletion: bool) -> None:
        if change.get("deleted") and change["record_id"] in page.disputed and not skip_deletion:
            self._deleted_both_sides(session, change["record_id"], page)
        if change.get("deleted") and (skip_deletion or change["record_id"] in page.disputed):
            return  # deleted elsewhere, edited here: stays until the user settles the conflict
        if self.registry.model(change["entity_type"]) is None:
            return
        self.registry.apply(session, change, page)

    @staticmethod
    def _deleted_both_sides(session: Session, record_id: str, page: Page) -> None:
        """Deleted here against an edit made there, and now deleted there too: nothing is left
        to decide ("keep theirs" would bring back, here only, what the hub no longer has)."""
        disputes = session.scalars(
            select(SyncConflict).where(
                SyncConflict.record_id == record_id,
                SyncConflict.kind.in_(DISPUTES),
                SyncConflict.resolved_at.is_(None),
            )
        ).all()
        if disputes and all(conflict.kind == "deleted_here" for conflict in disputes):
            for conflict in disputes:
                conflict.resolved_at = utcnow()
            page.disputed.discard(record_id)

    def _retry_inbox(self, session: Session, page: Page) -> None:
        waiting_list = session.scalars(select(SyncInbox).order_by(SyncInbox.version)).all()
        if not waiting_list:
            return
        retry = self._preload(session, [w.change for w in waiting_list])
        retry.objects.update(page.objects)
        for waiting in waiting_list:
            known = retry.known.get(waiting.record_id)
            if known is not None and known.version >= waiting.version:
                session.delete(waiting)  # something newer of it was applied meanwhile
                continue
            if not self._waits_for_parent(session, waiting.change, retry, set(retry.objects)):
                self.registry.apply(session, waiting.change, retry)
                session.delete(waiting)

    @staticmethod
    def _refresh_conflicts(session: Session, changes: list[dict]) -> None:
        """An open conflict shows the hub's value as it is now, so that "keep theirs" never brings
        back a value the hub has replaced since the conflict was found."""
        if (
            session.scalar(
                select(SyncConflict.id)
                .where(SyncConflict.kind == "field", SyncConflict.resolved_at.is_(None))
                .limit(1)
            )
            is None
        ):
            return
        latest = {c["record_id"]: c for c in changes if not c.get("deleted")}
        for conflict in session.scalars(
            select(SyncConflict).where(SyncConflict.kind == "field", SyncConflict.resolved_at.is_(None))
        ):
            change = latest.get(conflict.record_id)
            if change is not None and conflict.field in change.get("fields", {}):
                conflict.remote_value = change["fields"][conflict.field]
                conflict.remote_version = change["version"]

    def _check_deletions(
        self, session: Session, changes: list[dict], page: Page, report: SyncReport, *, skip: bool
    ) -> None:
        if skip:
            return
        for change in changes:  # what would really go: not what is in the trash here already
            local = page.objects.get(change["record_id"]) if change.get("deleted") else None
            if local is not None and local.deleted_at is None and change["record_id"] not in page.pending:
                report.deletions[change["entity_type"]] += 1
        self._ask_before_deleting(session, report)

    def _forget_purged(self, session: Session, seen: set[str], report: SyncReport) -> None:
        """End of a full resync: what we had from the hub and it no longer has was deleted there,
        its tombstone purged before we heard of it. It goes to the trash, unless changed here."""
        gone, pending = [], set(session.scalars(select(OutboxEntry.record_id)))
        for known in session.scalars(select(SyncedRecord)).all():
            if known.record_id in seen or known.record_id in pending:
                continue
            record = self.registry.load(session, known.entity_type, known.record_id)
            if record is not None and record.deleted_at is None:
                gone.append(record)
                report.deletions[known.entity_type] += 1
        self._ask_before_deleting(session, report)
        for record in gone:
            record.deleted_at = utcnow()

    def _ask_before_deleting(self, session: Session, report: SyncReport) -> None:
        if self.allow_mass_deletion:
            return
        for entity_type, deleting in report.deletions.items():
            model = self.registry.model(entity_type)
            local = (
                session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0
            )
            if deleting >= MASS_DELETION_MINIMUM and deleting > local * MASS_DELETION_SHARE:
                raise MassDeletion(entity_type, deleting, local)

    def _backup(self) -> Path:
        path = backup_database(self.db.engine, self.backups, "avant-sync")
        kept = sorted(self.backups.glob("entraide-*-avant-sync.sqlite3"))
        for old in kept[:-KEEP_BACKUPS]:
            old.unlink(missing_ok=True)
        return path


def status(session: Session) -> dict:
    """What `entraide status` and the window show."""
    state = sync_state(session)
    return {
        "hub_url": state.hub_url,
        "association": state.association_name,
        "last_sync_at": state.last_sync_at,
        "last_error": state.last_error,
        "pending": session.scalar(select(func.count()).select_from(OutboxEntry)) or 0,
        "conflicts": session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.resolved_at.is_(None))
        )
        or 0,
    }


def _remember_members(session: Session, members: list) -> None:
    """The network's associations as the hub lists them now (names change, members join)."""
    if not members:
        return  # an older hub that does not list them: keep what we knew
    known = {a.id: a.as_dict() for a in session.scalars(select(NetworkAssociation))}
    if known == {m.id: m.model_dump() for m in members}:
        return  # the usual case: no write at all for a sync with nothing to do
    session.execute(delete(NetworkAssociation))
    session.add_all(NetworkAssociation(id=m.id, name=m.name, rna=m.rna, siret=m.siret) for m in members)
