"""Which kinds of records a committed transaction changed, announced to whoever listens.

A record's kind is the aggregate module that declares its model: a table of
app/models/contacts.py is of kind "contacts", one of app/models/sync.py of kind "sync" (the
outbox, conflicts and sync state: every write of a synced record changes it too). Installed on
the store's session factory beside the outbox (app/db.py), so every write reports itself:
forms, imports, ORM bulk statements, the sync's pages (app.db.bulk_insert_values notes them),
the trash. The window refreshes its sections from these announcements (app/ui/section.py); no
screen is wired to another by hand.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Table, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql import Delete, Insert, TextClause, Update

Changes = frozenset[str]  # kinds of records: "contacts", "equipment", "practices", …
Listener = Callable[[Changes], None]
EVERYTHING = "*"  # a statement whose tables cannot be told (raw SQL): every kind may have changed
_CHANGED = "entraide.changed_kinds"
_WRITING = {"INSERT", "UPDATE", "DELETE", "REPLACE", "WITH"}


@functools.cache
def _kinds_by_table() -> dict[str, str]:
    from app.models.base import Base

    kinds: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        kind = mapper.class_.__module__.rsplit(".", 1)[-1]
        for table in mapper.tables:
            kinds.setdefault(table.name, kind)
    return kinds


def kind_of(table_name: str) -> str | None:
    """The kind of a mapped table; None for tables outside the models (search indexes)."""
    return _kinds_by_table().get(table_name)


def all_kinds() -> Changes:
    return frozenset(_kinds_by_table().values())


def note(session: Session, tables: Iterable[str]) -> None:
    """Record that this transaction wrote `tables` (for writes that bypass the ORM)."""
    found = session.info.setdefault(_CHANGED, set())
    for name in tables:
        kind = kind_of(name)
        if kind is not None:
            found.add(kind)


def _after_flush(session: Session, _context: Any) -> None:
    tables = {
        table.name
        for obj in (*session.new, *session.dirty, *session.deleted)
        for table in type(obj).__mapper__.tables
    }
    note(session, tables)


def _on_execute(execute_state: Any) -> None:
    statement = execute_state.statement
    if isinstance(statement, Insert | Update | Delete):
        table = statement.table
        note(execute_state.session, [table.name] if isinstance(table, Table) else [])
    elif isinstance(statement, TextClause) and _writes(statement.text):
        execute_state.session.info.setdefault(_CHANGED, set()).add(EVERYTHING)


def _writes(sql: str) -> bool:
    words = sql.lstrip().split(None, 1)
    return bool(words) and words[0].upper() in _WRITING


def install_change_tracking(factory: sessionmaker[Session], publish: Listener) -> None:
    """After each commit, `publish` receives the kinds that transaction changed (never empty)."""

    def after_commit(session: Session) -> None:
        found = session.info.pop(_CHANGED, None)
        if found:
            publish(all_kinds() if EVERYTHING in found else frozenset(found))

    def forget(session: Session, *_args: Any) -> None:
        session.info.pop(_CHANGED, None)

    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "do_orm_execute", _on_execute)
    event.listen(factory, "after_commit", after_commit)
    event.listen(factory, "after_rollback", forget)
