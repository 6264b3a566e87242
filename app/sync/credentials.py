"""The device token and its private courier keys: in the system keyring; when there is none, in
a file only the user can read (the Synchronisation section then says so).

Loading keyring and finding its backends costs a scheduled `entraide sync` more than the rest of
a sync with nothing to do, so it is loaded only when needed: not when the environment names the
"no keyring" backend (keyring reads that first too), and not to read a secret the private file
holds (a secret saved in the keyring is taken out of the file, so the file holds only what was
saved there because there was no keyring)."""

from __future__ import annotations

import json
import os
from pathlib import Path

SERVICE = "Entraide"
FALLBACK_NAME = "jeton-hub.json"
NO_KEYRING = "keyring.backends.fail.Keyring"
# Written in the file by versions that take a secret out of it when they save it in the keyring.
# Older versions left their copy behind, so a file without it may hold a token the keyring has
# since replaced (a new enrolment): such a file is reconciled with the keyring once.
RECONCILED = "__entraide_file_format__"


def keyring_available() -> bool:
    if os.environ.get("PYTHON_KEYRING_BACKEND") == NO_KEYRING:
        return False  # what keyring itself would find first
    import keyring
    from keyring.backends import fail

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
        saved = self._saved()
        saved[RECONCILED] = 2
        if not self.uses_file:
            import keyring

            keyring.set_password(SERVICE, key, secret)
            if key in saved:  # saved there when there was no keyring: no copy left in a file
                del saved[key]
                self._write(saved)
            return
        self.fallback.parent.mkdir(parents=True, exist_ok=True)
        saved[key] = secret
        self._write(saved)

    def _get(self, key: str) -> str | None:
        saved = self._saved()
        if saved and RECONCILED not in saved and not self.uses_file:
            saved = self._reconcile(saved)
        value = saved.get(key)
        if isinstance(value, str):  # saved in the file: there was no keyring then
            return value
        if self.uses_file:
            return None
        import keyring

        return keyring.get_password(SERVICE, key)

    def _reconcile(self, saved: dict[str, object]) -> dict[str, object]:
        """A file an older version wrote, now that a keyring works: the keyring's secret is the
        newer one wherever it has one, and the file's copy goes; the others stay in the file."""
        import keyring

        for key in [key for key in saved if key != RECONCILED]:
            if keyring.get_password(SERVICE, key) is not None:
                del saved[key]
        saved[RECONCILED] = 2
        self._write(saved)
        return saved

    def _write(self, saved: dict[str, object]) -> None:
        descriptor = os.open(self.fallback, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(saved, out)
        os.chmod(self.fallback, 0o600)

    def _saved(self) -> dict[str, object]:
        try:
            saved = json.loads(self.fallback.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return saved if isinstance(saved, dict) else {}
