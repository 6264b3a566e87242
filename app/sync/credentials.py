"""The device token and its private courier keys: in the system keyring; when there is none, in
a file only the user can read (the Synchronisation section then says so)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
from keyring.backends import fail

SERVICE = "Entraide"
FALLBACK_NAME = "jeton-hub.json"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


class TokenStore:
    def __init__(self, data_dir: Path) -> None:
        self.fallback = data_dir / FALLBACK_NAME

    @staticmethod
    def _key(hub_url: str) -> str:
        return f"hub:{hub_url.rstrip('/')}"

    @property
    def uses_file(self) -> bool:
        return not keyring_available()

    def save(self, hub_url: str, token: str) -> None:
        self._put(self._key(hub_url), token)

    def load(self, hub_url: str) -> str | None:
        return self._get(self._key(hub_url))

    # The device's private courier keys (protocol/courier.py) are kept exactly as its token.
    def save_courier_secret(self, hub_url: str, secret: str) -> None:
        self._put(f"courier:{hub_url.rstrip('/')}", secret)

    def load_courier_secret(self, hub_url: str) -> str | None:
        return self._get(f"courier:{hub_url.rstrip('/')}")

    def _put(self, key: str, secret: str) -> None:
        if not self.uses_file:
            keyring.set_password(SERVICE, key, secret)
            return
        self.fallback.parent.mkdir(parents=True, exist_ok=True)
        saved = self._saved()
        saved[key] = secret
        descriptor = os.open(self.fallback, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(saved, out)
        os.chmod(self.fallback, 0o600)

    def _get(self, key: str) -> str | None:
        if not self.uses_file:
            return keyring.get_password(SERVICE, key)
        saved = self._saved().get(key)
        return saved if isinstance(saved, str) else None

    def _saved(self) -> dict[str, object]:
        try:
            saved = json.loads(self.fallback.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return saved if isinstance(saved, dict) else {}
