"""A practice's history: its versions, a readable comparison of two, and restoring one.

The comparison works word by word inside each field (difflib), and returns segments marked
equal / inserted / deleted, which the reader colours; long texts are first compared line by
line, and only changed lines word by word, so a long method stays quick and readable.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import PracticeVersion
from app.services import validation as v
from app.services.practices.figures import figure
from app.services.practices.records import load, load_own, restore_content

EQUAL, INSERT, DELETE = "equal", "insert", "delete"
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("entraide", "Titre"),
    "summary": QT_TRANSLATE_NOOP("entraide", "Résumé"),
    "context": QT_TRANSLATE_NOOP("entraide", "Contexte"),
    "method": QT_TRANSLATE_NOOP("entraide", "Méthode"),
    "results": QT_TRANSLATE_NOOP("entraide", "Résultats"),
    "indicators_json": QT_TRANSLATE_NOOP("entraide", "Indicateurs"),
    "lessons": QT_TRANSLATE_NOOP("entraide", "Enseignements"),
    "themes": QT_TRANSLATE_NOOP("entraide", "Thèmes"),
    "tags": QT_TRANSLATE_NOOP("entraide", "Mots-clés"),
    "contact_name": QT_TRANSLATE_NOOP("entraide", "Personne à contacter"),
    "contact_email": QT_TRANSLATE_NOOP("entraide", "E-mail de contact"),
}


@dataclass
class VersionInfo:
    id: str
    number: int
    published_at: datetime
    note: str
    title: str


@dataclass
class Segment:
    kind: str  # EQUAL, INSERT or DELETE
    text: str


@dataclass
class FieldDiff:
    name: str
    label: str
    segments: list[Segment] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(segment.kind != EQUAL for segment in self.segments)


@dataclass
class VersionDiff:
    old: VersionInfo
    new: VersionInfo
    fields: list[FieldDiff]  # every field, changed or not, in the reader's order

    @property
    def changed(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.changed]


def _info(version: PracticeVersion) -> VersionInfo:
    return VersionInfo(version.id, version.number, version.published_at, version.note or "", version.title)


def history(session: Session, practice_id: str) -> list[VersionInfo]:
    """Versions, newest first."""
    load(session, practice_id)
    versions = session.scalars(
        select(PracticeVersion)
        .where(PracticeVersion.practice_id == practice_id, PracticeVersion.deleted_at.is_(None))
        .order_by(
            PracticeVersion.number.desc(), PracticeVersion.published_at.desc(), PracticeVersion.id.desc()
        )
    )
    return [_info(version) for version in versions]


def _version(session: Session, version_id: str) -> PracticeVersion:
    version = session.get(PracticeVersion, version_id)
    if version is None or version.deleted_at is not None:
        raise NotFound(version_id)
    return version


def _merge(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        if segment.text and merged and merged[-1].kind == segment.kind:
            merged[-1] = Segment(segment.kind, merged[-1].text + segment.text)
        elif segment.text:
            merged.append(segment)
    return merged


def _word_diff(old: str, new: str) -> list[Segment]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(Segment(EQUAL, "".join(a[i1:i2])))
            continue
        out.append(Segment(DELETE, "".join(a[i1:i2])))
        out.append(Segment(INSERT, "".join(b[j1:j2])))
    return out


def diff_text(old: str, new: str) -> list[Segment]:
    """Segments that turn `old` into `new`: lines first, then words inside changed lines."""
    if old == new:
        return [Segment(EQUAL, old)] if old else []
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    out: list[Segment] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(Segment(EQUAL, "".join(a[i1:i2])))
        elif tag == "replace":
            out.extend(_word_diff("".join(a[i1:i2]), "".join(b[j1:j2])))
        else:
            out.append(Segment(DELETE, "".join(a[i1:i2])))
            out.append(Segment(INSERT, "".join(b[j1:j2])))
    return _merge(out)


def _indicator_lines(version: PracticeVersion) -> str:
    return "".join(
        f"{item.get('label') or ''} : {figure(item)}".rstrip() + "\n" for item in version.indicators
    )


def _readable(version: PracticeVersion, name: str) -> str:
    if name == "indicators_json":
        return _indicator_lines(version)
    value = getattr(version, name)
    if isinstance(value, list):
        return ", ".join(value)
    return value or ""


def compare(session: Session, old_id: str, new_id: str) -> VersionDiff:
    """What changed from one version to another (of the same practice)."""
    old, new = _version(session, old_id), _version(session, new_id)
    if old.practice_id != new.practice_id:
        raise v.InvalidInput(
            {
                "version": QT_TRANSLATE_NOOP(
                    "entraide", "Ces deux versions ne sont pas celles d'une même pratique."
                )
            }
        )
    fields = [
        FieldDiff(name, label, diff_text(_readable(old, name), _readable(new, name)))
        for name, label in FIELD_LABELS.items()
    ]
    return VersionDiff(_info(old), _info(new), fields)


def restore(session: Session, version_id: str) -> str:
    """Make an earlier version current again (the author association only). The restore is
    itself a new version, so nothing of the history is lost. Returns the new version's id."""
    version = _version(session, version_id)
    practice = load_own(session, version.practice_id)
    return restore_content(session, practice, version)
