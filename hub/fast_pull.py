"""The hub's commonest request, a well-formed `GET /v1/pull` with a live token, answered before
FastAPI's routing, dependencies and validation (about a third of a pull's CPU when it finds
nothing new). Anything else — a missing or unknown token, a parameter FastAPI would refuse or that
this path does not know, a cursor too old — goes on to the FastAPI route, which answers it as it
always did (401, 410, 422 with the reason): the two paths share `pull_for_token`."""

from __future__ import annotations

import re

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from hub.async_lookup import AsyncLookup
from hub.auth import hash_secret
from hub.db import HubDatabase
from hub.pull import CursorTooOld, pull_for_token, pull_for_token_async
from protocol.messages import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

PATH = "/v1/pull"
MAX_CURSOR = 2**63 - 1  # a database BIGINT, as the route's own check
_NUMBER = re.compile(r"[0-9]{1,19}")
_HEADERS = [(b"content-type", b"application/json")]


def strict_parameters(query: bytes) -> tuple[int, int] | None:
    """(cursor, limit) when the query holds only those, each at most once, as plain numbers the
    route accepts; None for anything else (the route then judges it)."""
    values = {"cursor": 0, "limit": DEFAULT_PAGE_SIZE}
    seen: set[str] = set()
    for part in query.decode("latin-1").split("&") if query else ():
        name, equals, value = part.partition("=")
        if not equals or name not in values or name in seen or not _NUMBER.fullmatch(value):
            return None
        seen.add(name)
        values[name] = int(value)
    cursor, limit = values["cursor"], values["limit"]
    return (cursor, limit) if cursor <= MAX_CURSOR and 1 <= limit <= MAX_PAGE_SIZE else None


def bearer_token(scope: Scope) -> str:
    """The token of the first Authorization header as FastAPI's HTTPBearer reads it, or ''."""
    for name, value in scope["headers"]:
        if name.lower() == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            return token.strip() if scheme.lower() == "bearer" else ""
    return ""


class FastPull:
    """ASGI middleware, inside the request guard (size, rate limits) and the gzip middleware."""

    def __init__(self, app: ASGIApp, *, db: HubDatabase, on_loop: AsyncLookup | None = None) -> None:
        # With `on_loop` (PostgreSQL) the page is read on the event loop, without a worker thread.
        self.app, self.db, self.on_loop = app, db, on_loop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == PATH and scope["method"] == "GET":
            parameters, token = strict_parameters(scope["query_string"]), bearer_token(scope)
            if parameters is not None and token:
                body = await self._answer(hash_secret(token), *parameters)
                if body is not None:
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 200,
                            "headers": [(b"content-length", str(len(body)).encode()), *_HEADERS],
                        }
                    )
                    await send({"type": "http.response.body", "body": body})
                    return
        await self.app(scope, receive, send)

    async def _answer(self, token_hash: str, cursor: int, limit: int) -> bytes | None:
        if self.on_loop is None or self.on_loop.busy:
            return await run_in_threadpool(self._page, token_hash, cursor, limit)
        try:
            return await self.on_loop.run(
                lambda connection: pull_for_token_async(connection, token_hash, cursor, limit)
            )
        except CursorTooOld:
            return None  # the route answers 410 with its reason

    def _page(self, token_hash: str, cursor: int, limit: int) -> bytes | None:
        try:
            return self.db.retrying(lambda session: pull_for_token(session, token_hash, cursor, limit))
        except CursorTooOld:
            return None  # the route answers 410 with its reason
