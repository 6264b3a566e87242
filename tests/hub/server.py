"""A real `entraide-hub serve` process for tests and benchmarks: started on a free loopback port
for a given database, ready once /healthz answers, stopped (or killed) as a whole process group.

Associations and enrolment codes are made in-process with hub.admin on the same database;
devices enrol through the real /v1/enroll route.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from hub import admin
from hub.db import migrate, open_hub_database
from tests.postgres import free_port

HOST = "127.0.0.1"
# High enough that tests measuring something else never meet the per-token rate limit.
NO_RATE_LIMIT = {
    "ENTRAIDE_HUB_RATE_LIMIT_PER_MINUTE": "1000000",
    "ENTRAIDE_HUB_RATE_LIMIT_BURST": "100000",
    "ENTRAIDE_HUB_ENROLL_RATE_PER_MINUTE": "1000000",
    "ENTRAIDE_HUB_ENROLL_BURST": "100000",
    "ENTRAIDE_HUB_AUTH_FAILURE_RATE_PER_MINUTE": "1000000",
    "ENTRAIDE_HUB_AUTH_FAILURE_BURST": "100000",
}
# The same, for a hub made in-process (HubSettings keyword arguments).
UNLIMITED = {name.removeprefix("ENTRAIDE_HUB_").lower(): int(value) for name, value in NO_RATE_LIMIT.items()}


def hub_command() -> list[str]:
    """The installed `entraide-hub` script next to this interpreter, else `python -m hub`."""
    script = Path(sys.executable).with_name("entraide-hub")
    return [str(script)] if script.exists() else [sys.executable, "-m", "hub"]


@dataclass
class Device:
    """An enrolled device: its association and its bearer token."""

    association_id: str
    association_name: str
    device_id: str
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


class HubProcess:
    """`entraide-hub serve --host 127.0.0.1 --port FREE --database-url URL --workers N` in its own
    process group (uvicorn's supervisor and its workers), output kept in a log file."""

    def __init__(
        self,
        database_url: str | None,
        data_dir: Path,
        *,
        workers: int = 1,
        env: dict[str, str] | None = None,
        port: int | None = None,
    ) -> None:
        self.database_url = database_url
        self.data_dir = Path(data_dir)
        self.workers = workers
        self.env = dict(env or {})
        self.port = port or free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = self.data_dir / f"hub-{self.port}.log"

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def command(self) -> list[str]:
        command = [
            *hub_command(),
            "serve",
            "--host",
            HOST,
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
            "--workers",
            str(self.workers),
        ]
        if self.database_url:
            command += ["--database-url", self.database_url]
        return command

    def start(self, timeout: float = 60.0) -> HubProcess:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **self.env, "PYTHONUNBUFFERED": "1"}
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                self.command(),
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        self.wait_healthy(timeout)
        return self

    def wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"the hub stopped (code {self.process.returncode}):\n{self.log_tail()}")
            with contextlib.suppress(requests.RequestException):
                answer = requests.get(f"{self.url}/healthz", timeout=2)
                if answer.status_code == 200:
                    return
            time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"the hub did not answer /healthz within {timeout:.0f} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def _signal_group(self, signum: int) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signum)  # the group started for this hub only

    def kill(self) -> None:
        """SIGKILL to the whole process group, as a power cut or an OOM kill would do."""
        if self.process is None:
            return
        self._signal_group(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.process = None

    def stop(self, grace: float = 10.0) -> None:
        """SIGTERM (uvicorn's graceful shutdown), then SIGKILL after `grace` seconds."""
        if self.process is None:
            return
        self._signal_group(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=grace)
        self.kill()  # also reaps any worker left behind in the group

    def __enter__(self) -> HubProcess:
        return self.start() if self.process is None else self

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def resolved_url(database_url: str | None, data_dir: Path) -> str:
    return database_url or f"sqlite:///{Path(data_dir) / 'hub.sqlite3'}"


def make_codes(
    database_url: str, association_names: list[str], per_association: int = 1, hours: int = 24
) -> dict[str, list[str]]:
    """Create the associations (when missing) and `per_association` enrolment codes for each."""
    migrate(database_url)
    database = open_hub_database(database_url)
    codes: dict[str, list[str]] = {}
    try:
        with database.writer.begin() as session:
            for name in association_names:
                try:
                    association = admin.find_association(session, name)
                except admin.AdminError:
                    association = admin.create_association(session, name)
                codes[name] = [
                    admin.create_enrollment_code(session, association.id, hours)[0]
                    for _ in range(per_association)
                ]
    finally:
        database.dispose()
    return codes


def enroll(hub_url: str, code: str, device_name: str, session: requests.Session | None = None) -> Device:
    answer = (session or requests).post(
        f"{hub_url}/v1/enroll", timeout=30, json={"code": code, "device_name": device_name}
    )
    answer.raise_for_status()
    body = answer.json()
    return Device(body["association_id"], body["association_name"], body["device_id"], body["token"])


def enroll_devices(
    hub: HubProcess, database_url: str, association_names: list[str], per_association: int = 1
) -> dict[str, list[Device]]:
    """Associations with `per_association` devices each, enrolled through the running hub."""
    codes = make_codes(database_url, association_names, per_association)
    return {
        name: [enroll(hub.url, code, f"Portable {i + 1} de {name}") for i, code in enumerate(found)]
        for name, found in codes.items()
    }
