"""The link to the hub cut at many points of a push and of a pull (a TCP proxy on 127.0.0.1).

Each cut must surface as a HubError (the client retries nothing here), and the next sync, with
the link back, must leave exactly what a sync without the cut leaves: every record on the hub
once with the right values, nothing lost, an empty outbox, and no version spent twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from app.sync import engine
from app.sync.client import HubClient, HubError
from tests.sync.conftest import start_hub
from tests.sync.proxy import DOWN, UP, CuttingProxy
from tests.sync.support import Fleet, HubDatabase, alive, bookkeeping, contacts_state, roles_state, unique

PUSH_CUTS = 14  # per direction
PULL_CUTS_DOWN, PULL_CUTS_UP = 16, 4


@pytest.fixture(scope="module")
def cut_hub(tmp_path_factory) -> Iterator:
    hub = start_hub(tmp_path_factory.mktemp("hub-coupures"))
    proxy = CuttingProxy(int(hub.url.rsplit(":", 1)[1]))
    fleet = Fleet(hub, tmp_path_factory.mktemp("portables-coupures"))
    hub_db = HubDatabase(hub)
    yield hub, proxy, fleet, hub_db
    hub_db.close()
    fleet.close()
    proxy.close()
    hub.server.should_exit = True


class PullRecorder(HubClient):
    """Keeps every change it pulled, to check that none comes twice."""

    pulled: list[dict]

    def fetch(self, cursor: int, limit: int = 1000):
        decode = super().fetch(cursor, limit)

        def kept() -> dict:
            page = decode()
            self.pulled.extend(page["changes"])
            return page

        return kept


def person(first: str, last: str = "Martin", **kw) -> ContactFields:
    return ContactFields(kind="person", first_name=first, last_name=last, **kw)


def writer_with_offline_work(fleet: Fleet, proxy: CuttingProxy, retries: int = 0):
    """A laptop (behind the proxy) with synced contacts, then offline creations, edits, a deletion."""
    association = unique("Coupure")
    proxy.disarm()
    writer = fleet.laptop(association, url=proxy.url, retries=retries, backoff=0.01)
    org = writer.run(contacts.create_contact, ContactFields(kind="organisation", name="Mairie"))
    first = [writer.run(contacts.create_contact, person(f"Ancien{n}")) for n in range(4)]
    writer.sync()
    for n in range(10):
        pid = writer.run(contacts.create_contact, person(f"Nouveau{n}", email=f"n{n}@ex.fr", notes="é" * 40))
        if n % 3 == 0:
            writer.run(contacts.add_role, pid, org, "benevole")
    writer.run(contacts.update_contact, first[0], person("Ancien0", email="change@ex.fr"))
    writer.run(contacts.update_contact, first[1], person("Ancien1", notes="modifié hors ligne"))
    writer.run(trash.trash_contacts, [first[2]])
    return association, writer


def check_like_a_clean_sync(
    fleet: Fleet, hub_db: HubDatabase, association: str, writer, versions: int, spent: int
) -> None:
    assert bookkeeping(writer) | {"cursor": 0} == {"outbox": 0, "inbox": 0, "conflicts": 0, "cursor": 0}
    assert spent == versions, "versions spent differ from a sync without the cut: something applied twice"
    reader = fleet.laptop(association, client_class=PullRecorder)
    reader.client.pulled = []
    reader.sync()
    counts = Counter(change["record_id"] for change in reader.client.pulled)
    assert max(counts.values()) == 1, "a record came twice"
    assert alive(reader) == alive(writer)
    assert roles_state(reader) == roles_state(writer)
    on_hub = hub_db.records(association)
    expected_alive = {cid for cid, (trashed, _) in contacts_state(writer).items() if not trashed}
    assert {cid for cid, r in on_hub.items() if not r.deleted} == expected_alive
    for cid, fields in alive(writer).items():
        assert {k: on_hub[cid].fields.get(k) for k in fields} == fields


def spread(total: int, count: int) -> list[int]:
    """`count` cut positions over an exchange of `total` bytes, from the first byte to near the last
    (gzipped answers vary by a few bytes from one run to the next)."""
    last = total - max(32, total // 50)
    return sorted({max(1, last * k // (count - 1)) for k in range(count)})


def clean_sync(fleet: Fleet, proxy: CuttingProxy, hub_db: HubDatabase) -> tuple[int, int, int]:
    """The same work synced without a cut: versions it spends, bytes sent and received."""
    association, writer = writer_with_offline_work(fleet, proxy)
    proxy.arm()
    before = hub_db.last_version()
    writer.sync()
    versions = hub_db.last_version() - before
    check_like_a_clean_sync(fleet, hub_db, association, writer, versions, versions)
    return versions, proxy.counts.up, proxy.counts.down


def test_push_cut_anywhere_then_resumed_equals_an_uncut_sync(cut_hub):
    _hub, proxy, fleet, hub_db = cut_hub
    clean_versions, *exchange = clean_sync(fleet, proxy, hub_db)

    failures = Counter()
    for direction, total in ((UP, exchange[0]), (DOWN, exchange[1])):
        for position in spread(total, PUSH_CUTS):
            association, writer = writer_with_offline_work(fleet, proxy)
            before = hub_db.last_version()
            proxy.arm(direction, position)
            try:
                writer.sync()
            except HubError:
                failures[direction] += 1
            assert proxy.cut_happened, f"{direction} {position}: the exchange was shorter than measured"
            proxy.disarm()
            writer.sync()
            spent = hub_db.last_version() - before
            check_like_a_clean_sync(fleet, hub_db, association, writer, clean_versions, spent)
    # Almost every cut is felt (the very last byte of a body may still arrive whole).
    assert failures[UP] >= PUSH_CUTS - 2 and failures[DOWN] >= PUSH_CUTS - 2


def test_a_cut_retried_by_the_client_itself_needs_no_second_sync(cut_hub):
    _hub, proxy, fleet, hub_db = cut_hub
    clean_versions, up, down = clean_sync(fleet, proxy, hub_db)
    for direction, position in ((UP, up // 2), (DOWN, down // 3), (DOWN, down * 2 // 3)):
        association, writer = writer_with_offline_work(fleet, proxy, retries=1)
        before = hub_db.last_version()
        proxy.arm(direction, position)
        writer.sync()  # the one retry goes through
        assert proxy.cut_happened
        proxy.disarm()
        assert bookkeeping(writer)["outbox"] == 0
        check_like_a_clean_sync(
            fleet, hub_db, association, writer, clean_versions, hub_db.last_version() - before
        )


def test_pull_cut_anywhere_then_resumed_equals_an_uncut_pull(cut_hub, monkeypatch):
    _hub, proxy, fleet, _hub_db = cut_hub
    monkeypatch.setattr(engine, "PULL_PAGE", 40)  # several pages: cuts between and inside them
    proxy.disarm()
    association = unique("Réception")
    source = fleet.laptop(association)
    orgs = [
        source.run(contacts.create_contact, ContactFields(kind="organisation", name=f"Club {n}"))
        for n in range(8)
    ]
    people = [source.run(contacts.create_contact, person(f"P{n}", email=f"p{n}@ex.fr")) for n in range(110)]
    for n, pid in enumerate(people[:60]):
        source.run(contacts.add_role, pid, orgs[n % 8], "benevole")
    source.sync()
    for pid in people[:60:3]:  # edited later: their roles come before them in version order
        source.run(contacts.update_contact, pid, person("Déplacé", notes="plus récent"))
    source.run(trash.trash_contacts, people[100:104])
    source.sync()

    reference = fleet.laptop(association, url=proxy.url, retries=0)
    proxy.arm()
    reference.sync()
    total_down, total_up = proxy.counts.down, proxy.counts.up
    assert alive(reference) == alive(source) and roles_state(reference) == roles_state(source)

    positions = [(DOWN, p) for p in spread(total_down, PULL_CUTS_DOWN)] + [
        (UP, p) for p in spread(total_up, PULL_CUTS_UP)
    ]
    for direction, position in positions:
        reader = fleet.laptop(association, url=proxy.url, retries=0)
        proxy.arm(direction, position)
        with pytest.raises(HubError):
            reader.sync()
        proxy.disarm()
        reader.sync()
        assert alive(reader) == alive(source), f"{direction} {position}"
        assert roles_state(reader) == roles_state(source), f"{direction} {position}"
        assert bookkeeping(reader) == bookkeeping(reference)  # outbox and inbox empty, same cursor
