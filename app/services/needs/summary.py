"""The numbers of a network, for the association's activity report: in one calendar year, the
needs and offers we posted, the needs met, the median time before a first response, and the
resources given and received (accepted responses and loans, each way), by kind. In the window,
and as a CSV file that French spreadsheets open as is.

Dates come from the records' UUIDv7 ids: when each was made, whichever laptop made it.
"""

from __future__ import annotations

import csv
import statistics
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.files import replace_atomically
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import id_time
from app.models import Decision, Loan, LoanDecision, Need, NeedDirection, NeedResponse, NeedStatus
from app.services.needs.records import KIND_LABELS
from app.services.needs.responses import trusted_decisions
from app.services.network import my_association_id, owners_of


@dataclass
class YearSummary:
    year: int
    needs_posted: int = 0
    offers_posted: int = 0
    needs_met: int = 0
    median_days_to_first_response: float | None = None
    responses_sent: int = 0
    responses_received: int = 0
    given: dict[str, int] = field(default_factory=dict)  # kind -> accepted responses where we gave
    received: dict[str, int] = field(default_factory=dict)
    loans_given: int = 0  # equipment lent to other associations (out in the year)
    loans_received: int = 0

    @property
    def given_total(self) -> int:
        return sum(self.given.values()) + self.loans_given

    @property
    def received_total(self) -> int:
        return sum(self.received.values()) + self.loans_received


def _in_year(record_id: str, year: int) -> bool:
    made = id_time(record_id)
    return made is not None and made.astimezone(UTC).year == year


def year_summary(session: Session, year: int) -> YearSummary:
    me = my_association_id(session)
    found = YearSummary(year)
    needs = list(session.scalars(select(Need).where(Need.deleted_at.is_(None))))
    responses = list(session.scalars(select(NeedResponse).where(NeedResponse.deleted_at.is_(None))))
    owners = owners_of(session, [n.id for n in needs] + [r.id for r in responses])
    ours = {n.id: n for n in needs if (owners.get(n.id) or me) == me}
    by_id = {n.id: n for n in needs}
    first_response: dict[str, datetime] = {}
    for response in responses:
        made = id_time(response.id)
        mine = (owners.get(response.id) or me) == me
        if response.target_id in ours and not mine and made is not None:
            known = first_response.get(response.target_id)
            first_response[response.target_id] = min(made, known) if known else made
        if _in_year(response.id, year):
            found.responses_sent += mine
            found.responses_received += response.target_id in ours and not mine
    delays = []
    for need in ours.values():
        if not _in_year(need.id, year):
            continue
        if need.direction == NeedDirection.NEED.value:
            found.needs_posted += 1
            found.needs_met += need.status == NeedStatus.MET.value
        else:
            found.offers_posted += 1
        posted = id_time(need.id)
        if need.id in first_response and posted is not None:
            delays.append((first_response[need.id] - posted).total_seconds() / 86_400)
    if delays:
        found.median_days_to_first_response = round(statistics.median(delays), 1)
    _exchanges(session, found, responses, by_id, owners, me)
    _loans(session, found, me)
    return found


def _exchanges(
    session: Session,
    found: YearSummary,
    responses: list[NeedResponse],
    needs: dict[str, Need],
    owners: dict[str, str | None],
    me: str | None,
) -> None:
    decisions = trusted_decisions(session, responses)
    for response in responses:
        decision = decisions.get(response.id)
        if decision is None or decision.decision != Decision.ACCEPTED.value or decision.reservation_id:
            continue  # an item lent is counted with the loans
        if not _in_year(decision.id, found.year):
            continue
        target = needs.get(response.target_id)
        responder_is_me = (owners.get(response.id) or me) == me
        answers_need = target is not None and target.direction == NeedDirection.NEED.value
        gave = responder_is_me if answers_need else not responder_is_me
        kind = target.kind if target is not None else "know_how"
        bucket = found.given if gave else found.received
        bucket[kind] = bucket.get(kind, 0) + 1


def _loans(session: Session, found: YearSummary, me: str | None) -> None:
    loans = [
        loan
        for loan in session.scalars(
            select(Loan).where(Loan.deleted_at.is_(None), Loan.decision == LoanDecision.ACCEPTED.value)
        )
        if loan.out_date is not None and loan.out_date.year == found.year
    ]
    lenders = owners_of(session, [loan.id for loan in loans])
    for loan in loans:
        lender = lenders.get(loan.id) or me
        if loan.borrower_id is None or loan.borrower_id == lender:
            continue  # our own use of our own equipment
        found.loans_given += lender == me
        found.loans_received += loan.borrower_id == me


def rows(found: YearSummary) -> list[tuple[str, int | float | str, bool]]:
    """The summary as (label, value, detail) lines, labels marked for translation: what the
    window shows and the CSV holds; a detail line breaks down the line above it by kind."""
    median = found.median_days_to_first_response
    lines: list[tuple[str, int | float | str, bool]] = [
        (QT_TRANSLATE_NOOP("entraide", "Année"), found.year, False),
        (QT_TRANSLATE_NOOP("entraide", "Besoins publiés"), found.needs_posted, False),
        (QT_TRANSLATE_NOOP("entraide", "Besoins pourvus"), found.needs_met, False),
        (QT_TRANSLATE_NOOP("entraide", "Propositions publiées"), found.offers_posted, False),
        (
            QT_TRANSLATE_NOOP("entraide", "Délai médian avant une première réponse (jours)"),
            "" if median is None else median,
            False,
        ),
        (QT_TRANSLATE_NOOP("entraide", "Réponses envoyées"), found.responses_sent, False),
        (QT_TRANSLATE_NOOP("entraide", "Réponses reçues"), found.responses_received, False),
    ]
    for total, by_kind, loans, loans_label in (
        (
            QT_TRANSLATE_NOOP("entraide", "Ressources données"),
            found.given,
            found.loans_given,
            QT_TRANSLATE_NOOP("entraide", "Matériel prêté"),
        ),
        (
            QT_TRANSLATE_NOOP("entraide", "Ressources reçues"),
            found.received,
            found.loans_received,
            QT_TRANSLATE_NOOP("entraide", "Matériel emprunté"),
        ),
    ):
        lines.append((total, sum(by_kind.values()) + loans, False))
        lines += [
            (label, by_kind[kind.value], True)
            for kind, label in KIND_LABELS.items()
            if by_kind.get(kind.value)
        ]
        lines.append((loans_label, loans, True))
    return lines


def write_csv(path: Path, lines: list[tuple[str, str]]) -> None:
    """(label, value) lines, as French spreadsheets read them: semicolons, a BOM for the accents."""
    with replace_atomically(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";")
        writer.writerows(lines)


def default_year(today: date | None = None) -> int:
    return (today or date.today()).year
