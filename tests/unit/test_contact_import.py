"""Importing a member list as associations keep it: organisation columns on person rows, optional
fields that never sink a row, the duplicate policy, re-imports, the grouped summary and report."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, func, select

from app.models import Contact, OutboxEntry, Role
from app.services.contacts.fields import ContactFields
from app.services.contacts.records import count_contacts, create_contact, list_contacts, update_contact
from app.services.contacts.search import search_contacts
from app.services.contacts.transfer import ImportCancelled, describe, import_file
from app.services.validation import make_siret
from tests.unit.import_helpers import details, dry_run, problems, report_rows, run_file, write

SIRET_AMIS = make_siret("12345678", "0001")
SIRET_CLUB = make_siret("87654321", "0002")
BAD_SIRET = SIRET_AMIS[:-1] + str((int(SIRET_AMIS[-1]) + 1) % 10)

MEMBERS = (
    "Prénom;Nom;E-mail;Téléphone;Structure;SIRET;RNA;Adresse de la structure;E-mail structure;Fonction\r\n"
    f"Hélène;Lefèvre;helene@exemple.fr;06 12 34 56 78;Les Amis du Parc;{SIRET_AMIS};W691234567;"
    "1 place Haute 69001 Lyon;contact@amis.fr;Trésorière\r\n"  # 2
    f"Marc;Dubois;marc@exemple.fr;;Les Amis du Parc;{SIRET_AMIS};;;;Coordinatrice\r\n"  # 3
    f"Zoé;Martin;zoe-sans-arobase;06 12;Club Sportif;{BAD_SIRET};W69123;;;Président\r\n"  # 4
    "Paul;Roux;paul@exemple.fr;06 98 76 54 32;Club Sportif;;;;;\r\n"  # 5
    ";;anne@exemple.fr;;;;;;;\r\n"  # 6: no name, no organisation
    ";;;;Mairie de Lyon;;;;;\r\n"  # 7: an organisation alone
    "Hélène;Lefèvre;helene@exemple.fr;;Les Amis du Parc;;;;;\r\n"  # 8: line 2 again
)


def test_person_rows_fill_their_organisations_and_report_what_is_wrong(db, tmp_path):
    result = run_file(db, write(tmp_path, MEMBERS, "adherents.csv", "cp1252"))
    found = details(db)
    assert sorted(found) == [
        "Club Sportif", "Hélène Lefèvre", "Les Amis du Parc", "Mairie de Lyon", "Marc Dubois",
        "Paul Roux", "Zoé Martin",
    ]  # fmt: skip
    amis = found["Les Amis du Parc"].fields
    assert (amis.siret, amis.rna, amis.email) == (SIRET_AMIS, "W691234567", "contact@amis.fr")
    assert amis.address == "1 place Haute 69001 Lyon"
    # The invalid SIRET and RNA are reported with their line and column and not stored;
    # the rest of Zoé's row is imported.
    club = found["Club Sportif"].fields
    assert (club.siret, club.rna) == ("", "")
    zoe = found["Zoé Martin"]
    assert (zoe.fields.email, zoe.fields.phone, zoe.phone_to_check) == ("", "06 12", "06 12")
    assert [(r.organisation_name, r.role) for r in zoe.roles] == [("Club Sportif", "president")]
    marc = found["Marc Dubois"]
    assert [(r.role, r.title, r.label) for r in marc.roles] == [("autre", "Coordinatrice", "Coordinatrice")]
    rows = {int(r["Ligne"]): r for r in report_rows(result)}
    assert sorted(rows) == [4, 6, 8]
    assert rows[4]["Colonne"].split("\n") == ["E-mail", "Téléphone", "SIRET", "RNA"]
    grouped = f"{BAD_SIRET[:3]} {BAD_SIRET[3:6]} {BAD_SIRET[6:9]} {BAD_SIRET[9:]}"  # Excel keeps it
    assert rows[4]["Valeur"].split("\n") == ["zoe-sans-arobase", "06 12", grouped, "W69123"]
    assert rows[4]["Raison"].split("\n")[2] == (
        "SIRET inexistant (la clé de contrôle ne correspond pas) : non enregistré"
    )
    assert rows[6]["Raison"] == "ni nom ni organisation : la ligne ne peut pas devenir un contact"
    assert rows[8]["Raison"] == "en double : ressemble à la ligne 2 du fichier (même e-mail, même nom)"
    assert rows[4]["Prénom"] == "Zoé"  # the line's own cells follow, ready to be corrected
    counts = result.outcome.counts
    assert (counts.created_people, counts.created_organisations, counts.refused) == (4, 3, 1)
    assert (counts.duplicates_in_file, counts.roles) == (1, 4)


def test_an_organisation_known_with_another_siret_is_checked_not_changed(db, tmp_path):
    db.run(create_contact, ContactFields(kind="organisation", name="Les Amis du Parc", siret=SIRET_CLUB))
    result = run_file(db, write(tmp_path, MEMBERS))
    assert details(db)["Les Amis du Parc"].fields.siret == SIRET_CLUB
    assert (
        2,
        f"SIRET différent de celui déjà connu pour « Les Amis du Parc » ({SIRET_CLUB}) : fiche inchangée",
    ) in problems(result)
    assert db.run(count_contacts, "organisation") == 3  # found by its name: not created again


def test_importing_the_same_file_twice_adds_nothing(db, tmp_path):
    path = write(tmp_path, MEMBERS)
    run_file(db, path)
    before = db.run(count_contacts)
    again = run_file(db, path)
    assert db.run(count_contacts) == before
    assert again.outcome.counts.created == 0
    assert again.outcome.counts.matched == 6  # every line but the refused one
    assert db.run(lambda s: s.scalar(select(func.count()).select_from(Role))) == 4


def test_reimporting_after_fixing_adds_exactly_the_fixed_lines(db, tmp_path):
    path = write(tmp_path, MEMBERS)
    run_file(db, path)
    before = set(details(db))
    path.write_text(MEMBERS.replace(";;anne@exemple.fr;", "Anne;Petit;anne@exemple.fr;"), encoding="utf-8")
    result = run_file(db, path)
    assert set(details(db)) - before == {"Anne Petit"}
    assert result.outcome.counts.created == 1


def test_the_report_corrected_and_imported_again(db, tmp_path):
    first = run_file(db, write(tmp_path, MEMBERS))
    report = first.report_path
    assert report.name == "contacts-rapport.csv" and report.parent == tmp_path
    text = report.read_text(encoding="utf-8-sig").replace(
        ";;anne@exemple.fr;", ";Anne;Petit;anne@exemple.fr;"
    )
    report.write_text(text.replace("zoe-sans-arobase", "zoe@exemple.fr"), encoding="utf-8-sig")
    second = run_file(db, report, policy="update")
    assert second.outcome.counts.created_people == 1
    assert details(db)["Zoé Martin"].fields.email == "zoe@exemple.fr"  # completed
    assert second.report_path.name == "contacts-rapport-2.csv"  # never over the corrected report


def test_policy_update_completes_empty_fields_and_new_creates_anyway(db, tmp_path):
    db.run(
        create_contact, ContactFields(kind="person", first_name="Hélène", last_name="Lefèvre", phone="12"[:0])
    )
    path = write(tmp_path, "Prénom;Nom;Téléphone;Notes\nHélène;Lefèvre;06 12 34 56 78;arrivée en 2024\n")
    preview = dry_run(db, path)
    counts = preview.outcome.counts
    assert (counts.created, counts.matched, counts.completable) == (0, 1, 1)  # what the dialog shows
    assert run_file(db, path).outcome.counts.created == 0  # skip (the default)
    assert details(db)["Hélène Lefèvre"].fields.phone == ""
    updated = run_file(db, path, policy="update")
    assert updated.outcome.counts.completed == 1
    helene = details(db)["Hélène Lefèvre"].fields
    assert (helene.phone, helene.notes) == ("06 12 34 56 78", "arrivée en 2024")
    assert run_file(db, path, policy="new").outcome.counts.created_people == 1
    assert db.run(count_contacts, "person") == 2


def test_a_readable_phone_replaces_the_one_to_check(db, tmp_path):
    run_file(db, write(tmp_path, "Prénom;Nom;Tél\nZoé;Martin;06 12\n"))
    assert [r.display_name for r in db.run(list_contacts, to_check=True)] == ["Zoé Martin"]
    run_file(db, write(tmp_path, "Prénom;Nom;Tél\nZoé;Martin;06 12 34 56 78\n"), policy="update")
    zoe = details(db)["Zoé Martin"]
    assert (zoe.fields.phone, zoe.phone_to_check) == ("06 12 34 56 78", None)
    assert db.run(list_contacts, to_check=True) == []


def test_a_phone_to_check_does_not_block_saving_the_card(db, tmp_path):
    run_file(db, write(tmp_path, "Prénom;Nom;Tél\nZoé;Martin;06 12\n"))
    zoe = details(db)["Zoé Martin"]
    data = zoe.fields
    data.notes = "rappeler"
    db.run(update_contact, zoe.id, data)  # the phone as it was: still "to check", no error
    assert details(db)["Zoé Martin"].phone_to_check == "06 12"
    assert [r.display_name for r in db.run(search_contacts, "zoe", to_check=True)] == ["Zoé Martin"]


def test_the_same_email_under_another_name_is_said(db, tmp_path):
    db.run(
        create_contact,
        ContactFields(kind="person", first_name="Paul", last_name="Roux", email="p@exemple.fr"),
    )
    result = run_file(db, write(tmp_path, "Prénom;Nom;E-mail\nPaul;Roux-Martin;p@exemple.fr\n"))
    assert problems(result) == [
        (2, "déjà présent sous le nom « Paul Roux » (même e-mail) : ligne laissée de côté")
    ]


def test_a_family_sharing_one_email_and_one_phone_is_several_people(db, tmp_path):
    """Parents and children often share the household's e-mail and landline (HelloAsso's family
    memberships): another first name is another person. The same first name, or its initial,
    under another last name (a married name) is the same person."""
    text = (
        "Prénom;Nom;E-mail;Téléphone\n"
        "Marie;Dupont;famille.dupont@exemple.fr;04 72 00 00 01\n"
        "Jean;Dupont;famille.dupont@exemple.fr;04 72 00 00 01\n"
        "Léo;Dupont;famille.dupont@exemple.fr;\n"
        "M.;Martin;famille.dupont@exemple.fr;\n"  # Marie, under her other name: the same person
    )
    path = write(tmp_path, text)
    result = run_file(db, path)
    assert sorted(details(db)) == ["Jean Dupont", "Léo Dupont", "Marie Dupont"]
    assert problems(result) == [(5, "en double : ressemble à la ligne 2 du fichier (même e-mail)")]
    again = run_file(db, path)
    assert (again.outcome.counts.created, again.outcome.counts.matched) == (0, 4)


def test_two_people_of_one_name_in_two_associations_are_two_people(db, tmp_path):
    text = (
        "Prénom;Nom;Association;Fonction\nJean;Martin;Les Amis;trésorier\n"
        "Jean;Martin;Club;\nJean;Martin;Les Amis;\n"
    )
    result = run_file(db, write(tmp_path, text))
    assert db.run(count_contacts, "person") == 2
    assert problems(result) == [(4, "en double : ressemble à la ligne 2 du fichier (même nom)")]


def test_one_person_with_two_functions_on_two_lines(db, tmp_path):
    text = (
        "Prénom;Nom;E-mail;Association;Fonction\nMarie;Dupont;m@x.fr;Les Amis;trésorière\n"
        "Marie;Dupont;m@x.fr;Club;présidente\n"
    )
    result = run_file(db, write(tmp_path, text))
    marie = details(db)["Marie Dupont"]
    assert sorted((r.organisation_name, r.role) for r in marie.roles) == [
        ("Club", "president"),
        ("Les Amis", "tresorier"),
    ]
    assert problems(result) == []


def test_fifty_thousand_identical_rows_make_one_contact(db, tmp_path):
    text = "Prénom;Nom;E-mail\n" + "Marie;Dupont;marie@exemple.fr\n" * 50_000
    result = run_file(db, write(tmp_path, text))
    assert db.run(count_contacts) == 1
    [group] = result.outcome.summary.groups.values()
    assert (group.count, group.lines[:3]) == (49_999, [3, 4, 5])
    assert len(group.lines) <= 12  # the summary stays small whatever the file
    assert describe(group.example, group=True) == "en double dans le fichier : laissées de côté"


def test_a_dry_run_and_a_cancelled_import_write_nothing(db, tmp_path):
    path = write(tmp_path, "Prénom;Nom\n" + "".join(f"P{i};N{i}\n" for i in range(3000)))
    assert dry_run(db, path, report_path=False).outcome.counts.created_people == 3000
    assert db.run(count_contacts) == 0
    calls = []

    def stop_after_two_batches(fraction: float) -> bool:
        calls.append(fraction)
        return len(calls) < 2

    with pytest.raises(ImportCancelled):
        db.run(lambda s: import_file(s, path, progress=stop_after_two_batches))
    assert db.run(count_contacts) == 0
    assert db.run(lambda s: s.scalar(select(func.count()).select_from(OutboxEntry))) == 0
    assert not (tmp_path / "contacts-rapport.csv").exists()


def test_a_cancel_after_the_last_row_still_writes_nothing(db, tmp_path):
    """The search index is built after the last row (a fifth of the time on a large file): the bar
    keeps room for it, and a Cancel pressed then is obeyed."""
    path = write(tmp_path, "Prénom;Nom;E-mail\n" + "".join(f"P{i};N{i};x\n" for i in range(2500)))
    shown = []

    def stop_at_the_end(fraction: float) -> bool:
        shown.append(fraction)
        return fraction < 1.0

    with pytest.raises(ImportCancelled):
        db.run(lambda s: import_file(s, path, progress=stop_at_the_end))
    assert shown[-1] == 1.0 and max(shown[:-1]) < 0.9
    assert db.run(count_contacts) == 0
    assert db.run(lambda s: s.scalar(select(func.count()).select_from(OutboxEntry))) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == [path.name]  # no report, no temporary


def test_imported_contacts_are_searchable_and_sent_by_the_next_sync(db, tmp_path):
    run_file(db, write(tmp_path, MEMBERS))
    [hit] = db.run(search_contacts, "lefevre amis")  # the person's organisation is in her index row
    assert hit.display_name == "Hélène Lefèvre"
    outbox = db.run(
        lambda s: s.execute(
            select(OutboxEntry.entity_type, func.count()).group_by(OutboxEntry.entity_type)
        ).all()
    )
    assert dict(outbox) == {"contact": 7, "role": 4}


def test_matching_queries_in_batches_not_per_row(db, tmp_path):
    lines = ["Prénom;Nom;E-mail;Association"] + [
        f"P{i};N{i};p{i}@exemple.fr;Asso {i % 50}" for i in range(3000)
    ]
    path = write(tmp_path, "\n".join(lines))
    statements = []
    event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    result = run_file(db, path)
    assert result.outcome.counts.created == 3050
    assert len(statements) < 150  # a few IN (...) queries per criterion and batch, whatever the rows


def test_dates_and_role_start(db, tmp_path):
    text = (
        "Prénom;Nom;Association;Date d'adhésion\nMarie;Dupont;Les Amis;15/09/2024\n"
        "Jean;Bon;Les Amis;bientôt\n"
    )
    result = run_file(db, write(tmp_path, text))
    assert [r.start_date for r in details(db)["Marie Dupont"].roles] == [date(2024, 9, 15)]
    assert problems(result) == [(3, "date illisible (ex. 15/09/2024) : non enregistrée")]
    assert db.run(lambda s: s.scalar(select(func.count()).select_from(Contact))) == 3


def test_what_treasurers_type_in_cells(db, tmp_path):
    text = (
        "Prénom;Nom;Téléphone;E-mail;Association;Date d'adhésion;Ville\n"
        "Marie;Dupont;06 12 34 56 78 / 04 72 10 30 30;Marie Dupont <Marie@Exemple.fr>;Les Amis;45550;#N/A\n"
        "Jean;Martin;+33 (0)6 98 76 54 32;mailto:jean@exemple.fr;;;\n"
    )
    result = run_file(db, write(tmp_path, text))
    found = details(db)
    marie = found["Marie Dupont"]
    assert (marie.fields.phone, marie.fields.email) == ("06 12 34 56 78", "marie@exemple.fr")
    assert marie.fields.notes == "Autres téléphones : 04 72 10 30 30"
    assert marie.fields.address == ""  # a failed formula is an empty cell, not a town
    assert [r.start_date for r in marie.roles] == [date(2024, 9, 15)]  # an Excel serial number
    assert (found["Jean Martin"].fields.phone, found["Jean Martin"].fields.email) == (
        "06 98 76 54 32",
        "jean@exemple.fr",
    )
    assert problems(result) == [(2, "téléphones en plus : gardés dans les notes")]


def test_a_separator_in_a_cell_without_quotes_is_said(db, tmp_path):
    text = "Prénom;Nom;Notes\nMarie;Dupont;cotisation; payée en espèces\n"
    result = run_file(db, write(tmp_path, text))
    assert problems(result) == [
        (2, "cellules au-delà de la dernière colonne (un séparateur dans une cellule ?) : non importées")
    ]
    assert report_rows(result)[0]["Valeur"] == "payée en espèces"


def test_a_long_function_or_organisation_name_does_not_sink_the_person(db, tmp_path):
    function = "Coordinatrice des activités jeunesse et du soutien scolaire, " * 3
    organisation = "Association " * 30
    text = (
        "Prénom;Nom;E-mail;Association;Fonction\n"
        f"Marie;Dupont;marie@exemple.fr;Les Amis;{function}\n"
        f"Jean;Martin;jean@exemple.fr;{organisation};Président\n"
    )
    result = run_file(db, write(tmp_path, text))
    found = details(db)
    marie, jean = found["Marie Dupont"], found["Jean Martin"]
    [role] = marie.roles
    assert (role.role, len(role.title), role.title[-1]) == ("autre", 150, "…")
    assert marie.fields.notes == f"Fonction : {function.strip()}"  # nothing lost
    assert (jean.fields.email, jean.roles) == ("jean@exemple.fr", [])
    assert jean.fields.notes == f"Organisation : {organisation.strip()} (Président)"
    assert problems(result) == [
        (2, f"fonction trop longue ({len(function.strip())} caractères, 150 au plus) : raccourcie, "
         "entière dans les notes"),
        (3, f"nom d'organisation trop long ({len(organisation.strip())} caractères, 300 au plus) : "
         "gardé dans les notes"),
    ]  # fmt: skip
