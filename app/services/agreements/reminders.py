"""The reminders before a signed agreement ends: when it ends as things stand (its amendments,
a tacit renewal carried over), and what the start-up banner and `entraide status` say of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Message
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Agreement, AgreementKind, AgreementStatus, Renewal
from app.services.agreements.content import add_months, content_of, end_of


def effective_end(record: Agreement, signed_amendments: list[Agreement], today: date) -> date | None:
    """When the agreement ends as things stand: its own end, moved by its signed amendments'
    ends, then, for a tacit renewal, carried over period after period until after `today`."""
    content = content_of(record)
    end = end_of(content)
    for amendment in signed_amendments:
        end = end_of(content_of(amendment)) or end
    if end is None or record.renewal != Renewal.TACIT.value or content.start_date is None:
        return end
    months = content.duration_months or _months_between(content.start_date, end)
    while end < today and months > 0:
        end = add_months(end + timedelta(days=1), months) - timedelta(days=1)
    return end


def _months_between(start: date, end: date) -> int:
    """1 January → 31 December: 12 (the period a tacit renewal repeats)."""
    after = end + timedelta(days=1)
    return max((after.year - start.year) * 12 + after.month - start.month, 1)


@dataclass(frozen=True)
class Reminder:
    agreement_id: str
    reference: str
    title: str
    ends_on: date
    days_left: int
    tacit: bool
    notice_by: date | None  # for a tacit renewal: the last day to give notice

    def message(self) -> Message:
        """What the start-up banner and `entraide status` say about it."""
        title = Message(NAMED, (self.reference, self.title))  # the quotation marks are the language's
        if not self.tacit:
            return Message(ENDS, (title, self.ends_on, self.days_left))
        notice_by, today = self.notice_by or self.ends_on, self.ends_on - timedelta(days=self.days_left)
        if notice_by < today:
            return Message(NOTICE_PASSED, (title, self.ends_on, notice_by))
        return Message(RENEWS, (title, self.ends_on, notice_by))


NAMED = QT_TRANSLATE_NOOP("entraide", "{0} « {1} »")
ENDS = QT_TRANSLATE_NOOP("entraide", "La convention {0} se termine le {1} (dans {2} jours).")
NOTICE_PASSED = QT_TRANSLATE_NOOP(
    "entraide",
    "La convention {0} se renouvelle tacitement le {1} ; le préavis pour y mettre fin a expiré le {2}.",
)
RENEWS = QT_TRANSLATE_NOOP(
    "entraide",
    "La convention {0} se renouvelle tacitement le {1} ; pour y mettre fin, prévenez les parties "
    "avant le {2}.",
)


def reminders(session: Session, today: date | None = None, within_days: int | None = None) -> list[Reminder]:
    """Signed agreements that end within their reminder period (or `within_days`), soonest first."""
    today = today or date.today()
    signed = list(
        session.scalars(
            select(Agreement).where(
                Agreement.deleted_at.is_(None), Agreement.status == AgreementStatus.SIGNED.value
            )
        )
    )
    by_parent: dict[str, list[Agreement]] = {}
    for record in signed:
        if record.parent_id:
            by_parent.setdefault(record.parent_id, []).append(record)
    found = []
    for record in signed:
        if record.kind != AgreementKind.AGREEMENT.value:
            continue
        changes = sorted(by_parent.get(record.id, []), key=lambda a: a.amendment_number or 0)
        end = effective_end(record, changes, today)
        window = record.reminder_days if within_days is None else within_days
        if end is None or not today <= end <= today + timedelta(days=window):
            continue
        tacit = record.renewal == Renewal.TACIT.value
        notice_by = end - timedelta(days=record.notice_days or 0) if tacit else None
        found.append(
            Reminder(record.id, record.reference, record.title, end, (end - today).days, tacit, notice_by)
        )
    return sorted(found, key=lambda r: r.ends_on)
