"""Talking to the hub over HTTP: timeouts, gzip, retries with backoff that honour Retry-After,
and errors a volunteer can act on. TLS certificates are always verified."""

from __future__ import annotations

import functools
import gzip
import json
import random
import time
from collections.abc import Callable, Sequence
from typing import Any

import orjson
import requests

from app import __version__
from app.errors import Message, Said
from app.i18n import QT_TRANSLATE_NOOP
from protocol import messages as p
from protocol.courier import PublicKeys
from protocol.messages import OperationData, OpResultData, PullData

GZIP_ABOVE = 2048
MAX_WAIT_SECONDS = 60
NOT_THE_HUB = QT_TRANSLATE_NOOP(
    "entraide",
    "La réponse reçue ne vient pas du hub (un réseau wifi demande peut-être de se connecter) : "
    "réessayez plus tard.",
)
NOT_ENROLLED = QT_TRANSLATE_NOOP(
    "entraide", "Cet ordinateur n'est pas encore relié au hub : enrôlez-le d'abord."
)
# What the hub's status codes mean is fixed by the protocol: the client says it in its user's
# language. Other refusals carry the hub's own reason ({1}), worded by the hub, in French.
REFUSES_DEVICE = QT_TRANSLATE_NOOP(
    "entraide", "Le hub ne reconnaît pas cet ordinateur (jeton inconnu ou révoqué) : enrôlez-le à nouveau."
)
REFUSES_CODE = QT_TRANSLATE_NOOP(
    "entraide",
    "Code d'enrôlement inconnu, déjà utilisé ou expiré : demandez-en un nouveau à l'administrateur du hub.",
)
TOO_OLD = QT_TRANSLATE_NOOP(
    "entraide", "Cette version d'Entraide est trop ancienne pour ce hub : mettez Entraide à jour."
)
HUB_TROUBLE = QT_TRANSLATE_NOOP("entraide", "Le hub a un problème ({0}) : réessayez plus tard.")
REFUSED = QT_TRANSLATE_NOOP("entraide", "Le hub a refusé la demande ({0}) : {1}")


def insecure_address(url: str) -> bool:
    """http:// is refused except on this computer: the token would travel in clear."""
    from urllib.parse import urlsplit

    parts = urlsplit(url.strip())
    if parts.scheme == "https":
        return False
    return not (parts.scheme == "http" and parts.hostname in ("localhost", "127.0.0.1", "::1"))


class HubError(Said):
    """A sync failure; its `text` says what to do (the hub's own reasons come as it words them)."""


class HubUnreachable(HubError):
    pass


class Unauthorized(HubError):
    pass


class ResyncNeeded(HubError):
    """410: our cursor is older than the deletions the hub still remembers."""


class Cancelled(HubError):
    pass


