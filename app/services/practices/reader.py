"""Everything the reader shows of one practice, loaded in one call (a handful of queries)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.models import FeedbackKind, PracticeStatus, SyncState
from app.services.network import association_names, my_association_id, owner_of
from app.services.practices.feedback import FeedbackInfo, counts, feedback_of
from app.services.practices.records import load
from app.services.practices.versions import VersionInfo, history


@dataclass
class PracticeView:
    id: str
    title: str
    summary: str
    context: str
    method: str  # Markdown, shown formatted
    results: str
    indicators: list[dict[str, Any]]  # {label, value, unit, before, after}
    lessons: str
    themes: list[str]
    tags: list[str]
    contact_name: str
    contact_email: str
    status: str
    published_at: datetime | None
    updated_at: datetime
    author_id: str | None
    author_name: str
    ours: bool  # this association wrote it: it may edit and restore
    versions: list[VersionInfo] = field(default_factory=list)  # newest first
    comments: list[FeedbackInfo] = field(default_factory=list)
    adoptions: list[FeedbackInfo] = field(default_factory=list)
    mentoring_requests: list[FeedbackInfo] = field(default_factory=list)
    useful_count: int = 0
    adoption_count: int = 0
    useful_by_us: bool = False
    our_adoption: FeedbackInfo | None = None
    mentoring_asked_by_us: bool = False

    @property
    def published(self) -> bool:
        return self.status == PracticeStatus.PUBLISHED.value


def our_name(session: Session) -> str:
    state = session.get(SyncState, 1)
    return (state.association_name if state is not None else None) or "Notre association"


def open_practice(session: Session, practice_id: str) -> PracticeView:
    item = load(session, practice_id)
    me, owner = my_association_id(session), owner_of(session, practice_id)
    ours = owner is None or owner == me
    author = owner if owner is not None else me
    author_name = our_name(session) if ours else association_names(session).get(owner or "", "?")
    view = PracticeView(
        item.id,
        item.title,
        item.summary,
        item.context,
        item.method,
        item.results,
        item.indicators,
        item.lessons,
        list(item.themes or []),
        list(item.tags or []),
        item.contact_name or "",
        item.contact_email or "",
        item.status,
        item.published_at,
        item.updated_at,
        author,
        author_name,
        ours,
        versions=history(session, practice_id),
    )
    for info in feedback_of(session, practice_id):
        if info.kind == FeedbackKind.COMMENT.value:
            view.comments.append(info)
        elif info.kind == FeedbackKind.ADOPTED.value:
            view.adoptions.append(info)
            if info.ours and view.our_adoption is None:
                view.our_adoption = info
        elif info.kind == FeedbackKind.USEFUL.value:
            view.useful_by_us = view.useful_by_us or info.ours
        elif info.kind == FeedbackKind.MENTORING.value:
            view.mentoring_requests.append(info)
            view.mentoring_asked_by_us = view.mentoring_asked_by_us or info.ours
    found = counts(session, [practice_id])[practice_id]
    view.useful_count, view.adoption_count = found.useful, found.adoptions
    return view
