"""A sync with nothing to do, found out without the ORM or `requests`: what a scheduled
`entraide sync` pays most of the time, start-up included.

The store is opened with sqlite3 alone and checked as the full opening checks it; nothing may
wait to be sent or applied (outbox, inbox, quarantine, search queues, open conflicts, courier
stick, mentoring requests, new records to match); then the hub is asked exactly what the sync
engine asks it first (the handshake, then a page from our cursor). When it has nothing new and
is the hub we know, what the full run would write is written (cursor, last sync, what the hub
says of us) and the same lines are logged. Anything else, a refusal or a fault included,
returns False: the caller runs the full sync (app/sync/runs.py), which asks the hub again and
behaves exactly as before.
"""

from __future__ import annotations

import gzip
import http.client
import json
import logging
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app import __version__
from app.logs import events
from app.paths import DataPaths
from app.services.store.plain import open_plain
from app.sync.credentials import TokenStore
from protocol.versions import PROTOCOL_VERSION

log = logging.getLogger("entraide.sync")
PULL_PAGE = 5000  # the engine's page (app/sync/engine.py; a test keeps them equal)
TIMEOUT = (5.0, 60.0)  # connect, read: HubClient's
WATCHED = ("need", "equipment", "practice")  # what new matches are looked for in (needs/alerts.py)
# Any row here is work for the full sync: sent, applied again, indexed or shown again.
WAITING = (
    "SELECT 1 FROM sync_outbox",
    "SELECT 1 FROM sync_inbox",
    "SELECT 1 FROM sync_quarantine",
    "SELECT 1 FROM practice_fts_queue",
    "SELECT 1 FROM need_fts_queue",
    "SELECT 1 FROM sync_conflicts WHERE kind = 'field' AND resolved_at IS NULL",
)
NEW_TO_MATCH = (
    "SELECT 1 FROM need_watch w JOIN sync_records r ON r.version > w.version "
    f"WHERE w.id = 1 AND r.entity_type IN {WATCHED!r}"
)
MENTORING_ASKED = (  # requests from others for our practices: noted in our contacts by the full run
    "SELECT 1 FROM practice_feedback f JOIN sync_records r ON r.record_id = f.id "
    "JOIN practices p ON p.id = f.practice_id "
    "WHERE f.kind = 'mentoring' AND f.deleted_at IS NULL AND r.owner_id != ?"
)
STATE = (
    "SELECT hub_url, cursor, hub_instance_id, association_id, hub_sign_key, hub_box_key, "
    "courier_folder FROM sync_state WHERE id = 1"
)


@dataclass(frozen=True)
class Known:
    """What this computer knows of its hub (sync_state)."""

    hub_url: str
    cursor: int
    instance: str | None
    association: str
    keys: tuple[str | None, str | None]
    token: str


def sync_if_quiet(paths: DataPaths, progress: Callable[[str, int, int], None]) -> bool:
    """The whole sync when there is nothing to send or receive: True once done; False when the
    full sync must run (nothing was written then)."""
    started = time.monotonic()
    if not _direct_route():
        return False
    try:
        connection = open_plain(paths)
    except Exception as error:  # the full opening says what is wrong, in the user's words
        log.debug("quick sync: store not opened (%s)", type(error).__name__)
        return False
    if connection is None:
        return False
    try:
        known = _known(connection, paths)
        if known is None:
            return False
        hello, page = _ask_hub(known)
        if (
            not (well_formed(hello) and _same_hub(connection, known, hello))
            or page["changes"]
            or page["has_more"]
        ):
            return False
        if not _write(connection, known, hello, int(page["next_cursor"])):
            return False
    except Exception as error:  # a refusal, a fault, an odd answer: the full sync deals with it
        log.debug("quick sync: full sync needed (%s)", type(error).__name__)
        return False
    finally:
        connection.close()
    progress("pull", 0, 0)
    ms = round((time.monotonic() - started) * 1000)
    facts = {"pushed": 0, "pulled": 0, "conflicts": 0, "deleted": 0, "hub_replaced": False, "mentoring": 0}
    events.record("sync", "done", **facts, ms=ms)
    return True


