"""The hub as it runs for real: `entraide-hub serve` processes, several writers and readers at
once, and a hub killed in the middle of a push (its defaults and the README flow: test_hub_serve.py)."""

from __future__ import annotations

import itertools
import random
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import requests

from tests.hub.server import NO_RATE_LIMIT, Device, HubProcess, enroll_devices


def equipment(n: int, **extra) -> dict:
    """A new piece of equipment every member of the network sees."""
    return {
        "op_id": f"op-{uuid.uuid4().hex}",
        "entity_type": "equipment",
        "record_id": str(uuid.uuid4()),
        "base_version": 0,
        "visibility": "network",
        "fields": {
            "name": f"Vidéoprojecteur {n}",
            "deposit_cents": 15000,
            "condition": "bon",
            "accessories": [],
            "shared": True,
            "out_of_service": False,
            **extra,
        },
    }


def update(record_id: str, base: int, n: int) -> dict:
    return {
        "op_id": f"op-{uuid.uuid4().hex}",
        "entity_type": "equipment",
        "record_id": record_id,
        "base_version": base,
        "fields": {"notes": f"révisé {n}"},
    }


def pull_all(
    http: requests.Session, hub_url: str, device: Device, cursor: int = 0, limit: int = 1000
) -> tuple[list[dict], int]:
    changes: list[dict] = []
    while True:
        answer = http.get(
            f"{hub_url}/v1/pull",
            params={"cursor": cursor, "limit": limit},
            headers=device.headers,
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        page = answer.json()
        changes += page["changes"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return changes, cursor


# --- concurrent writers and readers on PostgreSQL ------------------------------------------

WRITE_SECONDS = 6.0


@dataclass
class Writer:
    index: int
    device: Device
    acknowledged: dict[str, int] = field(default_factory=dict)  # record id → latest acked version
    versions: list[int] = field(default_factory=list)  # every version this writer was given
    errors: list[str] = field(default_factory=list)

    def run(self, hub_url: str, seed: int) -> None:
        rng, http, n = random.Random(seed), requests.Session(), 0
        deadline = time.monotonic() + WRITE_SECONDS
        try:
            while time.monotonic() < deadline:
                batch = []
                for _ in range(rng.randint(1, 5)):
                    n += 1
                    if self.acknowledged and rng.random() < 0.2:  # now and then an edit of an earlier one
                        record_id = rng.choice(list(self.acknowledged))
                        batch.append(update(record_id, self.acknowledged[record_id], n))
                    else:
                        batch.append(equipment(n, storage_place=f"écrivain {self.index}"))
                answer = http.post(
                    f"{hub_url}/v1/push", json={"operations": batch}, headers=self.device.headers, timeout=30
                )
                if answer.status_code != 200:
                    self.errors.append(f"{answer.status_code}: {answer.text[:200]}")
                    return
                for result in answer.json()["results"]:
                    if result["status"] not in ("applied", "merged"):
                        self.errors.append(f"unexpected result {result}")
                        return
                    self.acknowledged[result["record_id"]] = result["version"]
                    self.versions.append(result["version"])
        except Exception as error:  # reported by the test, never lost in a thread
            self.errors.append(repr(error))


@dataclass
class Reader:
    device: Device
    seen: dict[str, int] = field(default_factory=dict)  # record id → latest version received
    versions: list[int] = field(default_factory=list)  # in the order received
    pages: int = 0
    pages_during_writes: int = 0  # non-empty pages received while the writers were still writing
    cursor: int = 0
    errors: list[str] = field(default_factory=list)

    def pull_until_empty(self, http: requests.Session, hub_url: str, writing: bool) -> None:
        while True:
            # A small odd page size: pages end in the middle of other writers' batches.
            answer = http.get(
                f"{hub_url}/v1/pull",
                params={"cursor": self.cursor, "limit": 37},
                headers=self.device.headers,
                timeout=30,
            )
            if answer.status_code != 200:
                raise AssertionError(f"pull answered {answer.status_code}: {answer.text[:200]}")
            page = answer.json()
            self.pages += 1
            self.pages_during_writes += bool(writing and page["changes"])
            for change in page["changes"]:
                self.versions.append(change["version"])
                self.seen[change["record_id"]] = change["version"]
            self.cursor = page["next_cursor"]
            if not page["has_more"]:
                return

    def run(self, hub_url: str, writers_done: threading.Event) -> None:
        http = requests.Session()
        try:
            while not writers_done.is_set():
                self.pull_until_empty(http, hub_url, writing=True)
                time.sleep(0.01)
            self.pull_until_empty(http, hub_url, writing=False)  # once more, after the last commit
        except Exception as error:
            self.errors.append(repr(error))


def test_concurrent_writers_never_make_a_reader_skip_a_change(postgres, tmp_path):
    """DESIGN: pulls never serve past a point below which every transaction has committed, so
    concurrent writers on PostgreSQL cannot make a client skip a change.

    Checked to fail when the promise is broken: with versions handed out by a counter committed
    at once (as a sequence would), transactions commit out of version order and readers skip
    about a hundred acknowledged records; without the row lock, two changes share a version."""
    url = postgres.create_database(f"hub_{uuid.uuid4().hex[:12]}")
    with HubProcess(url, tmp_path / "hub", workers=2, env=NO_RATE_LIMIT) as hub:
        names = [f"Écrivains {i}" for i in range(4)]
        devices = enroll_devices(hub, url, [*names, "Lecteurs"], per_association=3)
        writers = [Writer(i, devices[name][0]) for i, name in enumerate(names)]
        # Readers of another association, and one device of a writing association.
        readers = [Reader(device) for device in devices["Lecteurs"]] + [Reader(devices[names[0]][1])]
        writers_done = threading.Event()
        writer_threads = [threading.Thread(target=w.run, args=(hub.url, 100 + w.index)) for w in writers]
        reader_threads = [threading.Thread(target=r.run, args=(hub.url, writers_done)) for r in readers]
        for thread in reader_threads + writer_threads:
            thread.start()
        for thread in writer_threads:
            thread.join(timeout=WRITE_SECONDS + 60)
        writers_done.set()
        for thread in reader_threads:
            thread.join(timeout=60)
        assert not any(t.is_alive() for t in writer_threads + reader_threads)

    assert [e for w in writers for e in w.errors] == []
    assert [e for r in readers for e in r.errors] == []
    acknowledged = {rid: v for w in writers for rid, v in w.acknowledged.items()}
    written = sorted((v, w.index) for w in writers for v in w.versions)
    assert len(written) == len({v for v, _ in written}), "two acknowledged changes share a version"
    # The test means something only if the writers really overlapped: their versions interleave
    # (a hub serving writers one after the other, or readers never reading mid-write, would not).
    switches = sum(a[1] != b[1] for a, b in itertools.pairwise(written))
    assert switches >= 20, f"writers hardly overlapped ({switches} switches in {len(written)} versions)"
    assert len(acknowledged) >= 100
    print(
        f"{len(written)} acknowledged changes of {len(acknowledged)} records, {switches} writer switches; "
        f"pages read while writing: {[r.pages_during_writes for r in readers]}"
    )
    for reader in readers:
        assert reader.pages_during_writes >= 10, "readers did not read while the writers wrote"
        assert all(a < b for a, b in itertools.pairwise(reader.versions)), (
            "versions went backwards or came twice"
        )
        missing = [rid for rid in acknowledged if rid not in reader.seen]
        assert missing == [], f"{len(missing)} acknowledged records were skipped by a reader"
        stale = {rid: (reader.seen[rid], v) for rid, v in acknowledged.items() if reader.seen[rid] != v}
        assert stale == {}, "a reader ended with an older version than the last acknowledged one"
        assert reader.cursor >= written[-1][0]


def test_a_burst_of_pushes_beyond_the_connection_pool_all_succeed(postgres, tmp_path):
    """80 devices pushing at the same moment, more than one worker's 30 pooled connections: each
    push used to hold a reader connection (its caller's lookup) while waiting for a writer's
    from the same pool, so the pool ran dry, nobody progressed, and half the pushes got a 500
    after the pool's 30 s timeout."""
    url = postgres.create_database(f"hub_{uuid.uuid4().hex[:12]}")
    with HubProcess(url, tmp_path / "hub", env=NO_RATE_LIMIT) as hub:
        devices = enroll_devices(hub, url, ["Les Amis"], per_association=80)["Les Amis"]

        def push(device: Device) -> int:
            answer = requests.post(
                f"{hub.url}/v1/push", json={"operations": [equipment(1)]}, headers=device.headers, timeout=20
            )
            return answer.status_code

        for _ in range(2):
            with ThreadPoolExecutor(len(devices)) as pool:
                assert list(pool.map(push, devices)) == [200] * len(devices)


# --- a hub killed in the middle of a push ------------------------------------------------------

BATCH = 200


def test_a_hub_killed_mid_push_loses_no_acknowledged_change(hub_url, tmp_path):
    seed = random.SystemRandom().randrange(1_000_000)
    rng = random.Random(seed)
    data_dir = tmp_path / "hub"
    hub = HubProcess(hub_url, data_dir, env=NO_RATE_LIMIT).start()
    try:
        [device] = enroll_devices(hub, hub_url, ["Les Amis"])["Les Amis"]
        acknowledged: dict[str, int] = {}  # record id → version, from answers received
        in_flight: list[dict] = []
        failures: list[str] = []

        def push_until_the_hub_dies() -> None:
            http, n = requests.Session(), 0
            while True:
                batch = [equipment(n + i) for i in range(BATCH)]
                n += BATCH
                if acknowledged:  # and an edit of an acknowledged record, to check edits survive too
                    record_id = rng.choice(sorted(acknowledged))
                    batch.append(update(record_id, acknowledged[record_id], n))
                in_flight[:] = batch
                try:
                    answer = http.post(
                        f"{hub.url}/v1/push", json={"operations": batch}, headers=device.headers, timeout=30
                    )
                except requests.RequestException:
                    return  # the hub died: this batch stays in flight
                if answer.status_code != 200:
                    failures.append(f"{answer.status_code}: {answer.text[:200]}")
                    return
                for result in answer.json()["results"]:
                    acknowledged[result["record_id"]] = result["version"]
                in_flight.clear()

        pusher = threading.Thread(target=push_until_the_hub_dies)
        pusher.start()
        deadline = time.monotonic() + 30
        while len(acknowledged) < 2 * BATCH and time.monotonic() < deadline and pusher.is_alive():
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.6))
        hub.kill()
        pusher.join(timeout=60)
        assert not pusher.is_alive()
        assert failures == [], failures
        assert len(acknowledged) >= 2 * BATCH, f"too few pushes before the kill (seed {seed})"
        assert in_flight, "the kill did not interrupt a push"

        hub = HubProcess(hub_url, data_dir, env=NO_RATE_LIMIT).start()  # same database, new process
        http = requests.Session()
        changes, _ = pull_all(http, hub.url, device, limit=5000)
        found = {change["record_id"]: change["version"] for change in changes}
        assert len(found) == len(changes)
        # The batch in flight may have committed just before the kill, its answer never sent: the
        # record it edits may then be newer than acknowledged, never older.
        edited_in_flight = {op["record_id"] for op in in_flight if op.get("base_version")}
        lost = {
            rid: v
            for rid, v in acknowledged.items()
            if found.get(rid) != v and not (rid in edited_in_flight and found.get(rid, 0) > v)
        }
        assert lost == {}, (
            f"acknowledged changes lost or changed by the kill (seed {seed}): "
            f"{ {rid: (v, found.get(rid)) for rid, v in lost.items()} }"
        )

        # The batch in flight may or may not have committed; sending it again settles it either way.
        answer = http.post(
            f"{hub.url}/v1/push", json={"operations": in_flight}, headers=device.headers, timeout=30
        )
        assert answer.status_code == 200, answer.text
        results = answer.json()["results"]
        assert [r["status"] for r in results] == ["applied"] * len(in_flight)
        assert [r["record_id"] for r in results] == [op["record_id"] for op in in_flight]
        again = http.post(
            f"{hub.url}/v1/push", json={"operations": in_flight}, headers=device.headers, timeout=30
        )
        assert again.json()["results"] == results  # a replay applies nothing twice

        print(
            f"seed {seed}: {len(acknowledged)} acknowledged before the kill; the batch in flight had "
            f"{'' if in_flight[0]['record_id'] in found else 'not '}committed"
        )
        changes, _ = pull_all(http, hub.url, device, limit=5000)
        ids = [change["record_id"] for change in changes]
        assert len(ids) == len(set(ids)), "a record came twice"
        expected = set(acknowledged) | {op["record_id"] for op in in_flight}
        assert set(ids) == expected
        final = {change["record_id"]: change["version"] for change in changes}
        assert all(final[r["record_id"]] == r["version"] for r in results)
    finally:
        hub.stop()
