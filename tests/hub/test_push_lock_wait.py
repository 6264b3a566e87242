"""On PostgreSQL a push waiting for the version lock holds no snapshot and has written nothing
(hub/push_pipeline.py): under load dozens wait, and either would keep every version of the state
row written meanwhile from being pruned, each hold then taking longer than the one before."""

from __future__ import annotations

import threading
import time

import psycopg
import pytest

from tests.hub.conftest import Hub, op


def _waiting_for_a_lock(watcher: psycopg.Connection, holder_pid: int) -> tuple[object, object, str] | None:
    return watcher.execute(
        "SELECT backend_xid, backend_xmin, query FROM pg_stat_activity "
        "WHERE wait_event_type = 'Lock' AND query ILIKE '%%hub_state%%' AND pid <> %s",
        [holder_pid],
    ).fetchone()


@pytest.mark.parametrize("hub_url", ["postgresql"], indirect=True)
def test_a_push_waiting_for_the_version_lock_holds_no_snapshot_and_has_written_nothing(
    hub: Hub, hub_url: str
) -> None:
    laptop = hub.member("Les Amis")
    [made] = hub.push(laptop, op("equipment", name="Sono"))
    conninfo = hub_url.replace("postgresql+psycopg://", "postgresql://", 1)
    answers: list[list[dict]] = []
    edit = op("equipment", made["record_id"], base=made["version"], notes="câbles dans la caisse")

    with psycopg.connect(conninfo) as holder, psycopg.connect(conninfo, autocommit=True) as watcher:
        holder.execute("LOCK TABLE hub_state IN EXCLUSIVE MODE")  # as another push holds it
        pushing = threading.Thread(target=lambda: answers.append(hub.push(laptop, edit)))
        pushing.start()
        deadline = time.monotonic() + 10
        waiting = _waiting_for_a_lock(watcher, holder.info.backend_pid)
        while waiting is None and time.monotonic() < deadline:
            time.sleep(0.02)
            waiting = _waiting_for_a_lock(watcher, holder.info.backend_pid)
        holder.rollback()

    pushing.join(10)
    assert waiting is not None, "the push never waited for the lock"
    xid, xmin, query = waiting
    assert xid is None, "the push wrote before it held the lock"
    assert xmin is None, f"the push held a snapshot while it waited in: {query}"
    [[edited]] = answers
    assert edited["status"] == "applied", edited
    assert hub.seen(laptop)[made["record_id"]]["fields"]["notes"] == "câbles dans la caisse"
