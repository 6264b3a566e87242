"""Needs and offers ("besoins", "propositions") of the network's associations, the responses
that put two associations in touch, the author's decision on each, and how it went.

Who owns what is the hub's word, as for equipment (app/models/sync.py SyncedRecord.owner_id; no
row: never synced, so ours). Each side only ever edits its own records: a need or an offer is
its author's; a response is the responding association's, seen by the author of what it
answers; the decision is that author's, seen by the responder; how it went ("ça s'est bien
passé ?") is each side's own note, private to it.

The limits below are the records' constraints, written out so that the values a hub accepts
can be derived from them (lengths, choices, ranges); the services check them on every write.
Matches found after a sync (NeedMatch, NeedWatch) are this laptop's own bookkeeping, never synced.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RecordMixin, UTCDateTime, utcnow
from app.models.sync_spec import SyncSpec

# --- the constraints of the values --------------------------------------------------------------
TITLE_MAX = 200
DESCRIPTION_MAX = 5000
RECURRENCE_MAX = 200
PLACE_NAME_MAX = 200
INSEE_CODE_LENGTH = 5  # "69387"; Corsica's start with 2A / 2B
POSTAL_CODE_LENGTH = 5
QUANTITY_MIN, QUANTITY_MAX = 1, 100_000
CONTACT_NAME_MAX = 200
PHONE_MAX = 32  # E.164
EMAIL_MAX = 320
AUDIENCE_MAX = 50  # named associations (protocol/messages.py MAX_PARTIES)
MESSAGE_MAX = 2000
NOTE_MAX = 2000
LABEL_MAX = 200
ID_LENGTH = 36


class NeedDirection(enum.StrEnum):
    NEED = "need"  # "besoin": we are looking for it
    OFFER = "offer"  # "proposition": we can give it


class NeedKind(enum.StrEnum):
    EQUIPMENT = "equipment"  # matériel
    VOLUNTEERS = "volunteers"  # bénévoles et compétences
    KNOW_HOW = "know_how"  # savoir-faire et mentorat
    ROOM = "room"  # local ou salle
    TRANSPORT = "transport"
    OTHER = "other"


class NeedTiming(enum.StrEnum):
    ONE_OFF = "one_off"  # from start_date to end_date (one day: the same date twice)
    RECURRING = "recurring"  # `recurrence` in words ("le week-end"), within optional dates
    OPEN = "open"  # no date: whenever


class NeedStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"  # a response was accepted
    MET = "met"  # "pourvu"
    EXPIRED = "expired"  # never stored: an open need past its expiry shows so
    WITHDRAWN = "withdrawn"


class NeedVisibility(enum.StrEnum):
    NETWORK = "network"  # every member association
    ASSOCIATIONS = "associations"  # only the associations named in `audience_ids`


class TargetType(enum.StrEnum):
    """What a response answers: another association's need or offer, or its practice."""

    NEED = "need"
    PRACTICE = "practice"


class ResourceType(enum.StrEnum):
    """What the responding association puts forward."""

    NEED = "need"  # its own need or offer
    EQUIPMENT = "equipment"  # an item of its catalogue: accepted, it becomes a reservation
    PRACTICE = "practice"  # a practice it wrote (know-how)
    MEMBER = "member"  # one of its people (named in the contact person; no id leaves the laptop)


class ResponseStatus(enum.StrEnum):
    PROPOSED = "proposed"
    WITHDRAWN = "withdrawn"


