"""A PostgreSQL hub answers its pulls on the event loop with at most 10 connections per worker
(hub/async_lookup.py): when all of them wait on slow page reads (a table locked by a migration
or a VACUUM FULL), a pull with nothing new still gets its answer at once, the threaded way."""

from __future__ import annotations

import threading
import time
import uuid
from pathlib import Path

import psycopg
import requests

from hub.async_lookup import MAX_CONNECTIONS, conninfo
from tests.hub.server import NO_RATE_LIMIT, HubProcess, enroll, make_codes
from tests.postgres import PostgresServer


def _shared_equipment() -> dict:
    return {
        "op_id": f"op-{uuid.uuid4().hex}",
        "entity_type": "equipment",
        "record_id": str(uuid.uuid4()),
        "base_version": 0,
        "fields": {
            "name": "Sono",
            "condition": "bon",
            "accessories": [],
            "shared": True,
            "out_of_service": False,
        },
        "deleted": False,
        "visibility": "network",
    }


def test_an_up_to_date_pull_never_waits_behind_slow_pages(postgres: PostgresServer, tmp_path: Path) -> None:
    url = postgres.create_database(f"slow_{uuid.uuid4().hex[:10]}")
    codes = make_codes(url, ["Les Amis"])
    with HubProcess(url, tmp_path / "hub", env=NO_RATE_LIMIT, workers=1) as hub:
        device = enroll(hub.url, codes["Les Amis"][0], "Portable")
        pushed = requests.post(
            f"{hub.url}/v1/push",
            json={"operations": [_shared_equipment()]},
            headers=device.headers,
            timeout=30,
        )
        pushed.raise_for_status()
        head = pushed.json()["results"][0]["version"]
        pages: list[int] = []

        def page() -> None:
            answer = requests.get(f"{hub.url}/v1/pull?cursor=0", headers=device.headers, timeout=20)
            pages.append(answer.status_code)

        location = conninfo(url)
        assert location is not None
        with psycopg.connect(location) as holder:
            holder.execute("LOCK TABLE records IN ACCESS EXCLUSIVE MODE")
            waiting = [threading.Thread(target=page) for _ in range(MAX_CONNECTIONS + 2)]
            for thread in waiting:
                thread.start()
            time.sleep(1.0)  # every connection of the worker now waits on the lock
            started = time.monotonic()
            answer = requests.get(f"{hub.url}/v1/pull?cursor={head}", headers=device.headers, timeout=5)
            assert answer.status_code == 200, answer.text
            assert answer.json() == {"changes": [], "next_cursor": head, "has_more": False}
            assert time.monotonic() - started < 2.0
            assert not pages  # the page reads were still waiting
            holder.rollback()  # the lock goes: every page read gets its page
        for thread in waiting:
            thread.join(timeout=20)
        assert pages == [200] * (MAX_CONNECTIONS + 2)
