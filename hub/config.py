"""Hub settings: command-line flags win, then ENTRAIDE_HUB_* environment variables, then defaults.

Every setting is documented in installer/hub/entraide-hub.env. pydantic-settings reads the
environment (an empty variable keeps the default, as the commented lines of that file say); a
value it cannot use stops the hub with a French sentence naming the variable (SettingsProblem).
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_PREFIX = "ENTRAIDE_HUB_"


def _default_data_dir() -> str:
    return user_data_dir("Entraide-hub", appauthor=False)


class SettingsProblem(ValueError):
    """A setting the hub cannot use: one French line per variable, what was wrong with it."""


# What pydantic's error types mean, for an administrator reading the hub's start-up line.
_WHY = {
    "int_parsing": "un nombre entier est attendu",
    "int_type": "un nombre entier est attendu",
    "int_from_float": "un nombre entier est attendu",
    "greater_than_equal": "doit valoir au moins {ge}",
    "less_than_equal": "doit valoir au plus {le}",
    "literal_error": "valeurs possibles : {expected}",
}


class HubSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, env_ignore_empty=True, extra="ignore")

    data_dir: str = Field(default_factory=_default_data_dir)
    database_url: str = ""  # empty: a SQLite file in data_dir
    host: str = "127.0.0.1"
    port: int = Field(8765, ge=1, le=65535)
    workers: int = Field(1, ge=1)
    deletion_retention_days: int = Field(180, ge=1)  # tombstones kept this long; older cursors get 410
    result_retention_days: int = Field(120, ge=90)  # push results replayable this long (at least 90)
    rate_limit_per_minute: int = Field(600, ge=1)  # requests per device token
    rate_limit_burst: int = Field(120, ge=1)
    # Before authentication, per client address: enrolment attempts, and requests with a token
    # the hub does not know (guessing codes or tokens).
    enroll_rate_per_minute: int = Field(10, ge=1)
    enroll_burst: int = Field(20, ge=1)
    auth_failure_rate_per_minute: int = Field(30, ge=1)
    auth_failure_burst: int = Field(30, ge=1)
    max_request_bytes: int = Field(20 * 1024 * 1024, ge=1024)
    enrollment_code_hours: int = Field(72, ge=1, le=720)
    log_level: str = "info"
    # One line per request on the standard error (uvicorn's access log): off by default, its
    # formatting took 3-5 % of a busy hub's CPU; devices' activity is in the console either way.
    access_log: bool = False
    # The web console (/admin) and its operations page.
    public_url: str = ""  # empty: the address the browser used (behind a relay: its X-Forwarded-*)
    backup_dir: str = ""  # empty: the folder "sauvegardes" of data_dir
    timezone: str = "Europe/Paris"  # dates in the console and the enrolment sheet
    console_idle_minutes: int = Field(60, ge=1)  # a session unused this long ends
    console_session_hours: int = Field(12, ge=1)  # and any session ends after this long
    console_secure_cookie: str = "auto"  # auto: Secure when the request came over HTTPS; yes: always
    console_silent_days: int = Field(14, ge=1)  # devices silent for longer are highlighted

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
        """The environment's settings; `overrides` (command-line flags, None when not given) win."""
        try:
            # Keyword arguments are the fields; pydantic checks each value's type at run time.
            return cls(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]  # see above
        except ValidationError as error:
            raise SettingsProblem(_french(error)) from None

    def to_env(self) -> dict[str, str]:
        """For worker processes, which rebuild their settings from the environment."""
        return {ENV_PREFIX + name.upper(): str(getattr(self, name)) for name in type(self).model_fields}


def _french(error: ValidationError) -> str:
    """One line per refused setting: "ENTRAIDE_HUB_PORT : un nombre entier est attendu (reçu « abc »)"."""
    lines = []
    for problem in error.errors(include_url=False):
        name = ENV_PREFIX + ".".join(map(str, problem["loc"])).upper()
        why = _WHY.get(problem["type"], "valeur refusée").format(**problem.get("ctx", {}))
        lines.append(f"{name} : {why} (reçu « {problem['input']} »).")
    return " ".join(lines)
