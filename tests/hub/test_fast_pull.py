"""The pull answered before FastAPI's routing (hub/fast_pull.py) gives the route's answers: the
same pages, and every request it does not take (odd parameters, no or unknown token, revoked
device, cursor too old) still gets the route's 4xx with its reason."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from hub import admin
from hub.async_lookup import AsyncLookup
from hub.db import is_sqlite
from hub.fast_pull import FastPull, bearer_token, strict_parameters
from protocol.messages import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from tests.hub.conftest import Hub, op


def _both_ways(hub: Hub, headers: dict[str, str], cursor: int, limit: int) -> tuple[dict, dict]:
    """The fast path's page, and the route's (a parameter the fast path does not know sends the
    request on to the route, which ignores it)."""
    fast = hub.client.get(f"/v1/pull?cursor={cursor}&limit={limit}", headers=headers)
    routed = hub.client.get(f"/v1/pull?cursor={cursor}&limit={limit}&route=1", headers=headers)
    assert fast.status_code == routed.status_code == 200, (fast.text, routed.text)
    assert fast.headers["content-type"] == routed.headers["content-type"] == "application/json"
    return fast.json(), routed.json()


def test_pages_are_the_routes_own_for_each_association_cursor_and_limit(hub: Hub) -> None:
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    hub.push(amis, *[op(display_name=f"Privé {i}") for i in range(4)])
    hub.push(comite, *[op("equipment", name=f"Objet {i}", visibility="network") for i in range(5)])
    [kept] = hub.push(amis, op("equipment", name="Sono", visibility="network"))
    hub.push(amis, op("equipment", record_id=kept["record_id"], base=kept["version"], deleted=True))
    for who in (amis, comite):
        for cursor in range(0, 13, 3):
            for limit in (1, 2, 5, DEFAULT_PAGE_SIZE):
                fast, routed = _both_ways(hub, who.headers, cursor, limit)
                assert fast == routed
    seen = [c["fields"].get("display_name") for c in hub.pull_all(comite)[0]]
    assert not any(name and name.startswith("Privé") for name in seen)  # never another's private


@pytest.mark.parametrize(
    "query",
    [
        "cursor=-1",
        "cursor=abc",
        f"cursor={2**63}",
        "limit=0",
        f"limit={MAX_PAGE_SIZE + 1}",
        "limit=",
        "cursor=1.5",
    ],
)
def test_parameters_the_route_refuses_still_get_its_422_with_the_reason(hub: Hub, query: str) -> None:
    amis = hub.member("Les Amis")
    answer = hub.client.get(f"/v1/pull?{query}", headers=amis.headers)
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"].startswith("Donnée refusée")


def test_no_unknown_or_revoked_token_gets_past_the_fast_path(hub: Hub) -> None:
    amis = hub.member("Les Amis")
    hub.push(amis, op(display_name="Léa"))
    for headers in (
        {},
        {"Authorization": "Bearer "},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer x"},
    ):
        answer = hub.client.get("/v1/pull?cursor=0", headers=headers)
        assert answer.status_code == 401, answer.text
        assert answer.headers["www-authenticate"] == "Bearer"
        assert "Jeton" in answer.json()["detail"]
    assert hub.client.get("/v1/pull?cursor=0", headers=amis.headers).status_code == 200
    handshake = hub.client.post(
        "/v1/handshake", json={"protocol_version": 1, "app_version": "1.0"}, headers=amis.headers
    )
    with hub.database.writer.begin() as session:
        admin.revoke_device(session, handshake.json()["device_id"])
    revoked = hub.client.get("/v1/pull?cursor=0", headers=amis.headers)  # at once: nothing cached
    assert revoked.status_code == 401 and "révoqué" in revoked.json()["detail"]


def test_the_scheme_is_read_as_fastapi_reads_it() -> None:
    def scope(*headers: tuple[bytes, bytes]) -> dict:
        return {"headers": list(headers)}

    assert bearer_token(scope((b"authorization", b"Bearer  abc "))) == "abc"
    assert bearer_token(scope((b"Authorization", b"bearer abc"))) == "abc"
    assert bearer_token(scope((b"authorization", b"Basic abc"))) == ""
    assert bearer_token(scope((b"host", b"x"))) == ""
    assert strict_parameters(b"") == (0, DEFAULT_PAGE_SIZE)
    assert strict_parameters(b"cursor=007&limit=200") == (7, 200)
    for odd in (b"cursor=1&cursor=2", b"cursor", b"cursor=+1", b"since=1", b"cursor=1&", b"limit=0"):
        assert strict_parameters(odd) is None


def test_a_well_formed_pull_with_a_live_token_never_reaches_the_route(hub: Hub) -> None:
    amis = hub.member("Les Amis")
    hub.push(amis, op(display_name="Léa"), op("equipment", name="Sono", visibility="network"))
    routed: list[str] = []

    async def route(scope, receive, send) -> None:  # stands for FastAPI: notes what reached it
        routed.append(scope["query_string"].decode())
        await send({"type": "http.response.start", "status": 418, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    on_loop = None if is_sqlite(hub.database.url) else AsyncLookup.for_url(hub.database.url)
    fast = TestClient(FastPull(route, db=hub.database, on_loop=on_loop))  # no lifespan: only requests
    page = fast.get("/v1/pull?cursor=0&limit=1000", headers=amis.headers)
    assert (
        page.status_code == 200
        and page.json() == hub.client.get("/v1/pull?cursor=0&limit=1000&route=1", headers=amis.headers).json()
    )
    assert fast.get("/v1/pull?cursor=0&since=1", headers=amis.headers).status_code == 418
    assert fast.get("/v1/pull?cursor=0", headers={"Authorization": "Bearer x"}).status_code == 418
    assert routed == ["cursor=0&since=1", "cursor=0"]
