"""What every console page shares: the templates, the response headers, who is logged in, the
checked form, and the answers to a missing session, a forged form or an unknown address."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, TypeVar
from urllib.parse import quote, urlsplit

import jinja2
from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from hub.config import HubSettings
from hub.console import sessions
from hub.console.i18n import LANGUAGE_COOKIE, N_, Translator, choose_language, zone
from hub.db import HubDatabase, utcnow
from hub.text import without_controls

HERE = Path(__file__).resolve().parent
PREFIX = "/admin"
_Response = TypeVar("_Response", bound=Response)
HEADERS = {
    # Plain forms and one style sheet: nothing else may load, run or frame the console.
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
NAVIGATION = (
    ("home", "", N_("Accueil")),
    ("associations", "/associations", N_("Associations")),
    ("codes", "/codes", N_("Codes d'enrôlement")),
    ("devices", "/appareils", N_("Appareils")),
    ("pulse", "/activite", N_("Activité du réseau")),
    ("operations", "/exploitation", N_("Exploitation")),
    ("journal", "/journal", N_("Journal")),
)
# What a page says after a change was made (…?message=KEY, after the redirect).
MESSAGES = {
    "association-creee": N_(
        "L'association est créée. Faites-lui un code d'enrôlement pour son premier ordinateur."
    ),
    "association-modifiee": N_("Les changements sont enregistrés."),
    "code-retire": N_("Le code est retiré : il ne permet plus de rejoindre le réseau."),
    "appareil-revoque": N_("L'appareil est révoqué : le hub le refuse désormais."),
    "sauvegarde-faite": N_("La sauvegarde est faite."),
}


@dataclass
class Console:
    settings: HubSettings
    db: HubDatabase
    templates: jinja2.Environment = field(init=False)
    _signer: sessions.Signed | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.zone = zone(self.settings.timezone)

    def signer(self) -> sessions.Signed:
        if self._signer is None:  # made once in the database, the same for every worker
            with self.db.writer.begin() as session:
                self._signer = sessions.load_signer(session)
        return self._signer

    def secure_cookie(self, request: Request) -> bool:
        return self.settings.console_secure_cookie == "yes" or request.url.scheme == "https"


def console(request: Request) -> Console:
    here: Console = request.app.state.console  # Starlette's State holds anything
    return here


def translator(request: Request) -> Translator:
    language = choose_language(request.cookies.get(LANGUAGE_COOKIE), request.headers.get("accept-language"))
    return Translator(language, console(request).zone)


def secured(response: _Response) -> _Response:
    response.headers.update(HEADERS)
    return response


def render(
    request: Request,
    template: str,
    *,
    status: int = 200,
    viewer: sessions.Viewer | None = None,
    **context: Any,
) -> HTMLResponse:
    t = translator(request)
    page = (
        console(request)
        .templates.get_template(template)
        .render(
            _=t.gettext,
            _n=t.ngettext,
            t=t,
            viewer=viewer,
            csrf=viewer.csrf if viewer else "",
            now=utcnow(),
            path=request.url.path,
            query=request.url.query,
            navigation=NAVIGATION,
            prefix=PREFIX,
            message=MESSAGES.get(request.query_params.get("message", "")),
            **context,
        )
    )
    return secured(HTMLResponse(page, status_code=status))


def redirect(url: str) -> Response:
    return secured(RedirectResponse(url, status_code=303))


def local_path(target: str | None, default: str = PREFIX) -> str:
    """Only a path of the console itself, never another site (no open redirect)."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith(PREFIX) or target.startswith("//"):
        return default
    return target


# --- who is there -----------------------------------------------------------------------------


class LoginRequired(Exception):
    def __init__(self, expired: bool = False) -> None:
        self.expired = expired


class FormRefused(Exception):
    """A form without the session's anti-forgery token."""


def current_viewer(request: Request) -> sessions.Viewer:
    """The logged-in coordinator; any request without a live session goes to the login page.
    A device's bearer token is no session: it is never looked at here."""
    here = console(request)
    cookie = request.cookies.get(sessions.COOKIE)
    token = here.signer().unsign(cookie, "session", here.settings.console_session_hours * 3600)
    if token is None:
        raise LoginRequired(expired=bool(cookie))
    now = utcnow()
    with here.db.reader() as session:
        try:
            viewer, stale = sessions.find_viewer(session, token, here.settings, now)
        except sessions.SessionExpired:
            raise LoginRequired(expired=True) from None
    if stale:
        with here.db.writer.begin() as session:
            sessions.touch(session, token, now)
    return viewer


async def form_data(request: Request) -> dict[str, str]:
    try:
        form = await request.form()
    except Exception:  # an unreadable body is no form: the token check refuses it
        return {}
    # Nobody types a control character, and PostgreSQL refuses NUL: gone before anything reads it.
    return {key: without_controls(value) for key, value in form.items() if isinstance(value, str)}


def usable_key(value: str) -> bool:
    """Whether an id taken from the address can be looked up at all: no id of the hub is longer
    than 64 characters, and PostgreSQL refuses NUL (a made-up address gets a 404, not a 500)."""
    return 0 < len(value) <= 64 and without_controls(value) == value


def whole_number(value: str | None) -> int | None:
    """A number from the address, in ASCII digits only ("²" is a digit to str.isdigit())."""
    return int(value) if value and value.isascii() and value.isdigit() else None


Viewer = Annotated[sessions.Viewer, Depends(current_viewer)]
FormData = Annotated[dict[str, str], Depends(form_data)]


@dataclass(frozen=True)
class Posted:
    viewer: sessions.Viewer
    form: dict[str, str]

    def get(self, name: str) -> str:
        return self.form.get(name, "").strip()


def checked_form(viewer: Viewer, form: FormData) -> Posted:
    if not sessions.csrf_matches(viewer.csrf, form.get("csrf")):
        raise FormRefused
    return Posted(viewer, form)


Checked = Annotated[Posted, Depends(checked_form)]


def login_page(request: Request, expired: bool = False) -> Response:
    """To the login page, then back to the page asked for (a form's target is no page)."""
    back = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    back = back if request.method == "GET" else PREFIX
    target = f"{PREFIX}/connexion?suite={quote(back, safe='/')}"
    response = redirect(target + ("&expiree=1" if expired else ""))
    if expired:
        response.delete_cookie(sessions.COOKIE, path=sessions.COOKIE_PATH)
    return response


def error_page(request: Request, status: int) -> Response:
    return render(request, "error.html", status=status, status_code=status)
