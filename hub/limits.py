"""Request guards: body size (413), gzip request bodies, a per-token rate limit (429), and before
authentication, limits per client address on enrolment attempts and on unknown tokens (429)."""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Sequence

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hub.auth import hash_secret


class TokenBucket:
    """`rate` tokens a minute, up to `burst`; one bucket per device token, in this process."""

    def __init__(self, per_minute: int, burst: int) -> None:
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    MAX_KEYS = 50_000

    def take(self, key: str) -> float:
        """0 when allowed; otherwise the seconds to wait before the next request."""
        now = time.monotonic()
        with self._lock:
            if len(self._buckets) > self.MAX_KEYS:  # made-up tokens must not grow it forever
                self._forget_full(now)
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1 - tokens) / self.rate if self.rate else 60.0

    def peek(self, key: str) -> float:
        """Like `take`, without using a request: 0 when one would be allowed."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            return 0.0 if tokens >= 1 else ((1 - tokens) / self.rate if self.rate else 60.0)

    def _forget_full(self, now: float) -> None:
        """A bucket that has refilled is the same as no bucket: drop those."""
        refill = self.burst / self.rate if self.rate else 0
        self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < refill}


async def _send_json(
    send: Send, status: int, detail: str, headers: Sequence[tuple[bytes, bytes]] = ()
) -> None:
    import json

    body = json.dumps({"detail": detail}, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class KnownTokens:
    """Token hashes that were accepted lately: an address that made too many failed attempts is
    still served for those (several devices of an association may share one address)."""

    def __init__(self, size: int = 10_000) -> None:
        self.size, self._seen, self._lock = size, dict[str, None](), threading.Lock()

    def add(self, key: str) -> None:
        with self._lock:
            self._seen.pop(key, None)
            self._seen[key] = None
            if len(self._seen) > self.size:
                self._seen.pop(next(iter(self._seen)))

    def __contains__(self, key: str) -> bool:
        return key in self._seen


class RequestGuard:
    """ASGI middleware: refuses oversized bodies, inflates gzip bodies, limits each token's rate,
    and per client address the enrolment attempts and the requests with an unknown token."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_bytes: int,
        bucket: TokenBucket,
        enrolments: TokenBucket | None = None,
        failures: TokenBucket | None = None,
    ) -> None:
        self.app, self.max_bytes, self.bucket = app, max_bytes, bucket
        self.enrolments = enrolments or TokenBucket(10, 20)
        self.failures = failures or TokenBucket(30, 30)
        self.known = KnownTokens()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode().lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        auth = headers.get("authorization", "")
        address = (scope.get("client") or ("inconnue",))[0]
        token = hash_secret(auth[7:].strip()) if auth.lower().startswith("bearer ") else None
        refusal = self._before_authentication(scope.get("path", ""), address, token)
        if refusal is None and token is not None and scope.get("path", "").startswith("/v1/"):
            wait = self.bucket.take(token)
            refusal = (
                (wait, "Trop de requêtes pour cet appareil : réessayez dans un instant.") if wait else None
            )
        if refusal is not None:
            wait, detail = refusal
            await _send_json(send, 429, detail, [(b"retry-after", str(max(1, round(wait))).encode())])
            return
        send = self._watching(send, scope.get("path", ""), address, token)
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_bytes:
            await _send_json(
                send,
                413,
                f"Requête trop volumineuse (au plus {self.max_bytes} octets) : "
                "envoyez les changements en plusieurs lots.",
            )
            return
        body, chunks = b"", []
        more = True
        while more:
            message = await receive()
            chunk = message.get("body", b"")
            chunks.append(chunk)
            more = message.get("more_body", False)
            if sum(map(len, chunks)) > self.max_bytes:
                await _send_json(
                    send, 413, "Requête trop volumineuse : envoyez les changements en plusieurs lots."
                )
                return
        body = b"".join(chunks)
        if headers.get("content-encoding", "").lower() == "gzip":
            try:
                body = _inflate(body, self.max_bytes)
            except _TooLarge:
                await _send_json(
                    send,
                    413,
                    f"Requête trop volumineuse une fois décompressée (au plus "
                    f"{self.max_bytes} octets) : envoyez les changements "
                    "en plusieurs lots.",
                )
                return
            except (OSError, EOFError, zlib.error, ValueError):
                await _send_json(send, 400, "Corps de requête gzip illisible.")
                return
            scope = {
                **scope,
                "headers": [
                    (k, v)
                    for k, v in scope["headers"]
                    if k.lower() not in (b"content-encoding", b"content-length")
                ],
            }
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _before_authentication(self, path: str, address: str, token: str | None) -> tuple[float, str] | None:
        if path == "/v1/enroll":
            wait = self.enrolments.take(address)
            return (
                (wait, "Trop d'essais d'enrôlement depuis cette adresse : réessayez plus tard.")
                if wait
                else None
            )
        if path.startswith("/v1/") and (token is None or token not in self.known):
            wait = self.failures.peek(address)
            if wait:
                return wait, "Trop de jetons inconnus depuis cette adresse : réessayez plus tard."
        return None

    def _watching(self, send: Send, path: str, address: str, token: str | None) -> Send:
        """Count an answer 401 against the address; remember a token that was accepted."""

        async def watched(message: Message) -> None:
            if message["type"] == "http.response.start" and path.startswith("/v1/") and path != "/v1/enroll":
                if message["status"] == 401:
                    self.failures.take(address)
                elif token is not None and message["status"] < 400:
                    self.known.add(token)
            await send(message)

        return watched


class _TooLarge(Exception):
    pass


def _inflate(body: bytes, limit: int) -> bytes:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    data = decompressor.decompress(body, limit + 1)
    if len(data) > limit:
        raise _TooLarge
    return data


__all__ = ["RequestGuard", "TokenBucket"]
