"""The sidebar's counts and the start-up reminders of the needs and offers: what the window asks
at start, on the database thread, before the section is ever opened (so it loads little)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.needs import alerts, outcomes, response_lines


@dataclass
class Summary:
    matches: list[alerts.MatchLine]
    waiting: list[response_lines.ResponseLine]
    due: list[outcomes.OutcomeDue]


def sidebar(session: Session) -> Summary:
    return Summary(alerts.unseen(session), response_lines.waiting_for_us(session), outcomes.due(session))
