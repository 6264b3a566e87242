"""What a coordinator new to all this needs from the console: withdrawing a code is asked first, a
code page warns when laptops would refuse the hub's address, a wrong SIRET is explained in plain
words, and a withdrawn code never enrols, whatever the server's clock did."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select, update

from hub.api import create_app
from hub.db import utcnow
from hub.models import EnrollmentCode
from tests.hub.console.conftest import csrf_of, log_in, text_of
from tests.hub.console.test_console_pages import CODE, new_association

KEY = re.compile(r"/admin/codes/([0-9a-f]{64})/retirer")


def test_withdrawing_a_code_is_asked_first(console):
    association = new_association(console, name="Les Amis du Quartier")
    code = CODE.search(console.post("/admin/codes", association_id=association, hours="24").text)[1]
    listing = console.client.get("/admin/codes").text
    assert 'method="post" action="/admin/codes/' not in listing  # no withdrawal in one click
    link = re.search(r'href="(/admin/codes/[0-9a-f]{64}/retirer\?suite=[^"]*)"', listing)[1]
    page = console.client.get(link.replace("&amp;", "&"))
    words = " ".join(text_of(page.text).split())
    assert page.status_code == 200
    assert f"Retirer le code …{code[-4:]} ?" in words and "Les Amis du Quartier" in words
    assert "ne pourra plus servir" in words
    key = KEY.search(link)[1]
    answer = console.post(f"/admin/codes/{key}/retirer", suite="/admin/codes")
    assert answer.headers["location"] == "/admin/codes?message=code-retire"
    # Once withdrawn (or used, or expired), the page says so and offers nothing to do.
    again = " ".join(text_of(console.client.get(f"/admin/codes/{key}/retirer").text).split())
    assert "Ce code ne peut plus servir : rien à retirer." in again and "Retirer ce code" not in again
    assert console.client.get(f"/admin/codes/{'0' * 64}/retirer").status_code == 404
    assert console.client.get("/admin/codes/%00/retirer").status_code == 404
    # The association's page leads to the same question, and back to itself.
    console.post("/admin/codes", association_id=association, hours="24")
    page = console.client.get(f"/admin/associations/{association}").text
    link = re.search(r'href="(/admin/codes/[0-9a-f]{64}/retirer\?suite=[^"]*)"', page)[1]
    form = console.client.get(link).text
    assert f'name="suite" value="/admin/associations/{association}"' in form
    assert 'action="/admin/codes/' in form and "Retirer ce code" in text_of(form)


def test_the_code_page_warns_when_laptops_would_refuse_the_address(console):
    association = new_association(console, name="Les Amis")
    # Behind the HTTPS relay (this client): the address is fine.
    page = text_of(console.post("/admin/codes", association_id=association, hours="24").text)
    assert "https://testserver" in page and "ne commence pas par https://" not in page
    # Through a tunnel, in plain HTTP: the sheet would carry an address the laptops refuse.
    plain = TestClient(create_app(console.settings, console.database), base_url="http://127.0.0.1:8765")
    log_in(plain)
    answer = plain.post(
        "/admin/codes",
        data={"csrf": csrf_of(plain.get("/admin").text), "association_id": association, "hours": "24"},
    )
    words = " ".join(text_of(answer.text).split())
    assert "http://127.0.0.1:8765" in words
    assert "Cette adresse ne commence pas par https://" in words and "ENTRAIDE_HUB_PUBLIC_URL" in words
    # The configured public address is the one given, however the console was reached.
    console.settings.public_url = "https://hub.mon-reseau.fr"
    plain = TestClient(create_app(console.settings, console.database), base_url="http://127.0.0.1:8765")
    log_in(plain)
    answer = plain.post(
        "/admin/codes",
        data={"csrf": csrf_of(plain.get("/admin").text), "association_id": association, "hours": "24"},
    )
    assert "https://hub.mon-reseau.fr" in answer.text and "ne commence pas par https://" not in answer.text


def test_a_wrong_siret_is_explained_plainly(console):
    answer = console.post("/admin/associations/nouvelle", name="Les Amis", siret="732 829 320 00075")
    assert answer.status_code == 422
    assert "Ce numéro SIRET contient une erreur : vérifiez ses 14 chiffres." in text_of(answer.text)
    answer = console.post("/admin/associations/nouvelle", name="Les Amis", siret="7328293200007")
    assert "Le SIRET s'écrit avec 14 chiffres." in text_of(answer.text)
    assert 'value="7328293200007"' in answer.text
    assert (
        console.post("/admin/associations/nouvelle", name="Les Amis", siret="73282932000074").status_code
        == 303
    )


def test_a_withdrawn_code_never_enrols_whatever_the_clock(console):
    association = new_association(console, name="Les Amis")
    code = CODE.search(console.post("/admin/codes", association_id=association, hours="24").text)[1]
    with console.database.writer.begin() as session:
        # Withdrawn, then the server's clock stepped back (or another worker's runs late).
        session.execute(
            update(EnrollmentCode).values(withdrawn_at=utcnow(), expires_at=utcnow() + timedelta(hours=1))
        )
    answer = console.client.post("/v1/enroll", json={"code": code, "device_name": "Portable"})
    assert answer.status_code == 401
    with console.database.reader() as session:
        assert session.scalars(select(EnrollmentCode.used_at)).one() is None
    assert "Retiré" in text_of(console.client.get("/admin/codes").text)


def test_the_sheet_says_where_to_find_entraide_and_which_button_to_press(console):
    """The volunteer holding the sheet has no one to ask: where the program comes from, and the
    button the enrol dialog really has (OK), in so many words."""
    from io import BytesIO

    from pypdf import PdfReader

    association = new_association(console, name="Les Amis")
    code = CODE.search(console.post("/admin/codes", association_id=association, hours="24").text)[1]
    sheet = PdfReader(BytesIO(console.post("/admin/codes/fiche", code=code).content))
    words = " ".join(sheet.pages[0].extract_text().split())
    assert "la coordination du réseau vous dit où le trouver" in words
    assert "Cliquez sur OK : l'ordinateur rejoint le réseau" in words
