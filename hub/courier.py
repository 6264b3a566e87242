"""Courier files relayed by any enrolled device: checked against the device that wrote them,
applied as if that device had pushed them (the same push code, so the same versions, merges and
conflicts), answered with the push results and the pages it misses, sealed for that device."""

from __future__ import annotations

import json
import logging
import uuid
from typing import Annotated, Any

from pydantic import Field, TypeAdapter, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.db import HubDatabase, ensure_state
from hub.models import Association, Device, HubState, OperationResult
from hub.pull import CursorTooOld, pull_page
from hub.push import push_committed
from protocol import courier
from protocol.marks import is_mark
from protocol.messages import MAX_BATCH_OPERATIONS, MAX_PAGE_SIZE, Member, Operation

log = logging.getLogger("entraide.hub.courier")
_OPERATIONS = TypeAdapter(list[Operation])
# The pull cursor as /v1/pull takes it: a whole number a database BIGINT holds.
_CURSOR = TypeAdapter(Annotated[int, Field(strict=True, ge=0, le=2**63 - 1)])

# Why a file is refused, for the carrier to read (it says nothing of the file's content).
REASONS = {
    "not_courier": "Ce fichier n'est pas un fichier de liaison Entraide.",
    "damaged": "Ce fichier de liaison est abîmé ou incomplet : préparez-en un nouveau.",
    "signature": "Ce fichier de liaison a été modifié depuis sa préparation : il est refusé.",
    "not_for_us": "Ce fichier de liaison a été préparé pour un autre hub.",
    "unknown_device": "Ce fichier de liaison vient d'un ordinateur que ce hub ne connaît pas.",
    "no_keys": "L'ordinateur qui a préparé ce fichier n'a pas de clés de liaison : "
    "il doit être enrôlé à nouveau.",
    "revoked": "L'ordinateur qui a préparé ce fichier a été révoqué : le fichier est refusé.",
    "not_export": "Ce fichier est une réponse du hub : c'est à l'ordinateur d'origine de l'importer.",
    "invalid": "Le contenu de ce fichier de liaison est refusé : préparez-en un nouveau.",
}


class CourierError(Exception):
    def __init__(self, code: str, status: int = 422) -> None:
        super().__init__(REASONS[code])
        self.reason, self.status = REASONS[code], status


def hub_keys(session: Session) -> courier.KeyPair:
    """The hub's courier keys, made the first time they are needed (in a writer's session)."""
    state = ensure_state(session)
    if state.courier_secret is None:
        state.courier_secret = courier.KeyPair.generate().secret()
        session.flush()
    return courier.KeyPair.from_secret(state.courier_secret)


def public_keys(state: HubState) -> courier.PublicKeys | None:
    return courier.KeyPair.from_secret(state.courier_secret).public() if state.courier_secret else None


