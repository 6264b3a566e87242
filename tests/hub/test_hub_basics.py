"""The sync protocol's core promises, on SQLite and PostgreSQL."""

from tests.hub.conftest import op


def test_push_replay_merge_and_conflict(hub):
    amis = hub.member("Les Amis")
    created = op(display_name="Léa", email="lea@ex.fr")
    [first] = hub.push(amis, created)
    assert first["status"] == "applied" and first["version"] >= 1
    assert hub.push(amis, created) == [first]  # a replay applies nothing twice
    rid, v1 = created["record_id"], first["version"]
    [edit] = hub.push(amis, op(record_id=rid, base=v1, email="lea@asso.fr"))
    assert edit["status"] == "applied"
    [merged] = hub.push(amis, op(record_id=rid, base=v1, display_name="Léa Martin"))
    assert merged["status"] == "merged"  # another field: merges by itself
    # The same device sending newer values over its own edit is no conflict (a lost answer)…
    [again] = hub.push(amis, op(record_id=rid, base=v1, email="lea@asso.fr"))
    assert again["status"] == "merged"
    # …but another device of the association editing the same field is.
    laptop = hub.device(amis)
    [conflict] = hub.push(laptop, op(record_id=rid, base=v1, email="autre@ex.fr", notes="n"))
    assert conflict["status"] == "conflict" and conflict["conflicts"] == {"email": "lea@asso.fr"}
    changes, _ = hub.pull_all(amis)
    assert changes[-1]["fields"] == {
        "kind": "person",
        "sort_key": "lea",
        "display_name": "Léa Martin",
        "email": "lea@asso.fr",
        "notes": "n",
    }


def test_private_records_never_reach_another_association(hub):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    secret = op(display_name="Adhérent", email="a@ex.fr")
    hub.push(amis, secret)
    assert hub.pull_all(comite)[0] == []
    [refused] = hub.push(comite, op(record_id=secret["record_id"], base=1, email="pirate@ex.fr"))
    assert refused["status"] == "rejected" and "autre association" in refused["reason"]
