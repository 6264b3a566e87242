"""Malformed input never makes the hub answer 500 (SQLite only, to stay fast; the values that
only PostgreSQL refuses are covered on both databases in test_limits.py)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hub import admin
from hub.api import create_app
from hub.config import HubSettings
from hub.db import migrate, open_hub_database, utcnow
from hub.models import Association
from protocol.messages import ENTITY_VISIBILITIES
from tests.hub.server import UNLIMITED

ASSOCIATIONS = ["0a0a0a0a-0000-4000-8000-00000000000a", "0b0b0b0b-0000-4000-8000-00000000000b"]
RECORD_IDS = [
    "11111111-1111-4111-8111-111111111111",
    "22222222-2222-4222-8222-222222222222",
    "33333333-3333-4333-8333-333333333333",
]
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@dataclass
class FuzzHub:
    client: TestClient
    tokens: list[str]
    codes: list[str]

    def headers(self, index: int) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[index % len(self.tokens)]}"}


@pytest.fixture
def fuzz_hub(tmp_path) -> Iterator[FuzzHub]:
    url = f"sqlite:///{tmp_path / 'fuzz.sqlite3'}"
    migrate(url)
    database = open_hub_database(url)
    codes = []
    with database.writer.begin() as session:
        for index, association_id in enumerate(ASSOCIATIONS):
            session.add(Association(id=association_id, name=f"Association {index}", created_at=utcnow()))
            session.flush()
            codes += [admin.create_enrollment_code(session, association_id, 24)[0] for _ in range(3)]
    hub_settings = HubSettings(data_dir=str(tmp_path), database_url=url, **UNLIMITED)
    with TestClient(create_app(hub_settings, database)) as client:
        tokens = []
        for code in codes[:1] + codes[3:4]:
            answer = client.post("/v1/enroll", json={"code": code, "device_name": "Fuzz"})
            assert answer.status_code == 200
            tokens.append(answer.json()["token"])
        yield FuzzHub(client, tokens, codes[1:3] + codes[4:])
    database.dispose()


# Text including lone surrogates, NUL and other control characters (the rare ones made common).
odd_characters = st.sampled_from(["\ud800", "\udfff", "\x00", "\x1f", "\u2028", "\uffff", "\U0001f600", "é"])
any_text = st.text(odd_characters | st.characters(exclude_categories=()), max_size=30)
json_leaf = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=True, allow_infinity=True)
    | any_text
)
json_values = st.recursive(
    json_leaf,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4),
    max_leaves=12,
)

scalar = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | any_text
    | st.text(odd_characters, max_size=4)
    | st.dates().map(str)
    | st.sampled_from(ASSOCIATIONS + RECORD_IDS + ["cancelled", "requested", "9999-12-31"])
)
field_names = (
    st.sampled_from(
        [
            "equipment_id",
            "start_date",
            "end_date",
            "buffer_days",
            "status",
            "hub_status",
            "display_name",
            "notes",
        ]
    )
    | st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
    | any_text
)
good_names = st.sampled_from(
    ["equipment_id", "start_date", "end_date", "buffer_days", "status", "hub_status", "display_name", "notes"]
) | st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
# Operations the protocol accepts, with odd values: they reach the merge and the rules.
valid_operation = st.fixed_dictionaries(
    {
        "op_id": st.from_regex(r"[A-Za-z0-9_\-]{8,16}", fullmatch=True),
        "entity_type": st.sampled_from(sorted(ENTITY_VISIBILITIES)),
        "record_id": st.sampled_from(RECORD_IDS) | st.uuids().map(str),
    },
    optional={
        "base_version": st.integers(min_value=0, max_value=2**70),
        "fields": st.dictionaries(good_names, scalar | st.lists(scalar, max_size=3), max_size=6),
        "deleted": st.booleans(),
        "visibility": st.sampled_from(["private", "parties", "network"]),
        "parties": st.lists(st.sampled_from(ASSOCIATIONS), max_size=2)
        | st.lists(st.sampled_from(ASSOCIATIONS) | any_text, max_size=3),
    },
)
# Anything in the places of an operation's keys.
wild_operation = st.fixed_dictionaries(
    {
        "op_id": st.from_regex(r"[A-Za-z0-9_\-]{8,16}", fullmatch=True) | any_text,
        "entity_type": st.sampled_from(sorted(ENTITY_VISIBILITIES)) | any_text,
        "record_id": st.sampled_from(RECORD_IDS) | st.uuids().map(str) | any_text,
    },
    optional={
        "base_version": st.integers(min_value=-3, max_value=2**70) | json_values,
        "fields": st.dictionaries(field_names, scalar | st.lists(scalar, max_size=3), max_size=6)
        | json_values,
        "deleted": st.booleans() | json_values,
        "visibility": st.sampled_from(["private", "parties", "network"]) | json_values,
        "parties": st.lists(st.sampled_from(ASSOCIATIONS) | any_text, max_size=3) | json_values,
        "owner_id": st.sampled_from(ASSOCIATIONS),
    },
)
valid_push = st.fixed_dictionaries({"operations": st.lists(valid_operation, min_size=1, max_size=6)})
push_payload = st.one_of(
    st.fixed_dictionaries({"operations": st.lists(wild_operation, min_size=1, max_size=4)}),
    st.fixed_dictionaries({"operations": json_values}),
    json_values,
)


def _encode(payload: object) -> bytes:
    return json.dumps(payload).encode()  # NaN/Infinity as Python writes them; surrogates escaped


bodies = st.one_of(
    *(valid_push.map(_encode) for _ in range(4)),
    push_payload.map(_encode),
    st.binary(max_size=200),
    st.sampled_from(
        [b"", b"{", b"[]", b"null", b'{"operations": NaN}', b"\xff\xfe", b'{"operations": [' * 50]
    ),
)
encodings = st.sampled_from([None, None, None, None, "gzip", "gzip", "gzip-garbage", "deflate"])


def _post(hub: FuzzHub, path: str, body: bytes, encoding: str | None, who: int | None):
    headers = {"Content-Type": "application/json"}
    if who is not None:
        headers.update(hub.headers(who))
    if encoding == "gzip":
        body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
    elif encoding == "gzip-garbage":
        headers["Content-Encoding"] = "gzip"
    elif encoding:
        headers["Content-Encoding"] = encoding
    return hub.client.post(path, content=body, headers=headers)


@FUZZ
@given(body=bodies, encoding=encodings, who=st.integers(0, 1))
def test_push_never_answers_500(fuzz_hub, body, encoding, who):
    answer = _post(fuzz_hub, "/v1/push", body, encoding, who)
    assert answer.status_code < 500
    assert answer.status_code in (200, 400, 413, 422), answer.text
    assert isinstance(answer.json()["detail" if answer.status_code != 200 else "results"], str | list)
    # Whatever was accepted, every member can still pull everything.
    for index in range(2):
        pulled = fuzz_hub.client.get("/v1/pull", params={"limit": 5000}, headers=fuzz_hub.headers(index))
        assert pulled.status_code == 200
        assert isinstance(pulled.json()["changes"], list)


enroll_payload = st.one_of(
    st.fixed_dictionaries({"code": any_text, "device_name": any_text}),
    st.fixed_dictionaries({"code": any_text, "device_name": any_text}, optional={"extra": json_values}),
    st.fixed_dictionaries({"code": any_text | json_values, "device_name": any_text | json_values}),
    json_values,
)


@FUZZ
@given(payload=enroll_payload, data=st.data())
def test_enroll_never_answers_500(fuzz_hub, payload, data):
    if isinstance(payload, dict) and data.draw(st.booleans(), label="real code"):
        payload["code"] = data.draw(st.sampled_from(fuzz_hub.codes), label="code")
    answer = _post(fuzz_hub, "/v1/enroll", _encode(payload), data.draw(encodings, label="encoding"), None)
    assert answer.status_code < 500
    assert answer.status_code in (200, 400, 401, 413, 422), answer.text


handshake_payload = st.one_of(
    st.fixed_dictionaries({"protocol_version": st.integers(-5, 20_000)}, optional={"app_version": any_text}),
    st.fixed_dictionaries(
        {"protocol_version": json_values | st.integers()}, optional={"app_version": json_values}
    ),
    json_values,
)


@FUZZ
@given(payload=handshake_payload, who=st.integers(0, 1), auth=st.sampled_from([True, True, True, False]))
def test_handshake_never_answers_500(fuzz_hub, payload, who, auth):
    answer = _post(fuzz_hub, "/v1/handshake", _encode(payload), None, who if auth else None)
    assert answer.status_code < 500
    assert answer.status_code in (200, 400, 401, 422, 426), answer.text


odd_numbers = [str(2**63 - 1), str(2**63), "9" * 30, "-1", "1e3", "0x10", " 1", "１", "NaN"]
query_values = st.one_of(
    st.sampled_from(odd_numbers),
    st.integers(-(2**70), 2**70).map(str),
    st.text(st.characters(codec="utf-8"), max_size=25),
)
queries = st.one_of(
    st.fixed_dictionaries({"cursor": st.sampled_from(odd_numbers)}, optional={"limit": query_values}),
    st.builds(
        lambda known, extra: {**extra, **known},
        st.fixed_dictionaries({}, optional={"cursor": query_values, "limit": query_values}),
        st.dictionaries(st.text(max_size=6), query_values, max_size=2),
    ),
)


url_characters = st.characters(min_codepoint=33, max_codepoint=126, exclude_characters="#")


@FUZZ
@given(
    params=queries,
    raw=st.text(url_characters, max_size=40),
    who=st.integers(0, 1),
    token=st.none() | st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=60),
)
def test_pull_never_answers_500(fuzz_hub, params, raw, who, token):
    headers = fuzz_hub.headers(who) if token is None else {"Authorization": f"Bearer {token}"}
    for answer in (
        fuzz_hub.client.get("/v1/pull", params=params, headers=headers),
        fuzz_hub.client.get("/v1/pull?" + raw, headers=headers),
    ):
        assert answer.status_code < 500
        assert answer.status_code in (200, 401, 410, 422), answer.text
