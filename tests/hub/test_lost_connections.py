"""The hub pings no connection before using it (a round trip per request): a PostgreSQL that
dropped its connections (restarted, or an administrator's pg_terminate_backend) costs no request
an error, the token lookup runs once more on a fresh connection."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from tests.hub.conftest import Hub, op


def _drop_hub_connections(hub: Hub) -> int:
    """Ends every server connection to the hub's database but this one; how many it ended."""
    engine = create_engine(hub.database.url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            return len(
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                ).all()
            )
    finally:
        engine.dispose()


@pytest.mark.parametrize("hub_url", ["postgresql"], indirect=True)
def test_every_request_succeeds_after_the_database_dropped_the_hub_connections(hub: Hub) -> None:
    owner, reader = hub.member("Les Amis"), hub.member("Le Comité")
    [first] = hub.push(owner, op("equipment", name="Sono", visibility="network"))
    assert hub.pull_all(reader)[1] == first["version"]

    assert _drop_hub_connections(hub) >= 1
    changes, cursor = hub.pull_all(reader)  # the pull's own lookup meets the dead connection
    assert [change["version"] for change in changes] == [first["version"]]

    assert _drop_hub_connections(hub) >= 1
    [second] = hub.push(owner, op("equipment", name="Barnum", visibility="network"))  # a caller lookup first
    assert hub.pull_all(reader, cursor)[0][0]["version"] == second["version"]

    assert _drop_hub_connections(hub) >= 1
    answer = hub.client.post(
        "/v1/handshake", json={"protocol_version": 1, "app_version": "1.0"}, headers=reader.headers
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["current_version"] == second["version"]


@pytest.mark.parametrize("hub_url", ["postgresql"], indirect=True)
def test_the_routes_own_pull_also_survives_dropped_connections(hub: Hub) -> None:
    """The route reads its page through `RawStatement` (the driver's rows): a dropped connection
    is still recognised by SQLAlchemy and the lookup run again."""
    owner, reader = hub.member("Les Amis"), hub.member("Le Comité")
    [first] = hub.push(owner, op("equipment", name="Sono", visibility="network"))
    for _ in range(3):
        assert hub.client.get("/v1/pull?cursor=0&route=1", headers=reader.headers).status_code == 200
        assert _drop_hub_connections(hub) >= 1
        answer = hub.client.get("/v1/pull?cursor=0&route=1", headers=reader.headers)
        assert answer.status_code == 200, answer.text
        assert [change["version"] for change in answer.json()["changes"]] == [first["version"]]
