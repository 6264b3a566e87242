"""A TCP proxy on 127.0.0.1 that forwards to the hub and can cut the link after N bytes.

Byte counts run over every connection since the last `arm()` (requests keeps one connection
alive, but a retry or a reconnection opens another), in each direction separately:
"up" is client → hub, "down" is hub → client. When the count reaches the armed position,
the bytes up to it are forwarded, then both sides of that connection are closed and the cut
is spent: later connections pass through, as after a reconnection.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass, field

UP, DOWN = "up", "down"


@dataclass
class Counts:
    up: int = 0
    down: int = 0
    connections: int = 0
    cuts: list[tuple[str, int]] = field(default_factory=list)


class CuttingProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.counts = Counts()
        self._cut: tuple[str, int] | None = None
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._ended: dict[tuple[socket.socket, socket.socket], int] = {}
        self._closed = False
        threading.Thread(target=self._accept, name="proxy-accept", daemon=True).start()

    # --- control --------------------------------------------------------------------
    def arm(self, direction: str | None = None, after: int = 0) -> None:
        """Reset the counts; with a direction, cut the link once `after` bytes went that way."""
        assert direction in (None, UP, DOWN)
        with self._lock:
            self.counts = Counts()
            self._cut = (direction, max(after, 0)) if direction else None

    def disarm(self) -> None:
        with self._lock:
            self._cut = None

    @property
    def cut_happened(self) -> bool:
        return bool(self.counts.cuts)

    def close(self) -> None:
        self._closed = True
        self.listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    # --- plumbing -------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=10)
            except OSError:
                _shut(client)
                continue
            upstream.settimeout(None)
            with self._lock:
                self.counts.connections += 1
                self._sockets.update((client, upstream))
            pair = (client, upstream)
            threading.Thread(target=self._pump, args=(client, upstream, UP, pair), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, DOWN, pair), daemon=True).start()

    def _pump(
        self,
        source: socket.socket,
        sink: socket.socket,
        direction: str,
        pair: tuple[socket.socket, socket.socket],
    ) -> None:
        cut = False
        try:
            while True:
                chunk = source.recv(65536)
                if not chunk:
                    break
                with self._lock:
                    done = getattr(self.counts, direction)
                    keep = len(chunk)
                    if self._cut and self._cut[0] == direction and done + len(chunk) >= self._cut[1]:
                        keep, cut, self._cut = self._cut[1] - done, True, None
                        self.counts.cuts.append((direction, done + keep))
                    setattr(self.counts, direction, done + keep)
                if keep:
                    sink.sendall(chunk[:keep])
                if cut:
                    break
            if not cut:
                sink.shutdown(socket.SHUT_WR)  # pass the end of stream on; the other way goes on
        except OSError:
            cut = True
        finally:
            with self._lock:
                self._ended[pair] = self._ended.get(pair, 0) + 1
                finished = cut or self._ended[pair] == 2
                if finished:
                    self._sockets.difference_update(pair)
            if finished:
                for sock in pair:
                    _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
