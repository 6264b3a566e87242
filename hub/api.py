"""The hub's HTTP API (FastAPI). Every answer other than 2xx carries a readable French reason."""

import gc
import logging
import uuid
from collections.abc import Iterator, Mapping
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select, text
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from hub import activity, courier
from hub.async_lookup import AsyncLookup
from hub.auth import (
    device_for_token,
    hash_secret,
    ids_for_token,
    ids_for_token_async,
    new_token,
    normalise_code,
)
from hub.compression import IsalGZipMiddleware
from hub.config import HubSettings
from hub.console import error_page, install_console, is_console_path
from hub.db import HubDatabase, ensure_state, is_sqlite, open_hub_database, utcnow
from hub.fast_pull import FastPull
from hub.limits import RequestGuard, TokenBucket
from hub.models import Association, Device, EnrollmentCode, HubState
from hub.pull import CursorTooOld, pull_for_token
from hub.push import push_committed
from hub.text import printable
from protocol import messages as p
from protocol.courier import CourierRefused

log = logging.getLogger("entraide.hub")
_RETRY_AFTER = {"Retry-After": {"description": "secondes à attendre", "schema": {"type": "integer"}}}
# What every /v1 route may answer besides its own success, as the OpenAPI document says (FastAPI
# types the entries as dict[str, Any]).
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": p.ErrorResponse, "description": "corps illisible (JSON ou gzip)"},
    401: {"model": p.ErrorResponse, "description": "jeton ou code d'enrôlement refusé"},
    413: {"model": p.ErrorResponse, "description": "requête trop volumineuse"},
    422: {"model": p.ErrorResponse, "description": "donnée refusée, avec chaque champ en cause"},
    429: {"model": p.ErrorResponse, "description": "trop de requêtes", "headers": _RETRY_AFTER},
}
bearer = HTTPBearer(auto_error=False, description="Le jeton de l'appareil, donné une fois par /v1/enroll.")


class Caller:
    def __init__(self, device: Device, association: Association) -> None:
        self.device, self.association = device, association


