"""What the demo's steps share: the size asked, the random draws and the ids made so far,
and the summary of what was made. Apart from the generator so that each step's module can
name it without importing the generator that imports the steps."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from app.ids import new_id

CHUNK = 4000  # rows written in one bulk INSERT


@dataclass
class DemoSummary:
    """Rows made per record type ("organisations", "people", "roles", "consents"…)."""

    counts: dict[str, int] = field(default_factory=dict)

    @property
    def organisations(self) -> int:
        return self.counts.get("organisations", 0)

    @property
    def people(self) -> int:
        return self.counts.get("people", 0)

    @property
    def contacts(self) -> int:
        return self.organisations + self.people


@dataclass
class DemoContext:
    """What the steps share: the size asked, the random draws and the ids made so far."""

    size: int
    today: date
    now: datetime
    write: Callable[[str, type, list[dict[str, Any]]], None]  # (step name, model, rows)
    session: Session
    equipment: int | None = None  # items of equipment; None: in proportion to the size
    reservations: int | None = None  # None: about four a year for each of our items
    practices: int | None = None  # practices of the library; None: in proportion to the size
    # Rows a step wrote by itself (not through `add`): counted and reported as progress.
    tally: Callable[[str, int], None] = lambda _key, _rows: None
    rng: random.Random = field(default_factory=random.Random)
    organisations: list[tuple[str, str]] = field(default_factory=list)  # (id, org_kind)
    people: list[str] = field(default_factory=list)  # ids reserved before the roles name them
    used_sirens: set[str] = field(default_factory=set)
    used_names: set[str] = field(default_factory=set)
    step: str = ""
    _model: type | None = None
    _rows: list[dict[str, Any]] = field(default_factory=list)

    def record(self, **values: Any) -> dict[str, Any]:
        """The columns every record shares; every row of a chunk must carry the same keys."""
        common = {"created_at": self.now, "updated_at": self.now, "deleted_at": None}
        return common | values if "id" in values else {"id": new_id(), **common} | values

    def add(self, model: type, row: dict[str, Any]) -> None:
        if model is not self._model:
            self.flush()
            self._model = model
        self._rows.append(row)
        if len(self._rows) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self._rows and self._model is not None:
            self.write(self.step, self._model, self._rows)
            self._rows = []

    def days_ago(self, low: int, high: int) -> date:
        return self.today - timedelta(days=self.rng.randint(low, high))
