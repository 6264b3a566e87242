"""The asynchronous connections a PostgreSQL hub answers pulls with (hub/async_lookup.py): kept
and reused on their event loop, replaced when the server dropped them (the pull still succeeds),
closed when their state is unknown, recycled with age, never used from another event loop."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from hub import async_lookup
from hub.async_lookup import AsyncLookup, conninfo
from tests.postgres import PostgresServer


class Refused(Exception):
    pass


async def _pid(connection: psycopg.AsyncConnection[Any]) -> int:
    row = await (await connection.execute("SELECT pg_backend_pid()")).fetchone()
    assert row is not None
    return int(row[0])


def _url(postgres: PostgresServer) -> str:
    return postgres.create_database(f"lookup_{uuid.uuid4().hex[:12]}")


def _lookup(url: str) -> AsyncLookup:
    found = AsyncLookup.for_url(url)
    assert found is not None
    return found


def _terminate_all(url: str) -> int:
    with psycopg.connect(conninfo(url), autocommit=True) as connection:
        rows = connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
    return len(rows)


def test_a_connection_is_reused_and_a_dropped_one_costs_no_request(postgres: PostgresServer) -> None:
    url = _url(postgres)
    lookup = _lookup(url)

    async def scenario() -> None:
        first, again = await lookup.run(_pid), await lookup.run(_pid)
        assert first == again  # kept between requests
        assert await asyncio.to_thread(_terminate_all, url) == 1
        replaced = await lookup.run(_pid)  # meets the dead connection, runs again on a new one
        assert replaced != first
        assert await lookup.run(_pid) == replaced
        # The run again ends with the pull's own answer (a cursor too old): its connection kept.
        assert await asyncio.to_thread(_terminate_all, url) == 1
        retried: list[int] = []

        async def refused(connection: psycopg.AsyncConnection[Any]) -> int:
            retried.append(await _pid(connection))
            raise Refused

        with pytest.raises(Refused):
            await lookup.run(refused)
        assert len(retried) == 1  # the dead one failed before reaching our code
        assert await lookup.run(_pid) == retried[0]

    asyncio.run(scenario())


def test_a_database_error_closes_the_connection_and_the_pulls_own_answer_keeps_it(
    postgres: PostgresServer,
) -> None:
    lookup = _lookup(_url(postgres))

    async def refused(connection: psycopg.AsyncConnection[Any]) -> int:
        await _pid(connection)
        raise Refused

    async def scenario() -> None:
        first = await lookup.run(_pid)
        with pytest.raises(Refused):
            await lookup.run(refused)
        assert await lookup.run(_pid) == first  # an answer of ours: the connection is sound
        with pytest.raises(psycopg.errors.UndefinedTable):
            await lookup.run(lambda connection: connection.execute("SELECT * FROM nowhere"))
        assert await lookup.run(_pid) != first  # its state unknown: not reused

    asyncio.run(scenario())


def test_busy_once_every_connection_is_at_work(postgres: PostgresServer) -> None:
    lookup = _lookup(_url(postgres))

    async def slow(connection: psycopg.AsyncConnection[Any]) -> None:
        await connection.execute("SELECT pg_sleep(0.5)")

    async def scenario() -> tuple[bool, bool, bool]:
        before = await lookup.run(_pid) > 0 and lookup.busy
        work = [asyncio.create_task(lookup.run(slow)) for _ in range(async_lookup.MAX_CONNECTIONS)]
        await asyncio.sleep(0.2)
        during = lookup.busy
        await asyncio.gather(*work)
        return before, during, lookup.busy

    assert asyncio.run(scenario()) == (False, True, False)


def test_connections_are_recycled_with_age_and_never_cross_event_loops(
    postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    lookup = _lookup(_url(postgres))
    first = asyncio.run(lookup.run(_pid))
    second = asyncio.run(lookup.run(_pid))  # another loop: a connection of its own
    assert second != first
    monkeypatch.setattr(async_lookup, "POOL_RECYCLE_S", 0.0)

    async def twice() -> tuple[int, int]:
        return await lookup.run(_pid), await lookup.run(_pid)

    one, two = asyncio.run(twice())
    assert one != two  # too old as soon as made: replaced at each checkout


def test_the_connection_string_keeps_the_password_and_options() -> None:
    url = "postgresql+psycopg://hub:s3cr%40t%20x@db.example:5433/entraide?sslmode=require"
    found = conninfo(url)
    assert found is not None
    assert conninfo_to_dict(found) == {
        "user": "hub",
        "password": "s3cr@t x",  # a space too: libpq refused it in a URI
        "host": "db.example",
        "port": "5433",
        "dbname": "entraide",
        "sslmode": "require",
    }
    # Several hosts are SQLAlchemy's own failover: such a hub answers its pulls the threaded way.
    assert AsyncLookup.for_url("postgresql+psycopg://hub:x@/entraide?host=a:5432&host=b:5433") is None
