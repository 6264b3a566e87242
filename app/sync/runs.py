"""What the window and the command line both do with the hub: enrol this computer, and one sync
run with its follow-ups. Written once here; each caller only shows the outcome its own way."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import stored
from app.logs import events
from app.paths import DataPaths
from app.services.needs.alerts import find_new_matches
from app.services.practices.mentoring import follow_up_requests
from app.sync.client import HubClient, HubError
from app.sync.courier.relay import Carried, relay_stick
from app.sync.credentials import TokenStore
from app.sync.engine import Progress, SyncEngine, SyncReport, sync_state
from protocol import messages as p
from protocol.courier import KeyPair


class NotEnrolled(Exception):
    """This computer is linked to no hub yet."""


@dataclass(frozen=True)
class SyncOutcome:
    report: SyncReport
    mentoring_noted: int  # mentoring requests for our practices, noted in our contacts
    new_matches: int = 0  # good matches for our open needs and offers among what arrived
    carried: list[Carried] = field(default_factory=list)  # others' courier files found on the stick


def enroll(
    hub_url: str, code: str, device_name: str, tokens: TokenStore, *, retries: int = 3
) -> p.EnrollResponse:
    """Ask the hub for a device token with a one-time code, and keep the token safe, with the
    private courier keys made here (only their public halves go to the hub)."""
    keys = KeyPair.generate()
    answer = HubClient(hub_url, retries=retries).enroll(code, device_name, keys.public())
    tokens.save(hub_url, answer.token)
    tokens.save_courier_secret(hub_url, keys.secret())
    return answer


def hub_record(hub_url: str, tokens: TokenStore) -> p.Member | None:
    """How the hub names us (name, RNA, SIRET), asked with the token just received: compared at
    enrolment with the identity typed on this computer (app/services/identity.py)."""
    hello = HubClient(hub_url, tokens.load(hub_url), retries=1).handshake()
    return next((member for member in hello.members if member.id == hello.association_id), None)


def remember_enrolment(session: Session, hub_url: str, answer: p.EnrollResponse) -> None:
    state = sync_state(session)
    # association_id is set by the first sync: until then it names what we owned before,
    # which that sync re-sends to this hub.
    state.hub_url = hub_url.rstrip("/")
    state.association_name, state.device_id = answer.association_name, answer.device_id
    state.hub_sign_key, state.hub_box_key = answer.hub_sign_key, answer.hub_box_key


def run_sync(
    database: Database,
    paths: DataPaths,
    *,
    progress: Progress | None = None,
    allow_mass_deletion: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> SyncOutcome:
    """One sync with the hub this computer is enrolled with, then its follow-ups. A hub's
    refusal or absence is remembered for the status line and raised again."""
    hub_url = database.run(lambda s: sync_state(s).hub_url)
    if not hub_url:
        raise NotEnrolled()
    tokens = TokenStore(paths.root)
    client = HubClient(hub_url, tokens.load(hub_url), cancelled=cancelled or (lambda: False))
    started = time.monotonic()
    _courier_keys(client, tokens, hub_url)
    try:
        report = SyncEngine(
            database, client, paths.backups, progress=progress, allow_mass_deletion=allow_mass_deletion
        ).run()
    except Exception as error:
        events.record("sync", "failed", error=type(error).__name__, ms=_ms_since(started))
        if isinstance(error, HubError):
            message = stored(error.text)
            database.run(lambda s: setattr(sync_state(s), "last_error", message))
        raise
    # Mentoring asked of us by another association: noted in our contacts, once.
    outcome = SyncOutcome(
        report, database.run(follow_up_requests), database.run(find_new_matches), relay_stick(database, paths)
    )
    events.record(
        "sync",
        "done",
        pushed=report.pushed,
        pulled=report.pulled,
        conflicts=report.conflicts,
        deleted=sum(report.deletions.values()),
        hub_replaced=report.hub_replaced,
        mentoring=outcome.mentoring_noted,
        ms=_ms_since(started),
    )
    return outcome


def _courier_keys(client: HubClient, tokens: TokenStore, hub_url: str) -> None:
    """A computer enrolled before courier files gets its keys at its next sync (never blocking it:
    a refusal leaves it as it was, and the courier commands say to enrol again)."""
    if tokens.load_courier_secret(hub_url) is not None:
        return
    keys = KeyPair.generate()
    try:
        client.register_keys(keys.public())
    except HubError as error:
        events.record("courier", "keys_refused", error=type(error).__name__)
        return
    tokens.save_courier_secret(hub_url, keys.secret())


def _ms_since(started: float) -> int:
    return round((time.monotonic() - started) * 1000)
