"""Courier files: a laptop's changes carried to the hub on a USB stick, and the hub's answer
carried back, by any laptop of the network, which can read neither.

A file is sealed: encrypted to its reader (X25519, HKDF-SHA256, ChaCha20-Poly1305) and signed by
its writer (Ed25519), over the clear header too. The header says only what the carrier and the
hub need to route it (which device, which kind, an id): no record, no name, no count.

Layout: MAGIC | header length (4 bytes) | header (JSON) | ephemeral key (32) | nonce (12) |
ciphertext | signature (64). A file larger than a limit is cut into numbered parts (`split`),
each with a small header of its own, put together again by `join` before anything is read.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import zlib
from dataclasses import dataclass
from typing import Any, Literal

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"ENTRAIDE-LIAISON\x00\x01"
PART_MAGIC = b"ENTRAIDE-PARTIE\x00\x01"
SUFFIX = ".entraide"
ANSWER_SUFFIX = "-reponse"
# Above this, a file is cut into numbered parts: small enough for any stick's file system and
# for the hub's request limit (20 MB by default), big enough that 10,000 changes make one file.
PART_LIMIT = 16 * 1024 * 1024
KEY_BYTES = 32
# The most a file's content may inflate to: an answer of 100,000 records is well below it.
MAX_PLAIN = 512 * 1024 * 1024
Kind = Literal["export", "answer"]


class CourierRefused(Exception):
    """A file that cannot be read as it should: `code` says why (see the CODES of each side)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# --- keys ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyPair:
    """A signing key and an encryption key, kept as their two 32-byte secrets."""

    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_secret(cls, secret: str) -> KeyPair:
        raw = base64.b64decode(secret)
        return cls(
            Ed25519PrivateKey.from_private_bytes(raw[:KEY_BYTES]),
            X25519PrivateKey.from_private_bytes(raw[KEY_BYTES:]),
        )

    def secret(self) -> str:
        raw = _private_bytes(self.sign) + _private_bytes(self.box)
        return base64.b64encode(raw).decode()

    def public(self) -> PublicKeys:
        return PublicKeys(_b64(self.sign.public_key()), _b64(self.box.public_key()))


@dataclass(frozen=True)
class PublicKeys:
    """The public halves, base64, as the wire and the stores carry them."""

    sign: str
    box: str

    def fingerprint(self) -> str:
        return hashlib.sha256(f"{self.sign}:{self.box}".encode()).hexdigest()[:16]


def valid_public_key(value: str) -> bool:
    try:
        return len(base64.b64decode(value, validate=True)) == KEY_BYTES
    except ValueError:
        return False


