"""RGPD: a person's right of access (export) and erasure that keeps what others rely on."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Consent, Person, utcnow
from app.services.contacts.records import consents_of, load, roles_of
from app.services.validation import format_phone

ANONYMOUS_NAME = "Personne anonymisée"


def _person(session: Session, person_id: str) -> Person:
    person = load(session, person_id, include_trash=True)
    if not isinstance(person, Person):
        raise InvalidInput(
            {
                "person": QT_TRANSLATE_NOOP(
                    "entraide", "Cette action concerne une personne, pas une organisation."
                )
            }
        )
    return person


def person_data(session: Session, person_id: str) -> dict[str, Any]:
    """All that Entraide holds about one person, in plain values."""
    person = _person(session, person_id)
    return {
        "personne": {
            "identifiant": person.id,
            "prénom": person.first_name,
            "nom": person.last_name,
            "e-mail": person.email,
            "téléphone": format_phone(person.phone),
            "adresse": person.address,
            "étiquettes": person.tags,
            "notes": person.notes,
            "créée le": person.created_at,
            "modifiée le": person.updated_at,
        },
        "rôles": [
            {"organisation": r.organisation_name, "rôle": r.label, "début": r.start_date, "fin": r.end_date}
            for r in roles_of(session, person_id=person.id)
        ],
        "consentements": [
            {"finalité": c.purpose, "donné le": c.given_on, "source": c.source, "retiré le": c.withdrawn_on}
            for c in consents_of(session, person.id)
        ],
    }


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def export_person_json(session: Session, person_id: str) -> str:
    return json.dumps(person_data(session, person_id), ensure_ascii=False, indent=2, default=_plain)


def export_person_csv(session: Session, person_id: str) -> str:
    """One line per value (section; n°; champ; valeur), UTF-8 with BOM for French Excel."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["rubrique", "n°", "champ", "valeur"])
    data = person_data(session, person_id)
    for field, value in data["personne"].items():
        writer.writerow(["personne", 1, field, _plain(value) or ""])
    for section in ("rôles", "consentements"):
        for number, item in enumerate(data[section], start=1):
            for field, value in item.items():
                writer.writerow([section, number, field, _plain(value) or ""])
    return "\ufeff" + out.getvalue()


def anonymise_person(session: Session, person_id: str) -> None:
    """Erase the personal data but keep the row, so roles held in organisations remain."""
    person = _person(session, person_id)
    person.first_name = None
    person.last_name = None
    person.display_name = ANONYMOUS_NAME
    person.sort_key = "~ anonymise " + person.id  # sorts after every named contact
    person.email = person.phone = person.address = person.tags = person.notes = None
    person.anonymised_at = utcnow()
    for consent in session.scalars(select(Consent).where(Consent.person_id == person.id)):
        consent.source = None
        consent.deleted_at = consent.deleted_at or utcnow()
