"""The hub's web console at /admin: the network's coordinator runs the network from a browser
(associations, enrolment codes, devices, the network's activity, backups, the audit log).

Server-rendered pages (Jinja2) and plain forms, French first and English second. Sessions,
the login limit and the cookie key live in the database, so any number of workers serve it.
A console session opens only /admin (its cookie is scoped there) and a device token opens
nothing here."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from hub.config import HubSettings
from hub.console.routes import associations, auth, codes, devices, home, journal, operations, pulse
from hub.console.web import HERE, PREFIX, Console, FormRefused, LoginRequired, error_page, login_page, render
from hub.db import HubDatabase


def install_console(app: FastAPI, settings: HubSettings, db: HubDatabase) -> None:
    app.state.console = Console(settings, db)
    for module in (auth, home, associations, codes, devices, pulse, operations, journal):
        app.router.routes.extend(module.router.routes)  # plain routes (the app lists each one)
    app.mount(f"{PREFIX}/static", StaticFiles(directory=HERE / "static"), name="console-static")

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, error: LoginRequired) -> Response:
        return login_page(request, expired=error.expired)

    @app.exception_handler(FormRefused)
    async def refused(request: Request, _error: FormRefused) -> Response:
        return render(request, "error.html", status=403, status_code=403)


def is_console_path(path: str) -> bool:
    return path == PREFIX or path.startswith(f"{PREFIX}/")


__all__ = ["error_page", "install_console", "is_console_path"]