def _direct_route() -> bool:
    """No proxy: else `requests` goes through it, and so does the full sync."""
    if any(
        name.lower().endswith("_proxy") and name.lower() != "no_proxy" and value
        for name, value in os.environ.items()
    ):
        return False
    if sys.platform in ("win32", "darwin"):  # the system's proxy settings too, as urllib reads them
        from urllib.request import getproxies

        return not getproxies()
    return True


def _known(connection: sqlite3.Connection, paths: DataPaths) -> Known | None:
    row = connection.execute(STATE).fetchone()
    if row is None or not row[0] or not row[3]:
        return None  # not enrolled, or never synced to the end: the full sync
    hub_url, cursor, instance, association, sign_key, box_key, courier_folder = row
    if courier_folder and Path(courier_folder).is_dir():
        return None  # the stick is plugged in: its files may wait to be carried
    if _waiting(connection, association):
        return None
    tokens = TokenStore(paths.root)
    token = tokens.load(hub_url)
    if not token or tokens.load_courier_secret(hub_url) is None:
        return None  # the full sync says so, or registers the courier keys
    return Known(hub_url, cursor, instance, association, (sign_key, box_key), token)


def _waiting(connection: sqlite3.Connection, association: str | None = None) -> bool:
    """Whether anything waits for the full sync's work. Without `association`, only the queues
    and conflicts: what records to match and requests to note depend on is the cursor's."""
    queries: list[tuple[str, tuple[str, ...]]] = [(f"{sql} LIMIT 1", ()) for sql in WAITING]
    if association is not None:
        queries.append((f"{NEW_TO_MATCH} LIMIT 1", ()))  # reads every synced record: once
        queries.append((f"{MENTORING_ASKED} LIMIT 1", (association,)))
        if connection.execute("SELECT 1 FROM need_watch WHERE id = 1").fetchone() is None:
            return True  # made by the full run's first look for new matches
    return any(connection.execute(sql, values).fetchone() is not None for sql, values in queries)


def _ask_hub(known: Known) -> tuple[dict[str, Any], dict[str, Any]]:
    """The engine's first two requests (HubClient.handshake, then pull from our cursor), on one
    connection, TLS verified as `requests` verifies it. Raises on anything but two 200s."""
    parts = urlsplit(known.hub_url)
    if parts.scheme == "https":
        import ssl

        cafile, capath = _authorities()
        context = ssl.create_default_context(cafile=cafile, capath=capath)
        connection: http.client.HTTPConnection = http.client.HTTPSConnection(
            parts.hostname or "", parts.port, timeout=TIMEOUT[0], context=context
        )
    elif parts.scheme == "http":
        connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=TIMEOUT[0])
    else:
        raise ValueError("not a hub address")
    try:
        connection.connect()
        if connection.sock is not None:
            connection.sock.settimeout(TIMEOUT[1])
        hello = _call(
            connection,
            known,
            "POST",
            "/v1/handshake",
            {"protocol_version": PROTOCOL_VERSION, "app_version": __version__},
        )
        page = _call(connection, known, "GET", f"/v1/pull?cursor={known.cursor}&limit={PULL_PAGE}")
    finally:
        connection.close()
    return hello, page


def _authorities() -> tuple[str | None, str | None]:
    """The certificate authorities `requests` trusts (file, folder): those its variables name,
    else certifi's."""
    named = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
    if named:
        return (None, named) if os.path.isdir(named) else (named, None)
    import certifi

    return certifi.where(), None


def _call(
    connection: http.client.HTTPConnection, known: Known, method: str, path: str, body: object = None
) -> dict[str, Any]:
    headers = {
        "User-Agent": f"Entraide/{__version__}",
        "Accept-Encoding": "gzip",
        "Accept": "*/*",
        "Authorization": f"Bearer {known.token}",
    }
    data = None
    if body is not None:
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        headers["Content-Type"] = "application/json"
    connection.request(method, urlsplit(known.hub_url).path.rstrip("/") + path, body=data, headers=headers)
    answer = connection.getresponse()
    content = answer.read()
    if answer.status != 200:
        raise ValueError(f"hub answered {answer.status}")
    if answer.getheader("Content-Encoding", "").lower() == "gzip":
        content = gzip.decompress(content)
    result = json.loads(content)
    if not isinstance(result, dict):
        raise ValueError("not the hub's answer")
    return result


