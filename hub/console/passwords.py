"""Coordinators' passwords: argon2id through argon2-cffi, never stored nor logged in clear."""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from hub.console.i18n import N_

MIN_LENGTH = 12
MAX_LENGTH = 256  # beyond, hashing would only cost time: nobody types that
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
# Each check takes 64 MiB for a moment: a burst of logins must not take the server's memory.
AT_ONCE = 2
WAIT_SECONDS = 15
_slots = threading.BoundedSemaphore(AT_ONCE)


class Busy(Exception):
    """Too many password checks waiting in this process: try again in a moment."""


@contextlib.contextmanager
def _slot() -> Iterator[None]:
    if not _slots.acquire(timeout=WAIT_SECONDS):
        raise Busy
    try:
        yield
    finally:
        _slots.release()


def password_problem(password: str) -> str | None:
    """Why this password is refused (a French sentence to translate), or None."""
    if len(password) < MIN_LENGTH:
        return N_("Le mot de passe doit avoir au moins 12 caractères.")
    if len(password) > MAX_LENGTH:
        return N_("Le mot de passe doit avoir au plus 256 caractères.")
    if password.strip() != password:
        return N_("Le mot de passe ne commence ni ne finit par une espace.")
    return None


def hash_password(password: str) -> str:
    with _slot():
        return _hasher.hash(password)


def verify(stored_hash: str, password: str) -> bool:
    with _slot():
        try:
            return _hasher.verify(stored_hash, password[:MAX_LENGTH])
        except (VerificationError, InvalidHashError):
            return False


def check(stored_hash: str | None, password: str) -> bool:
    """The login's check; without an account it costs the same time (see spend_the_same_time).
    Raises Busy when too many checks wait already."""
    if stored_hash is None:
        spend_the_same_time(password)
        return False
    return verify(stored_hash, password)


def needs_rehash(stored_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(stored_hash)
    except InvalidHashError:
        return True


@functools.cache
def _decoy() -> str:
    return hash_password("pas un vrai mot de passe")


def spend_the_same_time(password: str) -> None:
    """An unknown address costs the same time as a wrong password: the answer's delay does not
    tell which addresses have an account."""
    verify(_decoy(), password)
