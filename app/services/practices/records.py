"""Practices: the editor's values and their check, drafts, publication and published edits.

A draft is saved as typed (autosave) with only format checks; publishing asks for a title, a
summary and a method. Each publication, published edit and restore keeps a snapshot of the
practice (PracticeVersion), so the history is complete. Only the author association edits a
practice (the hub's owner, as for equipment: app/services/equipment/records.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.errors import Message, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Practice, PracticeStatus, PracticeVersion, utcnow
from app.models.practices import PRACTICE_CONTENT
from app.services import validation as v
from app.services.network import is_ours
from app.services.practices.index import refresh_practice_index
from app.text import fold, split_tags

DEFAULT_THEMES = (
    "bénévolat",
    "financement",
    "communication",
    "gouvernance",
    "formation",
    "partenariats",
    "numérique",
)
MAX_TEXT = 50_000  # per text field; the hub takes 100,000
MAX_THEMES, MAX_TAGS, MAX_INDICATORS = 12, 30, 30
_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
NOT_OURS = QT_TRANSLATE_NOOP(
    "entraide", "Cette pratique appartient à une autre association : seule elle peut la modifier."
)


@dataclass
class IndicatorFields:
    """One row of the indicators table, as typed."""

    label: str = ""
    value: str = ""
    unit: str = ""
    before: str = ""
    after: str = ""


@dataclass
class PracticeFields:
    """The editor's values as typed; `tags` comma-separated, `themes` as chosen or added."""

    title: str = ""
    summary: str = ""
    context: str = ""
    method: str = ""  # Markdown
    results: str = ""
    indicators: list[IndicatorFields] = field(default_factory=list)
    lessons: str = ""
    themes: list[str] = field(default_factory=list)
    tags: str = ""
    contact_name: str = ""
    contact_email: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_number(text: str) -> tuple[int | float | None, str | None]:
    """ "1 250,5" -> 1250.5; whole numbers stay integers."""
    cleaned = v.clean(text).replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if not cleaned:
        return None, None
    if not _NUMBER.match(cleaned):
        return None, QT_TRANSLATE_NOOP("entraide", "Indiquez un nombre, par exemple 12 ou 12,5.")
    number = float(cleaned.replace(",", "."))
    return (
        int(number) if number.is_integer() and "," not in cleaned and "." not in cleaned else number
    ), None


