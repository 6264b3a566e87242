"""A practice as one Markdown document, shown formatted by a QTextBrowser: the reader and the
editor's live preview use the same layout, so the preview is what readers see. The Markdown is
turned into HTML by the parser the PDF fiche uses too (app/services/practices/markup.py)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser

from app.i18n import QT_TRANSLATE_NOOP
from app.services.practices.figures import figure
from app.services.practices.markup import to_html
from app.services.practices.records import PracticeFields, parse_number
from app.services.practices.versions import DELETE, INSERT, VersionDiff

# Qt's rich text: header cells shaded, quotes set in from the left and greyed, code on a tint.
SHEET_STYLE = (
    "table { margin-top: 4px; margin-bottom: 8px; } th { background-color: #eef2f6; text-align: left; }"
    " blockquote { margin-left: 18px; color: #4a5561; }"
    " pre { background-color: #f3f5f7; }"
)
INSERT_STYLE = "background-color: #c8f0c8; color: #0b4d0b;"
DELETE_STYLE = "background-color: #f8d0d0; color: #7a0000; text-decoration: line-through;"


# The sheet's own words, marked here for pyside6-lupdate (it does not know the helper below).
LABELS = (
    QT_TRANSLATE_NOOP("PracticeDocument", "(Sans titre)"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Contexte"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Méthode"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Résultats"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Indicateurs"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Indicateur"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Valeur"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Avant → après"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Enseignements"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Thèmes"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Mots-clés"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Association autrice"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Contact"),
    QT_TRANSLATE_NOOP("PracticeDocument", "Aucune différence entre ces deux versions."),
)


def _word(text: str) -> str:
    """One of LABELS in the user's language."""
    return QCoreApplication.translate("PracticeDocument", text)


@dataclass
class Document:
    """What a practice sheet shows, all as text."""

    title: str = ""
    summary: str = ""
    context: str = ""
    method: str = ""
    results: str = ""
    indicators: list[dict[str, Any]] = field(default_factory=list)  # label, value, unit, before, after
    lessons: str = ""
    themes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    author: str = ""
    contact_name: str = ""
    contact_email: str = ""


def from_fields(data: PracticeFields, author: str) -> Document:
    """The editor's values as typed (the preview)."""
    rows = [
        {"label": row.label, "value": row.value, "unit": row.unit, "before": row.before, "after": row.after}
        for row in data.indicators
    ]
    tags = [tag.strip() for tag in data.tags.split(",") if tag.strip()]
    return Document(
        data.title,
        data.summary,
        data.context,
        data.method,
        data.results,
        rows,
        data.lessons,
        list(data.themes),
        tags,
        author,
        data.contact_name,
        data.contact_email,
    )


def _inline(text: str) -> str:
    """One line of user text that must not turn into a heading or a table."""
    return " ".join(text.split()).replace("|", "\\|")


_HEADING = re.compile(r"^(#{1,5})(?=\s)", re.MULTILINE)


def _nested(text: str) -> str:
    """The author's own headings one level down, so they sit under the section's heading."""
    return _HEADING.sub(lambda m: m.group(1) + "#", text.strip())


def _indicator_row(row: dict[str, Any]) -> str:
    """The indicator as the sheet (PDF) words it (app/services/practices/figures.py); the
    editor's preview holds text as typed, read as numbers first."""
    typed = {key: _as_number(value) for key, value in row.items()}
    typed["unit"] = row.get("unit")
    shown = figure(typed).replace("\u00a0", " ")
    return "| " + " | ".join(_inline(cell) for cell in (str(row.get("label") or ""), shown)) + " |"


def _as_number(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    number, error = parse_number(value)
    return value if error else number


def markdown(doc: Document) -> str:
    """The whole sheet: title, summary, context, method, results and indicators, lessons, and
    the themes, tags, author and contact at the end."""
    parts = [f"# {_inline(doc.title) or _word('(Sans titre)')}"]
    if doc.summary.strip():
        parts.append(f"*{_inline(doc.summary)}*")
    for heading, text in (
        (_word("Contexte"), doc.context),
        (_word("Méthode"), doc.method),
        (_word("Résultats"), doc.results),
    ):
        if text.strip():
            parts += [f"## {heading}", _nested(text)]
    rows = [row for row in doc.indicators if any(str(value or "").strip() for value in row.values())]
    if rows:
        if not doc.results.strip():
            parts.append(f"## {_word('Résultats')}")
        header = [_word("Indicateur"), _word("Avant → après")]
        parts += [
            f"### {_word('Indicateurs')}",
            "\n".join(
                [
                    "| " + " | ".join(header) + " |",
                    "|---" * len(header) + "|",
                    *(_indicator_row(row) for row in rows),
                ]
            ),
        ]
    if doc.lessons.strip():
        parts += [f"## {_word('Enseignements')}", _nested(doc.lessons)]
    about = []
    if doc.themes:
        about.append(f"- **{_word('Thèmes')}** : {_inline(', '.join(doc.themes))}")
    if doc.tags:
        about.append(f"- **{_word('Mots-clés')}** : {_inline(', '.join(doc.tags))}")
    if doc.author:
        about.append(f"- **{_word('Association autrice')}** : {_inline(doc.author)}")
    email = f"([{doc.contact_email}](mailto:{doc.contact_email}))" if doc.contact_email else ""
    contact = " ".join(part for part in (_inline(doc.contact_name), email) if part)
    if contact:
        about.append(f"- **{_word('Contact')}** : {contact}")
    if about:
        parts += ["---", "\n".join(about)]
    return "\n\n".join(parts) + "\n"


def show_document(browser: QTextBrowser, doc: Document) -> None:
    """Show the sheet in `browser`: the reader, or the editor's preview."""
    browser.document().setDefaultStyleSheet(SHEET_STYLE)
    browser.setHtml(to_html(markdown(doc)))


def diff_html(diff: VersionDiff) -> str:
    """The changed fields of two versions, insertions in green and deletions struck in red."""
    if not diff.changed:
        return f"<p>{html.escape(_word('Aucune différence entre ces deux versions.'))}</p>"
    out = []
    for changed in diff.changed:
        label = QCoreApplication.translate("entraide", changed.label)
        out.append(f"<h3>{html.escape(label)}</h3><p style='white-space: pre-wrap'>")
        for segment in changed.segments:
            text = html.escape(segment.text)
            if segment.kind == INSERT:
                out.append(f"<span style='{INSERT_STYLE}'>{text}</span>")
            elif segment.kind == DELETE:
                out.append(f"<span style='{DELETE_STYLE}'>{text}</span>")
            else:
                out.append(text)
        out.append("</p>")
    return "".join(out)
