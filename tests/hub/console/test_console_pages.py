"""What a coordinator does in the console, page by page, on SQLite and PostgreSQL: associations
(list, search, create, edit, counts), enrolment codes (made, printed, listed, withdrawn), devices
(version, last sync, last error, silent ones, revoking) and the audit log."""

from __future__ import annotations

import io
import re
import subprocess
from datetime import timedelta

from pypdf import PdfReader
from sqlalchemy import select, update

from hub.db import utcnow
from hub.models import Association, ConsoleAudit, Device, EnrollmentCode
from tests.hub.console.conftest import EMAIL, operation, text_of, words_of

CODE = re.compile(r'id="code">([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})<')


def new_association(console, **fields) -> str:
    answer = console.post("/admin/associations/nouvelle", **fields)
    assert answer.status_code == 303, text_of(answer.text)
    return answer.headers["location"].split("/")[3].split("?")[0]


def test_associations_are_created_edited_searched_and_counted(console):
    # A form with mistakes comes back as typed, each mistake next to its field; nothing is saved.
    answer = console.post(
        "/admin/associations/nouvelle",
        name="  ",
        rna="123",
        siret="12345678901234",
        contact_email="pas-une-adresse",
    )
    page = text_of(answer.text)
    assert answer.status_code == 422 and "4 champs sont à corriger" in page
    for reason in (
        "Le nom de l'association est obligatoire.",
        "Le numéro RNA s'écrit W suivi de 9 chiffres",
        "Ce numéro SIRET contient une erreur : vérifiez ses 14 chiffres.",
        "Cette adresse e-mail semble incomplète.",
    ):
        assert reason in page
    assert 'value="123"' in answer.text and 'value="pas-une-adresse"' in answer.text
    with console.database.reader() as session:
        assert session.scalars(select(Association)).all() == []

    created = new_association(
        console,
        name="École du Centre",
        kind="Association de quartier",
        rna="w 123 456 789",
        siret="732 829 320 00074",
        address="3 place de la Mairie\n38000 Grenoble",
        contact_name="Claire Dubois",
        contact_email="claire@ecole.fr",
        contact_phone="04 76 00 00 00",
    )
    page = text_of(console.client.get(f"/admin/associations/{created}?message=association-creee").text)
    assert "L'association est créée." in page and "W123456789" in page and "73282932000074" in page
    assert "Claire Dubois" in page and "Aucune fiche pour l'instant." in page
    # The same name again, whatever the case and accents' case: refused.
    answer = console.post("/admin/associations/nouvelle", name="ÉCOLE DU CENTRE")
    assert answer.status_code == 422 and "Une association de ce nom existe déjà" in text_of(answer.text)

    # Edited, then found by a search without accents.
    answer = console.post(
        f"/admin/associations/{created}/modifier", name="École du Centre-Ville", kind="Centre social"
    )
    assert answer.status_code == 303
    found = text_of(console.client.get("/admin/associations", params={"q": "ecole centre-ville"}).text)
    assert "École du Centre-Ville" in found and "1 association" in found
    assert "Aucune association ne correspond à « rien »." in text_of(
        console.client.get("/admin/associations", params={"q": "rien"}).text
    )
    with console.database.reader() as session:
        saved = session.get(Association, created)
        assert (saved.kind, saved.contact_email, saved.address) == ("Centre social", None, None)  # cleared
        actions = session.scalars(select(ConsoleAudit.action).order_by(ConsoleAudit.id)).all()
    assert actions[-2:] == ["association_created", "association_updated"]

    # Records are counted by type, deleted ones not, other associations' not.
    device = console.device("École du Centre-Ville")
    other = console.device("Le Comité")
    console.push(device, *[operation("contact", display_name=f"Personne {i}") for i in range(3)])
    gone = operation("contact", display_name="Partie")
    [result] = console.push(device, gone)
    console.push(
        device,
        {
            **operation("contact", record_id=gone["record_id"]),
            "base_version": result["version"],
            "deleted": True,
        },
    )
    console.push(device, operation("equipment", name="Barnum", visibility="network"))
    console.push(other, operation("contact", display_name="Ailleurs"))
    page = text_of(console.client.get(f"/admin/associations/{created}").text)
    assert "3 contacts" in page and "1 matériel" in page and "Portable du bureau" in page
    listing = words_of(console.client.get("/admin/associations").text)
    # In alphabetical order, accents aside.
    assert "École du Centre-Ville Centre social 1 à l'instant 4 Le Comité — 1 à l'instant 1" in listing


