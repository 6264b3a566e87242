"""HubClient against a scripted HTTP server on 127.0.0.1: retries, Retry-After, final errors, gzip."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.sync.client import MAX_WAIT_SECONDS, HubClient, HubError, HubUnreachable, ResyncNeeded, Unauthorized
from tests.postgres import free_port

PAGE = {"changes": [], "next_cursor": 7, "has_more": False}


@dataclass
class Answer:
    status: int
    body: bytes | dict | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class ScriptedHub:
    """Answers each request with the next scripted answer (200 with PAGE once the script is used up)."""

    def __init__(self) -> None:
        self.script: list[Answer] = []
        self.seen: list[Seen] = []
        hub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                hub.seen.append(Seen(self.command, self.path, dict(self.headers.items()), body))
                answer = hub.script.pop(0) if hub.script else Answer(200, PAGE)
                payload = (
                    answer.body
                    if isinstance(answer.body, bytes)
                    else json.dumps(answer.body if answer.body is not None else {}).encode()
                )
                self.send_response(answer.status)
                headers = {"Content-Type": "application/json", **answer.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = _answer

            def log_message(self, *_args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.server.block_on_close = False  # a kept-alive connection must not hold the teardown
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        ).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def scripted() -> Iterator[ScriptedHub]:
    hub = ScriptedHub()
    yield hub
    hub.close()


@pytest.fixture
def waits() -> list[float]:
    return []


@pytest.fixture
def client(scripted, waits) -> HubClient:
    return HubClient(scripted.url, "jeton", retries=3, backoff=0.01, timeout=(2, 5), sleep=waits.append)


def test_429_waits_as_long_as_retry_after_says_then_succeeds(scripted, client, waits):
    scripted.script = [Answer(429, {"detail": "Trop de requêtes"}, {"Retry-After": "1"}), Answer(200, PAGE)]
    assert client.pull(0) == PAGE
    assert waits == [1.0]
    assert len(scripted.seen) == 2 and scripted.seen[1].path == scripted.seen[0].path


def test_503_then_200_backs_off_and_succeeds(scripted, client, waits):
    busy = {"detail": "occupé"}
    scripted.script = [
        Answer(503, busy),
        Answer(503, busy, {"Retry-After": "2"}),
        Answer(200, {"results": []}),
    ]
    assert client.push([{"op_id": "x" * 8}]) == []
    assert len(waits) == 2
    assert 0.005 <= waits[0] <= 0.015  # backoff 0.01 × 2⁰, ±50 % jitter
    assert waits[1] == 2.0  # Retry-After wins over the backoff
    assert [s.method for s in scripted.seen] == ["POST"] * 3


def test_retry_after_is_capped(scripted, client, waits):
    scripted.script = [Answer(429, None, {"Retry-After": "86400"})]
    client.pull(0)
    assert waits == [MAX_WAIT_SECONDS]


def test_busy_for_too_long_gives_up_with_a_french_message(scripted, client, waits):
    scripted.script = [Answer(503, {"detail": "occupé"}) for _ in range(10)]
    with pytest.raises(HubUnreachable, match="réessayez plus tard"):
        client.pull(0)
    assert len(scripted.seen) == 4 and len(waits) == 3  # retries=3: four attempts, three waits


@pytest.mark.parametrize(
    ("status", "error", "words"),
    [
        (400, HubError, "Le hub a refusé la demande (400) : Donnée refusée"),
        (401, Unauthorized, "Le hub ne reconnaît pas cet ordinateur (jeton inconnu ou révoqué)"),
        (410, ResyncNeeded, "Donnée refusée"),
        (413, HubError, "Le hub a refusé la demande (413)"),
        (422, HubError, "Le hub a refusé la demande (422)"),
    ],
)
def test_final_answers_are_not_retried(scripted, client, waits, status, error, words):
    scripted.script = [Answer(status, {"detail": "Donnée refusée (operations) : liste attendue"})]
    with pytest.raises(error) as raised:
        client.push([{"op_id": "y" * 8}])
    assert words in str(raised.value)
    assert len(scripted.seen) == 1 and waits == []
    assert type(raised.value) is error


def test_a_page_that_is_not_json_is_a_hub_error_not_a_crash(scripted, client):
    # A captive portal (station wifi, hotel) answers 200 with its own HTML page.
    scripted.script = [
        Answer(200, b"<html><body>Connectez-vous au wifi</body></html>", {"Content-Type": "text/html"})
    ]
    with pytest.raises(HubError):
        client.pull(0)


def test_connection_refused_is_retried_then_reported(waits):
    nobody = f"http://127.0.0.1:{free_port()}"
    client = HubClient(nobody, "jeton", retries=2, backoff=0.01, sleep=waits.append)
    with pytest.raises(HubUnreachable, match="ne répond pas"):
        client.handshake()
    assert len(waits) == 2


def test_bodies_over_2_kb_are_sent_gzipped(scripted, client):
    scripted.script = [Answer(200, {"results": []}), Answer(200, {"results": []})]
    small = [{"op_id": "a" * 8, "fields": {"notes": "court"}}]
    big = [{"op_id": f"op-{n:05d}", "fields": {"notes": "é" * 100}} for n in range(30)]
    client.push(small)
    client.push(big)
    plain, packed = scripted.seen
    assert "Content-Encoding" not in plain.headers and json.loads(plain.body) == {"operations": small}
    assert packed.headers["Content-Encoding"] == "gzip"
    assert len(gzip.decompress(packed.body)) > 2048
    assert json.loads(gzip.decompress(packed.body)) == {"operations": big}
    assert packed.headers["Authorization"] == "Bearer jeton"
    assert packed.headers["Content-Type"] == "application/json"


def test_a_page_that_orjson_refuses_but_json_reads_is_still_read(scripted, client):
    # A lone surrogate escaped in a text, and a number beyond 64 bits: valid JSON for Python's
    # json module, refused by orjson. One such record must not stop the sync of a whole page.
    page = (
        b'{"changes":[{"record_id":"r1","entity_type":"contact","version":7,'
        b'"fields":{"notes":"caf\\ud800","kind":"person","big":123456789012345678901234567890}}],'
        b'"next_cursor":7,"has_more":false}'
    )
    scripted.script = [Answer(200, page)]
    answer = client.pull(0)
    fields = answer["changes"][0]["fields"]
    assert fields["notes"] == "caf\ud800"
    assert fields["big"] == 123456789012345678901234567890
    assert answer["next_cursor"] == 7


def test_an_ordinary_page_is_read_whole(scripted, client):
    page = {
        "changes": [{"record_id": "r1", "entity_type": "contact", "version": 3, "fields": {"notes": "Été ☀"}}]
    }
    scripted.script = [Answer(200, {**page, "next_cursor": 3, "has_more": False})]
    answer = client.pull(0)
    assert answer["changes"] == page["changes"] and answer["has_more"] is False
