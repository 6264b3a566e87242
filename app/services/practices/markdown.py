"""A practice as a Markdown file, and a Markdown file as a new draft.

The layout is the one a person would write by hand, so that a fiche written elsewhere can be
imported too:

    # Title
    Summary paragraphs.
    - **Thèmes** : bénévolat, formation
    - **Mots-clés** : tutorat, accueil
    - **Contact** : Claire Martin <claire@exemple.fr>
    ## Contexte / ## Méthode / ## Résultats (### Indicateurs: a table) / ## Enseignements

Headings inside a section that are not one of those names stay in the section's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from app.errors import Message
from app.i18n import QT_TRANSLATE_NOOP
from app.logs import events
from app.services import validation as v
from app.services.practices.records import IndicatorFields, PracticeFields, create_draft, fields_of, load
from app.text import fold

SECTIONS = {"contexte": "context", "methode": "method", "resultats": "results", "enseignements": "lessons"}
TITLES = {"context": "Contexte", "method": "Méthode", "results": "Résultats", "lessons": "Enseignements"}
META = {"themes": "Thèmes", "tags": "Mots-clés", "contact": "Contact"}
INDICATORS = "Indicateurs"
_META_LINE = re.compile(r"^- \*\*(?P<name>[^*]+)\*\* ?: ?(?P<value>.*)$")
_CONTACT = re.compile(r"^(?P<name>.*?)\s*<(?P<email>[^>]*)>\s*$")
_HEADING = re.compile(r"^(#{1,3}) +(.+?)\s*#*\s*$")
_COLUMNS = ("label", "value", "before", "after", "unit")
_HEADERS = ("Indicateur", "Valeur", "Avant", "Après", "Unité")
MAX_FILE_BYTES = 1_000_000


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(data: PracticeFields) -> str:
    lines = [f"# {data.title}", ""]
    if data.summary:
        lines += [data.summary, ""]
    meta = []
    if data.themes:
        meta.append(f"- **{META['themes']}** : {', '.join(data.themes)}")
    if data.tags:
        meta.append(f"- **{META['tags']}** : {data.tags}")
    if data.contact_name or data.contact_email:
        email = f" <{data.contact_email}>" if data.contact_email else ""
        meta.append(f"- **{META['contact']}** : {data.contact_name}{email}".rstrip())
    if meta:
        lines += [*meta, ""]
    for name in ("context", "method", "results", "lessons"):
        body = getattr(data, name)
        rows = data.indicators if name == "results" else []
        if not body and not rows:
            continue
        lines += [f"## {TITLES[name]}", ""]
        if body:
            lines += [body, ""]
        if rows:
            lines += [
                f"### {INDICATORS}",
                "",
                "| " + " | ".join(_HEADERS) + " |",
                "|" + " --- |" * len(_HEADERS),
            ]
            lines += [
                "| " + " | ".join(_cell(getattr(row, column)) for column in _COLUMNS) + " |" for row in rows
            ]
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def export_markdown(session: Session, practice_id: str) -> str:
    return to_markdown(fields_of(load(session, practice_id)))


@dataclass
class _Parsed:
    head: list[str] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)
    table: list[str] = field(default_factory=list)


def _split_row(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", body)]


def _indicators(table: list[str]) -> list[IndicatorFields]:
    rows = [line for line in table if line.strip().startswith("|")]
    if len(rows) < 2:
        return []
    header = [fold(cell) for cell in _split_row(rows[0])]
    wanted = {fold(title): column for title, column in zip(_HEADERS, _COLUMNS, strict=True)}
    positions = {wanted[name]: i for i, name in enumerate(header) if name in wanted}
    found = []
    for line in rows[2:]:
        cells = _split_row(line)
        found.append(
            IndicatorFields(**{column: cells[i] if i < len(cells) else "" for column, i in positions.items()})
        )
    return found


def _parse(text: str) -> tuple[str, _Parsed]:
    parsed, title, current = _Parsed(), "", None
    in_table = False
    for line in text.replace("\r\n", "\n").split("\n"):
        heading = _HEADING.match(line)
        if heading and len(heading.group(1)) == 1 and not title and current is None:
            title = heading.group(2).strip()
            continue
        if heading and len(heading.group(1)) == 2 and fold(heading.group(2)) in SECTIONS:
            current, in_table = SECTIONS[fold(heading.group(2))], False
            parsed.sections[current] = []
            continue
        if (
            heading
            and len(heading.group(1)) == 3
            and fold(heading.group(2)) == fold(INDICATORS)
            and current == "results"
        ):
            in_table = True
            continue
        if in_table and (line.strip().startswith("|") or not line.strip()):
            parsed.table.append(line)
            continue
        in_table = False
        (parsed.head if current is None else parsed.sections[current]).append(line)
    return title, parsed


def from_markdown(text: str) -> PracticeFields:
    title, parsed = _parse(text)
    data = PracticeFields(title=title)
    summary = []
    for line in parsed.head:
        meta = _META_LINE.match(line.strip())
        name = fold(meta.group("name")) if meta else ""
        if meta and name == fold(META["themes"]):
            data.themes = [t.strip() for t in meta.group("value").split(",") if t.strip()]
        elif meta and name == fold(META["tags"]):
            data.tags = meta.group("value").strip()
        elif meta and name == fold(META["contact"]):
            value = meta.group("value").strip()
            contact = _CONTACT.match(value)
            data.contact_name, data.contact_email = (
                (contact.group("name"), contact.group("email")) if contact else (value, "")
            )
        else:
            summary.append(line)
    data.summary = "\n".join(summary).strip()
    for name, lines in parsed.sections.items():
        setattr(data, name, "\n".join(lines).strip())
    data.indicators = _indicators(parsed.table)
    return data


def import_markdown(session: Session, path: Path) -> str:
    """A new draft from a Markdown file; French messages for a file that cannot be one."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        unread = QT_TRANSLATE_NOOP("entraide", "Impossible de lire le fichier : {0}")
        raise v.InvalidInput({"file": Message(unread, (error.strerror or str(error),))}) from error
    if len(raw) > MAX_FILE_BYTES:
        raise v.InvalidInput(
            {"file": QT_TRANSLATE_NOOP("entraide", "Fichier trop gros pour une fiche (1 Mo au plus).")}
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # an old Windows editor
    data = from_markdown(text)
    if (
        not data.title
        and not data.summary
        and not any(getattr(data, name) for name in ("context", "method", "results", "lessons"))
    ):
        raise v.InvalidInput(
            {
                "file": QT_TRANSLATE_NOOP(
                    "entraide",
                    "Ce fichier ne contient pas de fiche : il faut au moins un titre (« # Titre »).",
                )
            }
        )
    if not data.title:
        data.title = path.stem.replace("_", " ").replace("-", " ").strip()
    practice_id = create_draft(session, data)
    events.record("import", "practice", id=practice_id, bytes=len(raw))
    return practice_id