def test_an_enrolment_code_is_shown_once_printed_listed_used_and_withdrawn(console, tmp_path):
    association = new_association(console, name="Les Amis du Quartier")
    answer = console.post("/admin/codes", association_id=association, hours="168")
    assert answer.status_code == 200
    code = CODE.search(answer.text)[1]
    page = text_of(answer.text)
    assert "https://testserver" in page and "<svg" in answer.text  # the hub's address and the QR code
    assert answer.headers["cache-control"] == "no-store"
    with console.database.reader() as session:
        stored = session.scalars(select(EnrollmentCode)).one()
    assert stored.hint == code[-4:] and stored.created_by == EMAIL
    assert timedelta(hours=167) < stored.expires_at - stored.created_at <= timedelta(hours=168)
    assert code not in console.client.get("/admin/codes").text  # never shown again, only its end
    assert f"…{code[-4:]}" in text_of(console.client.get("/admin/codes?etat=pending").text)

    # The printable sheet: one page, the association, the address, the code and a QR code of both.
    sheet = console.post("/admin/codes/fiche", code=code.lower().replace("-", " "))
    assert sheet.status_code == 200 and sheet.headers["content-type"] == "application/pdf"
    pdf = PdfReader(io.BytesIO(sheet.content))
    text = " ".join(pdf.pages[0].extract_text().split())
    assert len(pdf.pages) == 1
    for expected in (
        "Comment rejoindre le réseau",
        "Les Amis du Quartier",
        code,
        "https://testserver",
        EMAIL,
    ):
        assert expected in text, expected
    # The standard fonts every reader has: nothing embedded, a sheet of a few kilobytes.
    fonts = {str(font.get_object()["/BaseFont"]) for font in pdf.pages[0]["/Resources"]["/Font"].values()}
    assert fonts == {"/Helvetica", "/Helvetica-Bold"} and len(sheet.content) < 20_000
    (tmp_path / "fiche.pdf").write_bytes(sheet.content)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", str(tmp_path / "fiche.pdf"), str(tmp_path / "page")], check=True
    )
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page-1.png")], capture_output=True, text=True, check=False
    ).stdout.split()
    assert decoded == ["https://testserver", code]
    assert console.post("/admin/codes/fiche", code="AAAA-BBBB-CCCC").status_code == 404  # not a code

    # Used: listed with the device that used it; its sheet can no longer be printed.
    assert (
        console.client.post("/v1/enroll", json={"code": code, "device_name": "Portable de Léa"}).status_code
        == 200
    )
    used = text_of(console.client.get("/admin/codes?etat=used").text)
    assert "Portable de Léa" in used and f"…{code[-4:]}" in used
    assert console.post("/admin/codes/fiche", code=code).status_code == 404

    # Withdrawn: the hub refuses it at once.
    second = CODE.search(console.post("/admin/codes", association_id=association, hours="24").text)[1]
    key = re.search(r'href="/admin/codes/([0-9a-f]{64})/retirer', console.client.get("/admin/codes").text)[1]
    answer = console.post(f"/admin/codes/{key}/retirer", suite=f"/admin/associations/{association}")
    assert answer.headers["location"] == f"/admin/associations/{association}?message=code-retire"
    refused = console.client.post("/v1/enroll", json={"code": second, "device_name": "Trop tard"})
    assert refused.status_code == 401
    assert "Retiré" in text_of(console.client.get("/admin/codes?etat=withdrawn").text)
    # Expired: listed as such.
    third = CODE.search(console.post("/admin/codes", association_id=association, hours="24").text)[1]
    with console.database.writer.begin() as session:
        session.execute(
            update(EnrollmentCode)
            .where(EnrollmentCode.hint == third[-4:])
            .values(expires_at=utcnow() - timedelta(minutes=1))
        )
    assert f"…{third[-4:]}" in text_of(console.client.get("/admin/codes?etat=expired").text)
    # A lifetime outside the list, or no association: refused with a reason.
    answer = console.post("/admin/codes", association_id=association, hours="100000")
    assert answer.status_code == 422 and "Choisissez une durée de validité" in text_of(answer.text)
    answer = console.post("/admin/codes", association_id="", hours="24")
    assert answer.status_code == 422 and "Choisissez l'association de ce code." in text_of(answer.text)
    with console.database.reader() as session:
        journal = session.scalars(select(ConsoleAudit.action).where(ConsoleAudit.action.like("code_%"))).all()
    assert sorted(journal) == ["code_created"] * 3 + ["code_withdrawn"]


