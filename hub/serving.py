"""uvicorn's HTTP protocol with TCP_NODELAY set on every connection.

With `--workers N` uvicorn binds the listening socket itself without IPPROTO_TCP, so asyncio
leaves Nagle's algorithm on for the connections it accepts: every request on a kept-alive
connection then waits about 40 ms for the client's delayed ACK (Kludex/uvicorn#3149).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.auto import AutoHTTPProtocol


class NoDelayHTTPProtocol(AutoHTTPProtocol):  # type: ignore[misc, valid-type]  # uvicorn's alias of a class
    def connection_made(self, transport: asyncio.Transport) -> None:
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
