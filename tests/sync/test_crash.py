"""`entraide sync` killed (SIGKILL) in the middle of a push or a pull: the store stays sound, and the
next sync finishes the job with every record on the hub once."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db import open_database
from app.paths import DataPaths
from tests.sync.conftest import start_hub
from tests.sync.support import HubDatabase, unique

ENTRAIDE = Path(sys.executable).with_name("entraide")
SIZE = 3000
TABLES = ("contacts", "roles", "consents")


@pytest.fixture(scope="module")
def crash_hub(tmp_path_factory) -> Iterator:
    hub = start_hub(tmp_path_factory.mktemp("hub-arrets"))
    hub_db = HubDatabase(hub)
    yield hub, hub_db
    hub_db.close()
    hub.server.should_exit = True


def environment() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
    }


def entraide(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(ENTRAIDE), *args], env=environment(), capture_output=True, text=True, timeout=timeout
    )


class Running:
    """`entraide sync` as a child process, its progress read as it comes."""

    def __init__(self, data: Path) -> None:
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [str(ENTRAIDE), "sync", "--data-dir", str(data)],
            env=environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.output = b""
        self.seen: dict[str, float] = {}
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while chunk := os.read(self.process.stderr.fileno(), 4096):
            self.output += chunk
            for word in ("envoi", "réception"):
                if word.encode() in self.output and word not in self.seen:
                    self.seen[word] = time.monotonic()

    def kill_after(self, seconds: float, *, once: str | None = None, timeout: float = 60) -> bool:
        """SIGKILL `seconds` after the start, or after the progress first shows `once`.
        False when the sync had already finished by then."""
        deadline = time.monotonic() + timeout
        while once is not None and once not in self.seen:
            if self.process.poll() is not None:
                return False
            assert time.monotonic() < deadline, f"no « {once} » within {timeout} s: {self.output[-300:]!r}"
            time.sleep(0.005)
        origin = self.seen[once] if once else self.started
        while time.monotonic() < origin + seconds:
            if self.process.poll() is not None:
                return False
            time.sleep(0.005)
        if self.process.poll() is not None:
            return False
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        return True


def sound(data: Path) -> dict[str, int]:
    """The store passes SQLite's checks; returns its row counts."""
    with sqlite3.connect(data / "entraide.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
    db.close()
    return counts


def finish(data: Path) -> None:
    done = entraide("sync", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr[-500:]
    status = entraide("status", "--data-dir", str(data))
    assert "Modifications en attente d'envoi : 0" in status.stdout, status.stdout
    assert "Conflits à régler : 0" in status.stdout, status.stdout


def enrolled(hub, root: Path, association: str, name: str) -> Path:
    data = root / name
    open_database(DataPaths(data)).close()  # what the window's first start makes
    answer = entraide(
        "enroll",
        "--hub",
        hub.url,
        "--code",
        hub.enrollment_code(association),
        "--device-name",
        name,
        "--data-dir",
        str(data),
    )
    assert answer.returncode == 0, answer.stderr
    return data


def test_killed_during_push_and_pull_then_resumed(crash_hub, tmp_path):
    hub, hub_db = crash_hub
    association = unique("Arrêts")
    sender = enrolled(hub, tmp_path, association, "envoi")
    made = entraide("demo", "--size", str(SIZE), "--data-dir", str(sender))
    assert made.returncode == 0, made.stderr
    local = sound(sender)
    assert local["contacts"] == SIZE

    kills = 0
    for moment in (
        {"seconds": 0.2},
        {"seconds": 0.2, "once": "envoi"},
        {"seconds": 0.5, "once": "envoi"},
        {"seconds": 1.0, "once": "envoi"},
        {"seconds": 0.3, "once": "réception"},
    ):
        kills += Running(sender).kill_after(**moment)
        assert sound(sender) == local  # a push or a pull of its own records adds and loses nothing
    assert kills >= 4
    finish(sender)
    assert sound(sender) == local

    on_hub = {table: 0 for table in TABLES}
    for entity_type, table in zip(("contact", "role", "consent"), TABLES, strict=True):
        records = hub_db.records(association, entity_type)
        assert not any(r.deleted for r in records.values())
        on_hub[table] = len(records)
    assert on_hub == local  # each record once, none missing
    with sqlite3.connect(sender / "entraide.sqlite3") as db:
        ids = {row[0] for row in db.execute("SELECT id FROM contacts")}
    db.close()
    assert ids == set(hub_db.records(association, "contact"))

    receiver = enrolled(hub, tmp_path, association, "reception")
    kills = 0
    for moment in ({"seconds": 0.2, "once": "réception"}, {"seconds": 1.2}):  # inside a page, then anywhere
        kills += Running(receiver).kill_after(**moment)
        sound(receiver)
    assert kills >= 1
    finish(receiver)
    assert sound(receiver) == local
    assert indexed(receiver) == indexed(sender)  # the search finds every contact the pages brought


def indexed(data: Path) -> set[str]:
    """The contacts the search index holds, each checked against the contact's own name."""
    with sqlite3.connect(data / "entraide.sqlite3") as db:
        rows = db.execute(
            "SELECT c.id FROM contact_fts f JOIN contact_search_map m ON m.docid = f.rowid "
            "JOIN contacts c ON c.id = m.contact_id WHERE f.name = c.display_name AND c.deleted_at IS NULL"
        ).fetchall()
        alive = db.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
    db.close()
    assert len(rows) == alive
    return {row[0] for row in rows}
