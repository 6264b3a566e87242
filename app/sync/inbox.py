"""Pulled changes waiting for their parent (a role before its person), applied as soon as the
parent is written, in the same run, whatever the page size and the order; resolved at the end of
a complete pull: dropped when the parent was deleted, set aside when it never came."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.sync import SyncedRecord, SyncInbox
from app.models.sync_spec import synced_spec
from app.sync import quarantine
from app.sync.records import Page, Registry
from protocol.messages import ChangeData

Apply = Callable[[Session, ChangeData, Page], None]
Preload = Callable[[Session, list[ChangeData]], Page]


def missing_parents(session: Session, registry: Registry, change: ChangeData, present: set[str]) -> list[str]:
    """The parents of a change that are neither in this store nor earlier in the page."""
    spec = synced_spec(registry.model(change["entity_type"]))
    missing = []
    for name, parent_type in spec.parents.items():
        parent_id = change.get("fields", {}).get(name)
        if (
            isinstance(parent_id, str)
            and parent_id
            and parent_id not in present
            and registry.load(session, parent_type, parent_id) is None
        ):
            missing.append(parent_id)
    return missing


def park(session: Session, change: ChangeData) -> None:
    session.merge(SyncInbox(record_id=change["record_id"], version=change["version"], change=change))
    # Written at once: the same record parked again in this page (the page runs without autoflush)
    # must find this row and replace it, not add a second one, which the store refuses.
    session.flush()


def supersede(session: Session, changes: list[ChangeData]) -> None:
    """A newer change of a parked record (applied or parked in its turn) replaces it; an older
    one leaves it waiting (a record removed, then back under a parent still to come: the page
    parks the newer change and applies the removal)."""
    quarantine.drop_superseded(session, SyncInbox, changes)


def retry(session: Session, registry: Registry, page: Page, apply: Apply, preload: Preload) -> None:
    """Apply what waited for a parent that has now arrived, again until nothing more can be: a
    parent applied from the inbox may free its own children."""
    while True:
        session.flush()  # what this page parked must be seen (the page runs without autoflush)
        waiting_list = session.scalars(select(SyncInbox).order_by(SyncInbox.version)).all()
        if not waiting_list:
            return
        retried = preload(session, [w.change for w in waiting_list])
        retried.objects.update(page.objects)
        progress = False
        for waiting in waiting_list:
            known = retried.known.get(waiting.record_id)
            if known is not None and known.version >= waiting.version:
                session.delete(waiting)  # something newer of it was applied meanwhile
                continue
            if not missing_parents(session, registry, waiting.change, set(retried.objects)):
                apply(session, waiting.change, retried)
                retried.objects.setdefault(waiting.record_id, True)
                page.objects.setdefault(waiting.record_id, True)
                session.delete(waiting)
                progress = True
        if not progress:
            return


def resolve(session: Session, registry: Registry) -> None:
    """End of a complete pull: nothing more will come. A change whose parent was deleted goes
    with it (as the hub deletes children with their parent); one whose parent never came (not
    visible to this association) is set aside with the reason rather than parked forever."""
    for waiting in session.scalars(select(SyncInbox)).all():
        missing = missing_parents(session, registry, waiting.change, set())
        deleted = missing and session.scalar(
            select(SyncedRecord.record_id).where(SyncedRecord.record_id.in_(missing)).limit(1)
        )
        if not deleted:
            quarantine.set_aside(
                session,
                waiting.change,
                quarantine.MISSING_PARENT,
                [{"field": "", "code": quarantine.MISSING_PARENT, "values": {"parents": [*missing]}}],
            )
        session.delete(waiting)


def unpark_quarantined(session: Session, registry: Registry) -> None:
    """Records set aside for want of a parent go back to the inbox once the parent is here."""
    for held in quarantine.waiting_for_parents(session):
        if held.entity_type in registry.models and not missing_parents(session, registry, held.change, set()):
            park(session, held.change)
            session.delete(held)
