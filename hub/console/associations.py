"""The associations as the console lists, shows and edits them: identity, devices, last sync and
record counts by type. Counts only: no field of any record is ever read here."""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub.console.i18n import N_, Np_
from hub.db import utcnow
from hub.models import Association, Device, Record

# Every record type, with its French name in the singular and the plural.
RECORD_TYPES = {
    "contact": Np_("{count} contact", "{count} contacts"),
    "role": Np_("{count} rôle", "{count} rôles"),
    "consent": Np_("{count} consentement", "{count} consentements"),
    "equipment": Np_("{count} matériel", "{count} matériels"),
    "reservation": Np_("{count} réservation", "{count} réservations"),
    "loan": Np_("{count} prêt", "{count} prêts"),
    "practice": Np_("{count} pratique", "{count} pratiques"),
    "practice_version": Np_("{count} version de pratique", "{count} versions de pratiques"),
    "practice_feedback": Np_("{count} avis sur une pratique", "{count} avis sur des pratiques"),
    "agreement": Np_("{count} convention", "{count} conventions"),
    "clause_template": Np_("{count} modèle de clause", "{count} modèles de clauses"),
}
KIND_SUGGESTIONS = (
    N_("Association de quartier"),
    N_("Association culturelle"),
    N_("Association sportive"),
    N_("Association de solidarité"),
    N_("Centre social"),
    N_("Fédération"),
    N_("Collectivité"),
)
FIELDS = ("name", "kind", "rna", "siret", "address", "contact_name", "contact_email", "contact_phone")
LIMITS = {
    "name": 300,
    "kind": 100,
    "address": 500,
    "contact_name": 200,
    "contact_email": 254,
    "contact_phone": 40,
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def folded(text: str) -> str:
    """Lower case without accents: "école" finds "École"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass
class AssociationRow:
    association: Association
    devices: int = 0  # not revoked
    last_sync: datetime | None = None
    records: int = 0


def list_associations(session: Session, search: str = "") -> list[AssociationRow]:
    rows = {a.id: AssociationRow(a) for a in session.scalars(select(Association).order_by(Association.name))}
    for association_id, live, last in session.execute(
        select(
            Device.association_id,
            func.count(Device.id).filter(Device.revoked_at.is_(None)),
            func.max(Device.last_seen_at),
        ).group_by(Device.association_id)
    ):
        if association_id in rows:
            rows[association_id].devices, rows[association_id].last_sync = live, last
    for owner, count in session.execute(
        select(Record.owner_id, func.count()).where(Record.deleted.is_(False)).group_by(Record.owner_id)
    ):
        if owner in rows:
            rows[owner].records = count
    words = folded(search).split()
    ordered = sorted(rows.values(), key=lambda row: folded(row.association.name))
    if not words:
        return ordered

    def matches(row: AssociationRow) -> bool:
        a = row.association
        haystack = folded(" ".join(filter(None, (getattr(a, name) for name in FIELDS))))
        return all(word in haystack for word in words)

    return [row for row in ordered if matches(row)]


def record_counts(session: Session, association_id: str) -> list[tuple[str, int]]:
    """(record type, how many) for what this association owns, in the order of RECORD_TYPES."""
    counted = dict(
        session.execute(
            select(Record.entity_type, func.count())
            .where(Record.owner_id == association_id, Record.deleted.is_(False))
            .group_by(Record.entity_type)
        ).all()
    )
    order = list(RECORD_TYPES)
    return sorted(counted.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))


# --- creating and editing ---------------------------------------------------------------------


@dataclass
class AssociationForm:
    values: dict[str, str]
    # field → (French sentence to translate, its parameters)
    errors: dict[str, tuple[str, dict[str, object]]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _siret_valid(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def check_form(session: Session, raw: dict[str, str], current: Association | None = None) -> AssociationForm:
    values = {name: " ".join(raw.get(name, "").split()) for name in FIELDS}
    values["address"] = raw.get("address", "").strip()  # an address keeps its lines
    values["rna"] = values["rna"].replace(" ", "").upper()
    values["siret"] = values["siret"].replace(" ", "")
    form = AssociationForm(values)
    for name, limit in LIMITS.items():
        if len(values[name]) > limit:
            form.errors[name] = (N_("Trop long : {limit} caractères au plus."), {"limit": limit})
    if not values["name"]:
        form.errors["name"] = (N_("Le nom de l'association est obligatoire."), {})
    else:
        wanted = values["name"].casefold()  # in Python: SQLite's lower() ignores accented capitals
        same = [
            i
            for i, name in session.execute(select(Association.id, Association.name))
            if name.casefold() == wanted
        ]
        if same and (current is None or same[0] != current.id):
            form.errors["name"] = (N_("Une association de ce nom existe déjà sur ce hub."), {})
    if values["rna"] and not re.fullmatch(r"W\d{9}", values["rna"]):
        form.errors["rna"] = (N_("Le numéro RNA s'écrit W suivi de 9 chiffres (W123456789)."), {})
    if values["siret"] and not re.fullmatch(r"\d{14}", values["siret"]):
        form.errors["siret"] = (N_("Le SIRET s'écrit avec 14 chiffres."), {})
    elif values["siret"] and not _siret_valid(values["siret"]):  # a digit mistyped or two swapped
        form.errors["siret"] = (N_("Ce numéro SIRET contient une erreur : vérifiez ses 14 chiffres."), {})
    if values["contact_email"] and not _EMAIL.match(values["contact_email"]):
        form.errors["contact_email"] = (N_("Cette adresse e-mail semble incomplète."), {})
    return form


def save(
    session: Session, form: AssociationForm, current: Association | None = None
) -> tuple[Association, list[str]]:
    """Create or update from a checked form; returns the association and the fields changed."""
    association = current or Association(id=str(uuid.uuid4()), created_at=utcnow())
    changed = []
    for name in FIELDS:
        value = form.values[name] or None
        if name == "name":
            value = form.values[name]
        if getattr(association, name, None) != value:
            changed.append(name)
            setattr(association, name, value)
    if current is None:
        session.add(association)
    session.flush()
    return association, changed