class Decision(enum.StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"


class Outcome(enum.StrEnum):
    GOOD = "good"
    MIXED = "mixed"
    BAD = "bad"


def _choices(kind: type[enum.StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in kind)


# The allowed values of each field with a fixed set of them.
CHOICES: dict[str, tuple[str, ...]] = {
    "direction": _choices(NeedDirection),
    "kind": _choices(NeedKind),
    "timing": _choices(NeedTiming),
    "status": tuple(s for s in _choices(NeedStatus) if s != NeedStatus.EXPIRED),
    "visibility": _choices(NeedVisibility),
    "target_type": _choices(TargetType),
    "resource_type": _choices(ResourceType),
    "response_status": _choices(ResponseStatus),
    "decision": _choices(Decision),
    "outcome": _choices(Outcome),
}


class Need(RecordMixin, Base):
    """A need or an offer (`direction`). Only the author association edits it."""

    __tablename__ = "needs"
    __sync__ = SyncSpec(
        "need",
        (
            "direction",
            "kind",
            "title",
            "description",
            "timing",
            "start_date",
            "end_date",
            "recurrence",
            "remote",
            "commune_code",
            "place_name",
            "postal_code",
            "quantity",
            "contact_name",
            "contact_phone",
            "contact_email",
            "expires_on",
            "status",
            "visibility",
            "audience_ids",
        ),
        audience="audience",
    )

    direction: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(TITLE_MAX))
    description: Mapped[str] = mapped_column(Text, default="")
    timing: Mapped[str] = mapped_column(String(20), default=NeedTiming.OPEN.value)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    recurrence: Mapped[str | None] = mapped_column(String(RECURRENCE_MAX))
    remote: Mapped[bool] = mapped_column(Boolean, default=False)  # "à distance": no place
    commune_code: Mapped[str | None] = mapped_column(String(INSEE_CODE_LENGTH))
    place_name: Mapped[str | None] = mapped_column(String(PLACE_NAME_MAX))
    postal_code: Mapped[str | None] = mapped_column(String(POSTAL_CODE_LENGTH))
    quantity: Mapped[int | None] = mapped_column(Integer)
    contact_name: Mapped[str | None] = mapped_column(String(CONTACT_NAME_MAX))
    contact_phone: Mapped[str | None] = mapped_column(String(PHONE_MAX))
    contact_email: Mapped[str | None] = mapped_column(String(EMAIL_MAX))
    expires_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=NeedStatus.OPEN.value)
    visibility: Mapped[str] = mapped_column(String(20), default=NeedVisibility.NETWORK.value)
    audience_ids: Mapped[list[str]] = mapped_column(JSON, default=list)  # network ids of associations

    __table_args__ = (Index("ix_needs_list", "deleted_at", "status", "direction"),)

    def audience(self) -> tuple[str, list[str]]:
        if self.visibility == NeedVisibility.ASSOCIATIONS.value:
            return "parties", sorted(set(self.audience_ids or []))
        return "network", []


class NeedResponse(RecordMixin, Base):
    """ "Proposer": an association answers another's need, offer or practice."""

    __tablename__ = "need_responses"
    __sync__ = SyncSpec(
        "need_response",
        (
            "target_type",
            "target_id",
            "target_owner_id",
            "resource_type",
            "resource_id",
            "resource_label",
            "message",
            "contact_name",
            "contact_phone",
            "contact_email",
            "start_date",
            "end_date",
            "quantity",
            "status",
        ),
        audience="audience",
    )

    target_type: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)  # may be another's: no FK
    target_owner_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))  # who decides
    resource_type: Mapped[str | None] = mapped_column(String(20))
    resource_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    resource_label: Mapped[str | None] = mapped_column(String(LABEL_MAX))  # "Barnum 3 × 3 m"
    message: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str | None] = mapped_column(String(CONTACT_NAME_MAX))
    contact_phone: Mapped[str | None] = mapped_column(String(PHONE_MAX))
    contact_email: Mapped[str | None] = mapped_column(String(EMAIL_MAX))
    start_date: Mapped[date | None] = mapped_column(Date)  # the dates proposed
    end_date: Mapped[date | None] = mapped_column(Date)
    quantity: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default=ResponseStatus.PROPOSED.value)

    def audience(self) -> tuple[str, list[str]]:
        return "parties", [self.target_owner_id] if self.target_owner_id else []


class NeedDecision(RecordMixin, Base):
    """The answer of the author of what a response answered: accepted or declined."""

    __tablename__ = "need_decisions"
    __sync__ = SyncSpec(
        "need_decision",
        ("response_id", "responder_id", "decision", "note", "reservation_id"),
        audience="audience",
    )

    response_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    responder_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))
    decision: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    # An accepted loan of equipment: the reservation we made through the loan flow.
    reservation_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))

    def audience(self) -> tuple[str, list[str]]:
        return "parties", [self.responder_id] if self.responder_id else []


class NeedOutcome(RecordMixin, Base):
    """ "Ça s'est bien passé ?": one side's answer after the agreed date (private to it)."""

    __tablename__ = "need_outcomes"
    __sync__ = SyncSpec("need_outcome", ("response_id", "outcome", "note", "practice_id"))

    response_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    practice_id: Mapped[str | None] = mapped_column(String(ID_LENGTH))  # the draft it became


class NeedMatch(Base):
    """A good match for one of our open needs or offers, found after a sync (this laptop only):
    counted in the section and the start-up banner until its need or offer is looked at."""

    __tablename__ = "need_matches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    posting_id: Mapped[str] = mapped_column(String(ID_LENGTH), index=True)  # our need or offer
    candidate_type: Mapped[str] = mapped_column(String(20))  # "need", "equipment", "practice"
    candidate_id: Mapped[str] = mapped_column(String(ID_LENGTH))
    score: Mapped[int] = mapped_column(Integer)  # 0 to 100
    found_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("posting_id", "candidate_id"),)


class NeedWatch(Base):
    """One row: the hub version up to which pulled records were looked at for new matches."""

    __tablename__ = "need_watch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, default=0)
