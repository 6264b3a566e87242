"""CSV export: what French Excel expects, in name order, streamed, and importable back."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.db import open_database
from app.models import Contact, RoleKind
from app.paths import DataPaths
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import add_role, create_contact, end_role, get_detail
from app.services.contacts.transfer import (
    CSV_HEADERS,
    csv_export,
    export_contacts_csv,
    export_query,
    preview_file,
)
from app.services.contacts.trash import trash_contacts
from app.services.validation import make_siret
from tests.unit.import_helpers import problems, run_file


def make_contacts(session) -> dict[str, str]:
    amis = create_contact(
        session,
        ContactFields(
            kind="organisation",
            name="Les Amis du Parc",
            org_kind="collectivite",
            rna="W691234567",
            siret=make_siret("12345678", "0001"),
            website="https://amis.example.org",
            tags="sport, quartier",
            address="1 place de la Comédie\n69001 Lyon",
        ),
    )
    club = create_contact(session, ContactFields(kind="organisation", name="Club « Œuvre »"))
    marie = create_contact(
        session,
        ContactFields(
            kind="person",
            first_name="Marie",
            last_name="Dupont",
            email="marie@exemple.fr",
            phone="0612345678",
            notes='=HYPERLINK("http://x")\n; point-virgule',
        ),
    )
    zoe = create_contact(
        session, ContactFields(kind="person", first_name="Zoé", last_name="Àbel", phone="+32 2 511 12 12")
    )
    add_role(session, marie, amis, RoleKind.TREASURER.value)
    add_role(session, marie, club, RoleKind.VOLUNTEER.value)
    ended = add_role(session, zoe, club, RoleKind.PRESIDENT.value)
    end_role(session, ended, date.today() - timedelta(days=1))
    gone = create_contact(session, ContactFields(kind="person", last_name="Supprimé"))
    trash_contacts(session, [gone])
    return {"amis": amis, "club": club, "marie": marie, "zoe": zoe}


def test_bom_semicolon_crlf_and_french_header(db, tmp_path):
    db.run(make_contacts)
    path = tmp_path / "contacts.csv"
    assert db.run(export_contacts_csv, path) == 4  # the trashed one is left out
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    assert text.split("\r\n", 1)[0] == ";".join(CSV_HEADERS)
    assert CSV_HEADERS[:4] == ["Type", "Prénom", "Nom", "Nom de l'organisation"]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    by_name = {(r[2] or r[3]): dict(zip(CSV_HEADERS, r, strict=True)) for r in rows[1:]}
    # Name order: Àbel, Club, Dupont, Les Amis (folded, so "À" sorts with "a").
    assert [r[2] or r[3] for r in rows[1:]] == ["Àbel", "Club « Œuvre »", "Dupont", "Les Amis du Parc"]
    marie = by_name["Dupont"]
    assert marie["Type"] == "Personne"
    assert marie["Téléphone"] == "06 12 34 56 78"
    assert marie["Organisations"] == "Les Amis du Parc (Trésorier·ère) | Club « Œuvre » (Bénévole)"
    assert marie["Notes"].startswith("'=HYPERLINK")  # a formula would run in the spreadsheet
    amis = by_name["Les Amis du Parc"]
    assert (amis["Type"], amis["Type d'organisation"]) == ("Organisation", "Collectivité")
    assert amis["SIREN"] == amis["SIRET"][:9] == "123456782"
    assert by_name["Àbel"]["Téléphone"] == "+32 2 511 12 12"
    assert by_name["Àbel"]["Organisations"] == ""  # her role ended: only current roles are listed


def test_export_of_a_selection_to_streams(db):
    ids = db.run(make_contacts)
    text = io.StringIO()
    assert db.run(export_contacts_csv, text, [ids["marie"], ids["amis"], "inconnu"]) == 2
    assert text.getvalue().startswith("\ufeffType;")
    binary = io.BytesIO()
    assert db.run(export_contacts_csv, binary, [ids["zoe"]]) == 1
    assert binary.getvalue().startswith(codecs.BOM_UTF8 + b"Type;")
    assert b"\xc3\x80bel" in binary.getvalue()  # UTF-8 "Àbel"
    assert not binary.closed


def test_pages_keep_the_order_and_lose_nothing(db, monkeypatch):
    monkeypatch.setattr(export_query, "PAGE_SIZE", 3)

    def make(session):
        for i in range(10):
            create_contact(session, ContactFields(kind="person", first_name=f"P{i}", last_name="Même"))

    db.run(make)
    out = io.StringIO()
    assert db.run(export_contacts_csv, out) == 10
    first_names = [row[1] for row in csv.reader(io.StringIO(out.getvalue()[1:]), delimiter=";")][1:]
    assert sorted(first_names) == [f"P{i}" for i in range(10)]
    assert len(set(first_names)) == 10


def test_a_failed_export_keeps_the_previous_file(db, tmp_path, monkeypatch):
    db.run(make_contacts)
    path = tmp_path / "contacts.csv"
    path.write_text("ancien contenu", encoding="utf-8")

    def broken(contact):
        raise OSError("disque plein")

    monkeypatch.setattr(csv_export, "csv_row", broken)
    with pytest.raises(OSError, match="disque plein"):
        db.run(export_contacts_csv, path)
    assert path.read_text(encoding="utf-8") == "ancien contenu"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.csv", "donnees"]  # no temporary left


def test_the_export_imports_back_into_the_same_contacts(db, tmp_path):
    db.run(make_contacts)
    path = tmp_path / "contacts.csv"
    db.run(export_contacts_csv, path)
    other = open_database(DataPaths(tmp_path / "autre"))
    try:
        preview = preview_file(path)
        assert None not in [preview.mapping[i] for i, h in enumerate(preview.headers) if h != "SIREN"]
        result = run_file(other, path)
        assert problems(result) == []
        counts = result.outcome.counts
        assert (counts.created_people, counts.created_organisations, counts.roles) == (2, 2, 2)

        def details(session):
            out = {}
            for contact_id, name in session.execute(select(Contact.id, Contact.display_name)):
                detail = get_detail(session, contact_id)
                roles = sorted((r.organisation_name, r.role) for r in detail.roles if r.current())
                out[name] = (detail.fields, roles)
            return out

        before = db.run(details)
        before.pop("Supprimé")
        assert other.run(details) == before
    finally:
        other.close()
