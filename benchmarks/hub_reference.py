"""The pull's reference: the least an HTTP server of the hub's kind can do to serve the same page.

The same ASGI server (uvicorn, with the hub's HTTP protocol class), the same gzip (the hub's ISA-L
middleware, same level and threshold), the same page size and client; one raw SELECT of the
hub's own `records` table per page, the stored JSON text of each row written into the page
without being decoded. No token, no visibility, no cursor bookkeeping: what the hub costs more
than this is its own logic.

Run by `serve()` as `python -m uvicorn benchmarks.hub_reference:make_app --factory`, with the
database URL in ENTRAIDE_REFERENCE_URL.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from hub.compression import IsalGZipMiddleware
from tests.postgres import free_port

COLUMNS = "entity_type, record_id, version, owner_id, visibility, {parties}, {fields}, deleted"
QUERY = "SELECT " + COLUMNS + " FROM records WHERE version > {p} ORDER BY version LIMIT {p}"


def _reader(url: str):
    if url.startswith("sqlite"):
        connection = sqlite3.connect(url.removeprefix("sqlite:///"), check_same_thread=False)
        return connection, QUERY.format(parties="parties", fields="fields", p="?")
    import psycopg

    server = psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1), autocommit=True)
    # The stored text, as the hub reads it (psycopg would decode a json column).
    return server, QUERY.format(parties="CAST(parties AS TEXT)", fields="CAST(fields AS TEXT)", p="%s")


def make_app() -> Starlette:
    connection, query = _reader(os.environ["ENTRAIDE_REFERENCE_URL"])
    lock = threading.Lock()

    def page(request: Request) -> Response:
        cursor, limit = int(request.query_params["cursor"]), int(request.query_params["limit"])
        with lock:
            rows = connection.execute(query, (cursor, limit + 1)).fetchall()
        has_more = len(rows) > limit
        rows = rows[:limit]
        body = ",".join(
            f'{{"entity_type":"{kind}","record_id":"{record_id}","version":{version},'
            f'"owner_id":"{owner}","visibility":"{visibility}","parties":{parties},'
            f'"fields":{fields},"deleted":{"true" if deleted else "false"}}}'
            for kind, record_id, version, owner, visibility, parties, fields, deleted in rows
        )
        next_cursor = rows[-1][2] if rows else cursor
        text = (
            f'{{"changes":[{body}],"next_cursor":{next_cursor},"has_more":{"true" if has_more else "false"}}}'
        )
        return Response(text.encode(), media_type="application/json")

    return Starlette(
        routes=[Route("/page", page)],
        middleware=[Middleware(IsalGZipMiddleware)],
    )


class ReferenceServer:
    """The reference in its own uvicorn process on a free loopback port."""

    def __init__(self, url: str, log: Path) -> None:
        self.database_url, self.log, self.port = url, log, free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ReferenceServer:
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "benchmarks.hub_reference:make_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--log-level",
            "warning",
            "--http",
            "hub.serving:NoDelayHTTPProtocol",
        ]
        root = Path(__file__).resolve().parent.parent
        env = {**os.environ, "ENTRAIDE_REFERENCE_URL": self.database_url, "PYTHONPATH": str(root)}
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(command, env=env, cwd=root, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                requests.get(f"{self.url}/page", params={"cursor": 0, "limit": 1}, timeout=2)
                return self
            except requests.RequestException:
                if self.process.poll() is not None:
                    break
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError(f"the reference server did not start: {self.log.read_text()[-500:]}")

    def __exit__(self, *_exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
