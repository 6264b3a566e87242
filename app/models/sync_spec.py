"""How a model joins the sync: it declares `__sync__ = SyncSpec(...)`, nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.models.base import RecordMixin


@dataclass(frozen=True)
class SyncSpec:
    entity_type: str  # the name on the wire (protocol/messages.py ENTITY_VISIBILITIES)
    fields: tuple[str, ...]  # the columns that travel; ids, timestamps and the trash do not
    parents: dict[str, str] = field(default_factory=dict)  # field -> entity it points to
    # The name of a method of the record returning (visibility, parties) to send with each
    # change; None: the type's default visibility (protocol/messages.py ENTITY_VISIBILITIES).
    audience: str | None = None


def spec_of(obj_or_class: object) -> SyncSpec | None:
    cls = obj_or_class if isinstance(obj_or_class, type) else type(obj_or_class)
    return getattr(cls, "__sync__", None)


def synced_spec(obj_or_class: object) -> SyncSpec:
    """The declaration of a record, or a record type, known to be synced."""
    spec = spec_of(obj_or_class)
    if spec is None:
        raise TypeError(f"{obj_or_class!r} does not take part in the sync")
    return spec


def synced_models() -> dict[str, type[RecordMixin]]:
    """entity type -> the model class that stores it (the base class for polymorphic ones)."""
    from app.models.base import Base

    found: dict[str, type[RecordMixin]] = {}
    for mapper in Base.registry.mappers:
        spec = spec_of(mapper.class_)
        if spec is not None and (
            spec.entity_type not in found or issubclass(found[spec.entity_type], mapper.class_)
        ):
            found[spec.entity_type] = mapper.class_
    return found
