"""The console's walls: no page without a session, a form token on every form, a device token
opens nothing here and a console session nothing of the sync API, a limited login form, sessions
that end, and no private record's content in any page the console serves."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from hub.console import ratelimit
from hub.db import utcnow
from hub.models import Association, ConsoleAudit, ConsoleSession, Device, NetworkActivity
from tests.hub.console.conftest import EMAIL, PASSWORD, csrf_of, log_in, operation, text_of

PAGES = [
    "/admin",
    "/admin/associations",
    "/admin/associations/nouvelle",
    "/admin/codes",
    "/admin/appareils",
    "/admin/activite",
    "/admin/activite.csv",
    "/admin/exploitation",
    "/admin/journal",
]
FORMS = [
    "/admin/associations/nouvelle",
    "/admin/codes",
    "/admin/codes/fiche",
    "/admin/exploitation/sauvegarde",
    "/admin/deconnexion",
]


def test_no_page_and_no_form_without_a_session(console):
    stranger = console.app_client()
    device = console.device("Les Amis")
    pages = [
        *PAGES,
        f"/admin/associations/{device.association_id}",
        f"/admin/appareils/{device.device_id}/revoquer",
    ]
    for path in pages:
        answer = stranger.get(path, follow_redirects=False)
        assert answer.status_code == 303, path
        assert answer.headers["location"].startswith("/admin/connexion?suite="), path
    forms = [
        *FORMS,
        f"/admin/appareils/{device.device_id}/revoquer",
        f"/admin/associations/{device.association_id}/modifier",
    ]
    for path in forms:
        answer = stranger.post(
            path, data={"name": "Intrus", "association_id": device.association_id, "hours": "24"}
        )
        assert answer.status_code == 200 and 'action="/admin/connexion"' in answer.text, path
    with console.database.reader() as session:
        assert session.scalar(select(Association).where(Association.name == "Intrus")) is None
        assert session.get(Device, device.device_id).revoked_at is None
    # The login page keeps where the coordinator was going.
    answer = stranger.get("/admin/appareils?voir=silencieux")
    assert 'name="suite" value="/admin/appareils?voir=silencieux"' in answer.text


def test_a_device_token_opens_no_console_page(console):
    device = console.device("Les Amis")
    stranger = console.app_client()
    for path in ("/admin", "/admin/associations", "/admin/appareils"):
        answer = stranger.get(path, headers=device.headers, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/admin/connexion")
    # Not even as a cookie.
    stranger.cookies.set("entraide_console", device.token, path="/admin")
    assert stranger.get("/admin", follow_redirects=False).status_code == 303


def test_a_console_session_never_opens_the_sync_api(console):
    cookie = next(c for c in console.client.cookies.jar if c.name == "entraide_console")
    assert cookie.path == "/admin"  # a browser never even sends it to /v1
    stranger = console.app_client()
    stranger.cookies.set("entraide_console", cookie.value)  # sent everywhere, for the test's sake
    answers = [
        stranger.post("/v1/handshake", json={"protocol_version": 1}),
        stranger.get("/v1/pull"),
        stranger.post("/v1/push", json={"operations": [operation("contact", display_name="x")]}),
    ]
    assert [a.status_code for a in answers] == [401, 401, 401]
    # Nor does its token, as a bearer.
    assert stranger.get("/v1/pull", headers={"Authorization": f"Bearer {cookie.value}"}).status_code == 401


def test_every_form_needs_the_session_token(console):
    device = console.device("Les Amis")
    client = console.client
    attempts = [
        ("/admin/associations/nouvelle", {"name": "Sans jeton"}),
        ("/admin/codes", {"association_id": device.association_id, "hours": "24"}),
        (f"/admin/appareils/{device.device_id}/revoquer", {}),
        ("/admin/exploitation/sauvegarde", {}),
        ("/admin/deconnexion", {}),
    ]
    for path, data in attempts:
        for token in (None, "faux", csrf_of(console.app_client().get("/admin/connexion").text)):
            sent = {**data, **({"csrf": token} if token else {})}
            answer = client.post(path, data=sent, follow_redirects=False)
            assert answer.status_code == 403 and "Formulaire refusé" in text_of(answer.text), (path, token)
    with console.database.reader() as session:
        assert session.scalar(select(Association).where(Association.name == "Sans jeton")) is None
        assert session.get(Device, device.device_id).revoked_at is None
    assert client.get("/admin", follow_redirects=False).status_code == 200  # still logged in
    # The login form has its own token.
    stranger = console.app_client()
    answer = stranger.post("/admin/connexion", data={"email": EMAIL, "password": PASSWORD, "csrf": "x"})
    assert answer.status_code == 403 and f'value="{EMAIL}"' in answer.text


def test_login_attempts_are_limited_across_workers(console):
    first, second = console.app_client(), console.app_client()  # two processes of one hub
    for attempt in range(ratelimit.PER_ADDRESS):
        client = first if attempt % 2 else second
        page = client.get("/admin/connexion")
        answer = client.post(
            "/admin/connexion",
            data={"email": EMAIL, "password": "mauvais mot de passe", "csrf": csrf_of(page.text)},
        )
        assert answer.status_code == 401 and "Adresse ou mot de passe incorrect." in answer.text
        assert f'value="{EMAIL}"' in answer.text  # what was typed stays
    page = first.get("/admin/connexion")
    answer = first.post(
        "/admin/connexion", data={"email": EMAIL, "password": PASSWORD, "csrf": csrf_of(page.text)}
    )
    assert answer.status_code == 429 and "Trop d'essais de connexion" in text_of(answer.text)
    assert "entraide_console" not in {c.name for c in first.cookies.jar}
    with console.database.reader() as session:
        failures = session.scalars(
            select(ConsoleAudit.action).where(ConsoleAudit.action == "login_failed")
        ).all()
        assert len(failures) == ratelimit.PER_ADDRESS
    # A quarter of an hour later, the right password opens the console again.
    with console.database.writer.begin() as session:
        session.execute(update(ratelimit.ConsoleLoginAttempt).values(at=utcnow() - ratelimit.WINDOW))
    log_in(second)


def test_unknown_addresses_are_limited_too_and_tell_nothing(console):
    client = console.app_client()
    for _ in range(ratelimit.PER_ADDRESS):
        page = client.get("/admin/connexion")
        answer = client.post(
            "/admin/connexion",
            data={"email": "personne@ex.fr", "password": PASSWORD, "csrf": csrf_of(page.text)},
        )
        assert answer.status_code == 401 and "Adresse ou mot de passe incorrect." in answer.text
    page = client.get("/admin/connexion")
    answer = client.post(
        "/admin/connexion", data={"email": "personne@ex.fr", "password": PASSWORD, "csrf": csrf_of(page.text)}
    )
    assert answer.status_code == 429
    with console.database.reader() as session:
        kept = session.scalars(select(ratelimit.ConsoleLoginAttempt.email_hash)).all()
    assert "personne@ex.fr" not in kept and ratelimit.address_key("personne@ex.fr") in kept


def test_sessions_work_on_every_worker_and_end(console):
    other_worker = console.app_client()
    other_worker.cookies = console.client.cookies
    assert other_worker.get("/admin", follow_redirects=False).status_code == 200
    # Idle for longer than the limit: back to the login page, which says why.
    with console.database.writer.begin() as session:
        session.execute(
            update(ConsoleSession).values(
                last_seen_at=utcnow() - timedelta(minutes=console.settings.console_idle_minutes + 1)
            )
        )
    answer = console.client.get("/admin/appareils", follow_redirects=False)
    assert answer.status_code == 303 and "expiree=1" in answer.headers["location"]
    assert "Votre session a expiré" in text_of(console.client.get(answer.headers["location"]).text)
    # However active, a session ends after its maximum length.
    client = console.app_client()
    log_in(client)
    with console.database.writer.begin() as session:
        session.execute(update(ConsoleSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    assert client.get("/admin", follow_redirects=False).status_code == 303


def test_logging_out_ends_the_session_everywhere(console):
    stolen = console.app_client()
    stolen.cookies = dict(console.client.cookies)
    answer = console.post("/admin/deconnexion")
    assert answer.status_code == 303 and answer.headers["location"] == "/admin/connexion?au-revoir=1"
    assert stolen.get("/admin", follow_redirects=False).status_code == 303  # the old cookie is worth nothing


def test_cookies_and_headers(console):
    client = console.app_client()
    page = client.get("/admin/connexion")
    answer = client.post(
        "/admin/connexion",
        data={
            "email": EMAIL,
            "password": PASSWORD,
            "csrf": csrf_of(page.text),
            "suite": "https://ailleurs.example/",
        },
        follow_redirects=False,
    )
    assert answer.headers["location"] == "/admin"  # never sent to another site
    cookie = next(
        h for h in answer.headers.get_list("set-cookie") if h.startswith("entraide_console=")
    ).lower()
    for attribute in ("httponly", "samesite=lax", "path=/admin", "secure", "max-age="):
        assert attribute in cookie, attribute
    page = client.get("/admin")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["x-frame-options"] == "DENY" and page.headers["cache-control"] == "no-store"
    # Over plain HTTP (a development hub) the cookie cannot be Secure, or the browser would drop it.
    plain = TestClient(client.app)
    page = plain.get("/admin/connexion")
    answer = plain.post(
        "/admin/connexion",
        data={"email": EMAIL, "password": PASSWORD, "csrf": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert "secure" not in answer.headers["set-cookie"].lower()


MARKER = "MARQUEUR-PRIVE-4a7c9e"


def test_no_private_content_in_any_console_page(console):
    amis, comite = console.device("Les Amis"), console.device("Le Comité")
    for device in (amis, comite):
        console.handshake(device)
    private = [
        operation("contact", display_name=f"Léa {MARKER}", email=f"{MARKER}@exemple.fr", notes=MARKER),
        operation("practice", title=f"Brouillon {MARKER}", status="draft"),
        operation("equipment", name=f"Perceuse {MARKER}", visibility="private"),
    ]
    console.push(amis, *private)
    # What the network sees is counted, but what it says is not shown either.
    console.push(amis, operation("practice_feedback", practice_id=str(uuid4()), kind="adopted", text=MARKER))
    console.push(comite, operation("equipment", name="Barnum", visibility="network"))
    assert console.handshake(amis) == 200
    pages = [
        *PAGES,
        f"/admin/associations/{amis.association_id}",
        f"/admin/associations/{amis.association_id}/modifier",
    ]
    pages += [
        f"/admin/appareils/{amis.device_id}/revoquer",
        "/admin/codes?etat=used",
        "/admin/appareils?voir=actifs",
    ]
    pages += ["/admin/associations?q=amis", "/admin/appareils?q=portable", "/admin/activite?annee=2026"]
    served = []
    for language in ("fr", "en"):
        console.client.cookies.set("entraide_console_langue", language, path="/admin")
        for path in pages:
            answer = console.client.get(path)
            assert answer.status_code == 200, path
            served.append(answer.text)
    assert all(MARKER not in page for page in served)
    assert any("Les Amis" in page for page in served)  # the pages did show the association
    assert any(re.search(r"1\s*contact\b", text_of(page)) for page in served)  # counted, not shown
    # The activity counting never read the private records either.
    with console.database.reader() as session:
        counted = set(session.scalars(select(NetworkActivity.record_id)))
    assert not counted & {op["record_id"] for op in private}


def uuid4() -> str:
    import uuid

    return str(uuid.uuid4())
