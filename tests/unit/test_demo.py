"""The demo data: deterministic, valid as a form would store it, searchable, and its command."""

from __future__ import annotations

import re

import phonenumbers
import pytest
from sqlalchemy import func, select, text
from stdnum.fr import siret as stdnum_siret

from app.__main__ import main
from app.db import Database, open_database
from app.demo.generator import generate_demo, practice_count
from app.models import (
    Consent,
    Contact,
    NetworkAssociation,
    Organisation,
    OrganisationKind,
    Person,
    Practice,
    PracticeFeedback,
    PracticeVersion,
    Role,
    RoleKind,
    SyncedRecord,
)
from app.paths import DataPaths
from app.services.contacts.fields import ContactFields, check_contact
from app.services.contacts.records import count_contacts, holders
from app.services.contacts.search import search_contacts
from app.services.practices.search import PracticeQuery, search_practices
from app.text import fold

SIZE = 300


@pytest.fixture
def demo_db(db: Database) -> Database:
    with db.session_factory.begin() as session:
        generate_demo(session, SIZE)
    return db


def _fingerprint(database: Database) -> list[tuple]:
    with database.session_factory() as session:
        return sorted(
            session.execute(
                select(
                    Contact.display_name, Organisation.siret, Contact.email, Contact.phone, Contact.address
                )
            ).all()
        )


