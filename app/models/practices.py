"""The practices library: write-ups of what worked, their published versions and the network's
feedback (useful marks, comments, adoptions, mentoring requests).

The author association of each record is the hub's word (app/models/sync.py
SyncedRecord.owner_id; no row: never synced, so ours), as for equipment. Versions and
feedback point to their practice by id without a foreign key: a practice may be another
association's, and may stop being visible while its feedback stays.

Indicators travel as JSON text: the wire only carries scalars and lists of scalars.
"""

from __future__ import annotations

import enum
import json
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, UTCDateTime
from app.models.sync_spec import SyncSpec

# What a practice says; a version is a snapshot of exactly these.
PRACTICE_CONTENT = (
    "title",
    "summary",
    "context",
    "method",
    "results",
    "indicators_json",
    "lessons",
    "themes",
    "tags",
    "contact_name",
    "contact_email",
)


class PracticeStatus(enum.StrEnum):
    DRAFT = "draft"  # private to the author association
    PUBLISHED = "published"  # visible to the whole network


class FeedbackKind(enum.StrEnum):
    USEFUL = "useful"  # once per association
    COMMENT = "comment"
    ADOPTED = "adopted"  # once per association, editable (how it went)
    MENTORING = "mentoring"  # a request for mentoring sent to the author association


class AdoptionOutcome(enum.StrEnum):
    IN_PROGRESS = "en_cours"
    SUCCESS = "reussie"
    MIXED = "mitigee"
    DROPPED = "abandonnee"


class _Content:
    """The columns a practice and its versions share."""

    title: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="")  # the problem it answered
    method: Mapped[str] = mapped_column(Text, default="")  # Markdown
    results: Mapped[str] = mapped_column(Text, default="")
    # [{"label", "value", "unit", "before", "after"}] as JSON text (see the module's docstring).
    indicators_json: Mapped[str] = mapped_column(Text, default="[]")
    lessons: Mapped[str] = mapped_column(Text, default="")
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_email: Mapped[str | None] = mapped_column(String(320))

    @property
    def indicators(self) -> list[dict[str, Any]]:
        try:
            value = json.loads(self.indicators_json or "[]")
        except ValueError:
            return []
        return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []

    def content(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in PRACTICE_CONTENT}


class Practice(_Content, RecordMixin, Base):
    """A write-up of what worked. Only the author association edits it."""

    __tablename__ = "practices"
    __sync__ = SyncSpec("practice", (*PRACTICE_CONTENT, "status", "published_at"), audience="audience")

    status: Mapped[str] = mapped_column(String(20), default=PracticeStatus.DRAFT.value)
    # The last publication (first one or a published edit): the library's date order.
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # How many associations adopted it (the library's adoptions order), kept by the database's
    # own triggers (migration 0019) from the adoptions and their owners: never written here. NULL
    # only within a pull's bulk insert (it leaves columns off the wire empty) until the trigger.
    adoptions: Mapped[int | None] = mapped_column(Integer, default=0, server_default="0")

    __table_args__ = (
        Index("ix_practices_list", "deleted_at", "status", "published_at"),
        # What the library's search sorts and filters on, read without the long text columns
        # (app/services/practices/search.py; a row of text spans several pages).
        Index("ix_practices_pick", "id", "deleted_at", "published_at", "updated_at", "status", "themes"),
        # The theme filter's choices, asked with each page of the library: a short index to scan.
        Index("ix_practices_themes", "deleted_at", "themes"),
        # Also ix_practices_by_date (deleted_at, coalesce(published_at, updated_at), id), made by
        # migration 0017 alone: the date order walked from the newest; and ix_practices_by_adoptions
        # (deleted_at, adoptions, coalesce(published_at, updated_at), id), migration 0019: the
        # adoptions order walked from the most adopted. Alembic cannot compare an index on an
        # expression, so they are not declared here.
    )

    def audience(self) -> tuple[str, list[str]]:
        return ("network" if self.status == PracticeStatus.PUBLISHED.value else "private"), []


class PracticeVersion(_Content, RecordMixin, Base):
    """What a practice said at one publication: made by each publish, published edit or restore."""

    __tablename__ = "practice_versions"
    __sync__ = SyncSpec(
        "practice_version",
        (*PRACTICE_CONTENT, "practice_id", "number", "note", "published_at"),
        audience="audience",
    )

    practice_id: Mapped[str] = mapped_column(String(36), index=True)
    # 1, 2, 3… on the author's side; two offline devices of one association may both make the
    # same number, so the history orders by (number, published_at, id).
    number: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str | None] = mapped_column(Text)  # what changed, in the author's words
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)

    def audience(self) -> tuple[str, list[str]]:
        return "network", []  # versions exist only for published practices


class PracticeFeedback(RecordMixin, Base):
    """What another association says of a practice; owned by the association that wrote it."""

    __tablename__ = "practice_feedback"
    __sync__ = SyncSpec(
        "practice_feedback", ("practice_id", "kind", "text", "outcome", "author_name"), audience="audience"
    )

    practice_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)  # the comment, or the note on an adoption
    outcome: Mapped[str | None] = mapped_column(String(20))  # how an adoption went
    author_name: Mapped[str | None] = mapped_column(String(200))  # the person who wrote it

    __table_args__ = (
        Index("ix_practice_feedback_practice", "practice_id", "kind"),
        # The counts (useful, adopted) of a practice read from the index alone.
        Index("ix_practice_feedback_counts", "practice_id", "kind", "deleted_at", "id"),
    )

    def audience(self) -> tuple[str, list[str]]:
        return "network", []
