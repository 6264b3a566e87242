"""Database work for the practices screens. Each function takes a session and returns plain
data (never a model object): it runs on the database thread, the result is shown on the GUI one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.errors import InvalidInput
from app.models import PracticeStatus
from app.services.network import is_ours
from app.services.practices import feedback
from app.services.practices import records as pr
from app.services.practices.reader import PracticeView, open_practice
from app.services.practices.versions import VersionDiff, compare


@dataclass
class EditorStart:
    """What the editor opens with: the practice's values as typed, and its state."""

    practice_id: str | None
    fields: pr.PracticeFields
    published: bool
    themes: list[str]


def editor_start(session: Session, practice_id: str | None) -> EditorStart:
    themes = pr.all_themes(session)
    if practice_id is None:
        return EditorStart(None, pr.PracticeFields(), False, themes)
    item = pr.load(session, practice_id)
    if not is_ours(session, practice_id):
        raise InvalidInput({"title": pr.NOT_OURS})
    return EditorStart(item.id, pr.fields_of(item), item.status == PracticeStatus.PUBLISHED.value, themes)


def save(session: Session, practice_id: str | None, data: pr.PracticeFields) -> str:
    """Autosave of a draft: create it the first time, update it afterwards; returns its id."""
    if practice_id is None:
        return pr.create_draft(session, data)
    pr.save_draft(session, practice_id, data)
    return practice_id


def save_and_publish(session: Session, practice_id: str | None, data: pr.PracticeFields) -> str:
    """Save what is typed, then publish it: one transaction, so a refusal saves nothing twice."""
    pr.check_practice(data, publishing=True).raise_if_invalid()
    practice_id = save(session, practice_id, data)
    pr.publish(session, practice_id)
    return practice_id


def reader(session: Session, practice_id: str) -> PracticeView:
    return open_practice(session, practice_id)


def versions_diff(session: Session, old_id: str, new_id: str) -> VersionDiff:
    return compare(session, old_id, new_id)


def set_useful(session: Session, practice_id: str, useful: bool) -> PracticeView:
    feedback.set_useful(session, practice_id, useful)
    return open_practice(session, practice_id)
