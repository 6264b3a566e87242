from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.errors import InvalidInput
from app.ids import new_id
from app.models import Contact, Organisation
from app.services import trash_listing
from app.services.contacts import gdpr, search, trash
from app.services.contacts import records as contacts
from app.services.contacts.duplicates import find_duplicates, merge_contacts
from app.services.contacts.fields import ContactFields
from app.services.validation import make_siret


def person(**kw) -> ContactFields:
    return ContactFields(kind="person", **kw)


def org(name: str, **kw) -> ContactFields:
    return ContactFields(kind="organisation", name=name, **kw)


def test_ids_are_uuid7_and_time_ordered():
    first, second = new_id(), new_id()
    assert first[14] == "7" and second[14] == "7"
    assert first[:13] <= second[:13]


def test_create_read_update_with_utc_timestamps(db):
    cid = db.run(
        contacts.create_contact,
        person(first_name="Léa", last_name="Martin", phone="0612345678", tags="sport; jeunesse, Sport"),
    )
    detail = db.run(contacts.get_detail, cid)
    assert detail.fields.first_name == "Léa"
    assert detail.fields.phone == "06 12 34 56 78"
    assert detail.fields.tags == "sport, jeunesse"
    with db.session_factory() as s:
        row = s.get(Contact, cid)
        assert row.created_at.tzinfo is UTC and row.created_at <= datetime.now(UTC)
        created = row.updated_at
    db.run(contacts.update_contact, cid, person(first_name="Léa", last_name="Martin-Roux"))
    with db.session_factory() as s:
        row = s.get(Contact, cid)
        assert row.display_name == "Léa Martin-Roux" and row.updated_at > created


def test_invalid_contact_is_refused_and_nothing_written(db):
    with pytest.raises(InvalidInput) as raised:
        db.run(contacts.create_contact, org("", siret="123"))
    assert set(raised.value.errors) == {"name", "siret"}
    assert db.run(contacts.count_contacts) == 0


def test_roles_answer_who_is_the_treasurer(db):
    asso = db.run(contacts.create_contact, org("Les Jardins du Lac", siret=make_siret("12345678", "0001")))
    old = db.run(contacts.create_contact, person(first_name="Paul", last_name="Ancien"))
    new = db.run(contacts.create_contact, person(first_name="Inès", last_name="Nouvelle"))
    db.run(contacts.add_role, old, asso, "tresorier", start=date(2019, 1, 1), end=date(2023, 6, 30))
    db.run(contacts.add_role, new, asso, "tresorier", start=date(2023, 7, 1))
    today = db.run(contacts.holders, asso, "tresorier")
    assert [r.person_name for r in today] == ["Inès Nouvelle"]
    in_2020 = db.run(contacts.holders, asso, "tresorier", date(2020, 5, 1))
    assert [r.person_name for r in in_2020] == ["Paul Ancien"]
    assert db.run(contacts.get_detail, asso).siren == make_siret("12345678", "0001")[:9]
    with pytest.raises(InvalidInput):
        db.run(contacts.add_role, new, asso, "tresorier", start=date(2024, 1, 1), end=date(2023, 1, 1))


def test_search_ignores_accents_and_case_and_covers_every_field(db):
    school = db.run(contacts.create_contact, org("École Jean-Zay", tags="éducation"))
    lea = db.run(
        contacts.create_contact,
        person(
            first_name="Léa",
            last_name="Martin",
            email="lea@exemple.fr",
            phone="06 12 34 56 78",
            notes="Référente vélo",
        ),
    )
    db.run(contacts.add_role, lea, school, "benevole")
    ids = lambda q: {r.id for r in db.run(search.search_contacts, q)}  # noqa: E731
    assert ids("ecole") == {school, lea}  # Léa through her organisation
    assert ids("ÉCOLE jean") == {school, lea}
    assert ids("lea@exemple") == {lea}
    assert ids("06 12 34") == {lea}
    assert ids("+33 6 12") == {lea}
    assert ids("educ") == {school}
    assert ids("referente velo") == {lea}
    assert ids("") == set()
    assert {r.id for r in db.run(search.search_contacts, "ecole", kind="person")} == {lea}
    # The index follows renames of the organisation into its members' rows.
    db.run(contacts.update_contact, school, org("Lycée Zola"))
    assert ids("ecole") == set() and ids("zola") == {school, lea}


def test_search_ranks_name_matches_first(db):
    in_notes = db.run(contacts.create_contact, person(last_name="Petit", notes="voir avec Moreau"))
    named = db.run(contacts.create_contact, person(last_name="Moreau"))
    assert [r.id for r in db.run(search.search_contacts, "moreau")] == [named, in_notes]


def test_list_pages_follow_name_order(db):
    for name in ["Zoé", "Émile", "anne", "Bruno"]:
        db.run(contacts.create_contact, person(first_name=name))
    first = db.run(contacts.list_contacts, limit=2)
    rest = db.run(contacts.list_contacts, after=(first[-1].sort_key, first[-1].id), limit=10)
    assert [r.display_name for r in first + rest] == ["anne", "Bruno", "Émile", "Zoé"]


