"""What one push carries from operation to operation: the transaction, who pushes, the version
counter, and the new records written together at the end of the batch."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from hub.bulk import insert_many
from hub.db import utcnow
from hub.models import Association, HubState, Record, RecordLink, RecordParty


@dataclass
class PushContext:
    session: Session
    association_id: str
    device_id: str
    state: HubState
    # New records are written in one INSERT per table at the end of the batch (the bulk of a
    # first push); an op that touches one of them before that flushes them first.
    new_records: dict[str, dict[str, object]] = field(default_factory=dict)
    new_parties: list[dict[str, str]] = field(default_factory=list)
    new_links: list[dict[str, str]] = field(default_factory=list)
    flushed: set[str] = field(default_factory=set)  # new records of this batch already inserted
    purged: set[str] = field(default_factory=set)  # records deleted for good in this push (hub/purge.py)
    now: datetime = field(default_factory=utcnow)  # the new records' updated_at: one instant per push
    last_version: int = field(init=False)  # the last version handed out (see next_version)

    def flush_new(self) -> None:
        if self.new_records:
            insert_many(self.session, Record, list(self.new_records.values()))
            self.flushed.update(self.new_records)
        insert_many(self.session, RecordParty, self.new_parties)
        insert_many(self.session, RecordLink, self.new_links)
        self.new_records, self.new_parties, self.new_links = {}, [], []

    @functools.cached_property
    def known_associations(self) -> set[str]:
        """Read when an op names parties or changes who sees a record: most pushes never do."""
        return set(self.session.scalars(select(Association.id)))

    def __post_init__(self) -> None:
        # Counted here, written to the locked state row once by `finish` (an ORM attribute set
        # per new record costs more than the record's own INSERT row).
        self.last_version = self.state.last_version

    def next_version(self) -> int:
        self.last_version += 1
        return self.last_version

    def finish(self) -> None:
        """The versions handed out, into the state row committed with them."""
        if self.last_version != self.state.last_version:
            self.state.last_version = self.last_version
