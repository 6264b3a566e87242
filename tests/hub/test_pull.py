"""Pulls (pages in version order, removals and tombstones, 410 after a purge) and the handshake."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from hub import admin
from hub.api import create_app
from hub.db import utcnow
from hub.models import HubState, Record
from tests.hub.conftest import Hub, Member, op


def _page(hub: Hub, who: Member, cursor: int, limit: int) -> dict:
    answer = hub.client.get("/v1/pull", params={"cursor": cursor, "limit": limit}, headers=who.headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _handshake(client, who: Member, version: int = 1):
    return client.post(
        "/v1/handshake", json={"protocol_version": version, "app_version": "1.0"}, headers=who.headers
    )


def test_pages_follow_versions_without_gaps_or_duplicates(hub):
    owner, reader = hub.member("Les Amis"), hub.member("Le Comité")
    shared = [op("equipment", name=f"Objet {i}", visibility="network") for i in range(7)]
    created = hub.push(owner, *shared)
    hub.push(owner, op(display_name="Privé, jamais vu par le Comité"))
    versions = {o["record_id"]: r["version"] for o, r in zip(shared, created, strict=True)}
    # An edit, a deletion (tombstone) and a removal (network → private), interleaved.
    [edited] = hub.push(
        owner,
        op(
            "equipment",
            record_id=shared[0]["record_id"],
            base=versions[shared[0]["record_id"]],
            name="Objet 0 bis",
        ),
    )
    [deleted] = hub.push(
        owner,
        op(
            "equipment", record_id=shared[1]["record_id"], base=versions[shared[1]["record_id"]], deleted=True
        ),
    )
    [hidden] = hub.push(
        owner,
        op(
            "equipment",
            record_id=shared[2]["record_id"],
            base=versions[shared[2]["record_id"]],
            visibility="private",
        ),
    )
    [late] = hub.push(owner, op("equipment", name="Dernier", visibility="network"))
    expected = sorted(
        [versions[o["record_id"]] for o in shared[3:]]
        + [edited["version"], deleted["version"], hidden["version"], late["version"]]
    )
    for limit in (1, 2, 3, 4, 100):
        cursor, seen, pages = 0, [], 0
        while True:
            page = _page(hub, reader, cursor, limit)
            pages += 1
            batch = [c["version"] for c in page["changes"]]
            assert len(batch) <= limit
            assert batch == sorted(batch) and all(v > cursor for v in batch)
            seen += page["changes"]
            if page["has_more"]:
                assert len(batch) == limit and page["next_cursor"] == batch[-1]
            else:
                assert page["next_cursor"] >= (batch[-1] if batch else cursor)
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
            assert pages < 50
        assert [c["version"] for c in seen] == expected, limit
        assert len({(c["record_id"], c["version"]) for c in seen}) == len(seen)
        by_record = {c["record_id"]: c for c in seen}
        assert by_record[shared[0]["record_id"]]["fields"] == shared[0]["fields"] | {"name": "Objet 0 bis"}
        tombstone = by_record[shared[1]["record_id"]]
        assert tombstone["deleted"] is True and tombstone["fields"] == {}
        assert tombstone["owner_id"] == owner.id  # a tombstone, not a removal
        removal = by_record[shared[2]["record_id"]]
        assert removal["deleted"] is True and "owner_id" not in removal
        # Nothing more afterwards.
        assert _page(hub, reader, cursor, limit) == {"changes": [], "next_cursor": cursor, "has_more": False}


def test_pull_cursor_is_the_hub_version_and_counts_changes_invisible_to_you(hub):
    owner, reader = hub.member("Les Amis"), hub.member("Le Comité")
    hub.push(owner, op(display_name="Privé"), op(display_name="Privé 2"))
    page = _page(hub, reader, 0, 10)
    assert page["changes"] == [] and page["has_more"] is False
    shake = _handshake(hub.client, reader).json()
    assert page["next_cursor"] == shake["current_version"] == 2
    # A cursor beyond the hub's version is answered without error and kept.
    assert _page(hub, reader, 50, 10) == {"changes": [], "next_cursor": 50, "has_more": False}


def _age_tombstones(hub: Hub, days: int) -> None:
    with hub.database.writer.begin() as session:
        session.execute(
            update(Record).where(Record.deleted.is_(True)).values(updated_at=utcnow() - timedelta(days=days))
        )


def test_cursor_older_than_the_purge_gets_410_and_a_full_resync_works(hub):
    owner, reader = hub.member("Les Amis"), hub.member("Le Comité")
    first, second = (
        op("equipment", name="A", visibility="network"),
        op("equipment", name="B", visibility="network"),
    )
    [a, b] = hub.push(owner, first, second)
    [gone] = hub.push(owner, op("equipment", record_id=first["record_id"], base=a["version"], deleted=True))
    [fresh] = hub.push(owner, op("equipment", name="C", visibility="network"))
    # A recent deletion is kept by the purge.
    with hub.database.writer.begin() as session:
        assert admin.purge(session, deletion_days=1, result_days=90)["tombstones"] == 0
    assert hub.client.get("/v1/pull", params={"cursor": 1}, headers=reader.headers).status_code == 200
    _age_tombstones(hub, 3)
    with hub.database.writer.begin() as session:
        counts = admin.purge(session, deletion_days=0, result_days=90)
    assert counts["tombstones"] == 1 and counts["results"] == 0
    stale = hub.client.get("/v1/pull", params={"cursor": 1}, headers=reader.headers)
    assert stale.status_code == 410
    assert "resynchronisation complète" in stale.json()["detail"]
    for cursor in range(1, gone["version"]):
        assert (
            hub.client.get("/v1/pull", params={"cursor": cursor}, headers=reader.headers).status_code == 410
        )
    # From zero: everything still there, without the purged tombstone.
    changes, cursor = hub.pull_all(reader)
    assert [(c["record_id"], c["deleted"]) for c in changes] == [
        (second["record_id"], False),
        (changes[-1]["record_id"], False),
    ]
    assert changes[-1]["version"] == fresh["version"] and b["version"] < fresh["version"]
    assert cursor == fresh["version"]
    # A device that had already pulled the deletion keeps pulling normally.
    after = hub.client.get("/v1/pull", params={"cursor": gone["version"]}, headers=reader.headers)
    assert after.status_code == 200
    assert [c["version"] for c in after.json()["changes"]] == [fresh["version"]]
    shake = _handshake(hub.client, reader).json()
    assert 1 < shake["oldest_cursor"] <= gone["version"]


def test_purge_keeps_recent_deletions_and_forgets_old_results(hub):
    owner = hub.member("Les Amis")
    record = op(display_name="Léa")
    [created] = hub.push(owner, record)
    hub.push(owner, op(record_id=record["record_id"], base=created["version"], deleted=True))
    with hub.database.writer.begin() as session:
        counts = admin.purge(session, deletion_days=30, result_days=90)
    assert counts == {"tombstones": 0, "removals": 0, "results": 0}
    assert hub.client.get("/v1/pull", params={"cursor": 1}, headers=owner.headers).status_code == 200
    with hub.database.writer.begin() as session:
        counts = admin.purge(session, deletion_days=30, result_days=0)
    assert counts["results"] == 2 and counts["tombstones"] == 0
    # A removal is purged like a tombstone.
    other = hub.member("Le Comité")
    shared = op("equipment", name="Tente", visibility="network")
    [made] = hub.push(owner, shared)
    [hidden] = hub.push(
        owner, op("equipment", record_id=shared["record_id"], base=made["version"], visibility="private")
    )
    with hub.database.writer.begin() as session:
        from hub.models import Removal

        session.execute(update(Removal).values(created_at=utcnow() - timedelta(days=40)))
        counts = admin.purge(session, deletion_days=30, result_days=90)
    assert counts["removals"] == 1
    assert (
        hub.client.get(
            "/v1/pull", params={"cursor": hidden["version"] - 1}, headers=other.headers
        ).status_code
        == 410
    )


# ---------------------------------------------------------------- handshake


def test_handshake_refuses_old_protocols_readably(hub):
    amis = hub.member("Les Amis")
    answer = _handshake(hub.client, amis, version=0)
    assert answer.status_code == 426
    detail = answer.json()["detail"]
    assert "trop ancienne" in detail and "mettez Entraide à jour" in detail


def test_handshake_tells_the_hub_identity_association_and_retention(hub):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    first = _handshake(hub.client, amis)
    assert first.status_code == 200, first.text
    body = first.json()
    assert body["association_name"] == "Les Amis" and body["association_id"] == amis.id
    assert body["deletion_retention_days"] == hub.settings.deletion_retention_days == 180
    assert body["protocol_min"] == 1 and body["protocol_max"] >= 1
    assert _handshake(hub.client, amis).json()["hub_instance_id"] == body["hub_instance_id"]
    other = _handshake(hub.client, comite).json()
    assert other["hub_instance_id"] == body["hub_instance_id"]
    assert other["association_name"] == "Le Comité" and other["device_id"] != body["device_id"]
    # The same database behind a new server process keeps its identity …
    from fastapi.testclient import TestClient

    hub.settings.deletion_retention_days = 30
    with TestClient(create_app(hub.settings, hub.database)) as client:
        again = _handshake(client, amis).json()
    assert again["hub_instance_id"] == body["hub_instance_id"]
    assert again["deletion_retention_days"] == 30
    # … which is the one stored in the database, also given at enrolment.
    with hub.database.reader() as session:
        assert session.scalar(select(HubState.instance_id)) == body["hub_instance_id"]