def test_trash_restore_and_empty(db):
    keep = db.run(contacts.create_contact, person(last_name="Garde"))
    gone = db.run(contacts.create_contact, org("Partie"))
    db.run(contacts.add_role, keep, gone, "benevole")
    assert db.run(trash.trash_contacts, [gone]) == 1
    assert db.run(contacts.count_contacts) == 1 and db.run(trash_listing.count, ["contact"]) == 1
    assert {r.id for r in db.run(search.search_contacts, "partie")} == set()
    assert db.run(trash.restore_contacts, [gone]) == 1
    # Found by its own name, and Garde through the organisation of her role.
    assert {r.id for r in db.run(search.search_contacts, "partie")} == {gone, keep}
    db.run(trash.trash_contacts, [gone])
    assert db.run(trash_listing.empty, ["contact"]) == 1
    assert db.run(contacts.roles_of, person_id=keep) == []
    with pytest.raises(contacts.NotFound):
        db.run(contacts.get_detail, gone)


def test_duplicates_found_by_identifier_email_phone_and_folded_name(db):
    siret = make_siret("55512345", "0002")
    asso = db.run(contacts.create_contact, org("Comité des Fêtes", siret=siret, rna="W123456789"))
    lea = db.run(
        contacts.create_contact,
        person(first_name="Léa", last_name="Martin", email="lea@ex.fr", phone="0612345678"),
    )
    found = db.run(find_duplicates, org("COMITE DES FETES"))
    assert [(d.id, d.reasons) for d in found] == [(asso, ("name",))]
    assert db.run(find_duplicates, org("Autre nom", siret=siret))[0].reasons == ("siret",)
    assert db.run(find_duplicates, org("Autre nom", rna="w123456789"))[0].id == asso
    by_contact = db.run(find_duplicates, person(last_name="X", email="LEA@ex.fr", phone="+33 6 12 34 56 78"))
    assert by_contact[0].id == lea and set(by_contact[0].reasons) == {"email", "phone"}
    assert db.run(find_duplicates, person(first_name="Léa", last_name="Martin"), exclude_id=lea) == []


def test_merge_keeps_every_link(db):
    asso = db.run(contacts.create_contact, org("Les Amis"))
    keep = db.run(contacts.create_contact, person(first_name="Jean", last_name="Roy", tags="vélo"))
    other = db.run(
        contacts.create_contact,
        person(first_name="Jean", last_name="Roy", email="jean@roy.fr", tags="jardin", notes="ancien"),
    )
    db.run(contacts.add_role, other, asso, "president")
    db.run(contacts.add_consent, other, "Lettre d'information", date(2024, 3, 1), "formulaire")
    db.run(merge_contacts, keep, other)
    detail = db.run(contacts.get_detail, keep)
    assert detail.fields.email == "jean@roy.fr"
    assert detail.fields.tags == "vélo, jardin" and detail.fields.notes == "ancien"
    assert [r.organisation_name for r in detail.roles] == ["Les Amis"]
    assert [c.purpose for c in detail.consents] == ["Lettre d'information"]
    with db.session_factory() as s:
        merged = s.get(Contact, other)
        assert merged.deleted_at is not None and merged.merged_into_id == keep
    with pytest.raises(InvalidInput):
        db.run(merge_contacts, keep, asso)


def test_rgpd_export_and_anonymise_keep_the_roles(db):
    asso = db.run(contacts.create_contact, org("Les Amis"))
    pid = db.run(
        contacts.create_contact,
        person(first_name="Zoé", last_name="Durand", email="zoe@ex.fr", address="1 rue Haute"),
    )
    db.run(contacts.add_role, pid, asso, "secretaire", start=date(2022, 9, 1))
    db.run(contacts.add_consent, pid, "Droit à l'image", date(2024, 1, 5), "papier")
    exported = db.run(gdpr.person_data, pid)
    assert exported["personne"]["e-mail"] == "zoe@ex.fr"
    assert exported["rôles"][0]["organisation"] == "Les Amis"
    assert exported["consentements"][0]["finalité"] == "Droit à l'image"
    assert '"prénom": "Zoé"' in db.run(gdpr.export_person_json, pid)
    as_csv = db.run(gdpr.export_person_csv, pid)
    assert as_csv.startswith("\ufeffrubrique;") and "rôles;1;organisation;Les Amis" in as_csv
    db.run(gdpr.anonymise_person, pid)
    detail = db.run(contacts.get_detail, pid)
    assert detail.anonymised and detail.fields.email == "" and detail.fields.first_name == ""
    assert detail.consents == []
    assert [r.role for r in db.run(contacts.holders, asso, "secretaire")] == ["secretaire"]
    assert db.run(search.search_contacts, "zoe") == []
    with db.session_factory() as s:
        assert s.scalar(select(Organisation.display_name)) == "Les Amis"


def test_the_kind_of_a_contact_is_not_a_searchable_word(db):
    db.run(contacts.create_contact, person(first_name="Ana", last_name="Lopez"))
    db.run(contacts.create_contact, org("Ateliers du Lac"))
    assert db.run(search.search_contacts, "person") == []
    assert db.run(search.search_contacts, "organisation") == []
    assert [r.display_name for r in db.run(search.search_contacts, "lac", kind="organisation")] == [
        "Ateliers du Lac"
    ]
    assert db.run(search.search_contacts, "lac", kind="person") == []
