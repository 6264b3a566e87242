"""Serving a pull: what changed since a cursor that this association may see, in version order,
never past the last version whose transaction has committed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from psycopg import AsyncConnection
from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Integer,
    Select,
    Text,
    bindparam,
    cast,
    or_,
    select,
)
from sqlalchemy.orm import Session

from hub.models import Association, Device, HubState, Record, RecordParty, Removal
from hub.pull_text import page_text_async
from hub.raw_statement import RawStatement
from protocol.messages import Visibility

PURGED = ',"purged":true'  # deleted for good: the device keeps no copy


class CursorTooOld(Exception):
    """The deletions needed to bring this cursor up to date were purged: resync from 0."""


# The token's association and the hub's head in one statement: a pull with nothing new (most of
# them) costs one round trip. Built once; `JOIN hub_state ON id = 1` joins its only row.
_CALLER_AND_HEAD = (
    select(Device.association_id, HubState.last_version, HubState.oldest_cursor)
    .join(Association, Association.id == Device.association_id)
    .join(HubState, HubState.id == 1)
    .where(Device.token_hash == bindparam("token_hash"), Device.revoked_at.is_(None))
)


# The page's two statements, built once with their parameters (association, cursor, safe, n):
# a statement built per request cost more of a pull's time than running it.
_ASSOCIATION: BindParameter[str] = bindparam("association")
_VISIBLE = or_(
    Record.owner_id == _ASSOCIATION,
    Record.visibility == Visibility.NETWORK.value,
    Record.record_id.in_(select(RecordParty.record_id).where(RecordParty.association_id == _ASSOCIATION)),
)


def _records(visible: ColumnElement[bool]) -> Select[str, str, int, str, str, str, str, bool, bool]:
    # Fields and parties are served as the JSON text stored, never decoded and encoded again.
    return (
        select(
            Record.entity_type,
            Record.record_id,
            Record.version,
            Record.owner_id,
            Record.visibility,
            cast(Record.parties, Text),
            cast(Record.fields, Text),
            Record.deleted,
            Record.purged,
        )
        .where(Record.version > bindparam("cursor"), Record.version <= bindparam("safe"), visible)
        .order_by(Record.version)
        .limit(bindparam("n", type_=Integer))
    )


_RECORDS = _records(_VISIBLE)
# SQLite answered the OR above with one index per term, and sorted all they found past the
# cursor before keeping a page: each page of a first sync read every record after it (195 ms a
# page at the start of 1,000,000 records, 15 ms at the end), a whole pull growing with the
# square of the store. `IS 1` makes the OR one condition, checked while the version index is
# walked in order: the walk stops with the page (10–18 ms a page wherever the cursor is). An
# association that sees few of the records walks past the others', once per pull.
_RECORDS_WALKED = _records(_VISIBLE.is_(True))
_REMOVALS = (
    select(Removal.entity_type, Removal.record_id, Removal.version)
    .where(
        Removal.association_id == _ASSOCIATION,
        Removal.version > bindparam("cursor"),
        Removal.version <= bindparam("safe"),
    )
    .order_by(Removal.version)
    .limit(bindparam("n", type_=Integer))
)


_CALLER_RAW = RawStatement(_CALLER_AND_HEAD)
_RECORDS_RAW, _REMOVALS_RAW = RawStatement(_RECORDS, sqlite=_RECORDS_WALKED), RawStatement(_REMOVALS)


def pull_for_token(session: Session, token_hash: str, cursor: int, limit: int) -> bytes | None:
    """The page of the live device whose token has this hash; None when there is no such device."""
    connection = session.connection()
    found = _CALLER_RAW.rows(connection, {"token_hash": token_hash})
    if not found:
        return None
    association_id, safe, oldest_cursor = found[0]
    return _page(connection, association_id, cursor, limit, safe, oldest_cursor)


async def pull_for_token_async(
    connection: AsyncConnection[Any], token_hash: str, cursor: int, limit: int
) -> bytes | None:
    """`pull_for_token` on one of psycopg's own asynchronous connections (PostgreSQL, in
    autocommit as the lookups are): the same statements, the same page."""
    found = await _CALLER_RAW.rows_async(connection, {"token_hash": token_hash})
    if not found:
        return None
    association_id, safe, oldest_cursor = found[0]
    early = answer_without_page(cursor, safe, oldest_cursor)
    if early is not None:
        return early
    # The page written by PostgreSQL in one statement (hub/pull_text.py), the same bytes.
    body, last, has_more = await page_text_async(connection, page_values(association_id, cursor, limit, safe))
    return envelope(body, last if has_more else max(safe, cursor), has_more)


def pull_page(session: Session, association_id: str, cursor: int, limit: int) -> bytes:
    """One page as JSON bytes (built directly: this is the hub's hottest path)."""
    connection = session.connection()  # plain queries: no ORM objects are made
    safe, oldest_cursor = connection.execute(
        select(HubState.last_version, HubState.oldest_cursor).where(HubState.id == 1)
    ).one()
    return _page(connection, association_id, cursor, limit, safe, oldest_cursor)


def _page(
    connection: Connection, association_id: str, cursor: int, limit: int, safe: int, oldest_cursor: int
) -> bytes:
    early = answer_without_page(cursor, safe, oldest_cursor)
    if early is not None:
        return early
    values = page_values(association_id, cursor, limit, safe)
    records, removals = _RECORDS_RAW.rows(connection, values), _REMOVALS_RAW.rows(connection, values)
    return page_body(records, removals, cursor, limit, safe)


def answer_without_page(cursor: int, safe: int, oldest_cursor: int) -> bytes | None:
    """The answer when no page needs reading: up to date (the commonest pull), or CursorTooOld."""
    # Writers hold the state row until they commit, so every version up to the committed
    # last_version belongs to a committed transaction: safe to serve, nothing skipped.
    if 0 < cursor < oldest_cursor:
        raise CursorTooOld
    if cursor >= safe:  # nothing newer can be served yet
        return f'{{"changes":[],"next_cursor":{cursor},"has_more":false}}'.encode()
    return None


def page_values(association_id: str, cursor: int, limit: int, safe: int) -> dict[str, Any]:
    """The parameters of the page's two statements (one more row than the page: has_more)."""
    return {"association": association_id, "cursor": cursor, "safe": safe, "n": limit + 1}


def page_body(
    records: Sequence[Sequence[Any]], removals: Sequence[Sequence[Any]], cursor: int, limit: int, safe: int
) -> bytes:
    """The page's JSON from the rows of `_RECORDS` and `_REMOVALS`, each in version order."""
    # Entity types are names from ENTITY_VISIBILITIES, record ids lower-case UUIDs (checked at
    # push), owner ids the hub's own UUIDs, visibilities an enum: all plain ASCII that JSON
    # quotes as it is, so no json.dumps per value (this loop runs 100,000 times for a new laptop).
    if removals:  # rare: a record left the association's sight; merged in version order
        items = [(row[2], _record_text(row)) for row in records] + [
            (
                version,
                f'{{"entity_type":"{kind}","record_id":"{record_id}","version":{version},'
                '"fields":{},"parties":[],"deleted":true}',
            )
            for kind, record_id, version in removals
        ]
        items.sort(key=lambda item: item[0])
        has_more = len(items) > limit
        texts = [text for _version, text in items[:limit]]
        last = items[limit - 1][0] if has_more else 0
    else:  # already in version order
        has_more = len(records) > limit
        texts = [_record_text(row) for row in records[:limit]]
        last = records[limit - 1][2] if has_more else 0
    return envelope(",".join(texts), last if has_more else max(safe, cursor), has_more)


def envelope(changes: str, next_cursor: int, has_more: bool) -> bytes:
    """The page around its changes' JSON (joined by commas)."""
    return (
        f'{{"changes":[{changes}],"next_cursor":{next_cursor},"has_more":{"true" if has_more else "false"}}}'
    ).encode()


def _record_text(row: Sequence[Any]) -> str:
    kind, record_id, version, owner, visibility, parties, fields, deleted, purged = row
    return (
        f'{{"entity_type":"{kind}","record_id":"{record_id}","version":{version},'
        f'"owner_id":"{owner}","visibility":"{visibility}",'
        f'"parties":{parties or "[]"},"fields":{"{}" if deleted else fields or "{}"},'
        f'"deleted":{"true" if deleted else "false"}{PURGED if purged else ""}}}'
    )
