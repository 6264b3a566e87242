"""Equipment: the form's values and their check, the catalogue, and who owns what.

Money is kept in cents (integers): no rounding surprises in deposits and statements.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, Text, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Condition, Equipment, SyncedRecord, utcnow
from app.services import record_ids
from app.services import validation as v
from app.services.equipment.availability import conflicting, unavailable_ids
from app.services.money import parse_money, plain_money
from app.services.network import association_names, is_ours, my_association_id, owner_column
from app.text import fold

CONDITION_LABELS = {
    Condition.NEW: QT_TRANSLATE_NOOP("entraide", "Neuf"),
    Condition.VERY_GOOD: QT_TRANSLATE_NOOP("entraide", "Très bon état"),
    Condition.GOOD: QT_TRANSLATE_NOOP("entraide", "Bon état"),
    Condition.WORN: QT_TRANSLATE_NOOP("entraide", "Usé"),
    Condition.DAMAGED: QT_TRANSLATE_NOOP("entraide", "Abîmé"),
}
_JSON = json.JSONDecoder()  # raw_decode: the accessories of 5,000 items in 2 ms rather than 5
_ROW_CACHE, ROW_CACHE_LIMIT = "entraide.catalogue_rows", 50_000
MAX_PHOTO_CHARS = 90_000  # base64 of a small JPEG; the hub takes texts up to 100,000


@dataclass
class EquipmentFields:
    """Text as typed in the form; `accessories` one per line."""

    name: str = ""
    category: str = ""
    description: str = ""
    storage_place: str = ""
    purchase_value: str = ""
    deposit: str = ""
    condition: str = Condition.GOOD.value
    accessories: str = ""
    photo: str = ""
    notes: str = ""
    shared: bool = True
    out_of_service: bool = False
    maintenance_from: date | None = None
    maintenance_to: date | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def check_equipment(data: EquipmentFields) -> v.Checked:
    out = v.Checked()
    values = out.values
    values["name"] = v.clean(data.name)
    if not values["name"]:
        out.errors["name"] = QT_TRANSLATE_NOOP("entraide", "Donnez un nom au matériel.")
    v.check_length(out, "name", values["name"], 200)
    for name, limit in (("category", 100), ("storage_place", 300)):
        values[name] = v.clean(getattr(data, name)) or None
        v.check_length(out, name, values[name] or "", limit)
    for name in ("description", "notes"):
        values[name] = v.clean(getattr(data, name)) or None
    for name, target in (("purchase_value", "purchase_value_cents"), ("deposit", "deposit_cents")):
        values[target], error = parse_money(getattr(data, name))
        if error:
            out.errors[name] = error
    if data.condition not in {c.value for c in Condition}:
        out.errors["condition"] = QT_TRANSLATE_NOOP("entraide", "État inconnu.")
    values["condition"] = data.condition
    values["accessories"] = [line.strip() for line in data.accessories.splitlines() if line.strip()]
    values["photo"] = data.photo or None
    if len(data.photo) > MAX_PHOTO_CHARS:
        out.errors["photo"] = QT_TRANSLATE_NOOP(
            "entraide", "Photo trop lourde : choisissez une image plus petite."
        )
    values["shared"], values["out_of_service"] = bool(data.shared), bool(data.out_of_service)
    values["maintenance_from"], values["maintenance_to"] = data.maintenance_from, data.maintenance_to
    if (data.maintenance_from is None) != (data.maintenance_to is None):
        out.errors["maintenance_to"] = QT_TRANSLATE_NOOP(
            "entraide", "Une période de maintenance a une date de début et une date de fin."
        )
    elif data.maintenance_from and data.maintenance_to and data.maintenance_to < data.maintenance_from:
        out.errors["maintenance_to"] = QT_TRANSLATE_NOOP(
            "entraide", "La fin de la maintenance précède son début."
        )
    return out


_NOT_OURS = QT_TRANSLATE_NOOP(
    "entraide", "Ce matériel appartient à une autre association : seule elle peut le modifier."
)


def load(session: Session, equipment_id: str) -> Equipment:
    item = session.get(Equipment, equipment_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(equipment_id)
    return item


def create_equipment(session: Session, data: EquipmentFields) -> str:
    checked = check_equipment(data)
    checked.raise_if_invalid()
    item = Equipment(**checked.values)
    session.add(item)
    session.flush()
    return item.id


def update_equipment(session: Session, equipment_id: str, data: EquipmentFields) -> None:
    item = load(session, equipment_id)
    if not is_ours(session, equipment_id):
        raise v.InvalidInput({"name": _NOT_OURS})
    checked = check_equipment(data)
    checked.raise_if_invalid()
    for name, value in checked.values.items():
        if getattr(item, name) != value:
            setattr(item, name, value)


def delete_equipment(session: Session, equipment_id: str, today: date | None = None) -> None:
    """To the trash (undone by app/services/trash_listing.py restore). Equipment that is out, or
    held from today on, stays: its borrowers count on it; the refusal says what holds it."""
    item = load(session, equipment_id)
    if not is_ours(session, equipment_id):
        raise v.InvalidInput({"name": _NOT_OURS})
    today = today or date.today()
    held = conflicting(session, equipment_id, today, date(2999, 12, 31), 0, today=today)
    if held:
        raise v.InvalidInput({"equipment_id": held[0].reason(today)})
    item.deleted_at = utcnow()


def fields_of(item: Equipment) -> EquipmentFields:
    return EquipmentFields(
        name=item.name,
        category=item.category or "",
        description=item.description or "",
        storage_place=item.storage_place or "",
        purchase_value=plain_money(item.purchase_value_cents),
        deposit=plain_money(item.deposit_cents),
        condition=item.condition,
        accessories="\n".join(item.accessories or []),
        photo=item.photo or "",
        notes=item.notes or "",
        shared=item.shared,
        out_of_service=item.out_of_service,
        maintenance_from=item.maintenance_from,
        maintenance_to=item.maintenance_to,
    )


# --- the catalogue --------------------------------------------------------------------------
@dataclass
class CatalogueFilter:
    text: str = ""
    category: str | None = None
    owner_id: str | None = None  # an association id
    available_from: date | None = None
    available_to: date | None = None
    only_ours: bool = False


@dataclass(slots=True, frozen=True)  # shared between listings: see _row_cache
class CatalogueRow:
    id: str
    name: str
    category: str | None
    owner_id: str | None
    owner_name: str
    ours: bool
    condition: str
    shared: bool
    out_of_service: bool
    deposit_cents: int | None
    accessories: tuple[str, ...] = ()


def catalogue_query(me: str | None, with_description: bool = True) -> Select[*tuple[Any, ...]]:
    """The columns a catalogue row shows, not whole items: no photo, no ORM object per row (a
    network's 5,000 items are listed in about 25 ms). The accessories come as their JSON text,
    decoded by `catalogue` only when there are some."""
    return (
        select(
            Equipment.id,
            Equipment.name,
            Equipment.category,
            Equipment.description if with_description else literal(None),
            Equipment.condition,
            Equipment.shared,
            Equipment.out_of_service,
            Equipment.deposit_cents,
            type_coerce(Equipment.accessories, Text),
            owner_column(me).label("owner_id"),
        )
        .outerjoin(SyncedRecord, SyncedRecord.record_id == Equipment.id)
        .where(Equipment.deleted_at.is_(None))
    )


def catalogue(
    session: Session, wanted: CatalogueFilter | None = None, today: date | None = None
) -> list[CatalogueRow]:
    """The network's shared equipment and our own, filtered, by name. A search that holds an id,
    or its piece printed on a label ("n° 3f3ec9de", or the label's whole QR text), finds that
    item by its id."""
    wanted = wanted or CatalogueFilter()
    piece = record_ids.piece_in(wanted.text)
    if piece:
        found = _listed(session, wanted, piece, "", today)
        if found:
            return found  # else a word that only looked like a number: searched as words
    return _listed(session, wanted, None, fold(wanted.text.strip()), today)


def _listed(
    session: Session, wanted: CatalogueFilter, piece: str | None, needle: str, today: date | None
) -> list[CatalogueRow]:
    me = my_association_id(session)
    query = catalogue_query(me, with_description=bool(needle))
    if wanted.category:
        query = query.where(Equipment.category == wanted.category)
    if wanted.owner_id:
        query = query.where(owner_column(me) == wanted.owner_id)
    if wanted.only_ours:
        query = query.where(or_(SyncedRecord.owner_id.is_(None), SyncedRecord.owner_id == me))
    busy: set[str] = set()
    if wanted.available_from and wanted.available_to:
        busy = unavailable_ids(session, wanted.available_from, wanted.available_to, today)
    names = association_names(session)
    cache = _row_cache(session)
    rows = []
    # Core execution: rows are read one by one, with no ORM loading step in between.
    for (
        item_id,
        name,
        category,
        description,
        condition,
        shared,
        out_of_service,
        deposit,
        accessories,
        owner,
    ) in session.connection().execute(query.order_by(Equipment.name)):
        if item_id in busy:
            continue
        if piece and not record_ids.matches(item_id, piece):
            continue
        if needle and needle not in fold(f"{name} {category or ''} {description or ''}"):
            continue
        ours = owner is None or owner == me
        owner_name = names.get(owner or "", "Notre association" if ours else "?")
        values = (
            item_id,
            name,
            category,
            owner,
            owner_name,
            ours,
            condition,
            shared,
            out_of_service,
            deposit,
            accessories,
        )
        known = cache.get(item_id)
        if known is None or known[0] != values:
            decoded = tuple(_JSON.raw_decode(accessories)[0]) if accessories and accessories != "[]" else ()
            known = cache[item_id] = (values, CatalogueRow(*values[:-1], decoded))
        rows.append(known[1])
    return rows


def _row_cache(session: Session) -> dict[str, tuple[tuple[object, ...], CatalogueRow]]:
    """The rows listed before on this database connection, by item id, with the values they were
    made from. An unchanged item gives back the same (frozen) row: the catalogue is listed again
    at each change of a filter, and 5,000 new objects each time make Python run full garbage
    collections (60 ms in a large process, the window frozen meanwhile: they hold the GIL)."""
    cache: dict[str, tuple[tuple[object, ...], CatalogueRow]] = session.connection().info.setdefault(
        _ROW_CACHE, {}
    )
    if len(cache) > ROW_CACHE_LIMIT:
        cache.clear()
    return cache


def categories(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Equipment.category)
            .where(Equipment.deleted_at.is_(None), Equipment.category.is_not(None))
            .distinct()
            .order_by(Equipment.category)
        )
    )