def test_devices_show_version_last_sync_errors_and_silence_and_are_revoked(console):
    device = console.device("Les Amis", "Portable de l'accueil")
    quiet = console.device("Le Comité", "Vieux portable")
    listing = text_of(console.client.get("/admin/appareils").text)
    assert "Portable de l'accueil" in listing and "jamais" in listing
    assert console.handshake(device, "0.3.1") == 200
    # A change the hub refuses: its reason becomes the device's last error.
    console.push(device, operation("reservation", equipment_id="00000000-0000-0000-0000-000000000000"))
    with console.database.writer.begin() as session:
        session.execute(
            update(Device)
            .where(Device.id == quiet.device_id)
            .values(created_at=utcnow() - timedelta(days=40))
        )
    listing = text_of(console.client.get("/admin/appareils").text)
    assert "0.3.1" in listing and "à l'instant" in listing
    assert "Ce matériel est inconnu du hub" in listing
    silent = text_of(console.client.get("/admin/appareils?voir=silencieux").text)
    assert "Vieux portable" in silent and "silencieux depuis plus de 14 jours" in silent
    assert "Portable de l'accueil" not in silent
    home = words_of(console.client.get("/admin").text)
    assert "1 appareil silencieux" in home and "Vieux portable" in home

    # Revoking: a confirmation page first, then the device is refused at once.
    confirm = text_of(console.client.get(f"/admin/appareils/{device.device_id}/revoquer").text)
    assert "Révoquer « Portable de l'accueil » ?" in confirm and "Les Amis" in confirm
    assert console.handshake(device) == 200  # a GET changed nothing
    answer = console.post(
        f"/admin/appareils/{device.device_id}/revoquer", suite="/admin/appareils?voir=actifs"
    )
    assert answer.headers["location"] == "/admin/appareils?voir=actifs&message=appareil-revoque"
    assert console.handshake(device) == 401
    assert "révoqué le" in text_of(console.client.get("/admin/appareils?voir=revoques").text)
    assert console.post("/admin/appareils/inconnu/revoquer").status_code == 404
    journal = text_of(console.client.get("/admin/journal").text)
    assert "Appareil révoqué : Portable de l'accueil (Les Amis)" in journal and EMAIL in journal


def test_unknown_addresses_answer_a_page_not_json(console):
    for path in ("/admin/rien", "/admin/associations/inconnue", "/admin/associations/inconnue/modifier"):
        answer = console.client.get(path)
        assert answer.status_code == 404 and "Page introuvable" in answer.text, path
    assert console.client.put("/admin/associations").status_code == 405
    assert (
        console.client.get("/v1/rien").json()["detail"].startswith("Adresse inconnue")
    )  # the API stays JSON


def test_the_console_in_english(console):
    association = new_association(console, name="Les Amis")
    console.client.cookies.set("entraide_console_langue", "en", path="/admin")
    page = text_of(console.client.get(f"/admin/associations/{association}").text)
    assert '<html lang="en">' in console.client.get("/admin").text
    assert "Link a computer" in page and "Its devices" in page and "Relier un ordinateur" not in page
    answer = console.post("/admin/codes", association_id=association, hours="24")
    assert "Enrolment code for Les Amis" in text_of(answer.text)
    sheet = console.post("/admin/codes/fiche", code=CODE.search(answer.text)[1])
    assert "How to join the network" in PdfReader(io.BytesIO(sheet.content)).pages[0].extract_text()
    # The switch in the page sets the language; the browser's language is the default.
    stranger = console.app_client()
    assert (
        "Log in to the console"
        in stranger.get("/admin/connexion", headers={"Accept-Language": "en-GB,en;q=0.9"}).text
    )
    assert (
        "Connexion à la console"
        in stranger.get("/admin/connexion", headers={"Accept-Language": "fr,en;q=0.5"}).text
    )
    answer = stranger.get("/admin/langue/en?suite=/admin/connexion", follow_redirects=False)
    assert answer.headers["location"] == "/admin/connexion"
    stranger.cookies.set("entraide_console_langue", "en", path="/admin")
    assert "Log in to the console" in stranger.get("/admin/connexion", headers={"Accept-Language": "fr"}).text
