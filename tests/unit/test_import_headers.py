"""The header sets of the exports associations really have, and the fields they feed.

Each set is the first line of that tool's export as published (see docs/decisions.md, "Contacts
import", for where each comes from); a file made from each imports its row.
"""

from __future__ import annotations

import pytest

from app.services.contacts.transfer import guess_mapping
from app.text import fold
from tests.unit.import_helpers import details, problems, run_file, write

# Volunteers' own lists saved by French Excel: any case, any accents, a title above sometimes.
FRENCH_EXCEL = (
    "NOM;PRENOM;Tél.;E-mail;Adresse;CP;Ville;Association;Fonction;N° SIRET;N° RNA;Date d'adhésion",
    "DUPONT;Marie;06 12 34 56 78;marie@exemple.fr;3 rue Basse;69001;Lyon;Les Amis;Trésorière;;"
    "W691234567;15/09/2024",
)
# HelloAsso, membership campaign export (orders with the member and the payer).
HELLOASSO = (
    "Référence commande;Date de la commande;Statut de la commande;Nom adhérent;Prénom adhérent;"
    "Nom payeur;Prénom payeur;Email payeur;Raison sociale;Moyen de paiement;Tarif;Montant tarif;"
    "Code Promo;Montant du code promo;Adresse;Code Postal;Ville;Pays;Téléphone;Date de naissance",
    "5001;15/09/2024 10:31;Validé;Dupont;Marie;Dupont;Paul;paul@exemple.fr;;Carte bancaire;Adulte;20;;;"
    "3 rue Basse;69001;Lyon;France;0612345678;01/02/1980",
)
# AssoConnect, contacts export (its contact fields).
ASSOCONNECT = (
    "Identifiant unique;Civilité;Prénom;Nom;Email;Téléphone mobile;Téléphone fixe;Adresse;"
    "Complément d'adresse;Code postal;Ville;Pays;Date de naissance;Structure",
    "1234;Mme;Marie;Dupont;marie@exemple.fr;06 12 34 56 78;04 72 00 00 00;3 rue Basse;Bât. B;69001;Lyon;"
    "France;01/02/1980;Les Amis",
)
# Paheko, default member fields (one "Nom & prénom" field).
PAHEKO = (
    "Numéro de membre;Nom & prénom;Adresse E-Mail;Adresse postale;Code postal;Ville;Pays;"
    "Numéro de téléphone;Inscription à la lettre d'information;Date d'inscription",
    "12;DUPONT Marie;marie@exemple.fr;3 rue Basse;69001;Lyon;FR;06 12 34 56 78;Oui;15/09/2024",
)
# Galette, members list export (labels) and its import model (column names).
GALETTE_LABELS = (
    "Nom;Prénom;Pseudo;Société;Adresse;Adresse (suite);Code postal;Ville;Pays;Téléphone;GSM;Courriel;"
    "Site web;Date de création",
    "Dupont;Marie;mimi;Les Amis;3 rue Basse;Bât. B;69001;Lyon;France;04 72 00 00 00;0612345678;"
    "marie@exemple.fr;;15/09/2024",
)
GALETTE_FIELDS = (
    "id_adh;nom_adh;prenom_adh;societe_adh;adresse_adh;cp_adh;ville_adh;tel_adh;gsm_adh;email_adh;date_crea_adh",
    "7;Dupont;Marie;Les Amis;3 rue Basse;69001;Lyon;;0612345678;marie@exemple.fr;2024-09-15",
)
# Google Contacts, the 2023 layout ("::: " between several values of one cell) and the old one.
GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,"
    "Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
    "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Website 1 - Label,Website 1 - Value",
    "Marie,,Dupont,,,,,,,,Les Amis,Trésorière,,,,,* myContacts ::: Bureau,* Home,"
    "marie@exemple.fr ::: m.dupont@travail.fr,Mobile,+33 6 12 34 56 78,Home,,3 rue Basse,Lyon,,,69001,"
    "France,,,",
)
GOOGLE_OLD = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,"
    "Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,"
    "Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
    "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title",
    "Marie Dupont,Marie,,Dupont,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts,* Home,marie@exemple.fr,Mobile,"
    "06 12 34 56 78,,,3 rue Basse,Lyon,,,69001,France,,,Les Amis,,Trésorière",
)
# Outlook, English and French exports (the French one in Windows-1252).
OUTLOOK = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,"
    "E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Business Phone 2,Mobile Phone,"
    "Car Phone,Other Phone,Primary Phone,Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,"
    "Radio Phone,Telex,TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,"
    "Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home City,Home State,Home Postal Code,"
    "Home Country/Region,Other Street,Other City,Other State,Other Postal Code,Other Country/Region,"
    "Personal Web Page,Spouse,Schools,Hobby,Location,Web Page,Birthday,Anniversary,Notes",
    "Marie,,Dupont,,,,,,marie@exemple.fr,,,,,,,06 12 34 56 78,,,,,,,,,,,,,,Trésorière,,Les Amis,,,,,,"
    "1 place Haute,Lyon,,69002,France,3 rue Basse,Lyon,,69001,France,,,,,,,,,,,,,,",
)
OUTLOOK_FR = (
    "Prénom,Deuxième prénom,Nom,Suffixe,Surnom,Société,Service,Fonction,Rue (bureau),Ville (bureau),"
    "Code postal (bureau),Pays (bureau),Rue (domicile),Ville (domicile),Code postal (domicile),"
    "Pays (domicile),Téléphone (bureau),Téléphone (domicile),Tél. mobile,Adresse de messagerie,"
    "Type de messagerie,Nom complet de l'adresse de messagerie,Adresse de messagerie 2,Catégories,Notes,"
    "Page Web",
    "Marie,,Dupont,,,Les Amis,,Trésorière,1 place Haute,Lyon,69002,France,3 rue Basse,Lyon,69001,France,"
    ",,06 12 34 56 78,marie@exemple.fr,SMTP,Marie Dupont (marie@exemple.fr),,Bureau,,",
)
# Thunderbird, address book export (its header ends with a separator).
THUNDERBIRD = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Screen Name,Work Phone,"
    "Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,Home Address 2,Home City,Home State,"
    "Home ZipCode,Home Country,Work Address,Work Address 2,Work City,Work State,Work ZipCode,Work Country,"
    "Job Title,Department,Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,"
    "Custom 2,Custom 3,Custom 4,Notes,",
    "Marie,Dupont,Marie Dupont,,marie@exemple.fr,,,,,,,06 12 34 56 78,3 rue Basse,,Lyon,,69001,France,"
    "1 place Haute,,Lyon,,69002,France,Trésorière,,Les Amis,,,,,,,,,,,",
)

