"""Hub settings: command-line flags win, then ENTRAIDE_HUB_* environment variables, then defaults.

Every setting is documented in installer/hub/entraide-hub.env.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from platformdirs import user_data_dir

ENV_PREFIX = "ENTRAIDE_HUB_"


def _default_data_dir() -> str:
    return user_data_dir("Entraide-hub", appauthor=False)


@dataclass
class HubSettings:
    data_dir: str = field(default_factory=_default_data_dir)
    database_url: str = ""  # empty: a SQLite file in data_dir
    host: str = "127.0.0.1"
    port: int = 8765
    workers: int = 1
    deletion_retention_days: int = 180  # tombstones kept this long; older cursors get 410
    result_retention_days: int = 120  # push results replayable this long (at least 90)
    rate_limit_per_minute: int = 600  # requests per device token
    rate_limit_burst: int = 120
    # Before authentication, per client address: enrolment attempts, and requests with a token
    # the hub does not know (guessing codes or tokens).
    enroll_rate_per_minute: int = 10
    enroll_burst: int = 20
    auth_failure_rate_per_minute: int = 30
    auth_failure_burst: int = 30
    max_request_bytes: int = 20 * 1024 * 1024
    enrollment_code_hours: int = 72
    log_level: str = "info"
    # The web console (/admin) and its operations page.
    public_url: str = ""  # empty: the address the browser used (behind a relay: its X-Forwarded-*)
    backup_dir: str = ""  # empty: the folder "sauvegardes" of data_dir
    timezone: str = "Europe/Paris"  # dates in the console and the enrolment sheet
    console_idle_minutes: int = 60  # a session unused this long ends
    console_session_hours: int = 12  # and any session ends after this long
    console_secure_cookie: str = "auto"  # auto: Secure when the request came over HTTPS; yes: always
    console_silent_days: int = 14  # devices silent for longer are highlighted

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        Path(self.data_dir).mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{Path(self.data_dir) / 'hub.sqlite3'}"

    def resolved_backup_dir(self) -> Path:
        return Path(self.backup_dir) if self.backup_dir else Path(self.data_dir) / "sauvegardes"

    @property
    def default_backup_dir(self) -> bool:
        """The backup folder was not configured: the hub makes it in its data folder."""
        return not self.backup_dir

    @classmethod
    def from_env(cls, **overrides: object) -> HubSettings:
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None and raw != "":
                values[f.name] = int(raw) if f.type == "int" else raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]  # each value of its field's type, read above

    def to_env(self) -> dict[str, str]:
        """For worker processes, which rebuild their settings from the environment."""
        return {ENV_PREFIX + f.name.upper(): str(getattr(self, f.name)) for f in fields(self)}
