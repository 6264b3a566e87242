"""Opening a sealed courier file: its content may not inflate beyond the reader's limit (a small
file, even well signed, must not make the hub hold gigabytes)."""

from __future__ import annotations

import uuid

import pytest

from protocol import courier


def _sealed(payload: dict) -> tuple[bytes, courier.KeyPair, courier.KeyPair]:
    writer, reader = courier.KeyPair.generate(), courier.KeyPair.generate()
    header = courier.Header("export", str(uuid.uuid4()), str(uuid.uuid4()), reader.public().fingerprint())
    return courier.seal(header, payload, writer, reader.public().box), writer, reader


def test_a_content_that_inflates_beyond_the_limit_is_refused():
    data, writer, reader = _sealed({"operations": [], "cursor": 0, "pad": "a" * 4_000_000})
    assert len(data) < 100_000  # compresses to almost nothing
    with pytest.raises(courier.CourierRefused) as refused:
        courier.open_sealed(data, writer.public().sign, reader, max_plain=1_000_000)
    assert refused.value.code == "damaged"
    opened = courier.open_sealed(data, writer.public().sign, reader)
    assert len(opened["pad"]) == 4_000_000


def test_a_header_anyone_could_write_is_read_only_when_well_formed():
    data, _writer, _reader = _sealed({"operations": [], "cursor": 0})
    assert courier.read_header(data).kind == "export"
    for device_id in ["", "\x00", "é", "x" * 65]:
        header = courier.Header("export", "f", device_id, "k")
        forged = courier.seal(header, {}, courier.KeyPair.generate(), courier.KeyPair.generate().public().box)
        with pytest.raises(courier.CourierRefused):
            courier.read_header(forged)