# protocol/messages.py HandshakeResponse and Member, checked without pydantic (a test ties them):
# an answer of another shape goes the full way, whose validation says what is wrong.
HANDSHAKE_FIELDS: dict[str, tuple[type, ...]] = {
    "protocol_min": (int,),
    "protocol_max": (int,),
    "hub_instance_id": (str,),
    "association_id": (str,),
    "association_name": (str,),
    "device_id": (str,),
    "deletion_retention_days": (int,),
    "oldest_cursor": (int,),
    "current_version": (int,),
    "members": (list,),
    "hub_sign_key": (str, type(None)),
    "hub_box_key": (str, type(None)),
}
HANDSHAKE_OPTIONAL = frozenset({"members", "hub_sign_key", "hub_box_key"})
MEMBER_FIELDS: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "name": (str,),
    "rna": (str, type(None)),
    "siret": (str, type(None)),
}


def _fits(value: dict[str, Any], fields: dict[str, tuple[type, ...]], optional: frozenset[str]) -> bool:
    if not set(value) <= set(fields) or not set(fields) - optional <= set(value):
        return False
    return all(
        isinstance(item, fields[name]) and not (isinstance(item, bool) and bool not in fields[name])
        for name, item in value.items()
    )


def well_formed(hello: dict[str, Any]) -> bool:
    """The handshake the full run's validation accepts (fields, types, no others)."""
    members = hello.get("members") or []
    return _fits(hello, HANDSHAKE_FIELDS, HANDSHAKE_OPTIONAL) and all(
        isinstance(m, dict) and _fits(m, MEMBER_FIELDS, frozenset({"rna", "siret"})) for m in members
    )


def _same_hub(connection: sqlite3.Connection, known: Known, hello: dict[str, Any]) -> bool:
    """The hub we know, listing the members we know (else the full run resends or rewrites)."""
    keys = (hello.get("hub_sign_key"), hello.get("hub_box_key"))
    if known.instance and known.instance != hello["hub_instance_id"]:
        return False
    if known.association != hello["association_id"]:
        return False  # enrolled again elsewhere: the full run's follow-ups use the new one
    if keys[0] is not None and known.keys[0] is not None and known.keys != keys:
        return False
    members = hello.get("members") or []
    if members:
        ours = {
            row[0]: list(row)
            for row in connection.execute("SELECT id, name, rna, siret FROM network_associations")
        }
        theirs = {m["id"]: [m["id"], m["name"], m.get("rna"), m.get("siret")] for m in members}
        if ours != theirs:
            return False
    return True


def _write(connection: sqlite3.Connection, known: Known, hello: dict[str, Any], cursor: int) -> bool:
    """What the full run writes after a sync with nothing in it (SyncEngine.start and finish, the
    page's cursor), in one transaction; False if the store changed meanwhile (nothing written)."""
    now = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")  # as UTCDateTime
    keys = (hello.get("hub_sign_key"), hello.get("hub_box_key"))
    connection.execute("BEGIN IMMEDIATE")
    try:
        row = connection.execute("SELECT cursor FROM sync_state WHERE id = 1").fetchone()
        if row is None or row[0] != known.cursor or _waiting(connection):
            connection.execute("ROLLBACK")
            return False
        connection.execute(
            "UPDATE sync_state SET association_name = ?, device_id = ?, hub_url = ?, hub_instance_id = ?, "
            "association_id = ?, last_sync_at = ?, last_error = NULL, cursor = ? WHERE id = 1",
            (
                hello["association_name"],
                hello["device_id"],
                known.hub_url.rstrip("/"),
                hello["hub_instance_id"],
                hello["association_id"],
                now,
                cursor,
            ),
        )
        if keys[0] is not None:
            connection.execute("UPDATE sync_state SET hub_sign_key = ?, hub_box_key = ? WHERE id = 1", keys)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return True
