"""The hub's answers are gzipped with ISA-L (hub/compression.py) under Starlette's rules: only for
clients that ask, only from 1 KiB, streaming answers chunk by chunk, encoded answers left alone."""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse, Response, StreamingResponse
from fastapi.testclient import TestClient
from isal import isal_zlib

from hub import compression
from hub.compression import GZIP_MINIMUM, IsalGZipMiddleware

BIG = ("Perceuse à percussion prêtée avec sa mallette ; " * 200).encode()


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many ISA-L compressors were made (one per compressed answer)."""
    calls: list[int] = []
    original = isal_zlib.compressobj

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]  # passed through as received

    monkeypatch.setattr(compression.isal_zlib, "compressobj", counted)
    return calls


def _client() -> TestClient:
    app = FastAPI()
    app.add_middleware(IsalGZipMiddleware)

    @app.get("/big")
    def big() -> Response:
        return Response(BIG, media_type="application/json")

    @app.get("/small")
    def small() -> Response:
        return PlainTextResponse("x" * (GZIP_MINIMUM - 1))

    @app.get("/stream")
    def stream() -> StreamingResponse:
        def chunks() -> Iterator[bytes]:
            yield from (BIG[i : i + 3000] for i in range(0, len(BIG), 3000))

        return StreamingResponse(chunks(), media_type="application/json")

    @app.get("/encoded")
    def encoded() -> Response:
        return Response(gzip.compress(BIG), headers={"Content-Encoding": "gzip"})

    return TestClient(app)


def _raw(client: TestClient, path: str, encoding: str) -> tuple[dict[str, str], bytes]:
    with client.stream("GET", path, headers={"Accept-Encoding": encoding}) as answer:
        return dict(answer.headers), b"".join(answer.iter_raw())


def test_answers_are_gzipped_by_isal_for_clients_that_ask(made: list[int]) -> None:
    client = _client()
    headers, body = _raw(client, "/big", "gzip")
    assert headers["content-encoding"] == "gzip" and "accept-encoding" in headers["vary"].lower()
    assert int(headers["content-length"]) == len(body) < len(BIG) // 10
    assert gzip.decompress(body) == BIG
    headers, body = _raw(client, "/stream", "gzip")
    assert headers["content-encoding"] == "gzip" and gzip.decompress(body) == BIG
    assert len(made) == 2


def test_small_answers_other_clients_and_encoded_answers_are_left_alone(made: list[int]) -> None:
    client = _client()
    headers, body = _raw(client, "/small", "gzip")
    assert "content-encoding" not in headers and body == b"x" * (GZIP_MINIMUM - 1)
    headers, body = _raw(client, "/big", "identity")
    assert "content-encoding" not in headers and body == BIG
    headers, body = _raw(client, "/encoded", "gzip")
    assert gzip.decompress(body) == BIG  # once, not twice
    assert made == []