SETS = {
    "excel": (FRENCH_EXCEL, "cp1252"),
    "helloasso": (HELLOASSO, "utf-8-sig"),
    "assoconnect": (ASSOCONNECT, "utf-8"),
    "paheko": (PAHEKO, "utf-8"),
    "galette_labels": (GALETTE_LABELS, "utf-8"),
    "galette_fields": (GALETTE_FIELDS, "utf-8"),
    "google": (GOOGLE, "utf-8"),
    "google_old": (GOOGLE_OLD, "utf-8"),
    "outlook": (OUTLOOK, "utf-8"),
    "outlook_fr": (OUTLOOK_FR, "cp1252"),
    "thunderbird": (THUNDERBIRD, "utf-8"),
}


@pytest.mark.parametrize("name", SETS)
def test_each_export_imports_its_person_with_the_right_fields(db, tmp_path, name):
    (header, row), encoding = SETS[name]
    result = run_file(db, write(tmp_path, f"{header}\r\n{row}\r\n", f"{name}.csv", encoding))
    found = {fold(key): value for key, value in details(db).items()}
    assert "marie dupont" in found, (name, sorted(found), problems(result))
    marie = found["marie dupont"].fields
    assert (marie.first_name, marie.last_name.title()) == ("Marie", "Dupont")
    if name != "helloasso":  # HelloAsso's only e-mail is the payer's (Paul): kept as a fallback
        assert marie.email == "marie@exemple.fr"
    assert marie.phone == "06 12 34 56 78"
    if name not in ("galette_fields",):
        assert marie.address.startswith("3 rue Basse"), (name, marie.address)
    if name not in ("helloasso", "paheko"):
        assert [r.organisation_name for r in found["marie dupont"].roles] == ["Les Amis"], name