def format_number(value: Any) -> str:
    """12.5 -> "12,5"; None -> ""."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",")


def clean_list(items: list[str], limit: int) -> list[str]:
    """Trimmed, without duplicates (ignoring case and accents), at most `limit` kept by the check."""
    seen: dict[str, str] = {}
    for item in items:
        text = v.clean(item)
        if text and fold(text) not in seen:
            seen[fold(text)] = text[:100]
    return list(seen.values())


def _check_indicators(out: v.Checked, rows: list[IndicatorFields]) -> None:
    kept = []
    for number, row in enumerate(rows, start=1):
        item: dict[str, Any] = {"label": v.clean(row.label), "unit": v.clean(row.unit) or None}
        for name in ("value", "before", "after"):
            item[name], error = parse_number(getattr(row, name))
            if error:
                out.errors[f"indicators.{number}.{name}"] = error
        if not any(v.clean(getattr(row, name)) for name in ("label", "value", "unit", "before", "after")):
            continue  # an empty row left in the table
        if not item["label"]:
            out.errors[f"indicators.{number}.label"] = QT_TRANSLATE_NOOP(
                "entraide", "Donnez un nom à cet indicateur (ex. « Bénévoles actifs »)."
            )
        kept.append({key: item[key] for key in ("label", "value", "unit", "before", "after")})
    if len(kept) > MAX_INDICATORS:
        out.errors["indicators"] = Message(
            QT_TRANSLATE_NOOP("entraide", "Au plus {0} indicateurs."), (MAX_INDICATORS,)
        )
    out.values["indicators_json"] = json.dumps(kept, ensure_ascii=False)


def check_practice(data: PracticeFields, *, publishing: bool = False) -> v.Checked:
    """Every field at once; a draft only needs well-formed values, a publication a title, a
    summary and a method."""
    out = v.Checked()
    values = out.values
    for name in ("title", "summary", "context", "method", "results", "lessons"):
        values[name] = v.clean(getattr(data, name))
        v.check_length(out, name, values[name], 200 if name == "title" else MAX_TEXT)
    values["contact_name"] = v.clean(data.contact_name) or None
    v.check_length(out, "contact_name", values["contact_name"] or "", 200)
    values["contact_email"], error = v.normalise_email(data.contact_email)
    if error:
        out.errors["contact_email"] = error
    # A default theme keeps its own spelling, so the theme filter finds every practice of it.
    defaults = {fold(theme): theme for theme in DEFAULT_THEMES}
    values["themes"] = [defaults.get(fold(theme), theme) for theme in clean_list(data.themes, MAX_THEMES)]
    if len(values["themes"]) > MAX_THEMES:
        out.errors["themes"] = Message(QT_TRANSLATE_NOOP("entraide", "Au plus {0} thèmes."), (MAX_THEMES,))
    values["tags"] = clean_list(split_tags(data.tags), MAX_TAGS)
    if len(values["tags"]) > MAX_TAGS:
        out.errors["tags"] = Message(QT_TRANSLATE_NOOP("entraide", "Au plus {0} mots-clés."), (MAX_TAGS,))
    _check_indicators(out, data.indicators)
    if publishing:
        required = {
            "title": QT_TRANSLATE_NOOP("entraide", "Donnez un titre à la pratique avant de la publier."),
            "summary": QT_TRANSLATE_NOOP("entraide", "Écrivez un court résumé avant de publier."),
            "method": QT_TRANSLATE_NOOP("entraide", "Décrivez la méthode avant de publier."),
        }
        for name, message in required.items():
            if not values[name]:
                out.errors.setdefault(name, message)
    return out


def fields_of(item: Practice | PracticeVersion) -> PracticeFields:
    return PracticeFields(
        title=item.title,
        summary=item.summary,
        context=item.context,
        method=item.method,
        results=item.results,
        lessons=item.lessons,
        themes=list(item.themes or []),
        tags=", ".join(item.tags or []),
        contact_name=item.contact_name or "",
        contact_email=item.contact_email or "",
        indicators=[
            IndicatorFields(
                label=i.get("label") or "",
                value=format_number(i.get("value")),
                unit=i.get("unit") or "",
                before=format_number(i.get("before")),
                after=format_number(i.get("after")),
            )
            for i in item.indicators
        ],
    )


# --- loading and ownership ---------------------------------------------------------------
def load(session: Session, practice_id: str) -> Practice:
    item = session.get(Practice, practice_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(practice_id)
    return item


def load_own(session: Session, practice_id: str) -> Practice:
    """The practice, if this association wrote it; otherwise a French refusal."""
    item = load(session, practice_id)
    if not is_ours(session, practice_id):
        raise v.InvalidInput({"title": NOT_OURS})
    return item


def _apply(item: Practice, values: dict[str, Any]) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(item, name) != value:
            setattr(item, name, value)
            changed = True
    return changed


# --- drafts ------------------------------------------------------------------------------
def create_draft(session: Session, data: PracticeFields) -> str:
    checked = check_practice(data)
    checked.raise_if_invalid()
    item = Practice(status=PracticeStatus.DRAFT.value, **checked.values)
    session.add(item)
    refresh_practice_index(session)
    return item.id


def save_draft(session: Session, practice_id: str, data: PracticeFields) -> None:
    """Autosave of a draft. A published practice changes only through `save_published`."""
    item = load_own(session, practice_id)
    if item.status == PracticeStatus.PUBLISHED.value:
        raise v.InvalidInput(
            {
                "title": QT_TRANSLATE_NOOP(
                    "entraide",
                    "Cette pratique est publiée : enregistrez vos modifications comme une nouvelle version.",
                )
            }
        )
    checked = check_practice(data)
    checked.raise_if_invalid()
    _apply(item, checked.values)
    refresh_practice_index(session)


# --- publication and versions ------------------------------------------------------------
def snapshot(session: Session, item: Practice, note: str | None) -> PracticeVersion:
    """Keep what the practice says now as its next version."""
    last = (
        session.scalar(
            select(func.max(PracticeVersion.number)).where(
                PracticeVersion.practice_id == item.id, PracticeVersion.deleted_at.is_(None)
            )
        )
        or 0
    )
    now = utcnow()
    item.published_at = now
    version = PracticeVersion(
        practice_id=item.id, number=last + 1, note=v.clean(note) or None, published_at=now, **item.content()
    )
    session.add(version)
    return version


def publish(session: Session, practice_id: str, note: str | None = None) -> str:
    """Publish a draft to the whole network; returns its first version's id."""
    item = load_own(session, practice_id)
    if item.status == PracticeStatus.PUBLISHED.value:
        raise v.InvalidInput({"title": QT_TRANSLATE_NOOP("entraide", "Cette pratique est déjà publiée.")})
    check_practice(fields_of(item), publishing=True).raise_if_invalid()
    item.status = PracticeStatus.PUBLISHED.value
    version = snapshot(session, item, note)
    refresh_practice_index(session)
    return version.id


def save_published(
    session: Session, practice_id: str, data: PracticeFields, note: str | None = None
) -> str | None:
    """Save an edit of a published practice as a new version; None when nothing changed."""
    item = load_own(session, practice_id)
    if item.status != PracticeStatus.PUBLISHED.value:
        raise v.InvalidInput(
            {
                "title": QT_TRANSLATE_NOOP(
                    "entraide", "Ce brouillon n'est pas encore publié : publiez-le d'abord."
                )
            }
        )
    checked = check_practice(data, publishing=True)
    checked.raise_if_invalid()
    if not _apply(item, checked.values):
        return None
    version = snapshot(session, item, note)
    refresh_practice_index(session)
    return version.id


def delete_practice(session: Session, practice_id: str) -> None:
    """To the trash (a tombstone for the network when it was published)."""
    item = load_own(session, practice_id)
    item.deleted_at = utcnow()
    refresh_practice_index(session)


def restore_content(session: Session, item: Practice, version: PracticeVersion) -> str:
    """Write a version's content back (see app/services/practices/versions.py)."""
    _apply(item, {name: getattr(version, name) for name in PRACTICE_CONTENT})
    note = f"Restauration de la version {version.number}"
    made = snapshot(session, item, note)
    refresh_practice_index(session)
    return made.id


def all_themes(session: Session) -> list[str]:
    """The default themes, then those the network added, in alphabetical order."""
    known = {fold(theme) for theme in DEFAULT_THEMES}
    # The few distinct lists first, from ix_practices_themes: the library asks with each page, and
    # the practices' own rows are long (40 to 130 ms at 20,000 under load, against about 1).
    used = session.scalars(
        text(
            "SELECT DISTINCT t.value FROM (SELECT DISTINCT themes FROM practices"
            " INDEXED BY ix_practices_themes WHERE deleted_at IS NULL) p, json_each(p.themes) t"
        )
    )
    extra = {
        fold(theme): theme
        for theme in sorted(used, key=str)
        if isinstance(theme, str) and fold(theme) not in known
    }
    return [*DEFAULT_THEMES, *(extra[key] for key in sorted(extra))]
