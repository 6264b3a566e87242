"""The audit log: who did what and when, newest first, fifty lines a page."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import func, select

from hub.audit import ACTIONS, COMMAND_LINE
from hub.console.i18n import Translator
from hub.console.web import PREFIX, Viewer, console, render, whole_number
from hub.models import ConsoleAudit

router = APIRouter(prefix=PREFIX, include_in_schema=False)
PAGE = 50


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""


def describe(t: Translator, entry: ConsoleAudit) -> str:
    """The entry as a sentence in the reader's language."""
    template = t.gettext(ACTIONS.get(entry.action, entry.action))
    return template.format_map(_Blank({**(entry.details or {}), "target": entry.target or ""}))


def actor(t: Translator, entry: ConsoleAudit) -> str:
    if entry.actor.startswith(f"{COMMAND_LINE}:"):
        return t.gettext("ligne de commande ({user})", user=entry.actor.split(":", 1)[1])
    return entry.actor


@router.get("/journal")
def journal(request: Request, viewer: Viewer) -> Response:
    page = whole_number(request.query_params.get("page"))
    page = page if page and page < 100_000 else 1
    with console(request).db.reader() as session:
        total = session.scalar(select(func.count()).select_from(ConsoleAudit)) or 0
        entries = list(
            session.scalars(
                select(ConsoleAudit).order_by(ConsoleAudit.id.desc()).offset((page - 1) * PAGE).limit(PAGE)
            )
        )
    return render(
        request,
        "journal.html",
        viewer=viewer,
        nav="journal",
        entries=entries,
        page=page,
        pages=max(1, (total + PAGE - 1) // PAGE),
        describe=describe,
        actor=actor,
    )
