"""Between wire fields and a record class's rows: the shape of each class worked out once (which
column each field fills, how its text becomes a value), and values back to the wire."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, Table, inspect
from sqlalchemy.orm import Mapper

from app.db import table_of
from app.models.base import UTCDateTime
from app.models.outbox import own_fields


def to_wire(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _converter(column_type: Any) -> Callable[[Any], Any] | None:
    """How a wire value becomes a column value (ISO text to dates), or None: as it is."""
    if isinstance(column_type, UTCDateTime):
        return datetime.fromisoformat
    if isinstance(column_type, Date):
        return date.fromisoformat
    return None


@dataclass(frozen=True)
class RowShape:
    """What a record class needs to turn wire fields into a row, worked out once per class."""

    table: Table
    fields: tuple[tuple[str, Callable[[Any], Any] | None, int], ...]  # name, from wire, position
    template: tuple[Any, ...]  # a row with the discriminator of a polymorphic class set
    stamps: tuple[int, int, int]  # positions of id, created_at, updated_at
    places: dict[str, tuple[Callable[[Any], Any] | None, int]]  # `fields` by name

    def values(self, fields: dict[str, Any]) -> Iterator[tuple[str, Any]]:
        for name, convert, _position in self.fields:
            if name in fields:
                value = fields[name]
                yield name, convert(value) if convert is not None and value is not None else value

    def row(self, record_id: str, fields: dict[str, Any], now: datetime) -> list[Any]:
        """A new row in the order of the table's columns (see app.db.bulk_insert_values)."""
        values, places = list(self.template), self.places
        for name, value in fields.items():  # the fields sent, fewer than the columns
            place = places.get(name)
            if place is not None:  # else a field of a newer version: left out
                convert, position = place
                values[position] = convert(value) if convert is not None and value is not None else value
        id_at, created_at, updated_at = self.stamps
        values[id_at], values[created_at], values[updated_at] = record_id, now, now
        return values


@functools.cache
def row_shape(cls: type) -> RowShape:
    mapper: Mapper[object] = inspect(cls)  # Any from SQLAlchemy for a plain class
    table = table_of(cls)
    position = {name: i for i, name in enumerate(table.columns.keys())}
    fields = tuple(
        (name, _converter(mapper.columns[name].type), position[mapper.columns[name].key])
        for name in own_fields(cls)
    )
    template: list[Any] = [None] * len(position)
    if mapper.polymorphic_identity is not None and mapper.polymorphic_on is not None:
        template[position[mapper.polymorphic_on.key]] = mapper.polymorphic_identity
    stamps = (position["id"], position["created_at"], position["updated_at"])
    places = {name: (convert, at) for name, convert, at in fields}
    return RowShape(table, fields, tuple(template), stamps, places)


def shape_of(record: object) -> RowShape:
    cls: type = type(record)  # mypy takes type[X] for unhashable
    return row_shape(cls)


def wire_fields(obj: Any, names: list[str]) -> dict[str, Any]:
    return {name: to_wire(getattr(obj, name)) for name in names}


def concrete(model: type, fields: dict[str, Any]) -> type:
    """For polymorphic models (contacts), the subclass named by the discriminator."""
    key, classes = _polymorphism(model)
    return classes.get(fields.get(key), model) if key is not None else model


@functools.cache
def _polymorphism(model: type) -> tuple[str | None, dict[object, type]]:
    mapper: Mapper[object] = inspect(model)  # Any from SQLAlchemy for a plain class
    if mapper.polymorphic_on is None:
        return None, {}
    return mapper.polymorphic_on.key, {identity: m.class_ for identity, m in mapper.polymorphic_map.items()}
