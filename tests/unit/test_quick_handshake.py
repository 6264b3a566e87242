"""The quick no-op sync reads the handshake without pydantic: it accepts what the full run's
validation accepts and sends anything else the full way."""

from __future__ import annotations

from app.sync.quick import HANDSHAKE_FIELDS, HANDSHAKE_OPTIONAL, MEMBER_FIELDS, well_formed
from protocol import messages as p

HELLO = p.HandshakeResponse(
    protocol_min=1,
    protocol_max=2,
    hub_instance_id="hub-1",
    association_id="0190a000-0000-7000-8000-0000000000aa",
    association_name="Les Jardins",
    device_id="0190a000-0000-7000-8000-0000000000dd",
    deletion_retention_days=90,
    oldest_cursor=0,
    current_version=12,
    members=[p.Member(id="0190a000-0000-7000-8000-0000000000aa", name="Les Jardins", rna="W751234567")],
    hub_sign_key="sign",
    hub_box_key=None,
).model_dump(mode="json")


def test_the_fields_are_the_protocols():
    model = p.HandshakeResponse.model_fields
    assert set(HANDSHAKE_FIELDS) == set(model)
    assert {name for name, field in model.items() if not field.is_required()} == HANDSHAKE_OPTIONAL
    assert set(MEMBER_FIELDS) == set(p.Member.model_fields)


def test_a_real_handshake_is_well_formed():
    assert well_formed(HELLO)
    assert well_formed({k: v for k, v in HELLO.items() if k not in HANDSHAKE_OPTIONAL})


def test_another_shape_goes_the_full_way():
    assert not well_formed({**HELLO, "surprise": 1})  # a field this version does not know
    assert not well_formed({**HELLO, "device_id": 42})
    assert not well_formed({**HELLO, "current_version": True})
    assert not well_formed({k: v for k, v in HELLO.items() if k != "association_id"})
    assert not well_formed({**HELLO, "members": [{"id": "x"}]})
    assert not well_formed({**HELLO, "members": ["x"]})
