"""Writing one pulled page, in one local transaction with the new cursor.

Nothing in a page can stop the sync: a change whose values this version cannot store is set
aside in quarantine before anything is written; if the store still refuses the page (whatever
the reason, including data stored before the hub checked values), the page is written again one
change at a time, each in its own savepoint, and the changes that fail are set aside too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from app.db import id_set
from app.errors import Message, Said
from app.i18n import QT_TRANSLATE_NOOP
from app.models import utcnow
from app.models.outbox import APPLYING_REMOTE
from app.models.sync import SyncConflict
from app.models.sync_spec import synced_spec
from app.services import trash
from app.services.practices.adoptions import FEEDBACK, recount_adoptions
from app.services.practices.index import refresh_practice_index
from app.sync import bulk_indexes, inbox, purged, quarantine
from app.sync.records import STORE_DIALECT, Page, Prepared, Registry, known_and_pending, loaded
from app.sync.wording import RECORD_KINDS
from protocol.messages import ChangeData

DISPUTES = ("deleted", "deleted_here")  # deletion conflicts: the record stays as it is here
MASS_DELETION_SHARE = 1 / 3
MASS_DELETION_MINIMUM = 10  # below this, deleting a third is no cause for alarm


MASS_DELETION = QT_TRANSLATE_NOOP(
    "entraide", "La synchronisation supprimerait {0} fiches « {1} » sur {2} : confirmez avant de continuer."
)


class MassDeletion(Said):
    """The pull would delete a large share of some record type: ask before going on."""

    def __init__(self, entity_type: str, deleting: int, local: int) -> None:
        kind = Message(RECORD_KINDS.get(entity_type, entity_type))  # a marked word, translated where shown
        super().__init__(Message(MASS_DELETION, (deleting, kind, local)))
        self.entity_type, self.deleting, self.local = entity_type, deleting, local


# What a bad record can raise while it is written. The store's own troubles (locked, disk full:
# OperationalError) are not the record's fault and stop the sync, to be tried again later.
RECORD_ERRORS = (ValueError, TypeError, OverflowError, LookupError, AttributeError, SQLAlchemyError)


def record_error(error: BaseException) -> bool:
    return isinstance(error, RECORD_ERRORS) and not isinstance(error, OperationalError | MassDeletion)


class PageWriter:
    def __init__(self, registry: Registry, allow_mass_deletion: bool) -> None:
        self.registry, self.allow_mass_deletion = registry, allow_mass_deletion
        self.before_index: Callable[[], None] | None = None  # see Registry.insert_new

    def write(
        self,
        session: Session,
        changes: list[ChangeData],
        deletions: Counter[str],
        *,
        replaced: bool,
        careful: bool,
        prepared: Prepared | None = None,
    ) -> None:
        """Apply a page. `careful`: each change in its own savepoint (after the page as a whole failed).
        `prepared`: what `prepare` worked out of these changes beforehand."""
        session.info[APPLYING_REMOTE] = True
        loaded = self.preload(session, changes)
        if prepared is not None and not careful:
            loaded.rows, loaded.known_rows, loaded.groups = prepared.rows, prepared.known, prepared.groups
        self.check_deletions(session, changes, loaded, deletions, skip=replaced)
        quarantine.supersede(session, changes)
        ready = self._sort(session, changes, loaded, prepared.valid if prepared is not None else set())
        inbox.supersede(session, ready)
        if careful:
            for change in ready:
                self._guarded(session, change, loaded, replaced)
        else:
            for change in self.registry.insert_new(session, ready, loaded, self.before_index):
                self.apply(session, change, loaded, skip_deletion=replaced)
        apply = self._guarded_apply if careful else self._apply_parked
        inbox.retry(session, self.registry, loaded, apply, self.preload)
        _refresh_conflicts(session, changes)
        refresh_practice_index(session)  # stems need Python: see the service
        # Adoptions' owners were learnt: see the service (no trigger on sync_records).
        recount_adoptions(session, (c["record_id"] for c in changes if c["entity_type"] == FEEDBACK))

    def finish(self, session: Session) -> None:
        """After the last page: what still waits will never get its parent from this pull."""
        session.info[APPLYING_REMOTE] = True
        inbox.unpark_quarantined(session, self.registry)
        page = Page()
        inbox.retry(session, self.registry, page, self._guarded_apply, self.preload)
        inbox.resolve(session, self.registry)
        bulk_indexes.restore(session.connection())  # dropped while a table was filled from empty

    def preload(self, session: Session, changes: list[ChangeData]) -> Page:
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
        page.objects = self.registry.load_many(session, ids, {change["entity_type"] for change in changes})
        page.purged = purged.ids_among(session, ids)
        return page

    def prepare(self, changes: list[ChangeData], dialect: Dialect = STORE_DIALECT) -> Prepared:
        """The work on a page that needs no store (rows of new records bound for the store's
        `dialect`, values checked), done by the download thread while the page before is written."""
        return self.registry.prepare(
            changes, lambda change: not quarantine.problems_of(change, present=False), dialect
        )

    def _sort(
        self, session: Session, changes: list[ChangeData], page: Page, valid: set[str]
    ) -> list[ChangeData]:
        """The page's changes that can be applied now; the others set aside (values this version
        cannot store) or parked in the inbox (their parent has not arrived yet). `valid`: ids
        whose values passed the checks already (as a new record: so they pass in any case)."""
        ready = []
        present = set(page.objects)
        parented: dict[str, bool | None] = {}  # type -> has parents (None: unknown to this version)
        for change in changes:
            if change["record_id"] in page.purged and not change.get("purged"):
                continue  # deleted for good here: a hub restored from an older backup brings it back
            kind = change["entity_type"]
            if kind not in parented:
                model = self.registry.model(kind)
                parented[kind] = None if model is None else bool(synced_spec(model).parents)
            if parented[kind] is None:
                ready.append(change)  # a type this version does not know: ignored when applied
                continue
            problems = (
                []
                if change["record_id"] in valid
                else quarantine.problems_of(change, present=change["record_id"] in present)
            )
            if problems:
                quarantine.set_aside(session, change, quarantine.INVALID_VALUES, problems)
            elif (
                parented[kind]
                and not change.get("deleted")
                and inbox.missing_parents(session, self.registry, change, present)
            ):
                inbox.park(session, change)
            else:
                ready.append(change)
                present.add(change["record_id"])
        return ready

    def apply(self, session: Session, change: ChangeData, page: Page, *, skip_deletion: bool) -> None:
        record_id, model = change["record_id"], self.registry.model(change["entity_type"])
        before = loaded(session, page, record_id, model)  # one inserted earlier in this page too
        if change.get("purged") and model is not None:
            purged.forget(session, change, page)  # deleted for good: no dispute can keep it
            return
        if change.get("deleted") and record_id in page.disputed and not skip_deletion:
            _deleted_both_sides(session, record_id, page)
        if change.get("deleted") and (skip_deletion or record_id in page.disputed):
            return  # deleted elsewhere, edited here: stays until the user settles the conflict
        if model is None:
            return
        alive = before is not None and before.deleted_at is None
        if self.registry.apply(session, change, page) == "deleted" and alive:
            self._trash_children(session, before)

    def _trash_children(self, session: Session, record: Any) -> None:
        """Deleted on the hub: what belongs to it here goes too (the hub sends the deletions of
        the children it knows; this catches those it never had), unless changed here meanwhile."""
        session.flush()
        children = [c for c in trash.children(session, [record]) if c.deleted_at is None]
        if children:
            pending = known_and_pending(session, [c.id for c in children])[1]
            trash.trash(session, [c for c in children if c.id not in pending])

    def _apply_parked(self, session: Session, change: ChangeData, page: Page) -> None:
        self.apply(session, change, page, skip_deletion=False)

    def _guarded_apply(self, session: Session, change: ChangeData, page: Page) -> None:
        self._guarded(session, change, page, False)

    def _guarded(self, session: Session, change: ChangeData, page: Page, replaced: bool) -> None:
        """One change in its own savepoint: if the store refuses it, it is set aside, not fatal."""
        try:
            with session.begin_nested():
                self.apply(session, change, page, skip_deletion=replaced)
                session.flush()
        except Exception as error:
            if not record_error(error):
                raise
            page.objects.pop(change["record_id"], None)
            page.known.pop(change["record_id"], None)
            quarantine.set_aside(
                session,
                change,
                quarantine.CANNOT_APPLY,
                [{"field": "", "code": quarantine.CANNOT_APPLY, "values": {"error": type(error).__name__}}],
            )

    def check_deletions(
        self, session: Session, changes: list[ChangeData], page: Page, deletions: Counter[str], *, skip: bool
    ) -> None:
        if skip:
            return
        going = {change["record_id"] for change in changes if change.get("deleted")}
        for change in changes:  # what would really go: not what is in the trash here already
            local = page.objects.get(change["record_id"]) if change.get("deleted") else None
            if (
                local is not None
                and local is not True
                and local.deleted_at is None
                and change["record_id"] not in page.pending
                and not _goes_with_its_parent(local, going)
            ):
                deletions[change["entity_type"]] += 1
        self.ask_before_deleting(session, deletions)

    def ask_before_deleting(self, session: Session, deletions: Counter[str]) -> None:
        if self.allow_mass_deletion:
            return
        for entity_type, deleting in deletions.items():
            model = self.registry.models[entity_type]
            local = (
                session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0
            )
            if deleting >= MASS_DELETION_MINIMUM and deleting > local * MASS_DELETION_SHARE:
                raise MassDeletion(entity_type, deleting, local)


def _goes_with_its_parent(record: Any, going: set[str]) -> bool:
    """A role or a consent deleted because its person is: one deletion for the user, not many."""
    return any(getattr(record, name) in going for name in synced_spec(record).parents)


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


def _refresh_conflicts(session: Session, changes: list[ChangeData]) -> None:
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
