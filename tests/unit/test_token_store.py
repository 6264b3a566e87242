"""Where the device's secrets are read from: the 0600 file holds only what no keyring could keep,
including after an older version left a copy there (a real keyring backend, kept in memory)."""

from __future__ import annotations

import json
import stat

import keyring
import pytest
from keyring.backend import KeyringBackend

from app.sync.credentials import FALLBACK_NAME, RECONCILED, TokenStore

HUB = "https://hub.example"


class MemoryKeyring(KeyringBackend):
    priority = 5  # type: ignore[assignment]  # keyring declares it a classproperty

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_an_older_versions_stale_file_copy_gives_way_to_the_keyring(tmp_path, memory_keyring):
    # An older version: no keyring at enrolment, so the file; a keyring later and a new enrolment,
    # saved in the keyring only, the file's copy left behind.
    (tmp_path / FALLBACK_NAME).write_text(
        json.dumps({f"hub:{HUB}": "OLD-revoked", f"courier:{HUB}": "OLD-keys", "hub:https://other": "ONLY"})
    )
    memory_keyring.set_password("Entraide", f"hub:{HUB}", "NEW")
    memory_keyring.set_password("Entraide", f"courier:{HUB}", "NEW-keys")
    store = TokenStore(tmp_path)
    assert store.load(HUB) == "NEW"
    assert store.load_courier_secret(HUB) == "NEW-keys"
    assert store.load("https://other") == "ONLY"  # the only copy stays where it is
    left = json.loads((tmp_path / FALLBACK_NAME).read_text())
    assert "OLD-revoked" not in left.values() and "OLD-keys" not in left.values()
    assert left[RECONCILED] == 2 and left["hub:https://other"] == "ONLY"


def test_saving_in_the_keyring_leaves_no_copy_in_the_file(tmp_path, memory_keyring, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    TokenStore(tmp_path).save(HUB, "FROM-FILE-DAYS")
    path = tmp_path / FALLBACK_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    store = TokenStore(tmp_path)
    assert store.load(HUB) == "FROM-FILE-DAYS"  # written by this version: read without a keyring look
    store.save(HUB, "IN-KEYRING")
    assert store.load(HUB) == "IN-KEYRING"
    assert "FROM-FILE-DAYS" not in path.read_text() and "IN-KEYRING" not in path.read_text()


def test_without_a_keyring_the_file_is_read_as_it_is(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    (tmp_path / FALLBACK_NAME).write_text(json.dumps({f"hub:{HUB}": "OLD-FORMAT"}))
    assert TokenStore(tmp_path).load(HUB) == "OLD-FORMAT"
