"""What a push writes besides its records, in the statement that also reads the batch's stored
results (one statement on PostgreSQL, two on SQLite): when the device was last seen, its courier
mark (the newest UUIDv7 op id it pushed), and the replays it answers from stored results."""

from sqlalchemy import select

from hub.auth import hash_secret
from hub.models import Device
from tests.hub.conftest import op


def _v7(n: int) -> str:
    return f"0190a000-0000-7000-8000-{n:012d}"


def _device(hub, member) -> Device:
    with hub.database.reader() as session:
        return session.scalars(select(Device).where(Device.token_hash == hash_secret(member.token))).one()


def test_a_push_notes_its_device_and_keeps_its_newest_op_id(hub):
    amis = hub.member("Les Amis")
    assert _device(hub, amis).courier_mark is None
    first = op(display_name="Léa") | {"op_id": _v7(5)}
    [created] = hub.push(amis, first)
    device = _device(hub, amis)
    assert device.courier_mark == _v7(5) and device.last_seen_at is not None
    seen = device.last_seen_at

    hub.push(amis, op(display_name="Hugo") | {"op_id": _v7(3)})  # older than the mark: kept
    hub.push(amis, op(display_name="Inès") | {"op_id": "not-a-uuid7-op-id-0001"})  # no mark
    device = _device(hub, amis)
    assert device.courier_mark == _v7(5) and device.last_seen_at >= seen

    # A replay is answered from the stored result, read in the same statement.
    [replayed] = hub.push(amis, first)
    assert replayed == created
    assert _device(hub, amis).courier_mark == _v7(5)

    hub.push(amis, op(display_name="Yanis") | {"op_id": _v7(9)}, op(display_name="Chloé") | {"op_id": _v7(7)})
    assert _device(hub, amis).courier_mark == _v7(9)


def test_another_associations_op_id_is_refused_as_before(hub):
    amis, voisins = hub.member("Les Amis"), hub.member("Les Voisins")
    taken = op(display_name="Léa") | {"op_id": _v7(1)}
    hub.push(amis, taken)
    [refused] = hub.push(voisins, op(display_name="Autre") | {"op_id": _v7(1)})
    assert refused["status"] == "rejected" and refused["reason_code"] == "op_id_taken"
    assert _device(hub, voisins).courier_mark == _v7(1)  # the push itself was seen
