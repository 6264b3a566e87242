"""vCard: reading 4.0, 3.0 and phones' 2.1; writing 4.0; a round trip keeps the contacts."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db import open_database
from app.models import Contact, RoleKind
from app.paths import DataPaths
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import add_role, create_contact, get_detail, holders
from app.services.contacts.transfer import ImportFileError, contacts_to_vcard
from app.services.contacts.transfer.vcard import parse_vcards, unfold, vcard_rows
from app.services.contacts.transfer.vcard_export import fold_line
from app.services.validation import make_siret
from tests.unit.import_helpers import details, problems, report_rows, run_file, write

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


def import_vcf(db, tmp_path, text: str):
    return run_file(db, write(tmp_path, text, "fiches.vcf"))


def only_contact(db, tmp_path, text: str):
    result = import_vcf(db, tmp_path, text)
    people = [d for d in details(db).values() if d.fields.kind == "person" or not d.roles]
    return result, people


def test_vcard_4_keeps_every_email_and_phone(db, tmp_path):
    card = V4.replace("END:VCARD", "TEL;TYPE=home:04 72 10 30 30\r\nEND:VCARD")
    result = import_vcf(db, tmp_path, card)
    marie = details(db)["Marie Dupont"]
    f = marie.fields
    assert (f.kind, f.first_name, f.last_name) == ("person", "Marie", "Dupont")
    assert f.email == "marie@exemple.fr"  # PREF=1 wins over the first one
    assert f.phone == "06 12 34 56 78"
    assert f.address == "Bât. B\n12 rue Haute\n75001 Paris\nFrance"
    assert f.notes.startswith("Première ligne\nseconde, avec virgule; et point-virgule \\ fin\n")
    # A contact holds one e-mail and one phone: the others go to its notes, with a warning.
    assert "Autres e-mails : marie@travail.fr" in f.notes
    assert "Autres téléphones : 04 72 10 30 30" in f.notes
    assert "Site : https://marie.example.org" in f.notes
    assert f.tags == "sport, jeunesse"
    assert [(r.organisation_name, r.role) for r in marie.roles] == [
        ("Les Amis du Parc", RoleKind.TREASURER.value)
    ]
    assert problems(result) == [
        (1, "e-mails en plus : gardés dans les notes"),
        (1, "téléphones en plus : gardés dans les notes"),
    ]


def test_folded_lines_are_unfolded_and_numbered_from_their_start():
    text = "BEGIN:VCARD\nNOTE:un texte qui con\n tinue\n\tencore\nFN:X\nEND:VCARD\n"
    assert unfold(text)[:3] == [(1, "BEGIN:VCARD"), (2, "NOTE:un texte qui continueencore"), (5, "FN:X")]


def test_vcard_3_with_types_and_an_organisation(db, tmp_path):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Mairie de Lyon\nORG:Mairie de Lyon;Service jeunesse\n"
        "TEL;TYPE=WORK,VOICE:04 72 10 30 30\nEMAIL;TYPE=INTERNET,pref:jeunesse@mairie.fr\n"
        "LABEL;TYPE=WORK:1 place de la Comédie\\n69001 Lyon\nEND:VCARD\n"
    )
    import_vcf(db, tmp_path, text)
    mairie = details(db)["Mairie de Lyon"].fields
    assert mairie.kind == "organisation"
    assert (mairie.phone, mairie.email) == ("04 72 10 30 30", "jeunesse@mairie.fr")
    assert mairie.address == "1 place de la Comédie\n69001 Lyon"


def test_vcard_21_quoted_printable_from_a_phone(db, tmp_path):
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\n"
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:L=C3=A9v=C3=AAque;H=C3=A9l=C3=A8ne;;;\r\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Une note tr=C3=A8s longue qui continue =\r\n"
        "sur la ligne suivante\r\n"
        "TEL;CELL;PREF:0612345678\r\nEND:VCARD\r\n"
    )
    import_vcf(db, tmp_path, text)
    helene = details(db)["Hélène Lévêque"].fields
    assert helene.notes == "Une note très longue qui continue sur la ligne suivante"
    assert helene.phone == "06 12 34 56 78"


def test_quoted_printable_soft_break_before_a_space_and_a_latin_1_card(db, tmp_path):
    """A soft line break ("=" at the end) may fall before a space: the next line begins with it,
    and it is text, not a folding. A 2.1 card in ISO-8859-1 says so in its CHARSET."""
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=ISO-8859-1:Béranger;Aurélie\r\n"
        "ADR;HOME;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:"
        ";;3 all=E9e des Ch=EAnes;Cr=E9teil;;94000;France\r\n"
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ch=C3=A8re Am=C3=A9lie et une=\r\n"
        " ligne qui continue\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "fiche.vcf"
    path.write_bytes(text.encode("latin-1"))
    run_file(db, path)
    aurelie = details(db)["Aurélie Béranger"].fields
    assert aurelie.notes == "Chère Amélie et une ligne qui continue"
    assert aurelie.address == "3 allée des Chênes\n94000 Créteil\nFrance"


def test_kind_org_fn_only_and_a_title_outside_the_roles(db, tmp_path):
    text = (
        "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Les Amis\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Jean Paul Martin\nORG:Les Amis\nTITLE:Coordinatrice\nEND:VCARD\n"
    )
    import_vcf(db, tmp_path, text)
    found = details(db)
    assert found["Les Amis"].fields.kind == "organisation"
    jean = found["Jean Paul Martin"]
    assert (jean.fields.first_name, jean.fields.last_name) == ("Jean", "Paul Martin")
    assert [(r.role, r.title, r.label) for r in jean.roles] == [("autre", "Coordinatrice", "Coordinatrice")]


def test_cards_without_a_name_or_cut_short_are_reported_with_their_line(db, tmp_path):
    text = (
        "BEGIN:VCARD\nVERSION:4.0\nFN:Bonne Fiche\nEND:VCARD\n"
        "\n"
        "BEGIN:VCARD\nVERSION:4.0\nEMAIL:anonyme@exemple.fr\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Mauvais Mail\nEMAIL:pas-un-mail\n"
        "ceci n'est pas une propriété\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Coupée Net\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Dernière Fiche\nTEL:06 12"
    )
    result = import_vcf(db, tmp_path, text)
    assert problems(result) == [
        (6, "ni nom ni organisation : la ligne ne peut pas devenir un contact"),
        (10, "ligne vCard illisible : ignorée"),
        (10, "e-mail illisible (il faut un « @ » et un domaine) : non enregistré"),
        (16, "fiche vCard incomplète (pas de END:VCARD) : importée telle quelle"),
        (19, "fiche vCard incomplète (pas de END:VCARD) : importée telle quelle"),
        (19, "téléphone illisible : gardé tel quel et marqué « à vérifier »"),
    ]
    assert sorted(details(db)) == ["Bonne Fiche", "Coupée Net", "Dernière Fiche", "Mauvais Mail"]
    # Which card each report line is about, since a card is not a line a spreadsheet shows.
    assert [(r["Ligne"], r["Fiche"]) for r in report_rows(result)] == [
        ("6", "anonyme@exemple.fr"),
        ("10", "Mauvais Mail"),
        ("16", "Coupée Net"),
        ("19", "Dernière Fiche"),
    ]


def test_text_without_any_card_is_a_file_error():
    with pytest.raises(ImportFileError, match="BEGIN:VCARD"):
        vcard_rows("Prénom;Nom\nMarie;Dupont\n")


def test_nested_card_is_skipped_and_an_unfinished_card_is_kept():
    text = (
        "BEGIN:VCARD\nFN:A\nAGENT:BEGIN:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\nEND:VCARD\nBEGIN:VCARD\nFN:C\n"
    )
    cards = parse_vcards(text)
    assert [(card.line, [p.value for p in card.props if p.name == "FN"]) for card in cards] == [
        (1, ["A"]),
        (8, ["C"]),
    ]
    assert [issue.code for issue in cards[1].issues] == ["card_truncated"]


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
    add_role(session, marie, org, RoleKind.TREASURER.value)
    add_role(session, marie, other, RoleKind.OTHER.value, title="Coordinatrice")
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
    assert "ADR:;;12 rue Haute;Paris;;75001;\r\n" in unfolded  # each part in its place
    assert "UID:urn:uuid:" in unfolded


def test_round_trip_gives_the_same_contacts(db, tmp_path):
    db.run(make_people)
    text = db.run(contacts_to_vcard)
    other_db = open_database(DataPaths(tmp_path / "autre"))
    try:
        result = run_file(other_db, write(tmp_path, text, "export.vcf"))
        assert problems(result) == []

        def details(session):
            rows = session.execute(select(Contact.id, Contact.display_name)).all()
            out = {}
            for contact_id, name in rows:
                detail = get_detail(session, contact_id)
                roles = sorted((r.organisation_name, r.role, r.title) for r in detail.roles)
                out[name] = (detail.fields, roles)
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
