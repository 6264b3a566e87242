"""Our association's identity, offline (app/services/identity.py): what the assistant and
Préférences check and keep, who we are on paper before and after enrolment, and the loan
receipt, the labels, the agreements and the yearly statement that use it. At enrolment, the
differences with the hub's record are listed and the user's choice applied."""

from __future__ import annotations

from datetime import date

from app.export import labels as label_sheet
from app.export.loan_receipt import render_loan_receipt
from app.export.loan_sheet import loan_sheet
from app.export.statement import build_statement, rows
from app.models import NetworkAssociation, SyncState
from app.services import identity
from app.services.agreements.parties import our_party
from app.services.equipment.records import EquipmentFields, create_equipment
from app.services.practices.reader import our_name
from app.services.validation import make_siret
from tests.unit.test_loan_documents import has, lend, text_of

OURS = "0190a000-0000-7000-8000-00000000000a"
WHO = identity.IdentityFields(
    name="Les Jardins Partagés du Confluent",
    rna="W691009876",
    siret=make_siret("43211234", "0012"),
    address="12 rue des Tilleuls\n69002 Lyon",
    email="bonjour@jardins-confluent.example.org",
    phone="04 78 12 34 56",
    representative_name="Claire Martin",
    representative_role="présidente",
)


def test_the_form_is_checked_and_keeps_what_was_typed(db):
    bad = identity.IdentityFields(name="  ", siret="123", email="pas une adresse", rna="75-123")
    checked = identity.check_identity(bad)
    assert set(checked.errors) == {"name", "siret", "email"}
    assert "rna" in checked.warnings  # an RNA has no check digit: a warning only
    assert db.run(identity.assistant_wanted)
    db.run(identity.save_identity, WHO)
    assert not db.run(identity.assistant_wanted)
    assert db.run(identity.fields_of) == WHO  # the phone kept as E.164, shown as typed


def test_put_off_the_assistant_asks_no_more_and_paper_says_notre_association(db):
    db.run(identity.put_off)
    assert not db.run(identity.assistant_wanted)
    us = db.run(identity.our_identity)
    assert (us.name, us.known) == ("Notre association", False)


def test_typed_here_first_then_the_hub_then_the_placeholder(db):
    def enrolled(session) -> None:
        session.merge(SyncState(id=1, association_id=OURS, association_name="Jardins du Confluent"))
        session.add(NetworkAssociation(id=OURS, name="Jardins du Confluent", rna="W691009876"))

    db.run(enrolled)
    assert db.run(identity.our_identity) == identity.Identity(
        "Jardins du Confluent", rna="W691009876", known=True
    )
    db.run(identity.save_identity, identity.IdentityFields(name="Les Jardins Partagés du Confluent"))
    us = db.run(identity.our_identity)
    assert (us.name, us.rna) == ("Les Jardins Partagés du Confluent", "W691009876")  # the hub fills in
    assert db.run(our_name) == "Les Jardins Partagés du Confluent"


def test_the_loan_receipt_names_us_before_any_enrolment(db):
    db.run(identity.save_identity, WHO)
    loan_id = db.run(lambda s: lend(s, partner=False))
    with db.session_factory() as session:
        sheet = loan_sheet(session, loan_id, date(2025, 6, 12))
    lender = sheet.lender
    assert (lender.name, lender.rna, lender.siret, lender.ours) == (
        WHO.name,
        "W691009876",
        WHO.siret,
        True,
    )
    assert lender.address == WHO.address and lender.representative == "Claire Martin, présidente"
    text = text_of(render_loan_receipt(sheet))
    assert "Notre association" not in text
    for expected in (WHO.name, "RNA : W691009876", "12 rue des Tilleuls", "Représentée par Claire Martin"):
        assert has(text, expected), expected


def test_labels_agreements_and_the_statement_use_it(db):
    db.run(identity.save_identity, WHO)
    db.run(lambda s: create_equipment(s, EquipmentFields(name="Barnum")))
    [label] = db.run(label_sheet.label_items)
    assert label.owner_name == WHO.name
    party = db.run(our_party)
    assert party is not None
    assert (party.name, party.legal_form, party.rna, party.siret) == (
        WHO.name,
        "association loi 1901",
        "W691009876",
        WHO.siret,
    )
    assert (party.signatory_name, party.signatory_role, party.address) == (
        "Claire Martin",
        "présidente",
        WHO.address,
    )
    table = rows(db.run(build_statement, 2025))
    assert ["Association", WHO.name] in table and ["N° RNA", "W691009876"] in table
    assert ["SIRET", "432\u00a0112\u00a0340\u00a000125"] in table and ["Année", "2025"] in table


def test_enrolment_shows_what_differs_and_takes_what_the_user_chose(db):
    db.run(identity.save_identity, WHO)
    found = db.run(identity.differences, "Jardins du Confluent", "W691009876", "12345678900012")
    assert found == [
        identity.Difference("name", WHO.name, "Jardins du Confluent"),
        identity.Difference("siret", WHO.siret, "12345678900012"),
    ]
    db.run(identity.take_from_hub, [found[1]])
    assert db.run(identity.fields_of).siret == "12345678900012"
    assert db.run(identity.fields_of).name == WHO.name
    # Nothing typed yet: nothing to compare, the hub's record is used on paper.
    db.run(lambda s: s.delete(identity.load_identity(s)))
    assert db.run(identity.differences, "Jardins du Confluent", None, None) == []
