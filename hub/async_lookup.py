"""psycopg's own asynchronous connections for the pulls a PostgreSQL hub answers on its event loop.

Through SQLAlchemy each pull went to a worker thread and back, and checked a connection out of
the pool, opened a session and wrapped every row: on a busy hub that was a fifth of a pull's
CPU (docs/decisions.md, "Hub capacity"). These connections are in autocommit, as the lookups are
(each statement its own snapshot); a connection that died with the server is dropped with all
idle ones and the pull runs once more on a fresh one, as `HubDatabase.retrying` does."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import make_url

from hub.db import POOL_RECYCLE_S

T = TypeVar("T")
Connection = psycopg.AsyncConnection[Any]
Work = Callable[[Connection], Awaitable[T]]
MAX_CONNECTIONS = 10  # per worker, beside the engine's pool (10 + 20 overflow)


def conninfo(database_url: str) -> str | None:
    """libpq's connection string for SQLAlchemy's URL (password and options kept), or None when
    libpq cannot take it as one: several hosts (SQLAlchemy's own failover)."""
    url = make_url(database_url)
    options = {name: value for name, value in url.query.items() if isinstance(value, str)}
    if len(options) != len(url.query):
        return None
    return make_conninfo("", **url.translate_connect_args(username="user", database="dbname"), **options)


class AsyncLookup:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo
        self._idle: list[tuple[float, Connection]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._slots = asyncio.Semaphore(MAX_CONNECTIONS)

    @classmethod
    def for_url(cls, database_url: str) -> AsyncLookup | None:
        found = conninfo(database_url)
        return None if found is None else cls(found)

    @property
    def busy(self) -> bool:
        """Every connection of this loop is at work (slow reads, a locked table): the caller takes
        the threaded path, so that a pull with nothing new never queues behind them."""
        return self._loop is asyncio.get_running_loop() and self._slots.locked()

    async def run(self, work: Work[T]) -> T:
        self._on_this_loop()
        async with self._slots:
            made, connection, reused = await self._checkout()
            try:
                return await self._on(work, made, connection)
            except psycopg.OperationalError:
                if not (connection.broken and reused):
                    raise
            await self._drop_idle()  # the server went away: the idle ones died with it
            made, connection, _reused = await self._checkout()
            return await self._on(work, made, connection)

    async def _on(self, work: Work[T], made: float, connection: Connection) -> T:
        """`work` on `connection`, which goes back to the idle ones unless the database failed or
        the request was cancelled (its state is then unknown: it is closed)."""
        try:
            result = await work(connection)
        except (psycopg.Error, asyncio.CancelledError):
            await connection.close()
            raise
        except Exception:  # the pull's own answer (CursorTooOld): the connection is sound
            self._idle.append((made, connection))
            raise
        self._idle.append((made, connection))
        return result

    def _on_this_loop(self) -> None:
        """Connections belong to the event loop that made them (tests run each request on a new
        one); those of another loop are closed at the socket, without their loop."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            for _made, connection in self._idle:
                connection.pgconn.finish()
            self._idle, self._loop, self._slots = [], loop, asyncio.Semaphore(MAX_CONNECTIONS)

    async def _checkout(self) -> tuple[float, Connection, bool]:
        """(when it was made, an idle connection younger than the recycling age or a new one,
        whether it was reused)."""
        while self._idle:
            made, connection = self._idle.pop()
            if time.monotonic() - made < POOL_RECYCLE_S and not connection.closed:
                return made, connection, True
            await connection.close()
        connection = await psycopg.AsyncConnection.connect(self.conninfo, autocommit=True)
        return time.monotonic(), connection, False

    async def _drop_idle(self) -> None:
        idle, self._idle = self._idle, []
        for _made, connection in idle:
            await connection.close()
