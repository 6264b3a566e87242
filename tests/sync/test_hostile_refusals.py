"""A faulty or hostile hub answers refusals with codes and values of the wrong shape: the laptop
keeps syncing, stores what it can, and lists every refusal (the hub's own sentence when the code
cannot be worded), in the window's list and on the command line alike."""

from __future__ import annotations

import gzip
import json
import threading
import time
from datetime import date

import uvicorn
from fastapi import Request, Response

from app.cli.output import text_of
from app.db import open_database
from app.paths import DataPaths
from app.services.equipment import loans
from app.services.equipment import records as eq
from app.services.equipment.records import EquipmentFields
from app.sync import conflicts
from app.sync.client import HubClient
from hub import admin
from hub.api import create_app
from hub.config import HubSettings
from hub.db import migrate
from tests.hub.server import UNLIMITED
from tests.postgres import free_port
from tests.sync.conftest import Laptop

HOSTILE = [
    {"reason_code": ["already_reserved"], "reason_values": None, "reason": None},
    {"reason_code": "already_reserved", "reason_values": ["start", "end"], "reason": "refusé"},
    {"reason_code": "already_reserved", "reason_values": "start", "reason": "refusé"},
    {"reason_code": "on_loan", "reason_values": {"holder": {"a": 1}, "until": "2031-01-01"}, "reason": 5},
    {"reason_code": "x" * 5000, "reason_values": {"k": [1, 2]}, "reason": ["refusé"]},
]


def _hostile_hub(data_dir) -> tuple[str, HubSettings, uvicorn.Server]:
    """The real hub, behind an answer rewriter: each refusal it sends gets one hostile shape."""
    settings = HubSettings(data_dir=str(data_dir), port=free_port(), **UNLIMITED)
    migrate(settings.resolved_database_url())
    app = create_app(settings)

    @app.middleware("http")
    async def rewrite(request: Request, call_next):
        answer = await call_next(request)
        body = b"".join([chunk async for chunk in answer.body_iterator])
        if request.url.path == "/v1/push" and answer.status_code == 200:
            if answer.headers.get("content-encoding") == "gzip":
                body = gzip.decompress(body)
            data = json.loads(body)
            refused = [r for r in data["results"] if r["status"] == "rejected"]
            for result, shape in zip(refused, HOSTILE, strict=False):
                result.update(shape)
            body = json.dumps(data).encode()
        dropped = (
            {"content-length", "content-encoding"} if request.url.path == "/v1/push" else {"content-length"}
        )
        headers = {k: v for k, v in answer.headers.items() if k.lower() not in dropped}
        return Response(body, answer.status_code, headers)

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=settings.port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    return f"http://127.0.0.1:{settings.port}", settings, server


def test_refusals_of_the_wrong_shape_are_listed_and_stop_nothing(tmp_path):
    url, settings, server = _hostile_hub(tmp_path / "hub")
    made = []
    try:
        for name in ("bureau", "maison"):
            paths = DataPaths(tmp_path / name).ensure()
            client = HubClient(url, retries=2, backoff=0.05)
            code = admin.enrollment_code_for(settings.resolved_database_url(), "Les Amis")
            client.token = client.enroll(code, name).token
            made.append(Laptop(name, open_database(paths), paths, client))
        bureau, maison = made
        marquee = bureau.run(eq.create_equipment, EquipmentFields(name="Barnum", shared=True))
        bureau.sync()
        maison.sync()
        bureau.run(lambda s: loans.reserve(s, marquee, date(2031, 6, 1), date(2031, 6, 9)))
        bureau.sync()
        for day in range(2, 7):  # offline, five reservations on days already taken: refused
            maison.run(lambda s, d=day: loans.reserve(s, marquee, date(2031, 6, d), date(2031, 6, d)))
        report = maison.sync()
        assert report.conflicts == 5
        listed = maison.run(conflicts.list_conflicts)
        assert len(listed) == 5
        for item in listed:
            why = text_of(item.reason) if item.reason else ""
            assert isinstance(why, str)
            assert "{'a': 1}" not in why and "[1, 2]" not in why
        assert maison.sync().conflicts == 0  # the next sync goes on
    finally:
        for laptop in made:
            laptop.database.close()
        server.should_exit = True


def test_a_stored_refusal_of_the_wrong_shape_reads_as_the_hubs_sentence():
    from app.sync import wording

    for code, values in [
        ("already_reserved", ["start"]),
        ("already_reserved", "start"),
        (["already_reserved"], None),
        ("on_loan", {"holder": {"a": 1}, "until": "2031-01-01"}),
        ("already_reserved", 7),
    ]:
        assert wording.refusal(code, values, "phrase du hub") == "phrase du hub", (code, values)
