"""The hub checks every pushed value against its record type's schema (protocol/record_schemas.py)
and refuses a bad operation with a reason per field; nothing invalid is stored or served.

The cases a tester found breaking every other laptop's sync: a date written the French way, a
purchase value of 2^64, a name sent as a list, `shared: "yes"`, a missing required field, a
contact without its sort key."""

from __future__ import annotations

import pytest

from tests.hub.conftest import op


def _problems(result: dict) -> dict[str, str]:
    return {problem["field"]: problem["code"] for problem in result.get("problems") or []}


BAD_EQUIPMENT = [
    (
        {"maintenance_from": "31/12/2027"},
        {"maintenance_from": "bad_date"},
        "maintenance_from : date attendue",
    ),
    ({"purchase_value_cents": 2**64}, {"purchase_value_cents": "out_of_range"}, "doit aller de 0 à"),
    ({"name": ["Vidéo", "projecteur"]}, {"name": "wrong_type"}, "name : du texte attendu"),
    ({"shared": "yes"}, {"shared": "wrong_type"}, "shared : vrai ou faux attendu"),
    ({"name": None}, {"name": "required"}, "name : valeur obligatoire absente"),
    ({"condition": "cassé"}, {"condition": "not_a_choice"}, "possibles : neuf, tres_bon"),
    ({"deposit_cents": 1.5}, {"deposit_cents": "wrong_type"}, "nombre entier"),
    ({"out_of_service": 1}, {"out_of_service": "wrong_type"}, "vrai ou faux"),
    ({"maintenance_to": "2027-02-30"}, {"maintenance_to": "bad_date"}, "AAAA-MM-JJ"),
    ({"maintenance_to": "20271231"}, {"maintenance_to": "bad_date"}, "AAAA-MM-JJ"),
    ({"accessories": ["Câble", 3]}, {"accessories": "wrong_type"}, "une liste de textes"),
    ({"category": "x" * 101}, {"category": "too_long"}, "au plus 100 caractères"),
    ({"couleur": "rouge"}, {"couleur": "unknown_field"}, "champ inconnu"),
]


@pytest.mark.parametrize(("fields", "problems", "words"), BAD_EQUIPMENT)
def test_a_bad_value_is_refused_with_its_field_and_nothing_is_stored(hub, fields, problems, words):
    amis, comite = hub.member("Les Amis"), hub.member("Le Comité")
    bad = op("equipment", visibility="network", **fields)
    good = op("equipment", name="Barnum", visibility="network")
    [refused, applied] = hub.push(amis, bad, good)
    assert refused["status"] == "rejected" and _problems(refused) == problems
    assert words in refused["reason"]
    assert applied["status"] == "applied"  # one bad record does not stop the batch
    for who in (amis, comite):
        assert [c["record_id"] for c in hub.pull_all(who)[0]] == [good["record_id"]]
    # An edit of an existing record is checked the same way, and the hub's value comes back.
    [edit] = hub.push(amis, op("equipment", record_id=good["record_id"], base=applied["version"], **fields))
    assert edit["status"] == "rejected" and _problems(edit) == problems
    assert set(edit["current"]) <= set(fields)
    assert {name: good["fields"].get(name) for name in edit["current"]} == edit["current"]


def test_a_new_record_must_hold_its_required_fields(hub):
    amis = hub.member("Les Amis")
    [no_sort_key] = hub.push(amis, op("contact", complete=False, kind="person", display_name="Léa"))
    assert no_sort_key["status"] == "rejected" and _problems(no_sort_key) == {"sort_key": "required"}
    [nothing] = hub.push(amis, op("consent", complete=False))
    assert _problems(nothing) == {"person_id": "required", "purpose": "required", "given_on": "required"}
    # An edit carries only what changed: the rest is not asked for again.
    made = op("contact", kind="person", display_name="Léa", sort_key="lea")
    [created] = hub.push(amis, made)
    [edited] = hub.push(amis, op("contact", record_id=made["record_id"], base=created["version"], notes="x"))
    assert edited["status"] == "applied"
    # …but may not empty a required one.
    [emptied] = hub.push(
        amis, op("contact", record_id=made["record_id"], base=edited["version"], sort_key=None)
    )
    assert _problems(emptied) == {"sort_key": "required"} and emptied["current"] == {"sort_key": "lea"}


def test_identifiers_dates_and_moments_have_one_format(hub):
    amis = hub.member("Les Amis")
    cases = [
        ("role", {"person_id": "12"}, {"person_id": "bad_id"}),
        ("role", {"role": "chef"}, {"role": "not_a_choice"}),
        ("contact", {"anonymised_at": "2026-01-05T10:00:00"}, {"anonymised_at": "bad_datetime"}),
        ("contact", {"kind": "robot"}, {"kind": "not_a_choice"}),
        ("practice_version", {"published_at": "hier"}, {"published_at": "bad_datetime"}),
        ("reservation", {"buffer_days": True}, {"buffer_days": "wrong_type"}),
        ("agreement", {"reminder_days": 10**12}, {"reminder_days": "out_of_range"}),
    ]
    for entity_type, fields, problems in cases:
        [refused] = hub.push(amis, op(entity_type, **fields))
        assert refused["status"] == "rejected" and _problems(refused) == problems, (entity_type, refused)
    [fine] = hub.push(amis, op("contact", anonymised_at="2026-01-05T10:00:00.123456+00:00"))
    assert fine["status"] == "applied"
    assert hub.pull_all(amis)[0][0]["record_id"] == fine["record_id"]
