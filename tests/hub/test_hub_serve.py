"""`entraide-hub serve` as an administrator starts it: its defaults, the README's flow with
plain HTTP requests, and several workers that keep TCP_NODELAY."""

from __future__ import annotations

import asyncio
import re
import socket
import subprocess
import time

import requests

from tests.hub.server import HubProcess, hub_command

# --- `entraide-hub serve` with its defaults, and the README's curl flow ------------------------

CODE = re.compile(r"\b[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}\b")


def hub_cli(data_dir, *args: str) -> str:
    command = [*hub_command(), args[0], "--data-dir", str(data_dir), *args[1:]]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_serve_with_defaults_answers_the_readme_flow(tmp_path):
    data_dir = tmp_path / "hub"
    with HubProcess(None, data_dir) as hub:  # no --database-url: the default SQLite file
        health = requests.get(f"{hub.url}/healthz", timeout=10)
        assert health.status_code == 200 and health.json()["status"] == "ok"
        schema = requests.get(f"{hub.url}/openapi.json", timeout=10).json()
        assert {"/v1/enroll", "/v1/handshake", "/v1/push", "/v1/pull"} <= set(schema["paths"])
        assert (data_dir / "hub.sqlite3").exists()

        assert "Les Amis" in hub_cli(data_dir, "create-association", "Les Amis")
        [code] = CODE.findall(hub_cli(data_dir, "enrollment-code", "Les Amis"))

        # 1. enrol
        enrolled = requests.post(
            f"{hub.url}/v1/enroll",
            json={"code": code.lower(), "device_name": "Portable de la trésorière"},
            timeout=10,
        )
        assert enrolled.status_code == 200, enrolled.text
        token = enrolled.json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        reused = requests.post(
            f"{hub.url}/v1/enroll", json={"code": code, "device_name": "Autre"}, timeout=10
        )
        assert reused.status_code == 401 and "Code d'enrôlement" in reused.json()["detail"]
        # 2. handshake
        shake = requests.post(
            f"{hub.url}/v1/handshake",
            headers=auth,
            timeout=10,
            json={"protocol_version": 1, "app_version": "0.1.0"},
        )
        assert shake.status_code == 200, shake.text
        assert shake.json()["association_name"] == "Les Amis"
        # 3. push, and push again: the replay applies nothing twice
        push = {
            "operations": [
                {
                    "op_id": "op-0000001",
                    "entity_type": "contact",
                    "record_id": "0190c4b2-7d1e-7a3b-9c2d-1e2f3a4b5c6d",
                    "base_version": 0,
                    "fields": {"kind": "person", "display_name": "Léa Martin", "sort_key": "martin lea"},
                }
            ]
        }
        first = requests.post(f"{hub.url}/v1/push", headers=auth, json=push, timeout=10)
        assert first.status_code == 200, first.text
        [result] = first.json()["results"]
        assert result["status"] == "applied" and result["version"] >= 1
        replay = requests.post(f"{hub.url}/v1/push", headers=auth, json=push, timeout=10)
        assert replay.json() == first.json()
        # 4. pull
        pulled = requests.get(
            f"{hub.url}/v1/pull", headers=auth, params={"cursor": 0, "limit": 1000}, timeout=10
        )
        assert pulled.status_code == 200, pulled.text
        page = pulled.json()
        assert [(c["record_id"], c["fields"]) for c in page["changes"]] == [
            (
                "0190c4b2-7d1e-7a3b-9c2d-1e2f3a4b5c6d",
                {"kind": "person", "display_name": "Léa Martin", "sort_key": "martin lea"},
            )
        ]
        assert page["has_more"] is False and page["next_cursor"] == result["version"]
        after = requests.get(
            f"{hub.url}/v1/pull", headers=auth, timeout=10, params={"cursor": page["next_cursor"]}
        ).json()
        assert after["changes"] == [] and after["next_cursor"] == page["next_cursor"]

        refused = requests.get(f"{hub.url}/v1/pull", timeout=10)
        assert refused.status_code == 401 and "Jeton" in refused.json()["detail"]


# --- several workers: no 40 ms wait on every kept-alive request --------------------------------


async def _accepted_socket_nodelay(http: str) -> int:
    import uvicorn

    async def app(scope, receive, send) -> None:  # never called: only the connection matters
        raise AssertionError

    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, http=http, workers=2, lifespan="off", log_level="warning"
    )
    listener = config.bind_socket()  # what uvicorn's supervisor does for --workers N
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve(sockets=[listener]))
    try:
        for _ in range(500):
            if server.started:
                break
            await asyncio.sleep(0.01)
        _reader, writer = await asyncio.open_connection(*listener.getsockname()[:2])
        for _ in range(200):
            if server.server_state.connections:
                break
            await asyncio.sleep(0.01)
        [connection] = server.server_state.connections
        accepted = connection.transport.get_extra_info("socket")
        value = accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
        writer.close()
        return value
    finally:
        server.should_exit = True
        await asyncio.wait_for(serving, 10)
        listener.close()


def test_several_workers_keep_tcp_nodelay():
    """uvicorn binds the socket itself for `--workers N`, without IPPROTO_TCP, so asyncio left
    Nagle's algorithm on: every request on a kept-alive connection waited ~40 ms for the
    client's delayed ACK (Kludex/uvicorn#3149). `serve` uses a protocol that sets TCP_NODELAY."""
    assert asyncio.run(_accepted_socket_nodelay("hub.serving:NoDelayHTTPProtocol")) != 0


def test_one_line_per_request_only_when_asked(tmp_path):
    """uvicorn's access log is off by default (its formatting cost a busy hub 3-5 % of its CPU);
    ENTRAIDE_HUB_ACCESS_LOG=true (or --access-log) turns it on."""
    for asked, expected in ((None, False), ("true", True)):
        env = {"ENTRAIDE_HUB_ACCESS_LOG": asked} if asked else {}
        with HubProcess(None, tmp_path / f"hub-{asked}", env=env) as hub:
            assert requests.get(f"{hub.url}/healthz", timeout=10).status_code == 200
            time.sleep(0.3)  # the line is written after the answer
            assert ("GET /healthz" in hub.log_tail(200)) is expected