class HubClient:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: tuple[float, float] = (5, 60),
        retries: int = 4,
        backoff: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self._sleep, self._cancelled = sleep, cancelled
        self.http = requests.Session()
        self.http.headers["User-Agent"] = f"Entraide/{__version__}"

    # --- endpoints ----------------------------------------------------------------
    def enroll(self, code: str, device_name: str, keys: PublicKeys | None = None) -> p.EnrollResponse:
        body = p.EnrollRequest(
            code=code,
            device_name=device_name,
            sign_key=keys.sign if keys else None,
            box_key=keys.box if keys else None,
        ).model_dump(exclude_none=True)
        return p.EnrollResponse.model_validate(self._call("POST", "/v1/enroll", body, auth=False))

    def handshake(self) -> p.HandshakeResponse:
        body = {"protocol_version": p.PROTOCOL_VERSION, "app_version": __version__}
        return p.HandshakeResponse.model_validate(self._call("POST", "/v1/handshake", body))

    def push(self, operations: Sequence[OperationData]) -> list[OpResultData]:
        results: list[OpResultData] = self._call("POST", "/v1/push", {"operations": operations})["results"]
        return results

    def pull(self, cursor: int, limit: int = p.DEFAULT_PAGE_SIZE) -> PullData:
        return self.fetch(cursor, limit)()

    def fetch(self, cursor: int, limit: int = p.DEFAULT_PAGE_SIZE) -> Callable[[], PullData]:
        """A page downloaded, its JSON still to read: the sync's download thread reads it when the
        page being written no longer needs the interpreter (app/sync/engine.py)."""
        body: bytes = self._call("GET", f"/v1/pull?cursor={cursor}&limit={limit}", binary=True)
        return functools.partial(_json_of, body)

    def register_keys(self, keys: PublicKeys) -> None:
        """For a device enrolled before courier files: its public keys, once."""
        body = p.DeviceKeysRequest(sign_key=keys.sign, box_key=keys.box).model_dump()
        self._call("POST", "/v1/device-keys", body, binary=True)

    def relay(self, sealed: bytes) -> bytes:
        """Hand a courier file to the hub; its answer, sealed for the file's device, comes back."""
        answer: bytes = self._call("POST", "/v1/courier", sealed, binary=True)
        return answer

    def reachable(self) -> bool:
        try:
            return self.http.get(self.base_url + "/healthz", timeout=(3, 5)).ok
        except requests.RequestException:
            return False

    # --- one request, retried ----------------------------------------------------------
    # The hub's answer as JSON: Any, as json.loads gives it; each endpoint above says its shape.
    def _call(
        self, method: str, path: str, body: object = None, *, auth: bool = True, binary: bool = False
    ) -> Any:
        headers: dict[str, str] = {}
        data: bytes | None = None
        if auth:
            if not self.token:
                raise Unauthorized(NOT_ENROLLED)
            headers["Authorization"] = f"Bearer {self.token}"
        if isinstance(body, bytes):  # a courier file, sent as it is (sealed: gzip gains nothing)
            data, headers["Content-Type"] = body, "application/octet-stream"
        elif body is not None:
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
            headers["Content-Type"] = "application/json"
            if len(data) > GZIP_ABOVE:
                data, headers["Content-Encoding"] = gzip.compress(data, compresslevel=5), "gzip"
        attempt = 0
        while True:
            if self._cancelled():
                raise Cancelled(QT_TRANSLATE_NOOP("entraide", "Synchronisation annulée."))
            try:
                answer = self.http.request(
                    method, self.base_url + path, data=data, headers=headers, timeout=self.timeout
                )
            except requests.exceptions.SSLError as error:
                raise HubUnreachable(
                    QT_TRANSLATE_NOOP(
                        "entraide",
                        "Le certificat du hub n'est pas valable : la connexion a été refusée "
                        "par sécurité. Prévenez l'administrateur du hub.",
                    )
                ) from error
            except requests.RequestException as error:
                if attempt >= self.retries:
                    raise HubUnreachable(
                        QT_TRANSLATE_NOOP(
                            "entraide",
                            "Le hub ne répond pas : vérifiez la connexion à Internet, "
                            "la synchronisation reprendra d'elle-même.",
                        )
                    ) from error
                self._wait(attempt, None)
                attempt += 1
                continue
            if answer.status_code in (429, 502, 503, 504) and attempt < self.retries:
                self._wait(attempt, answer.headers.get("Retry-After"))
                attempt += 1
                continue
            if binary and answer.ok:
                return answer.content
            return self._result(answer, auth)

    def _wait(self, attempt: int, retry_after: str | None) -> None:
        if retry_after and retry_after.isdigit():
            delay = min(float(retry_after), MAX_WAIT_SECONDS)
        else:
            delay = min(self.backoff * 2**attempt, MAX_WAIT_SECONDS) * (0.5 + random.random())
        self._sleep(delay)

    @staticmethod
    def _result(answer: requests.Response, auth: bool = True) -> Any:
        if answer.ok:
            return _json_of(answer.content)
        try:
            detail = answer.json().get("detail")
        except ValueError:
            detail = None
        reason = detail if isinstance(detail, str) else answer.reason
        if answer.status_code == 401:  # a device's token, or (enrolling) a one-time code
            raise Unauthorized(REFUSES_DEVICE if auth else REFUSES_CODE)
        if answer.status_code == 410:
            raise ResyncNeeded(reason)
        if answer.status_code == 426:
            raise HubError(TOO_OLD)
        if answer.status_code >= 500:
            raise HubUnreachable(Message(HUB_TROUBLE, (answer.status_code,)))
        raise HubError(Message(REFUSED, (answer.status_code, reason)))


def _json_of(body: bytes) -> Any:
    """A successful answer's JSON; not JSON: a captive portal's page, a proxy's, not the hub.
    Read by orjson, a third faster than `json` on a page of 5,000 records (the first sync's
    download thread shares the interpreter with the writer); what orjson refuses and `json`
    takes (a lone surrogate escaped in a text, a number beyond 64 bits) is read by `json`, so
    that no record a laptop could push stops the others' sync."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(body)
    except ValueError as error:
        raise HubUnreachable(NOT_THE_HUB) from error
