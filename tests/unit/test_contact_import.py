"""CSV import: reading files as spreadsheets write them, mapping columns, the plan, applying it."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from sqlalchemy import event, select

from app.models import Contact, Organisation, Person, RoleKind
from app.services.contacts import transfer as contact_io
from app.services.contacts.duplicates import find_duplicates
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import count_contacts, create_contact, holders, roles_of
from app.services.contacts.transfer import (
    ImportFileError,
    RawTable,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from app.services.validation import make_siret


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "contacts.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def plan_text(db, tmp_path: Path, text: str) -> contact_io.ImportPlan:
    table = read_table(write(tmp_path, text))
    return db.run(plan_import, table, guess_mapping(table.headers))


# --- reading ------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiter_is_detected_from_the_header(tmp_path, delimiter):
    text = delimiter.join(["Prénom", "Nom", "Ville"]) + "\n" + delimiter.join(["Marie", "Dupont", "Lyon"])
    table = read_table(write(tmp_path, text))
    assert table.delimiter == delimiter
    assert table.headers == ["Prénom", "Nom", "Ville"]
    assert table.rows == [(2, ["Marie", "Dupont", "Lyon"])]


def test_a_comma_inside_quotes_does_not_decide_the_delimiter(tmp_path):
    table = read_table(write(tmp_path, '"Nom, prénom";Ville\n"Dupont, Marie";Lyon\n'))
    assert table.delimiter == ";"
    assert table.rows == [(2, ["Dupont, Marie", "Lyon"])]


def test_utf8_with_and_without_bom(tmp_path):
    text = "Prénom;Nom\nZoé;Lœuvre\n"
    with_bom = tmp_path / "bom.csv"
    with_bom.write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    plain = write(tmp_path, text)
    for path in (with_bom, plain):
        table = read_table(path)
        assert table.headers == ["Prénom", "Nom"]  # no "\ufeff" stuck to the first header
        assert table.rows == [(2, ["Zoé", "Lœuvre"])]
    assert read_table(with_bom).encoding == "utf-8-sig"
    assert read_table(plain).encoding == "utf-8"


def test_windows_1252_from_french_excel(tmp_path):
    path = write(tmp_path, "Prénom;Nom;Notes\r\nHélène;Cœur;Cotisation 15 €\r\n", "cp1252")
    assert b"\x80" in path.read_bytes() and b"\x9c" in path.read_bytes()  # really cp1252: € and œ
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.rows == [(2, ["Hélène", "Cœur", "Cotisation 15 €"])]


def test_multiline_quoted_field_keeps_the_line_where_the_record_starts(tmp_path):
    text = 'Prénom;Nom;Adresse\nMarie;Dupont;"12 rue Haute\n75001 Paris"\n\n;;\nJean;Martin;Lyon\n'
    table = read_table(write(tmp_path, text))
    assert table.rows == [
        (2, ["Marie", "Dupont", "12 rue Haute\n75001 Paris"]),
        (6, ["Jean", "Martin", "Lyon"]),
    ]


def test_excel_sep_hint_and_short_rows(tmp_path):
    table = read_table(write(tmp_path, "sep=,\nPrénom,Nom,Ville\nMarie\n"))
    assert table.delimiter == ","
    assert table.rows == [(3, ["Marie", "", ""])]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b";;\n"])
def test_empty_file_or_no_header_is_refused_in_french(tmp_path, content):
    path = tmp_path / "vide.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=r"vide|en-tête"):
        read_table(path)


def test_spreadsheet_or_missing_file_is_refused_in_french(tmp_path):
    xlsx = tmp_path / "classeur.csv"
    xlsx.write_bytes(b"PK\x03\x04\x14\x00\x00\x00binary")
    with pytest.raises(ImportFileError, match="CSV"):
        read_table(xlsx)
    with pytest.raises(ImportFileError, match="introuvable"):
        read_table(tmp_path / "absent.csv")


# --- mapping ------------------------------------------------------------------------------


def test_french_headers_are_guessed_whatever_accents_and_case():
    headers = [
        "PRENOM",
        "Nom de famille",
        "Courriel",
        "Tél.",
        "Adresse",
        "Code postal",
        "Ville",
        "N° RNA",
        "Site internet",
        "Mots-clés",
        "Commentaire",
        "Fonction",
        "Employeur",
        "Raison sociale",
        "Type",
        "Type d'organisation",
        "SIRET",
        "Colonne X",
    ]
    assert list(guess_mapping(headers).values()) == [
        "first_name",
        "last_name",
        "email",
        "phone",
        "address",
        "address",
        "address",
        "rna",
        "website",
        "tags",
        "notes",
        "role",
        "organisation",
        "name",
        "kind",
        "org_kind",
        "siret",
        None,
    ]


def test_english_headers_and_each_field_guessed_once():
    mapping = guess_mapping(["First Name", "Last name", "E-mail", "Mail", "Mobile", "Téléphone", "Tags"])
    assert mapping == {0: "first_name", 1: "last_name", 2: "email", 3: None, 4: "phone", 5: None, 6: "tags"}


def test_address_columns_join_into_a_postal_address(db, tmp_path):
    plan = plan_text(db, tmp_path, "Nom;Adresse;Code postal;Ville\nDupont;12 rue Haute;75001;Paris\n")
    assert plan.valid[0].fields.address == "12 rue Haute\n75001 Paris"


# --- the plan -----------------------------------------------------------------------------

BAD_ROWS = (
    "Prénom;Nom;E-mail;Téléphone;Adresse;Type\n"
    "Marie;Dupont;marie@exemple.fr;06 12 34 56 78;;\n"  # 2 ok
    'Jean;Martin;;;"1 place\nde la Mairie";\n'  # 3-4 ok, two lines
    "Paul;Durand;paul.at.exemple;;;\n"  # 5 bad e-mail
    "Luc;Bernard;;12;;\n"  # 6 bad phone
    ";;;;;\n"  # 7 blank, skipped
    "Anne;Petit;;;;robot\n"  # 8 unknown kind
    ";;anne@exemple.fr;;;\n"  # 9 no name at all
)


def test_bad_rows_are_reported_with_their_line_and_field(db, tmp_path):
    plan = plan_text(db, tmp_path, BAD_ROWS)
    assert [row.line for row in plan.valid] == [2, 3]
    assert [error.line for error in plan.errors] == [5, 6, 8, 9]
    texts = [str(error) for error in plan.errors]
    assert texts[0].startswith("ligne 5 : E-mail — Adresse e-mail invalide")
    assert "paul.at.exemple" in texts[0]
    assert texts[1].startswith("ligne 6 : Téléphone — Numéro de téléphone invalide")
    assert texts[2].startswith("ligne 8 : Type — « robot » inconnu")
    assert texts[3].startswith("ligne 9 : Nom — Indiquez au moins un nom")
    assert plan.errors[0].values["first_name"] == "Paul"  # what was read is kept for the user


def test_plan_writes_nothing(db, tmp_path):
    plan_text(db, tmp_path, BAD_ROWS)
    assert db.run(count_contacts) == 0


def test_kind_from_column_or_from_the_names(db, tmp_path):
    plan = plan_text(
        db,
        tmp_path,
        (
            "Type;Prénom;Nom;Nom de l'organisation;Type d'organisation\n"
            "personne;Marie;Dupont;;\n"
            "Association;;;Les Amis du Parc;\n"
            "O;;;Mairie de Lyon;Collectivité\n"
            ";;;Fondation Verte;fondation\n"
            "Structure;;;Club;sportif\n"
        ),
    )
    kinds = [(row.fields.kind, row.display_name, row.fields.org_kind) for row in plan.valid]
    assert kinds == [
        ("person", "Marie Dupont", "association"),
        ("organisation", "Les Amis du Parc", "association"),
        ("organisation", "Mairie de Lyon", "collectivite"),
        ("organisation", "Fondation Verte", "fondation"),
    ]
    assert [str(e) for e in plan.errors] == [
        "ligne 6 : Type d'organisation — « sportif » inconnu : "
        "Association, Collectivité, Entreprise, Fondation ou Autre."
    ]


@pytest.mark.parametrize(
    "label, role",
    [
        ("Président", "president"),
        ("présidente", "president"),
        ("Président·e", "president"),
        ("trésorier", "tresorier"),
        ("Trésorière", "tresorier"),
        ("tresorier", "tresorier"),
        ("Trésorier·ère", "tresorier"),
        ("secrétaire", "secretaire"),
        ("référent matériel", "referent_materiel"),
        ("Référente matériel", "referent_materiel"),
        ("bénévole", "benevole"),
        ("Autre", "autre"),
    ],
)
def test_role_labels(db, tmp_path, label, role):
    plan = plan_text(db, tmp_path, f"Prénom;Nom;Association;Rôle\nMarie;Dupont;Les Amis;{label}\n")
    assert (plan.valid[0].organisation, plan.valid[0].role) == ("Les Amis", role)


def test_unknown_role_and_role_without_organisation_are_errors(db, tmp_path):
    plan = plan_text(db, tmp_path, "Prénom;Nom;Association;Rôle\nA;B;Les Amis;Grand chef\nC;D;;trésorier\n")
    assert not plan.valid
    assert str(plan.errors[0]).startswith("ligne 2 : Rôle — « Grand chef » inconnu : Président·e,")
    assert str(plan.errors[1]).startswith("ligne 3 : Rôle — un rôle demande une organisation")


def test_rna_warning_keeps_the_row(db, tmp_path):
    plan = plan_text(db, tmp_path, "Raison sociale;RNA\nLes Amis;12345\n")
    assert not plan.errors
    assert "W suivi de 9 chiffres" in plan.valid[0].warnings["rna"]
    assert any("RNA —" in remark for remark in plan.valid[0].remarks())


def test_duplicates_against_the_store_match_find_duplicates(db, tmp_path):
    siret = make_siret("12345678", "0001")
    db.run(
        create_contact,
        ContactFields(kind="person", first_name="Marie", last_name="Dupont", email="marie@exemple.fr"),
    )
    db.run(create_contact, ContactFields(kind="organisation", name="Les Amis", siret=siret))
    plan = plan_text(
        db,
        tmp_path,
        (
            "Type;Prénom;Nom;Nom de l'organisation;E-mail;SIRET\n"
            "personne;Marie;DUPONT;;autre@exemple.fr;\n"
            "personne;Paul;Durand;;MARIE@exemple.fr;\n"
            f"organisation;;;Autre nom;;{siret}\n"
            "personne;Luc;Neuf;;;\n"
        ),
    )
    reasons = [[c.reasons for c in row.duplicates] for row in plan.valid]
    assert reasons == [[("name",)], [("email",)], [("siret",)], []]

    def expected(session, row):
        return {(c.id, c.reasons) for c in find_duplicates(session, row.fields)}

    for row in plan.valid:
        assert {(c.id, c.reasons) for c in row.duplicates} == db.run(expected, row)


def test_duplicates_inside_the_file(db, tmp_path):
    plan = plan_text(
        db,
        tmp_path,
        (
            "Prénom;Nom;E-mail;Téléphone\n"
            "Marie;Dupont;m@exemple.fr;\n"
            "Jean;Martin;;06 12 34 56 78\n"
            "Paul;Durand;M@EXEMPLE.FR;0612345678\n"
            "Marie;Dupont;;\n"
            "Zoé;Unique;;\n"
        ),
    )
    assert [row.duplicates_in_file for row in plan.valid] == [[], [], [2, 3], [2], []]
    assert plan.valid[2].warnings["duplicates_in_file"] == (
        "Ressemble aux lignes 2, 3 du fichier (même e-mail, même téléphone)."
    )
    assert [row.line for row in plan.doubtful] == [4, 5]


def test_plan_queries_in_batches_not_per_row(db, tmp_path):
    lines = ["Prénom;Nom;E-mail;Association"]
    lines += [f"P{i};N{i};p{i}@exemple.fr;Asso {i}" for i in range(2000)]
    table = read_table(write(tmp_path, "\n".join(lines)))
    statements = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    plan = db.run(plan_import, table, guess_mapping(table.headers))
    assert len(plan.valid) == 2000
    assert len(plan.new_organisations) == 2000
    assert len(statements) < 40  # a few IN (...) queries per criterion, whatever the row count


# --- applying -----------------------------------------------------------------------------

PEOPLE_AND_ORGS = (
    "Type;Prénom;Nom;Nom de l'organisation;Association;Rôle;E-mail\n"
    "personne;Marie;Dupont;;Les Amis du Parc;trésorière;marie@exemple.fr\n"
    "personne;Jean;Martin;;LES AMIS DU PARC;;\n"
    "organisation;;;Les Amis du Parc;;;contact@amis.fr\n"
    "personne;Paul;Durand;;Mairie de Lyon;président;\n"
    "personne;Luc;;;;;bad-email\n"
)


def test_apply_writes_every_valid_row_with_roles(db, tmp_path):
    mairie = db.run(create_contact, ContactFields(kind="organisation", name="Mairie de  Lyon"))
    plan = plan_text(db, tmp_path, PEOPLE_AND_ORGS)
    assert len(plan.valid) == 4 and len(plan.errors) == 1
    assert plan.new_organisations == []  # one is in the file, the other in the store
    result = db.run(apply_import, plan)
    assert (result.created_people, result.created_organisations, result.roles) == (3, 1, 3)

    def check(session):
        amis = session.scalars(select(Organisation).where(Organisation.sort_key == "les amis du parc")).one()
        assert amis.email == "contact@amis.fr"  # the file's row, found though it came later
        treasurers = holders(session, amis.id, RoleKind.TRESORIER.value)
        assert [t.person_name for t in treasurers] == ["Marie Dupont"]
        others = [(r.person_name, r.role) for r in roles_of(session, organisation_id=amis.id)]
        assert ("Jean Martin", "autre") in others
        assert [r.person_name for r in holders(session, mairie, RoleKind.PRESIDENT.value)] == ["Paul Durand"]
        assert count_contacts(session) == 5

    db.run(check)


def test_organisation_named_only_by_people_is_created_once(db, tmp_path):
    plan = plan_text(db, tmp_path, "Prénom;Nom;Structure\nA;Un;Club Sportif\nB;Deux;club sportif\n")
    assert plan.new_organisations == ["Club Sportif"]
    result = db.run(apply_import, plan)
    assert (result.created_people, result.created_organisations, result.roles) == (2, 1, 2)


def test_several_organisations_in_one_cell(db, tmp_path):
    plan = plan_text(
        db, tmp_path, "Prénom;Nom;Organisations\nMarie;Dupont;A (Trésorier·ère) | Mairie (service jeunesse)\n"
    )
    assert plan.valid[0].affiliations == [("A", "tresorier"), ("Mairie (service jeunesse)", "autre")]
    assert db.run(apply_import, plan).roles == 2


def test_nothing_half_imported_when_the_caller_rolls_back(db, tmp_path):
    plan = plan_text(db, tmp_path, PEOPLE_AND_ORGS)
    with pytest.raises(RuntimeError), db.session_factory.begin() as session:
        apply_import(session, plan)
        raise RuntimeError("the user cancelled")
    assert db.run(count_contacts) == 0


def test_skip_lines_and_ids_in_file_order(db, tmp_path):
    plan = plan_text(db, tmp_path, "Prénom;Nom\nA;Un\nB;Deux\nC;Trois\n")
    result = db.run(lambda s: apply_import(s, plan, skip_lines={3}))
    assert result.created_people == 2

    def names(session):
        return [session.get(Person, i).display_name for i in result.contact_ids]

    assert db.run(names) == ["A Un", "C Trois"]


def test_a_mapping_chosen_by_hand(db):
    table = RawTable(headers=["Col A", "Col B"], rows=[(2, ["Dupont", "dupont@exemple.fr"])])
    plan = db.run(plan_import, table, {0: "last_name", 1: "email"})
    assert plan.valid[0].fields.last_name == "Dupont"
    assert plan.valid[0].fields.email == "dupont@exemple.fr"
    db.run(apply_import, plan)
    assert db.run(lambda s: s.scalars(select(Contact.email)).all()) == ["dupont@exemple.fr"]


def test_second_column_of_a_single_field_is_a_fallback(db):
    table = RawTable(
        headers=["Nom", "Tél. fixe", "Portable", "Site"],
        rows=[
            (2, ["Dupont", "", "06 12 34 56 78", "dupont.fr"]),
            (3, ["Martin", "04 72 10 30 30", "06 12 34 56 78", ""]),
        ],
    )
    plan = db.run(plan_import, table, {0: "last_name", 1: "phone", 2: "phone", 3: "website"})
    assert [row.fields.phone for row in plan.valid] == ["06 12 34 56 78", "04 72 10 30 30"]
    # A person has no website: said, not silently dropped.
    assert plan.valid[0].warnings["website"].startswith("Ignoré")


def test_line_breaks_in_names_become_spaces_but_notes_keep_them(db, tmp_path):
    plan = plan_text(db, tmp_path, 'Prénom;Nom;Notes\n"Jean\nPaul";Martin;"a\nb"\n')
    assert (plan.valid[0].fields.first_name, plan.valid[0].fields.notes) == ("Jean Paul", "a\nb")
