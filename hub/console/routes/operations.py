"""Operations: the hub's state, its backups, and a backup made now."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from hub import audit, operations
from hub.admin import BackupError
from hub.console.web import PREFIX, Checked, Viewer, console, redirect, render

router = APIRouter(prefix=PREFIX, include_in_schema=False)


def _page(request: Request, viewer: Viewer, *, status: int = 200, error: str | None = None) -> Response:
    here = console(request)
    folder = here.settings.resolved_backup_dir()
    with here.db.reader() as session:
        state = operations.status(session, here.db.url, here.settings.data_dir)
    try:
        backups = operations.list_backups(folder, missing_ok=here.settings.default_backup_dir)
        folder_error = None
    except operations.BackupFolderError as problem:
        backups, folder_error = [], str(problem)
    return render(
        request,
        "operations.html",
        status=status,
        viewer=viewer,
        nav="operations",
        state=state,
        backups=backups[:60],
        backup_count=len(backups),
        folder=str(folder),
        folder_error=folder_error,
        error=error,
    )


@router.get("/exploitation")
def operations_page(request: Request, viewer: Viewer) -> Response:
    return _page(request, viewer)


@router.post("/exploitation/sauvegarde")
async def backup_now(request: Request, posted: Checked) -> Response:
    here = console(request)
    try:
        target, _message = await run_in_threadpool(
            operations.backup_now,
            here.db.url,
            here.settings.resolved_backup_dir(),
            here.settings.default_backup_dir,
        )
    except BackupError as problem:
        return await run_in_threadpool(_page, request, posted.viewer, status=422, error=str(problem))

    def note() -> None:
        with here.db.writer.begin() as session:
            audit.record(session, posted.viewer.email, "backup_made", target.name)

    await run_in_threadpool(note)
    return redirect(f"{PREFIX}/exploitation?message=sauvegarde-faite")
