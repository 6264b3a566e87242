"""vCard: reading 4.0, 3.0 and phones' 2.1; writing 4.0; a round trip keeps the contacts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import open_database
from app.models import Contact, RoleKind
from app.paths import DataPaths
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import add_role, create_contact, get_detail, holders
from app.services.contacts.transfer import ImportFileError, apply_import, contacts_to_vcard, plan_vcard_import
from app.services.contacts.transfer.vcard import parse_vcards, unfold
from app.services.contacts.transfer.vcard_export import fold_line
from app.services.validation import make_siret

V4 = (
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:Marie Dupont\r\n"
    "N:Dupont;Marie;;;\r\n"
    "EMAIL;TYPE=work:marie@travail.fr\r\n"
    "EMAIL;PREF=1:Marie@Exemple.fr\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+33-6-12-34-56-78\r\n"
    "ADR;TYPE=home:;Bât. B;12 rue Haute;Paris;;75001;France\r\n"
    "NOTE:Première ligne\\nseconde\\, avec virgule\\; et point-virgule \\\\ fin\r\n"
    "CATEGORIES:sport,jeunesse\r\n"
    "URL:https://marie.example.org\r\n"
    "item1.ORG:Les Amis du Parc\r\n"
    "item1.ROLE:Trésorière\r\n"
    "END:VCARD\r\n"
)


def only_row(db, text: str):
    plan = db.run(plan_vcard_import, text, "test.vcf")
    assert not plan.errors, [str(e) for e in plan.errors]
    assert len(plan.valid) == 1
    return plan.valid[0]


def test_vcard_4(db):
    row = only_row(db, V4)
    f = row.fields
    assert (f.kind, f.first_name, f.last_name) == ("person", "Marie", "Dupont")
    assert f.email == "Marie@Exemple.fr"  # PREF=1 wins over the first one
    assert f.phone == "+33-6-12-34-56-78"
    assert f.address == "Bât. B\n12 rue Haute\n75001 Paris\nFrance"
    assert f.notes == "Première ligne\nseconde, avec virgule; et point-virgule \\ fin"
    assert f.tags == "sport, jeunesse"
    assert f.website == "https://marie.example.org"
    assert (row.organisation, row.role) == ("Les Amis du Parc", RoleKind.TRESORIER.value)


def test_folded_lines_are_unfolded_and_numbered_from_their_start():
    text = "BEGIN:VCARD\nNOTE:un texte qui con\n tinue\n\tencore\nFN:X\nEND:VCARD\n"
    assert unfold(text)[:3] == [(1, "BEGIN:VCARD"), (2, "NOTE:un texte qui continueencore"), (5, "FN:X")]


def test_vcard_3_with_types_and_an_organisation(db):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Mairie de Lyon\nORG:Mairie de Lyon;Service jeunesse\n"
        "TEL;TYPE=WORK,VOICE:04 72 10 30 30\nEMAIL;TYPE=INTERNET,pref:jeunesse@mairie.fr\n"
        "LABEL;TYPE=WORK:1 place de la Comédie\\n69001 Lyon\nEND:VCARD\n"
    )
    row = only_row(db, text)
    assert (row.fields.kind, row.fields.name) == ("organisation", "Mairie de Lyon")
    assert row.fields.phone == "04 72 10 30 30"
    assert row.fields.email == "jeunesse@mairie.fr"
    assert row.fields.address == "1 place de la Comédie\n69001 Lyon"


def test_vcard_21_quoted_printable_from_a_phone(db):
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:L=C3=A9v=C3=AAque;H=C3=A9l=C3=A8ne;;;\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Une note tr=C3=A8s longue qui continue =\r\n"
        "sur la ligne suivante\r\n"
        "TEL;CELL;PREF:0612345678\r\nEND:VCARD\r\n"
    )
    row = only_row(db, text)
    assert (row.fields.first_name, row.fields.last_name) == ("Hélène", "Lévêque")
    assert row.fields.notes == "Une note très longue qui continue sur la ligne suivante"
    assert row.fields.phone == "0612345678"


def test_kind_org_fn_only_and_group_line(db):
    text = (
        "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Les Amis\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Jean Paul Martin\nEND:VCARD\n"
    )
    plan = db.run(plan_vcard_import, text, "x.vcf")
    assert [(r.fields.kind, r.display_name) for r in plan.valid] == [
        ("organisation", "Les Amis"),
        ("person", "Jean Paul Martin"),
    ]
    assert (plan.valid[1].fields.first_name, plan.valid[1].fields.last_name) == ("Jean", "Paul Martin")


def test_card_without_a_name_is_refused_at_its_begin_line(db):
    text = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Bonne Fiche\nEND:VCARD\n"
        "\n"
        "BEGIN:VCARD\nVERSION:4.0\nEMAIL:anonyme@exemple.fr\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Mauvais Mail\nEMAIL:pas-un-mail\nEND:VCARD\n"
    )
    plan = db.run(plan_vcard_import, text, "x.vcf")
    assert [row.line for row in plan.valid] == [1]
    assert str(plan.errors[0]) == "ligne 6 : Fiche vCard sans nom : il faut au moins FN, N ou ORG."
    assert str(plan.errors[1]).startswith("ligne 10 : E-mail — Adresse e-mail invalide")


def test_text_without_any_card_is_a_file_error(db):
    with pytest.raises(ImportFileError, match="BEGIN:VCARD"):
        db.run(plan_vcard_import, "Prénom;Nom\nMarie;Dupont\n", "pas-une-vcard.vcf")


def test_nested_card_is_skipped_and_an_unfinished_card_is_kept():
    text = (
        "BEGIN:VCARD\nFN:A\nAGENT:BEGIN:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\nEND:VCARD\nBEGIN:VCARD\nFN:C\n"
    )
    cards = parse_vcards(text)
    assert [(line, [p.value for p in props if p.name == "FN"]) for line, props in cards] == [
        (1, ["A"]),
        (8, ["C"]),
    ]


# --- writing ----------------------------------------------------------------------------


def test_fold_line_cuts_at_75_octets_without_splitting_characters():
    line = "NOTE:" + "é" * 100
    folded = fold_line(line)
    physical = folded.split("\r\n")[:-1]
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert "".join([physical[0]] + [p[1:] for p in physical[1:]]) == line


def make_people(session) -> dict[str, str]:
    org = create_contact(
        session,
        ContactFields(
            kind="organisation",
            name="Les Amis; du Parc, Lyon",
            org_kind="collectivite",
            rna="W691234567",
            siret=make_siret("12345678", "0001"),
            website="https://amis.example.org",
            email="contact@amis.fr",
            phone="04 72 10 30 30",
            tags="sport, quartier",
        ),
    )
    other = create_contact(session, ContactFields(kind="organisation", name="Club"))
    marie = create_contact(
        session,
        ContactFields(
            kind="person",
            first_name="Marie-Hélène",
            last_name="Dupont",
            email="mh@exemple.fr",
            phone="+32 2 511 12 12",
            address="12 rue Haute\n75001 Paris",
            notes="Une note longue, avec des virgules; des points-virgules \\ et un retour\nà la ligne. " * 3,
        ),
    )
    add_role(session, marie, org, RoleKind.TRESORIER.value)
    add_role(session, marie, other, RoleKind.BENEVOLE.value)
    return {"org": org, "marie": marie}


def test_export_is_vcard_4_with_crlf_and_folding(db):
    db.run(make_people)
    text = db.run(contacts_to_vcard)
    assert text.count("BEGIN:VCARD") == 3
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert "VERSION:4.0\r\n" in unfolded
    assert "KIND:org\r\nFN:Les Amis\\; du Parc\\, Lyon\r\nORG:Les Amis\\; du Parc\\, Lyon\r\n" in unfolded
    assert "N:Dupont;Marie-Hélène;;;\r\n" in unfolded
    assert "TEL;VALUE=uri:tel:+3225111212\r\n" in unfolded
    assert "ADR:;;12 rue Haute\\n75001 Paris;;;;\r\n" in unfolded
    assert "UID:urn:uuid:" in unfolded


def test_round_trip_gives_the_same_contacts(db, tmp_path):
    db.run(make_people)
    text = db.run(contacts_to_vcard)
    other_db = open_database(DataPaths(tmp_path / "autre"))
    try:
        plan = other_db.run(plan_vcard_import, text, "export.vcf")
        assert not plan.errors
        other_db.run(apply_import, plan)

        def details(session):
            rows = session.execute(select(Contact.id, Contact.display_name)).all()
            out = {}
            for contact_id, name in rows:
                detail = get_detail(session, contact_id)
                out[name] = (detail.fields, sorted((r.organisation_name, r.role) for r in detail.roles))
            return out

        before, after = db.run(details), other_db.run(details)
        assert before == after
        new_org = other_db.run(
            lambda s: s.scalars(
                select(Contact.id).where(Contact.display_name == "Les Amis; du Parc, Lyon")
            ).one()
        )
        assert [h.person_name for h in other_db.run(holders, new_org, "tresorier")] == ["Marie-Hélène Dupont"]
    finally:
        other_db.close()