def create_app(settings: HubSettings, database: HubDatabase | None = None) -> FastAPI:
    db = database or open_hub_database(settings.resolved_database_url())
    app = FastAPI(
        title="Entraide — hub du réseau",
        version=str(p.PROTOCOL_VERSION),
        description="Synchronisation des associations d'un réseau Entraide (protocole 1). "
        "Toutes les routes /v1 sauf /v1/enroll demandent "
        "`Authorization: Bearer JETON`.",
    )
    app.state.db = db
    # On PostgreSQL, pulls are read on the event loop (hub/async_lookup.py).
    on_loop = None if is_sqlite(db.url) else AsyncLookup.for_url(db.url)
    app.add_middleware(FastPull, db=db, on_loop=on_loop)  # innermost: behind the guard and the gzip
    app.add_middleware(IsalGZipMiddleware)
    app.add_middleware(
        RequestGuard,
        max_bytes=settings.max_request_bytes,
        bucket=TokenBucket(settings.rate_limit_per_minute, settings.rate_limit_burst),
        enrolments=TokenBucket(settings.enroll_rate_per_minute, settings.enroll_burst),
        failures=TokenBucket(settings.auth_failure_rate_per_minute, settings.auth_failure_burst),
    )

    def reader() -> Iterator[Session]:
        with db.reader() as session:
            yield session

    def caller(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Caller:
        # A session of its own, closed at once: a push must not keep a reader connection while it
        # waits for a writer's (one pool on PostgreSQL: 30 pushes at once each held one connection
        # and waited for a second until the pool's timeout, then answered 500).
        return db.retrying(lambda session: _authenticated(session, credentials))

    Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]

    async def pusher(credentials: Credentials) -> tuple[str, str]:
        """(device id, association id) of the caller, or 401 as `caller` answers: a push needs
        only the ids, read without ORM objects. On PostgreSQL on the event loop, as pulls are;
        otherwise through the engine's pool in a worker thread (`retrying`: a pool the server
        dropped is renewed there, before the push's own transaction)."""
        token = credentials.credentials.strip() if credentials is not None else ""
        if not token:
            raise _unknown_token()
        if on_loop is not None and not on_loop.busy:
            found = await on_loop.run(lambda connection: ids_for_token_async(connection, token))
        else:
            found = await run_in_threadpool(db.retrying, lambda session: ids_for_token(session, token))
        if found is None:
            raise _unknown_token()
        return found

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if is_console_path(request.url.path):  # the console answers people: a page, not JSON
            return error_page(request, error.status_code)
        # Starlette's own answers (unknown path, wrong method, unreadable body) in French too.
        detail = {
            400: "Requête illisible : le corps n'est pas du JSON valide.",
            404: "Adresse inconnue sur ce hub (voir /docs).",
            405: "Méthode non permise pour cette adresse (voir /docs).",
        }.get(error.status_code)
        if detail is None or (
            isinstance(error.detail, str)
            and error.detail not in ("Not Found", "Method Not Allowed", "There was an error parsing the body")
        ):
            detail = error.detail
        return JSONResponse(
            status_code=error.status_code, content={"detail": detail}, headers=getattr(error, "headers", None)
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0] if error.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        return JSONResponse(
            status_code=422,
            content={
                "detail": f"Donnée refusée ({where or 'requête'}) : {_french(first)}",
                "errors": [
                    {"field": ".".join(map(str, e.get("loc", ()))), "reason": _french(e)}
                    for e in error.errors()[:20]
                ],
            },
        )

    @app.get("/healthz", response_model=p.Health, responses={503: {"model": p.Health}}, tags=["état"])
    def health() -> JSONResponse:
        """L'état du hub et de sa base de données."""
        try:
            with db.reader() as session:
                session.execute(text("SELECT 1"))
                version = session.scalar(select(HubState.last_version).where(HubState.id == 1))
        except Exception as error:
            log.warning("database unavailable: %s", error)
            return JSONResponse(status_code=503, content={"status": "dégradé", "database": "indisponible"})
        return JSONResponse({"status": "ok", "database": "ok", "version": version})

    @app.post("/v1/enroll", response_model=p.EnrollResponse, responses=ERRORS, tags=["appareils"])
    def enroll(body: p.EnrollRequest) -> p.EnrollResponse:
        """Échange un code d'enrôlement à usage unique contre le jeton de l'appareil."""
        with db.writer.begin() as session:
            # Locked until commit: two devices racing with one code cannot both get in.
            code = session.get(EnrollmentCode, hash_secret(normalise_code(body.code)), with_for_update=True)
            if code is None or code.used_at or code.withdrawn_at or code.expires_at < utcnow():
                raise HTTPException(
                    401,
                    "Code d'enrôlement inconnu, déjà utilisé ou expiré : "
                    "demandez-en un nouveau à l'administrateur du hub.",
                )
            token = new_token()
            device = Device(
                id=_uuid(),
                association_id=code.association_id,
                name=_device_name(body.device_name),
                token_hash=hash_secret(token),
                created_at=utcnow(),
                sign_key=body.sign_key,
                box_key=body.box_key,
            )
            session.add(device)
            code.used_at, code.device_id = utcnow(), device.id
            association = session.get_one(Association, code.association_id)
            state = ensure_state(session)
            keys = courier.hub_keys(session).public()
            return p.EnrollResponse(
                device_id=device.id,
                token=token,
                association_id=association.id,
                association_name=association.name,
                hub_instance_id=state.instance_id,
                hub_sign_key=keys.sign,
                hub_box_key=keys.box,
            )

    @app.post(
        "/v1/handshake",
        response_model=p.HandshakeResponse,
        responses={**ERRORS, 426: {"model": p.ErrorResponse, "description": "version trop ancienne"}},
        tags=["sync"],
    )
    def handshake(
        body: p.HandshakeRequest,
        who: Annotated[Caller, Depends(caller)],
        session: Annotated[Session, Depends(reader)],
    ) -> p.HandshakeResponse:
        """Vérifie la version du protocole et donne l'identité de ce hub."""
        if body.protocol_version < p.MIN_PROTOCOL_VERSION:
            reason = (
                f"Cette version d'Entraide est trop ancienne pour ce hub (protocole "
                f"{body.protocol_version}, minimum {p.MIN_PROTOCOL_VERSION}) : "
                "mettez Entraide à jour."
            )
            with db.writer.begin() as noting:
                activity.note_error(noting, who.device.id, reason)
            raise HTTPException(426, reason)
        if activity.handshake_worth_noting(who.device, body.app_version):
            # The console's "last sync", version and monthly activity; at most once a minute. Before
            # the first read: `session` holds no connection yet while this one waits for the writer.
            with db.writer.begin() as noting:
                activity.note_handshake(noting, who.device, body.app_version)
        state = session.scalars(select(HubState).where(HubState.id == 1)).one()
        keys = courier.public_keys(state)
        if keys is None:  # a hub that never enrolled a device since it has keys: made once
            with db.writer.begin() as making:
                keys = courier.hub_keys(making).public()
        return p.HandshakeResponse(
            protocol_min=p.MIN_PROTOCOL_VERSION,
            protocol_max=p.PROTOCOL_VERSION,
            hub_instance_id=state.instance_id,
            association_id=who.association.id,
            association_name=who.association.name,
            device_id=who.device.id,
            deletion_retention_days=settings.deletion_retention_days,
            oldest_cursor=state.oldest_cursor,
            current_version=state.last_version,
            members=[
                p.Member(id=a.id, name=a.name, rna=a.rna, siret=a.siret)
                for a in session.scalars(select(Association).order_by(Association.name))
            ],
            hub_sign_key=keys.sign,
            hub_box_key=keys.box,
        )

    @app.post("/v1/push", response_model=p.PushResponse, responses=ERRORS, tags=["sync"])
    def push(body: p.PushRequest, who: Annotated[tuple[str, str], Depends(pusher)]) -> Response:
        """Applique un lot d'opérations ; le rejouer rend les mêmes réponses sans rien appliquer deux fois."""
        device_id, association_id = who
        results = push_committed(db, association_id, device_id, body.operations)
        # Answered only once committed: an acknowledged change is never lost.
        payload = p.PushResponse(results=results).model_dump_json(exclude_none=True)
        return Response(payload, media_type="application/json")

    @app.get(
        "/v1/pull",
        response_model=p.PullResponse,
        responses={**ERRORS, 410: {"model": p.ErrorResponse, "description": "curseur trop ancien"}},
        tags=["sync"],
    )
    def pull(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
        cursor: Annotated[int, Query(ge=0, le=2**63 - 1)] = 0,  # a database BIGINT
        limit: Annotated[int, Query(ge=1, le=p.MAX_PAGE_SIZE)] = p.DEFAULT_PAGE_SIZE,
    ) -> Response:
        """Les changements visibles par votre association depuis `cursor`, par ordre de version."""
        token = credentials.credentials.strip() if credentials is not None else ""
        if not token:
            raise _unknown_token()
        try:
            # The token and the hub's head in one query: a pull with nothing new (the hub's
            # commonest request) costs one round trip.
            body = db.retrying(lambda session: pull_for_token(session, hash_secret(token), cursor, limit))
        except CursorTooOld:
            raise HTTPException(
                410,
                "Votre copie est trop ancienne pour une mise à jour partielle : "
                "une resynchronisation complète est nécessaire.",
            ) from None
        if body is None:
            raise _unknown_token()
        return Response(body, media_type="application/json")

    @app.post(
        "/v1/device-keys",
        status_code=204,
        responses={**ERRORS, 409: {"model": p.ErrorResponse, "description": "clés déjà enregistrées"}},
        tags=["appareils"],
    )
    def device_keys(body: p.DeviceKeysRequest, who: Annotated[Caller, Depends(caller)]) -> Response:
        """Enregistre les clés de liaison d'un appareil enrôlé avant elles (une seule fois : un jeton
        volé ne peut pas remplacer des clés déjà connues)."""
        with db.writer.begin() as session:
            device = session.get_one(Device, who.device.id, with_for_update=True)
            if device.sign_key or device.box_key:
                raise HTTPException(409, "Cet appareil a déjà ses clés de liaison.")
            device.sign_key, device.box_key = body.sign_key, body.box_key
        return Response(status_code=204)

    @app.post(
        "/v1/courier",
        responses={
            **ERRORS,
            200: {"content": {"application/octet-stream": {}}, "description": "la réponse scellée"},
            403: {"model": p.ErrorResponse, "description": "appareil d'origine révoqué"},
        },
        response_class=Response,
        tags=["sync"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "description": "le fichier de liaison tel qu'il est (fichier .entraide)",
                "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def courier_relay(request: Request, who: Annotated[Caller, Depends(caller)]) -> Response:
        """Transmet un fichier de liaison préparé par un autre appareil (corps : le fichier tel quel) ;
        répond par le fichier de réponse, lisible par cet appareil seul."""
        data = await request.body()
        try:
            sealed = await run_in_threadpool(courier.relay, db, data, who.device.id)
        except courier.CourierError as error:
            raise HTTPException(error.status, error.reason) from None
        except CourierRefused as refused:
            raise HTTPException(422, courier.REASONS.get(refused.code, courier.REASONS["damaged"])) from None
        return Response(sealed, media_type="application/octet-stream")

    app.state.enrollment_ttl = timedelta(hours=settings.enrollment_code_hours)
    install_console(app, settings, db)
    return app


def _authenticated(session: Session, credentials: HTTPAuthorizationCredentials | None) -> Caller:
    """The live device of this bearer token, or 401."""
    token = credentials.credentials.strip() if credentials is not None else ""
    found = device_for_token(session, token) if token else None
    if found is None:
        raise _unknown_token()
    return Caller(*found)


def _unknown_token() -> HTTPException:
    return HTTPException(
        401,
        "Jeton d'appareil inconnu ou révoqué : enrôlez à nouveau cet appareil.",
        headers={"WWW-Authenticate": "Bearer"},
    )


_FRENCH_ERRORS = {
    "missing": "valeur obligatoire absente",
    "extra_forbidden": "champ inconnu de ce protocole",
    "json_invalid": "JSON illisible",
    "too_long": "trop d'éléments (au plus {max_length})",
    "too_short": "pas assez d'éléments (au moins {min_length})",
    "string_too_long": "texte trop long (au plus {max_length} caractères)",
    "string_too_short": "texte trop court (au moins {min_length} caractères)",
    "string_pattern_mismatch": "format invalide",
    "greater_than_equal": "doit valoir au moins {ge}",
    "less_than_equal": "doit valoir au plus {le}",
    "int_parsing": "nombre entier attendu",
    "int_type": "nombre entier attendu",
    "string_type": "texte attendu",
    "list_type": "liste attendue",
    "dict_type": "objet attendu",
    "model_type": "objet attendu",
    "model_attributes_type": "objet attendu",
    "bool_type": "vrai ou faux attendu",
    "bool_parsing": "vrai ou faux attendu",
    "enum": "valeur inconnue (possibles : {expected})",
}


# FastAPI hands validation errors over as Any: pydantic's ErrorDetails, or {} when there is none.
def _french(error: Mapping[str, Any]) -> str:
    """Pydantic's reason in French (our own validators already speak French)."""
    kind, ctx, loc = error.get("type", ""), error.get("ctx") or {}, error.get("loc", ())
    if kind == "value_error" and "error" in ctx:
        return str(ctx["error"])
    if loc and loc[-1] == "[key]":
        return f"nom de champ invalide : {str(error.get('input'))[:80]!r}"
    if kind == "string_pattern_mismatch" and loc and loc[-1] == "record_id":
        return "doit être un UUID en minuscules"
    try:
        return _FRENCH_ERRORS[kind].format(**ctx)
    except (KeyError, IndexError):
        return f"format invalide ({error.get('msg', kind)})"


def _uuid() -> str:
    return str(uuid.uuid4())


def _device_name(name: str) -> str:
    """A device name fit for a one-line listing and any database (PostgreSQL refuses NUL)."""
    return printable(name).strip()[:100] or "Appareil"


def app_from_env() -> FastAPI:
    """Factory for uvicorn's worker processes: settings come from ENTRAIDE_HUB_* variables."""
    settings = HubSettings.from_env()
    logging.basicConfig(level=settings.log_level.upper())
    app = create_app(settings)
    # What start-up made (modules, the app, the routes) lives as long as the worker: out of the
    # garbage collector's sight, its full passes no longer walk it between requests.
    gc.freeze()
    return app
