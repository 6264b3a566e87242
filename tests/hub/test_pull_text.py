"""On PostgreSQL a pull's page is written by the database (hub/pull_text.py); the route and the
threaded paths still build it in Python (`hub.pull.page_body`). Both must give the same bytes for
every cursor and page size: records of each visibility, a deleted one, one deleted for good, a
removal at the same version as a change, texts with quotes, accents and line breaks."""

from __future__ import annotations

import json

import pytest

from tests.hub.conftest import Hub, Member, op


def _page(hub: Hub, who: Member, cursor: int, limit: int, *, route: bool) -> bytes:
    extra = "&route=1" if route else ""  # a parameter the fast path does not know: the route answers
    answer = hub.client.get(f"/v1/pull?cursor={cursor}&limit={limit}{extra}", headers=who.headers)
    assert answer.status_code == 200, answer.text
    return answer.content


@pytest.mark.parametrize("hub_url", ["postgresql"], indirect=True)
def test_the_page_postgresql_writes_is_the_page_python_writes(hub: Hub) -> None:
    owner, partner, other = hub.member("Les Amis"), hub.member("Le Comité"), hub.member("La Mairie")
    hub.push(owner, op("equipment", name='Sono "grande"\nà rendre', visibility="network"))
    hub.push(owner, op("contact", display_name="Léa Martin", notes="préfère « le samedi »"))
    shared = op("agreement", context="Convention 2026", visibility="parties", parties=[partner.id, other.id])
    [made] = hub.push(owner, shared)
    # The partner loses sight of it: a removal at the version of the change.
    hub.push(owner, op("agreement", shared["record_id"], base=made["version"], parties=[other.id]))
    gone = op("equipment", name="Barnum", visibility="network")
    [barnum] = hub.push(owner, gone)
    hub.push(owner, op("equipment", gone["record_id"], base=barnum["version"], deleted=True))
    purged = op("equipment", name="Tente", visibility="network")
    [tent] = hub.push(owner, purged)
    hub.push(
        owner, {**op("equipment", purged["record_id"], base=tent["version"], deleted=True), "purged": True}
    )
    hub.push(partner, op("equipment", name="Tables", visibility="network"))

    head = max(json.loads(_page(hub, owner, 0, 1000, route=True))["next_cursor"], 1)
    compared = 0
    for who in (owner, partner, other):
        for limit in (1, 2, 3, 1000):
            for cursor in range(head + 1):
                fast = _page(hub, who, cursor, limit, route=False)
                assert fast == _page(hub, who, cursor, limit, route=True), (who.name, cursor, limit)
                compared += len(json.loads(fast)["changes"])
    assert compared > 100  # the pages held changes, removals and tombstones, not only empty pages
    changes = json.loads(_page(hub, partner, 0, 1000, route=False))["changes"]
    assert any(c["deleted"] and c["fields"] == {} and "owner_id" not in c for c in changes)  # the removal
    assert any(c.get("purged") for c in json.loads(_page(hub, owner, 0, 1000, route=False))["changes"])
