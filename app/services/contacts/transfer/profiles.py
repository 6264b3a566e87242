"""Saved column mappings ("profiles"): the mapping of one export layout, reused by name from the
window and the command line. Kept by folded header, so next month's export of the same tool
fits whatever the order of its columns."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.models import ImportProfile
from app.services.contacts.transfer.headers import header_key
from app.services.contacts.transfer.mapping import FIELD_LABELS, IGNORE

_IGNORE_WORDS = frozenset({"ignorer", "ignore", "aucun", "rien", "none", "skip", "-"})
_ALIASES = {
    "fonction": "role",
    "role": "role",
    "adhesion": "role_start",
    "dateadhesion": "role_start",
    "datedadhesion": "role_start",
    "structure": "name",
    "association": "name",
    "nomcomplet": "full_name",
    "mail": "email",
    "courriel": "email",
    "tel": "phone",
    "portable": "phone",
    "type": "kind",
}


def field_from_text(text: str) -> str | None:
    """The field a person names: its key ("first_name") or its label ("Prénom", "téléphone");
    IGNORE for "ignorer"; None when unknown."""
    key = header_key(text)
    if text.strip().lower() in _IGNORE_WORDS or key in _IGNORE_WORDS:
        return IGNORE
    for field, label in FIELD_LABELS.items():
        if key in (header_key(field), header_key(label)):
            return field
    short = {header_key(label.split(" (")[0]): field for field, label in FIELD_LABELS.items()}
    return short.get(key) or _ALIASES.get(key)


def parse_map_option(text: str) -> tuple[str, str]:
    """ "Tél. portable=téléphone" -> (folded header, field); InvalidInput when unreadable."""
    column, equals, target = text.rpartition("=")
    if not equals or not column.strip():
        raise InvalidInput({"map": "bad_form"}, {"value": text})
    field = field_from_text(target)
    if field is None:
        raise InvalidInput({"map": "unknown_field"}, {"value": target.strip()})
    return header_key(column), field


def list_profiles(session: Session) -> list[str]:
    return list(session.scalars(select(ImportProfile.name).order_by(ImportProfile.name)))


def load_profile(session: Session, name: str) -> dict[str, str]:
    profile = session.get(ImportProfile, name.strip())
    if profile is None:
        raise NotFound(name)
    return dict(profile.columns)


def save_profile(session: Session, name: str, columns: dict[str, str]) -> None:
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise InvalidInput({"name": "profile_name"})
    unknown = [f for f in columns.values() if f and f not in FIELD_LABELS]
    if unknown:
        raise InvalidInput({"map": "unknown_field"}, {"value": unknown[0]})
    profile = session.get(ImportProfile, name)
    if profile is None:
        session.add(ImportProfile(name=name, columns=dict(columns)))
    else:
        profile.columns = dict(columns)


def delete_profile(session: Session, name: str) -> None:
    profile = session.get(ImportProfile, name)
    if profile is not None:
        session.delete(profile)
