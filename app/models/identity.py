"""Our association as it presents itself on paper: its name, kind, RNA, SIRET, address, e-mail,
phone and legal representative. Kept on this computer (not synced: the hub has its own record
of us, compared at enrolment), typed at the first start or in Préférences, and used by the loan
receipts, the labels, the agreements and the yearly statement, before any enrolment as after."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow

IDENTITY_ROW = 1  # the table holds one row: ours


class AssociationIdentity(Base):
    __tablename__ = "association_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=IDENTITY_ROW)
    name: Mapped[str | None] = mapped_column(String(300))  # None: the assistant was put off
    legal_form: Mapped[str | None] = mapped_column(String(100))
    rna: Mapped[str | None] = mapped_column(String(10))
    siret: Mapped[str | None] = mapped_column(String(14))
    address: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    representative_name: Mapped[str | None] = mapped_column(String(200))
    representative_role: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