def relay(db: HubDatabase, data: bytes, carrier_device: str) -> bytes:
    """Open a device's file, apply it, and answer it, sealed for that device alone."""
    with db.writer.begin() as session:
        keys = hub_keys(session)
    header = courier.read_header(data) if data.startswith(courier.MAGIC) else None
    if header is None:
        raise CourierError("not_courier")
    if header.kind != "export":
        raise CourierError("not_export")
    with db.reader() as session:
        device = session.get(Device, header.device_id)
        if device is None:
            raise CourierError("unknown_device")
        if device.revoked_at is not None:
            raise CourierError("revoked", 403)
        if not device.sign_key or not device.box_key:
            raise CourierError("no_keys")
        association = session.get_one(Association, device.association_id)
        device_box, association_id = device.box_key, association.id
    payload = courier.open_sealed(data, device.sign_key, keys)
    try:
        operations = _OPERATIONS.validate_python(payload.get("operations", []))
        cursor = _CURSOR.validate_python(payload["cursor"])
    except (ValidationError, KeyError) as error:
        raise CourierError("invalid") from error
    newest, device_mark = _newest_from(db, header.device_id, _prepared(payload))
    held = 0
    if not newest:  # superseded: only what the hub answered already
        known = _known(db, operations)
        held, operations = len(operations) - len(known), known
    results: list[dict[str, Any]] = []
    for start in range(0, len(operations), MAX_BATCH_OPERATIONS):
        batch = operations[start : start + MAX_BATCH_OPERATIONS]
        done = push_committed(db, association_id, header.device_id, batch)
        results += [r.model_dump(mode="json", exclude_none=True) for r in done]
    answer = _answer(db, association_id, cursor)
    answer |= {
        "operations": [op.model_dump(mode="json", exclude_none=True) for op in operations],
        "results": results,
    }
    if not newest:  # said to the laptop, which makes its next file's mark later than ours
        answer |= {"held": held, "device_mark": device_mark}
    log.info(
        "courier file %s of device %s relayed by device %s: %d operations, %d pages",
        header.file_id,
        header.device_id,
        carrier_device,
        len(operations),
        len(answer["pages"]),
    )
    sealed_header = courier.Header(
        "answer", str(uuid.uuid4()), header.device_id, keys.public().fingerprint(), answers=header.file_id
    )
    return courier.seal(sealed_header, answer, keys, device_box)


def _prepared(payload: dict[str, Any]) -> str | None:
    mark = payload.get("prepared")
    if mark is None:  # a file of a version that did not mark them
        return None
    if not is_mark(mark):  # a UUIDv7, as every version that marks its files makes them
        raise CourierError("invalid")
    return mark


def _newest_from(db: HubDatabase, device_id: str, prepared: str | None) -> tuple[bool, str | None]:
    """Whether no file prepared after this one was applied (and remember it, if so), with the
    device's mark. A laptop's files may be carried in any order, and each holds all its pending
    changes: applying an older one after a newer one would put back values changed since."""
    if prepared is None:
        return True, None
    with db.writer.begin() as session:
        device = session.get_one(Device, device_id, with_for_update=True)
        if device.courier_mark is not None and prepared < device.courier_mark:
            return False, device.courier_mark
        device.courier_mark = prepared
    return True, prepared


def _known(db: HubDatabase, operations: list[Operation]) -> list[Operation]:
    """The operations the hub has results for: answered again, nothing applied."""
    ids = [op.op_id for op in operations]
    with db.reader() as session:
        known: set[str] = set()
        for start in range(0, len(ids), MAX_BATCH_OPERATIONS):
            chunk = ids[start : start + MAX_BATCH_OPERATIONS]
            known.update(
                session.scalars(select(OperationResult.op_id).where(OperationResult.op_id.in_(chunk)))
            )
    return [op for op in operations if op.op_id in known]


def _answer(db: HubDatabase, association_id: str, cursor: int) -> dict[str, Any]:
    """The pull pages since the device's cursor (from 0 when its cursor is too old), the hub's
    identity as a handshake gives it, and the version the answer was made at."""
    with db.reader() as session:
        state = session.scalars(select(HubState).where(HubState.id == 1)).one()
        association = session.get_one(Association, association_id)
        pages: list[dict[str, Any]] = []
        resync, start = False, cursor
        while True:
            try:
                page = json.loads(pull_page(session, association_id, cursor, MAX_PAGE_SIZE))
            except CursorTooOld:
                pages, resync, cursor, start = [], True, 0, 0  # the device must start again
                continue
            pages.append({"cursor": cursor, "page": page})
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        members = [
            Member(id=a.id, name=a.name, rna=a.rna, siret=a.siret).model_dump()
            for a in session.scalars(select(Association).order_by(Association.name))
        ]
        return {
            "hub_instance_id": state.instance_id,
            "association_id": association.id,
            "association_name": association.name,
            "members": members,
            "cursor_from": start,
            "cursor_to": cursor,
            "resync": resync,
            "pages": pages,
        }