def _private_bytes(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _b64(key: Ed25519PublicKey | X25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


# --- sealing and opening ------------------------------------------------------------------------
@dataclass(frozen=True)
class Header:
    kind: Kind
    file_id: str  # a new UUID per file; an answer names the export it answers in `answers`
    device_id: str  # the device the changes come from, or the answer is meant for
    hub_keys: str  # the fingerprint of the hub's keys the file was sealed with or for
    answers: str | None = None

    def encode(self) -> bytes:
        return json.dumps(self.__dict__, sort_keys=True, separators=(",", ":")).encode()


def seal(header: Header, payload: dict[str, Any], writer: KeyPair, reader_box: str) -> bytes:
    clear = header.encode()
    ephemeral = X25519PrivateKey.generate()
    peer = X25519PublicKey.from_public_bytes(base64.b64decode(reader_box))
    key = _derive(ephemeral.exchange(peer), clear)
    nonce = os.urandom(12)
    plain = zlib.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(), 6)
    body = (
        MAGIC
        + struct.pack(">I", len(clear))
        + clear
        + _raw(ephemeral.public_key())
        + nonce
        + ChaCha20Poly1305(key).encrypt(nonce, plain, MAGIC + clear)
    )
    return body + writer.sign.sign(body)


def read_header(data: bytes) -> Header:
    """The clear header, not yet trusted: says whose key checks the signature."""
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise CourierRefused("not_courier")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > 4096 or len(data) < start + length + KEY_BYTES + 12 + 16 + 64:
        raise CourierRefused("damaged")
    try:
        fields = json.loads(data[start : start + length])
        header = Header(**fields)
    except (ValueError, TypeError) as error:
        raise CourierRefused("damaged") from error
    if not _well_formed(header):
        raise CourierRefused("damaged")
    return header


def _well_formed(header: Header) -> bool:
    """Not yet signed, so anyone may have written it: only short texts reach a query."""
    texts = [header.kind, header.file_id, header.device_id, header.hub_keys]
    texts += [header.answers] if header.answers is not None else []
    return header.kind in ("export", "answer") and all(
        isinstance(text, str) and 0 < len(text) <= 64 and text.isascii() and text.isprintable()
        for text in texts
    )


def open_sealed(data: bytes, writer_sign: str, reader: KeyPair, max_plain: int = MAX_PLAIN) -> dict[str, Any]:
    """Check the writer's signature, then decrypt; any change to any byte is refused."""
    read_header(data)
    body, signature = data[:-64], data[-64:]
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(writer_sign)).verify(signature, body)
    except (InvalidSignature, ValueError) as error:
        raise CourierRefused("signature") from error
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    clear = data[len(MAGIC) + 4 : len(MAGIC) + 4 + length]
    start = len(MAGIC) + 4 + length
    ephemeral = X25519PublicKey.from_public_bytes(body[start : start + KEY_BYTES])
    nonce = body[start + KEY_BYTES : start + KEY_BYTES + 12]
    key = _derive(reader.box.exchange(ephemeral), clear)
    try:
        plain = ChaCha20Poly1305(key).decrypt(nonce, body[start + KEY_BYTES + 12 :], MAGIC + clear)
    except InvalidTag as error:
        raise CourierRefused("not_for_us") from error
    payload = _inflated(plain, max_plain)
    if not isinstance(payload, dict):
        raise CourierRefused("damaged")
    return payload


def _inflated(plain: bytes, limit: int) -> Any:
    """The JSON content, refused when it inflates beyond `limit` (a small signed file must not
    make its reader hold gigabytes)."""
    inflater = zlib.decompressobj()
    try:
        text = inflater.decompress(plain, limit)
        if inflater.unconsumed_tail or not inflater.eof:
            raise CourierRefused("damaged")
        return json.loads(text)
    except (ValueError, zlib.error) as error:
        raise CourierRefused("damaged") from error


def _derive(shared: bytes, header: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"entraide-courier-1" + header).derive(shared)


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


# --- parts --------------------------------------------------------------------------------------
def split(data: bytes, limit: int = PART_LIMIT) -> list[bytes]:
    """One file if it fits, else numbered parts that `join` puts together in any order."""
    if len(data) <= limit:
        return [data]
    digest = hashlib.sha256(data).hexdigest()
    chunks = [data[i : i + limit] for i in range(0, len(data), limit)]
    parts = []
    for index, chunk in enumerate(chunks, start=1):
        head = json.dumps({"whole": digest, "index": index, "count": len(chunks)}).encode()
        parts.append(PART_MAGIC + struct.pack(">I", len(head)) + head + chunk)
    return parts


@dataclass(frozen=True)
class Part:
    whole: str
    index: int
    count: int
    chunk: bytes


def is_part(data: bytes) -> bool:
    return data.startswith(PART_MAGIC)


def read_part(data: bytes) -> Part:
    start = len(PART_MAGIC) + 4
    try:
        (length,) = struct.unpack(">I", data[len(PART_MAGIC) : start])
        head = json.loads(data[start : start + length])
        return Part(str(head["whole"]), int(head["index"]), int(head["count"]), data[start + length :])
    except (struct.error, ValueError, KeyError, TypeError) as error:
        raise CourierRefused("damaged") from error


def join(parts: list[bytes]) -> bytes:
    """The whole file from its parts; refused when one is missing or does not belong."""
    # A part copied twice (a file manager's "Copie de …") is the same part: read once.
    by_index = {part.index: part for part in map(read_part, reversed(parts))}
    read = [by_index[index] for index in sorted(by_index)]
    if not read or {p.whole for p in read} != {read[0].whole}:
        raise CourierRefused("parts_mixed")
    if [p.index for p in read] != list(range(1, read[0].count + 1)):
        raise CourierRefused("parts_missing")
    data = b"".join(p.chunk for p in read)
    if hashlib.sha256(data).hexdigest() != read[0].whole:
        raise CourierRefused("damaged")
    return data