def test_counts_and_summary(db):
    with db.session_factory.begin() as session:
        summary = generate_demo(session, SIZE)
    assert (summary.contacts, summary.organisations, summary.people) == (SIZE, SIZE // 5, SIZE - SIZE // 5)
    with db.session_factory() as session:
        assert count_contacts(session) == SIZE
        assert count_contacts(session, kind="organisation") == SIZE // 5
        assert session.scalar(select(func.count()).select_from(Role)) == summary.counts["roles"] > 0
        assert session.scalar(select(func.count()).select_from(Consent)) == summary.counts["consents"] > 0
        assert session.scalar(text("SELECT count(*) FROM contact_fts")) == SIZE
        kinds = set(session.scalars(select(Organisation.org_kind)))
    assert OrganisationKind.ASSOCIATION.value in kinds and len(kinds) >= 3


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    stores = [open_database(DataPaths(tmp_path / name)) for name in ("a", "b", "c")]
    try:
        for store, seed in zip(stores, (1901, 1901, 7), strict=True):
            with store.session_factory.begin() as session:
                generate_demo(session, 120, seed=seed)
        first, second, other = (_fingerprint(store) for store in stores)
    finally:
        for store in stores:
            store.close()
    assert first == second
    assert first != other


def test_values_are_what_the_form_would_store(demo_db):
    with demo_db.session_factory() as session:
        contacts = session.scalars(select(Contact)).all()
        for contact in contacts:
            data = ContactFields(
                kind=contact.kind,
                email=contact.email or "",
                phone=contact.phone or "",
                address=contact.address or "",
                tags=contact.tags or "",
                notes=contact.notes or "",
            )
            if isinstance(contact, Person):
                data.first_name, data.last_name = contact.first_name or "", contact.last_name or ""
            else:
                assert isinstance(contact, Organisation)
                data.name, data.org_kind = contact.display_name, contact.org_kind or ""
                data.rna, data.siret = contact.rna or "", contact.siret or ""
                data.website = contact.website or ""
            checked = check_contact(data)
            assert checked.ok, (contact.display_name, checked.errors)
            assert not checked.warnings, (contact.display_name, checked.warnings)
            stored = {name: getattr(contact, name) for name in checked.values}
            assert stored == checked.values


def test_sirets_are_valid_and_unique_rna_look_right(demo_db):
    with demo_db.session_factory() as session:
        sirets = session.scalars(select(Organisation.siret).where(Organisation.siret.is_not(None))).all()
        rnas = session.scalars(select(Organisation.rna).where(Organisation.rna.is_not(None))).all()
    assert len(sirets) > 10 and rnas
    assert all(stdnum_siret.is_valid(value) for value in sirets)
    assert len({value[:9] for value in sirets}) == len(sirets)
    assert all(re.fullmatch(r"W\d{9}", value) for value in rnas)


def test_phone_numbers_are_valid_french_numbers(demo_db):
    with demo_db.session_factory() as session:
        phones = session.scalars(select(Contact.phone).where(Contact.phone.is_not(None))).all()
    assert len(phones) > 100
    for phone in phones:
        number = phonenumbers.parse(phone, None)
        assert phonenumbers.is_valid_number(number), phone
        assert phonenumbers.region_code_for_number(number) == "FR"
        assert phone == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    assert any(p.startswith(("+336", "+337")) for p in phones)
    assert any(p[3] in "12345" for p in phones)


def test_every_association_has_a_current_president_and_treasurer(demo_db):
    with demo_db.session_factory() as session:
        associations = session.scalars(
            select(Organisation.id).where(Organisation.org_kind == OrganisationKind.ASSOCIATION.value)
        ).all()
        assert associations
        for org_id in associations:
            assert len(holders(session, org_id, RoleKind.TREASURER.value)) == 1
            assert len(holders(session, org_id, RoleKind.PRESIDENT.value)) == 1


def test_search_without_accents_finds_accented_names(demo_db):
    with demo_db.session_factory() as session:
        people = session.execute(select(Person.id, Person.display_name)).all()
        accented = next((pid, name) for pid, name in people if fold(name) != name.lower())
        found = search_contacts(session, fold(accented[1]))
        assert accented[0] in {row.id for row in found}


def test_people_are_found_by_their_organisation(demo_db):
    """Roles go in before the people: the people's index rows must still name their organisations."""
    with demo_db.session_factory() as session:
        person_id, org_name = session.execute(
            select(Role.person_id, Organisation.display_name)
            .join(Organisation, Organisation.id == Role.organisation_id)
            .limit(1)
        ).one()
        found = search_contacts(session, org_name, kind="person", limit=500)
        assert person_id in {row.id for row in found}


def test_a_second_run_adds_different_contacts(demo_db):
    with demo_db.session_factory.begin() as session:
        summary = generate_demo(session, 100)
    assert summary.contacts == 100
    with demo_db.session_factory() as session:
        assert count_contacts(session) == SIZE + 100
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        sirets = session.scalars(select(Organisation.siret).where(Organisation.siret.is_not(None))).all()
    assert len(set(sirets)) == len(sirets)


def test_size_must_be_positive(db):
    with db.session_factory.begin() as session, pytest.raises(ValueError):
        generate_demo(session, 0)


def test_command_creates_then_adds(tmp_path, capsys):
    assert main(["demo", "--size", "50", "--data-dir", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("50 contacts créés en ")
    assert "100 %" in err and err.count("\n") <= 12
    assert main(["demo", "--size", "50", "--seed", "3", "--data-dir", str(tmp_path)]) == 0
    store = open_database(DataPaths(tmp_path))
    try:
        with store.session_factory() as session:
            assert count_contacts(session) == 100
    finally:
        store.close()


@pytest.mark.parametrize("size", ["0", "-5"])
def test_command_refuses_a_size_of_zero_or_less(tmp_path, capsys, size):
    assert main(["demo", "--size", size, "--data-dir", str(tmp_path)]) == 1
    assert "supérieur à zéro" in capsys.readouterr().err


# --- practices -------------------------------------------------------------------------------


def _practice_fingerprint(database: Database) -> list[tuple]:
    with database.session_factory() as session:
        return sorted(session.execute(select(Practice.title, Practice.summary, Practice.status)).all())


def test_demo_adds_practices_with_versions_and_feedback(demo_db):
    with demo_db.session_factory() as session:
        made = session.scalar(select(func.count()).select_from(Practice))
        assert made == practice_count(SIZE) == 250
        assert session.scalar(select(func.count()).select_from(PracticeVersion)) > 0
        assert session.scalar(select(func.count()).select_from(PracticeFeedback)) > 0
        # The authors are the partners the equipment step listed, and the library finds them.
        owners = set(
            session.scalars(select(SyncedRecord.owner_id).where(SyncedRecord.entity_type == "practice"))
        )
        assert owners and owners <= set(session.scalars(select(NetworkAssociation.id)))
        assert len(search_practices(session, PracticeQuery(text="benevoles", limit=5))) == 5
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_practices_are_deterministic_and_can_be_counted_or_left_out(tmp_path):
    stores = [open_database(DataPaths(tmp_path / name)) for name in ("a", "b", "c", "d")]
    try:
        for store, (seed, wanted) in zip(stores, ((1901, 40), (1901, 40), (7, 40), (1901, 0)), strict=True):
            with store.session_factory.begin() as session:
                summary = generate_demo(session, 60, seed=seed, equipment=0, practices=wanted)
            assert summary.counts.get("practices", 0) == wanted
        first, second, other, none = (_practice_fingerprint(store) for store in stores)
    finally:
        for store in stores:
            store.close()
    assert first == second and len(first) == 40
    assert first != other
    assert none == []


def test_practice_count_scales_modestly():
    assert [practice_count(size) for size in (50, 1000, 20_000, 100_000, 1_000_000)] == [
        250,
        252,
        300,
        500,
        500,
    ]


def test_command_practices_option(tmp_path, capsys):
    assert (
        main(["demo", "--size", "40", "--equipment", "0", "--practices", "12", "--data-dir", str(tmp_path)])
        == 0
    )
    out = capsys.readouterr().out
    assert "\n12 pratiques, " in out and "retours du réseau" in out
    assert main(["demo", "--size", "40", "--practices", "-1", "--data-dir", str(tmp_path)]) == 1
    assert "--practices ne peut pas être négatif (reçu : -1)." in capsys.readouterr().err