def test_helloasso_member_not_payer_and_payer_email_as_fallback():
    header = HELLOASSO[0].split(";")
    mapping = guess_mapping(header)
    fields = {header[i]: f for i, f in mapping.items() if f}
    assert fields["Nom adhérent"] == "last_name" and fields["Prénom adhérent"] == "first_name"
    assert "Nom payeur" not in fields and "Prénom payeur" not in fields
    assert fields["Email payeur"] == "email"
    assert fields["Raison sociale"] == "name"


def test_outlook_home_address_for_the_person_business_address_for_the_company(db, tmp_path):
    header, row = OUTLOOK
    run_file(db, write(tmp_path, f"{header}\n{row}\n", "outlook.csv"))
    found = details(db)
    assert found["Marie Dupont"].fields.address == "3 rue Basse\n69001 Lyon\nFrance"
    assert found["Les Amis"].fields.address.startswith("1 place Haute")
    [role] = found["Marie Dupont"].roles
    assert (role.role, role.label) == ("tresorier", "Trésorier·ère")


def test_google_several_values_in_one_cell_and_labels_as_tags(db, tmp_path):
    header, row = GOOGLE
    run_file(db, write(tmp_path, f"{header}\n{row}\n", "google.csv"))
    marie = details(db)["Marie Dupont"].fields
    assert marie.email == "marie@exemple.fr"
    assert "Autres e-mails : m.dupont@travail.fr" in marie.notes
    assert marie.tags == "Bureau"  # Google's own groups (every contact is in "myContacts") left out


def test_a_join_date_without_an_organisation_goes_to_the_notes_as_a_french_date(db, tmp_path):
    header, row = PAHEKO
    run_file(db, write(tmp_path, f"{header}\r\n{row.replace('15/09/2024', '2024-09-15')}\r\n"))
    assert details(db)["Marie DUPONT"].fields.notes == "Adhésion : 15/09/2024"


def test_paheko_one_name_column_split_on_the_capitals():
    from app.services.contacts.transfer.row_check import split_full_name

    assert split_full_name("DUPONT Marie", reversed_order=True) == ("Marie", "DUPONT")
    assert split_full_name("Marie DE LA FONTAINE", reversed_order=False) == ("Marie", "DE LA FONTAINE")
    assert split_full_name("Dupont Marie", reversed_order=True) == ("Marie", "Dupont")
    assert split_full_name("Marie Dupont", reversed_order=False) == ("Marie", "Dupont")


def test_headers_whatever_case_accents_and_punctuation():
    headers = [
        "PRÉNOM",
        "nom de famille",
        "Courriel :",
        "Tél. portable",
        "E-MAIL DE LA STRUCTURE",
        "Colonne X",
    ]
    assert list(guess_mapping(headers).values()) == [
        "first_name",
        "last_name",
        "email",
        "phone",
        "org_email",
        None,
    ]


