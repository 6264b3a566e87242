"""A cheap open-loop HTTP/1.1 client for the capacity test: kept-alive asyncio connections,
request bytes written as they are, answers read by Content-Length (or chunks) and un-gzipped.

httpx costs the load generator about as much CPU per request as the hub spends answering it; on
two cores shared by the hub, PostgreSQL and the generator, that would measure the generator. For
the same reason the answers are un-gzipped by ISA-L (the hub's own compressor, several times
cheaper than zlib's inflate)."""

from __future__ import annotations

import asyncio
import time

from isal import isal_zlib

IDLE_LIMIT_S = 4.0  # under uvicorn's 5 s keep-alive timeout


class HttpError(Exception):
    pass


class Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    async def exchange(self, request: bytes) -> tuple[int, bytes]:
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head[9:12])
        length, chunked, gzipped = None, False, False
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"transfer-encoding" and b"chunked" in value.lower():
                chunked = True
            elif name == b"content-encoding" and b"gzip" in value.lower():
                gzipped = True
        if chunked:
            body = await self._chunks()
        elif length is not None:
            body = await self.reader.readexactly(length)
        else:
            raise HttpError("réponse sans longueur")
        return status, isal_zlib.decompress(body, 16 + isal_zlib.MAX_WBITS) if gzipped else body

    async def _chunks(self) -> bytes:
        parts: list[bytes] = []
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await self.reader.readuntil(b"\r\n")
                return b"".join(parts)
            parts.append(await self.reader.readexactly(size))
            await self.reader.readexactly(2)

    def close(self) -> None:
        self.writer.close()


class Pool:
    """Idle connections reused last-in first-out; a new one when none is idle (open loop: a slow
    hub gets more requests in flight, never fewer requests)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.idle: list[tuple[float, Connection]] = []
        self.opened = 0

    async def exchange(self, request: bytes, timeout: float) -> tuple[int, bytes]:
        connection = self._reusable() or await self._open()
        try:
            answer = await asyncio.wait_for(connection.exchange(request), timeout)
        except BaseException:
            connection.close()  # its state is unknown: never reused
            raise
        self.idle.append((time.monotonic(), connection))
        return answer

    def _reusable(self) -> Connection | None:
        """The most recently used idle connection; those idle longer than the server keeps them
        (uvicorn closes a keep-alive connection after 5 s) are closed here, as HTTP clients do,
        instead of being written to and read back as a broken answer."""
        oldest = time.monotonic() - IDLE_LIMIT_S
        while self.idle and self.idle[0][0] < oldest:
            self.idle.pop(0)[1].close()
        return self.idle.pop()[1] if self.idle else None

    async def _open(self) -> Connection:
        self.opened += 1
        reader, writer = await asyncio.open_connection(self.host, self.port, limit=2**22)
        return Connection(reader, writer)

    def close(self) -> None:
        for _, connection in self.idle:
            connection.close()
        self.idle.clear()
