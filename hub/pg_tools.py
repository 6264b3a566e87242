"""Running PostgreSQL's own client tools (pg_dump, pg_restore) for the hub's backups: the newest
installed version, the connection given without its password (a temporary PGPASSFILE, mode
0600), and a failure said in one French line with the password masked."""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url

from hub.admin import BackupError

PG_BIN_DIRS = "/usr/lib/postgresql/*/bin"  # Debian and Ubuntu, one folder per major version


def postgres_tool(name: str, search: str = PG_BIN_DIRS) -> str:
    """The newest of Debian's /usr/lib/postgresql/<version>/bin, else the one on PATH: pg_dump
    must be at least as new as the server it dumps."""
    installed = [Path(folder) / name for folder in glob.glob(search)]
    installed = [path for path in installed if os.access(path, os.X_OK)]
    if installed:
        return str(max(installed, key=lambda path: [int(n) for n in re.findall(r"\d+", path.parts[-3])]))
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise BackupError(
        f"{name} est introuvable : installez le client PostgreSQL de la version du serveur "
        "(sudo apt install postgresql-client)."
    )


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


@contextmanager
def _libpq(url: str) -> Iterator[tuple[str, dict[str, str], str | None]]:
    """The libpq connection string of a SQLAlchemy URL without its password, and an environment
    whose PGPASSFILE (mode 0600, deleted afterwards) carries it."""
    parsed = make_url(url)
    params: dict[str, object] = {
        "host": parsed.host,
        "port": parsed.port,
        "dbname": parsed.database,
        "user": parsed.username,
    }
    for key, value in parsed.query.items():  # e.g. ?sslmode=require, ?host=/var/run/postgresql
        params[key] = value[-1] if isinstance(value, tuple) else value
    conninfo = " ".join(
        f"{key}={_quote(str(value))}" for key, value in params.items() if value not in (None, "")
    )
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="entraide-hub-") as folder:
        if parsed.password:
            passfile = Path(folder) / "pgpass"
            escaped = parsed.password.replace("\\", "\\\\").replace(":", "\\:")
            with os.fdopen(os.open(passfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as out:
                out.write(f"*:*:*:*:{escaped}\n")
            env["PGPASSFILE"] = str(passfile)
            env.pop("PGPASSWORD", None)  # it would win over the passfile
        yield conninfo, env, parsed.password


def _one_line(output: str, secret: str | None) -> str:
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower() or "erreur" in line.lower()]
    line = (errors or lines or [""])[0]
    return line.replace(secret, "***") if secret else line


def pg_tool(name: str, url: str | None, args: list[str]) -> str:
    """Run pg_dump or pg_restore (connected to `url` when given); its output, or a one-line error."""
    program = postgres_tool(name)
    if url is None:  # reading an archive: no server, no secret
        done = subprocess.run(
            [program, *args], capture_output=True, text=True, stdin=subprocess.DEVNULL, check=False
        )
        secret = None
    else:
        with _libpq(url) as (conninfo, env, secret):
            # --no-password: fail at once rather than wait for a prompt nobody will answer (cron).
            done = subprocess.run(
                [program, f"--dbname={conninfo}", "--no-password", *args],
                env=env,
                capture_output=True,
                text=True,
                stdin=subprocess.DEVNULL,
                check=False,
            )
    if done.returncode != 0:
        raise BackupError(f"{name} a échoué : {_one_line(done.stderr, secret) or f'code {done.returncode}'}")
    return done.stdout