def test_a_display_name_alone_still_names_the_contact(db, tmp_path):
    """Address books keep many contacts with only a display name (collected from e-mails): the
    one-column name is the fallback of rows without first and last names; equal to the
    organisation's name, it is that organisation."""
    header = THUNDERBIRD[0]
    empty = [""] * len(header.split(","))

    def row(**cells: str) -> str:
        out = list(empty)
        for name, value in cells.items():
            out[header.split(",").index(name.replace("_", " "))] = value
        return ",".join(out)

    text = "\r\n".join(
        [
            header,
            THUNDERBIRD[1],
            row(Display_Name="Jacques Brel", Primary_Email="jacques@exemple.fr"),
            row(Display_Name="Mairie de Lyon", Organization="Mairie de Lyon", Work_Phone="04 72 10 30 30"),
        ]
    )
    result = run_file(db, write(tmp_path, text + "\r\n", "thunderbird.csv"))
    assert problems(result) == []
    found = details(db)
    assert (found["Jacques Brel"].fields.first_name, found["Jacques Brel"].fields.email) == (
        "Jacques",
        "jacques@exemple.fr",
    )
    assert found["Mairie de Lyon"].fields.kind == "organisation"
    assert found["Marie Dupont"].fields.first_name == "Marie"  # her own columns first


@pytest.mark.parametrize(
    "header, row, address",
    [
        (  # Google: the town before the postcode, the country last
            "First Name,Last Name,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
            "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country",
            "Marie,Dupont,12 rue Haute,Lyon,,,69001,France",
            "12 rue Haute\n69001 Lyon\nFrance",
        ),
        (  # Thunderbird: two street lines, the town, the zip code
            "First Name,Last Name,Home Address,Home Address 2,Home City,Home State,Home ZipCode,Home Country",
            "Marie,Dupont,12 rue Haute,Bât. B,Lyon,,69001,",
            "12 rue Haute\nBât. B\n69001 Lyon",
        ),
        (  # HelloAsso: a country alone is not an address
            "Nom adhérent;Prénom adhérent;Adresse;Code Postal;Ville;Pays",
            "Dupont;Marie;;;;France",
            "",
        ),
        (  # a postcode stored as a number lost its zero: put back for France only
            "Nom;Prénom;Adresse;Code postal;Ville;Pays",
            "Dupont;Marie;3 rue Basse;1000;Bourg-en-Bresse;France",
            "3 rue Basse\n01000 Bourg-en-Bresse\nFrance",
        ),
        (  # blank lines typed in a cell (Alt+Entrée twice) are not kept
            "Nom;Prénom;Adresse",
            'Dupont;Marie;" 8 bd Voltaire \n\n 75011 Paris\n"',
            "8 bd Voltaire\n75011 Paris",
        ),
        (
            "nom_adh;prenom_adh;adresse_adh;cp_adh;ville_adh;pays_adh",
            "Dupont;Marie;12 rue du Rhône;1204;Genève;Suisse",
            "12 rue du Rhône\n1204 Genève\nSuisse",
        ),
    ],
)
def test_address_parts_make_a_postal_address(db, tmp_path, header, row, address):
    run_file(db, write(tmp_path, f"{header}\r\n{row}\r\n"))
    assert details(db)["Marie Dupont"].fields.address == address


def test_a_saved_mapping_keeps_two_columns_of_one_name_apart(db, tmp_path):
    """ "Nom" under "Identité" and "Nom" under "Structure": a saved mapping (keyed by header, so
    that next month's export fits) tells them apart by their order."""
    from app.services.contacts.transfer import apply_columns, columns_of, preview_file, profiles

    path = write(tmp_path, "Identité;;Structure;\r\nNom;Prénom;Nom;SIRET\r\nDupont;Marie;Les Amis;\r\n")
    preview = preview_file(path)
    assert list(preview.mapping.values()) == ["last_name", "first_name", "name", "siret"]
    db.run(profiles.save_profile, "Liste", columns_of(preview.headers, preview.mapping))
    saved = db.run(profiles.load_profile, "Liste")
    assert apply_columns(preview.headers, saved) == preview.mapping
    run_file(db, path, mapping=apply_columns(preview.headers, saved))
    assert [r.organisation_name for r in details(db)["Marie Dupont"].roles] == ["Les Amis"]
