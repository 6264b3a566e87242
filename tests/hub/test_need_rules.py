"""Needs and offers on the hub: each pushed value is checked against its record type
(protocol/record_schemas.py), a response
goes to the author of what it answers (and only to what the responder can see), and only that
author decides on it. Run on SQLite and PostgreSQL (see conftest.py)."""

from __future__ import annotations

import uuid

import pytest

from tests.hub.conftest import Hub, Member, op

NEED = {
    "direction": "need",
    "kind": "equipment",
    "title": "Un barnum pour la fête",
    "description": "",
    "timing": "one_off",
    "start_date": "2027-03-14",
    "end_date": "2027-03-14",
    "remote": False,
    "quantity": 1,
    "status": "open",
    "visibility": "network",
    "audience_ids": [],
}


def _need(hub: Hub, who: Member, **fields) -> str:
    need = op("need", **{"visibility": "network", **NEED, **fields})
    [result] = hub.push(who, need)
    assert result["status"] == "applied", result
    return need["record_id"]


def _response(target_id: str, target_owner: str, **fields) -> dict:
    return op(
        "need_response",
        target_type="need",
        target_id=target_id,
        target_owner_id=target_owner,
        message="Nous pouvons vous le prêter.",
        status="proposed",
        visibility="parties",
        parties=[target_owner],
        **fields,
    )


@pytest.mark.parametrize(
    ("fields", "said"),
    [
        ({"kind": "pipo"}, "kind"),
        ({"title": "x" * 201}, "title"),
        ({"start_date": "garbage"}, "start_date"),
        ({"start_date": 20270314}, "start_date"),
        ({"remote": "oui"}, "remote"),
        ({"quantity": "abc"}, "quantity"),
        ({"quantity": 10**9}, "quantity"),
        ({"quantity": True}, "quantity"),
        ({"status": "expired"}, "status"),
        ({"audience_ids": "tous"}, "audience_ids"),
    ],
)
def test_a_need_with_a_value_of_the_wrong_kind_or_size_is_refused_with_its_reason(hub, fields, said):
    amis = hub.member("Les Amis")
    [result] = hub.push(amis, op("need", **{"visibility": "network", **NEED, **fields}))
    assert result["status"] == "rejected" and said in result["reason"], result
    assert result["reason_code"] == "invalid_values" and result["reason_values"] == {"count": 1}
    assert [p["field"] for p in result["problems"]] == [said], result


def test_a_need_missing_a_required_field_is_refused_but_an_edit_may_carry_one_field(hub):
    amis = hub.member("Les Amis")
    incomplete = {k: v for k, v in NEED.items() if k != "title"}
    [result] = hub.push(amis, op("need", complete=False, **{"visibility": "network", **incomplete}))
    assert result["status"] == "rejected" and "title" in result["reason"]
    need = _need(hub, amis)
    [edited] = hub.push(amis, op("need", record_id=need, base=1, status="met"))
    assert edited["status"] in ("applied", "merged"), edited
    [emptied] = hub.push(amis, op("need", record_id=need, base=edited["version"], kind=None))
    assert emptied["status"] == "rejected" and "kind" in emptied["reason"]


def test_a_response_goes_to_the_author_of_what_it_answers_whatever_the_client_names(hub):
    amis, velo, tiers = hub.member("Les Amis"), hub.member("Vélo"), hub.member("Les Tiers")
    need = _need(hub, amis)
    response = _response(need, amis.id)
    response["parties"] = [tiers.id]  # a forged audience: the hub puts the need's author
    [result] = hub.push(velo, response)
    assert result["status"] == "applied", result
    assert hub.seen(amis)[response["record_id"]]["parties"] == [amis.id]
    assert response["record_id"] not in hub.seen(tiers)


@pytest.mark.parametrize("case", ["unknown", "not_shown", "own", "wrong_owner"])
def test_a_response_to_what_the_responder_cannot_answer_is_refused(hub, case):
    amis, velo, tiers = hub.member("Les Amis"), hub.member("Vélo"), hub.member("Les Tiers")
    target, owner = {
        "unknown": (str(uuid.uuid4()), amis.id),
        "not_shown": (_need(hub, amis, visibility="parties", parties=[tiers.id]), amis.id),
        "own": (_need(hub, velo), velo.id),
        "wrong_owner": (_need(hub, amis), tiers.id),
    }[case]
    [result] = hub.push(velo, _response(target, owner))
    assert result["status"] == "rejected" and result["reason"], result
    expected = {"unknown": "unknown_target", "not_shown": "unknown_target", "own": "own_target"}
    assert result["reason_code"] == expected.get(case, "wrong_owner"), result


def _answered(hub: Hub) -> tuple[Member, Member, Member, str, str]:
    amis, velo, tiers = hub.member("Les Amis"), hub.member("Vélo"), hub.member("Les Tiers")
    need = _need(hub, amis)
    response = _response(need, amis.id)
    [result] = hub.push(velo, response)
    assert result["status"] == "applied", result
    return amis, velo, tiers, need, response["record_id"]


def _decision(response_id: str, responder: str, **fields) -> dict:
    return op(
        "need_decision",
        response_id=response_id,
        responder_id=responder,
        decision="accepted",
        visibility="parties",
        parties=[responder],
        **fields,
    )


def test_only_the_author_of_what_was_answered_decides(hub):
    amis, velo, tiers, _need_id, response = _answered(hub)
    for forger in (velo, tiers):  # the responder accepting itself, or a third association
        [forged] = hub.push(forger, _decision(response, velo.id))
        assert forged["status"] == "rejected" and forged["reason"], forged
    decision = _decision(response, tiers.id)  # the author, naming the wrong responder
    [wrong] = hub.push(amis, decision)
    assert wrong["status"] == "rejected"
    decision = _decision(response, velo.id)
    decision["parties"] = [tiers.id]
    [result] = hub.push(amis, decision)
    assert result["status"] == "applied", result
    assert hub.seen(velo)[decision["record_id"]]["parties"] == [velo.id]
    assert decision["record_id"] not in hub.seen(tiers)


def test_a_decision_on_an_unknown_response_is_refused(hub):
    amis = hub.member("Les Amis")
    [result] = hub.push(amis, _decision(str(uuid.uuid4()), str(uuid.uuid4())))
    assert result["status"] == "rejected"
