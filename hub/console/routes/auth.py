"""Logging in and out, and the console's language."""

from __future__ import annotations

import functools
import math
import secrets
from datetime import timedelta

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hub import audit
from hub.console import passwords, ratelimit, sessions
from hub.console.i18n import LANGUAGE_COOKIE, LANGUAGES, N_
from hub.console.web import (
    PREFIX,
    Checked,
    Console,
    FormData,
    LoginRequired,
    console,
    current_viewer,
    local_path,
    redirect,
    render,
)
from hub.db import utcnow
from hub.models import ConsoleAdmin

router = APIRouter(prefix=PREFIX, include_in_schema=False)
LOGIN_TOKEN_SECONDS = 2 * 3600
BROWSER_MARK_SECONDS = 365 * 86400


def _login_form(
    request: Request,
    *,
    email: str = "",
    error: str | None = None,
    status: int = 200,
    suite: str | None = None,
    wait_minutes: int | None = None,
) -> Response:
    nonce = secrets.token_urlsafe(24)
    here = console(request)
    response = render(
        request,
        "login.html",
        status=status,
        email=email,
        error=error,
        login_token=nonce,
        suite=local_path(request.query_params.get("suite") or suite),
        expired=request.query_params.get("expiree") == "1",
        goodbye=request.query_params.get("au-revoir") == "1",
        wait_minutes=wait_minutes,
    )
    response.set_cookie(
        sessions.LOGIN_COOKIE,
        here.signer().sign(nonce, "login"),
        max_age=LOGIN_TOKEN_SECONDS,
        path=f"{PREFIX}/connexion",
        httponly=True,
        samesite="strict",
        secure=here.secure_cookie(request),
    )
    return response


@router.get("/connexion")
def login_page(request: Request) -> Response:
    try:  # already logged in (a bookmark, the back button): straight to the console
        current_viewer(request)
    except LoginRequired:
        return _login_form(request)
    return redirect(local_path(request.query_params.get("suite")))


def _client(request: Request, email: str) -> str:
    """Who is trying, for the limit: a browser where this address logged in before (its signed
    mark), else the machine's address."""
    signed = request.cookies.get(sessions.BROWSER_COOKIE)
    mark = console(request).signer().unsign(signed, "browser", BROWSER_MARK_SECONDS)
    if mark and mark.split(":", 1)[0] == ratelimit.address_key(email):
        return ratelimit.browser_key(mark)
    return request.client.host if request.client else "?"


def _conclude(
    session: Session,
    here: Console,
    admin: ConsoleAdmin | None,
    attempt: int,
    accepted: bool,
    rehashed: str | None,
) -> str | None:
    """After the check: the audit line, and for the right password a session (its token)."""
    if not accepted or admin is None:  # no account is never accepted
        if admin is not None:
            audit.record(session, admin.email, "login_failed")
        return None
    ratelimit.succeeded(session, attempt)
    admin = session.get_one(ConsoleAdmin, admin.id)
    if rehashed:  # the library's parameters changed: the password is hashed again with them
        admin.password_hash = rehashed
    audit.record(session, admin.email, "login")
    return sessions.open_session(session, admin, here.settings)


@router.post("/connexion")
def log_in(request: Request, form: FormData) -> Response:
    here = console(request)
    email, password = form.get("email", "").strip().lower()[:254], form.get("password", "")
    again = functools.partial(_login_form, request, email=email, suite=local_path(form.get("suite")))
    nonce = here.signer().unsign(request.cookies.get(sessions.LOGIN_COOKIE), "login", LOGIN_TOKEN_SECONDS)
    if nonce is None or not sessions.csrf_matches(nonce, form.get("csrf")):
        return again(
            status=403, error=N_("La page de connexion a expiré : saisissez à nouveau votre mot de passe.")
        )
    client = _client(request, email)
    with here.db.reader() as session:  # a flood of refused tries never waits for the writer
        attempt: int | timedelta | None = ratelimit.wait_before_next(session, email, client, utcnow())
    admin: ConsoleAdmin | None = None
    if attempt is None:
        with here.db.writer.begin() as session:  # noted as failed before the check (see ratelimit)
            attempt = ratelimit.reserve(session, email, client, utcnow())
            admin = session.scalar(select(ConsoleAdmin).where(func.lower(ConsoleAdmin.email) == email))
    if isinstance(attempt, timedelta):
        return again(status=429, wait_minutes=max(1, math.ceil(attempt.total_seconds() / 60)))
    try:
        accepted = passwords.check(admin.password_hash if admin else None, password)
        stale = accepted and admin is not None and passwords.needs_rehash(admin.password_hash)
        rehashed = passwords.hash_password(password) if stale else None  # not while holding the writer
    except passwords.Busy:
        return again(status=503, error=N_("Le hub est très sollicité : réessayez dans une minute."))
    with here.db.writer.begin() as session:
        token = _conclude(session, here, admin, attempt, accepted, rehashed)
    if token is None:
        return again(status=401, error=N_("Adresse ou mot de passe incorrect."))
    response = redirect(local_path(form.get("suite")))
    secure = here.secure_cookie(request)
    response.set_cookie(
        sessions.COOKIE,
        here.signer().sign(token, "session"),
        max_age=here.settings.console_session_hours * 3600,
        path=sessions.COOKIE_PATH,
        httponly=True,
        samesite="lax",
        secure=secure,
    )
    response.set_cookie(  # this browser is now known for this address (see ratelimit)
        sessions.BROWSER_COOKIE,
        here.signer().sign(f"{ratelimit.address_key(email)}:{secrets.token_urlsafe(16)}", "browser"),
        max_age=BROWSER_MARK_SECONDS,
        path=f"{PREFIX}/connexion",
        httponly=True,
        samesite="strict",
        secure=secure,
    )
    response.delete_cookie(sessions.LOGIN_COOKIE, path=f"{PREFIX}/connexion")
    return response


@router.post("/deconnexion")
def log_out(request: Request, posted: Checked) -> Response:
    here = console(request)
    token = here.signer().unsign(
        request.cookies.get(sessions.COOKIE), "session", here.settings.console_session_hours * 3600
    )
    with here.db.writer.begin() as session:
        if token:
            sessions.close_session(session, token)
        audit.record(session, posted.viewer.email, "logout")
    response = redirect(f"{PREFIX}/connexion?au-revoir=1")
    response.delete_cookie(sessions.COOKIE, path=sessions.COOKIE_PATH)
    return response


@router.get("/langue/{language}")
def choose_language(request: Request, language: str) -> Response:
    """A preference, not an action on the network: a plain link, no form needed."""
    response = redirect(local_path(request.query_params.get("suite")))
    if language in LANGUAGES:
        response.set_cookie(
            LANGUAGE_COOKIE,
            language,
            max_age=365 * 86400,
            path=PREFIX,
            samesite="lax",
            secure=console(request).secure_cookie(request),
        )
    return response
