from app.services import validation as v
from app.services.contacts.fields import ContactFields, check_contact


def test_siret_checked_with_its_key_and_siren_derived():
    good = v.make_siret("73282932", "0001")
    assert v.normalise_siret(good[:3] + " " + good[3:]) == (good, None)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    value, error = v.normalise_siret(bad)
    assert value is None and "clé de contrôle" in error
    assert "14 chiffres" in v.normalise_siret("123")[1]


def test_rna_in_a_strange_form_is_only_a_warning():
    assert v.normalise_rna("w751234567") == ("W751234567", None)
    value, warning = v.normalise_rna("75123")
    assert value == "75123" and "W suivi de 9 chiffres" in warning
    checked = check_contact(ContactFields(kind="organisation", name="Les Amis", rna="75123"))
    assert checked.ok and "rna" in checked.warnings


def test_phone_parsed_french_by_default_and_formatted_back():
    assert v.normalise_phone("06 12 34 56 78") == ("+33612345678", None)
    assert v.normalise_phone("+32 2 511 12 12")[0] == "+3225111212"
    assert v.format_phone("+33612345678") == "06 12 34 56 78"
    assert v.format_phone("+3225111212").startswith("+32 2")
    assert "invalide" in v.normalise_phone("12")[1]


def test_email_and_website():
    assert v.normalise_email(" Jean.Dupont@Exemple.FR ") == ("jean.dupont@exemple.fr", None)
    assert "@" in v.normalise_email("jean.dupont")[1]
    assert v.normalise_website("www.asso.fr") == ("https://www.asso.fr", None)
    assert v.normalise_website("pas un site")[1]


def test_every_problem_reported_at_once_in_french():
    checked = check_contact(ContactFields(kind="person", email="x", phone="1"))
    assert set(checked.errors) == {"last_name", "email", "phone"}
    assert checked.errors["last_name"] == "Indiquez au moins un nom ou un prénom."


def test_person_values_sort_by_last_name_without_accents():
    checked = check_contact(ContactFields(kind="person", first_name="Éloïse", last_name="Lefèvre"))
    assert checked.values["display_name"] == "Éloïse Lefèvre"
    assert checked.values["sort_key"] == "lefevre eloise"
