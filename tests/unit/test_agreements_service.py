"""The rules of agreements (app/services/agreements/records.py and friends): what is checked and with
which French message, the lifecycle's allowed moves, amendments, dates and reminders, the
parties filled in from the contacts, the clause templates."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.cli.output import text_of
from app.db import Database
from app.errors import InvalidInput, NotFound
from app.models import Agreement, NetworkAssociation, Organisation, Person, Role, SyncedRecord, SyncState
from app.services.agreements import clauses
from app.services.agreements import records as ag
from app.services.agreements import reminders as ending
from app.services.agreements.content import (
    AgreementContent,
    LentItem,
    Party,
    Payment,
    add_months,
    check_content,
    content_of,
    end_of,
    missing_for_signature,
)
from app.services.agreements.parties import party_from_organisation

TODAY = date(2026, 11, 24)
PARTNER = "0190a000-0000-7000-8000-0000000000aa"


@pytest.fixture
def s(db: Database) -> Iterator[Session]:
    with db.session_factory.begin() as session:
        yield session


def ready(**changes) -> AgreementContent:
    content = AgreementContent(
        title="Parc de matériel partagé",
        purpose="Mettre en commun du matériel de fête.",
        parties=[
            Party("p1", "Les Amis du Parc", signatory_name="Claire Martin", signatory_role="Présidente"),
            Party("p2", "Vélo Solidaire", signatory_name="Paul Roux", signatory_role="Trésorier"),
        ],
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
        signature_place="Lyon",
    )
    for name, value in changes.items():
        setattr(content, name, value)
    return content


def test_malformed_content_is_refused_field_by_field_and_a_half_written_draft_is_kept(s):
    bad = ready(
        end_date=date(2025, 1, 1),
        payments=[Payment("Frais", "p1", "p9", 0)],
        equipment=[LentItem("", "p1", 0)],
    )
    bad.parties[0].siret = "123"
    errors = check_content(bad).errors
    assert errors["end_date"] == "La date de fin précède la date de début."
    assert errors["payment.0.amount"] == "Montant positif attendu."
    assert "parties de la convention" in errors["payment.0.payer"]
    assert set(errors) >= {"party.0.siret", "equipment.0.name", "equipment.0.quantity"}
    with pytest.raises(InvalidInput):
        ag.create_agreement(s, bad, TODAY)
    draft = ag.create_agreement(s, AgreementContent(title="  À compléter  "), TODAY)
    assert content_of(ag.load(s, draft)).title == "À compléter"
    assert "au moins deux parties" in missing_for_signature(content_of(ag.load(s, draft)))
    both = ready(duration_months=12)
    assert check_content(both).errors["end_date"] == "Indiquez une date de fin ou une durée, pas les deux."


def test_references_count_up_per_year_and_amendments_hang_below_their_agreement(s):
    first = ag.create_agreement(s, ready(), TODAY)
    second = ag.create_agreement(s, ready(), TODAY)
    next_year = ag.create_agreement(s, ready(), date(2027, 1, 2))
    refs = [ag.load(s, i).reference for i in (first, second, next_year)]
    assert refs == ["CONV-2026-001", "CONV-2026-002", "CONV-2027-001"]
    with pytest.raises(InvalidInput, match="brouillon se modifie directement"):
        ag.create_amendment(s, first)
    ag.mark_signed(s, first, date(2026, 1, 5))
    amendment = ag.create_amendment(s, first)
    record = ag.load(s, amendment)
    assert (record.reference, record.kind, record.parent_id, record.status) == (
        "CONV-2026-001-A1",
        "amendment",
        first,
        "draft",
    )
    assert content_of(record).parties == content_of(ag.load(s, first)).parties
    with pytest.raises(InvalidInput, match="ce que l'avenant modifie"):
        ag.send_for_signature(s, amendment)
    assert ag.load(s, ag.create_amendment(s, first)).reference == "CONV-2026-001-A2"


def test_the_lifecycle_allows_only_its_own_moves(s):
    agreement = ag.create_agreement(s, ready(signature_place=""), TODAY)
    with pytest.raises(InvalidInput, match="le lieu de signature"):
        ag.send_for_signature(s, agreement)
    ag.update_agreement(s, agreement, ready())
    ag.send_for_signature(s, agreement, date(2026, 1, 2))
    with pytest.raises(InvalidInput, match="Seul un brouillon se modifie"):
        ag.update_agreement(s, agreement, ready(title="Autre"))
    ag.back_to_draft(s, agreement)
    ag.update_agreement(s, agreement, ready(title="Autre"))
    with pytest.raises(InvalidInput, match="Seule une convention signée prend fin"):
        ag.end_agreement(s, agreement, date(2026, 6, 1))
    ag.mark_signed(s, agreement, date(2026, 1, 3))  # a draft goes through "sent" on the way
    record = ag.load(s, agreement)
    assert (record.status, record.sent_on, record.signed_on) == ("signed", date(2026, 1, 3), date(2026, 1, 3))
    with pytest.raises(InvalidInput, match="déjà signée"):
        ag.mark_signed(s, agreement, date(2026, 1, 4))
    with pytest.raises(InvalidInput, match="Seul un brouillon se supprime"):
        ag.delete_draft(s, agreement)
    ag.end_agreement(s, agreement, date(2026, 6, 30), "  Projet terminé  ")
    assert (record.status, record.ended_on, record.end_reason) == (
        "ended",
        date(2026, 6, 30),
        "Projet terminé",
    )
    assert ag.status_counts(s) == {"ended": 1}


def test_a_deleted_draft_comes_back_and_other_associations_agreements_are_read_only(s):
    draft = ag.create_agreement(s, ready(), TODAY)
    ag.delete_draft(s, draft)
    with pytest.raises(NotFound):
        ag.load(s, draft)
    assert ag.agreement_rows(s) == []
    ag.restore_draft(s, draft)
    assert [r.id for r in ag.agreement_rows(s, text="vélo")] == [draft]
    s.merge(SyncState(id=1, association_id="0190a000-0000-7000-8000-000000000001"))
    s.add(SyncedRecord(record_id=draft, entity_type="agreement", version=1, owner_id=PARTNER))
    s.flush()
    assert not ag.agreement_rows(s)[0].ours
    with pytest.raises(InvalidInput, match="une autre association"):
        ag.update_agreement(s, draft, ready())
    ag.attach_scan(s, draft, "copie.jpg", "image/jpeg", b"\xff\xd8 scan")  # any party keeps its scan
    with pytest.raises(InvalidInput, match="20 Mo"):
        ag.attach_scan(s, draft, "enorme.pdf", "application/pdf", b"0" * (ag.MAX_SCAN_BYTES + 1))
    assert ag.scan_of(s, draft).file_name == "copie.jpg"


def test_ends_durations_and_renewals():
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert end_of(ready(end_date=None, duration_months=12)) == date(2026, 12, 31)
    record = Agreement(
        renewal="tacit",
        reminder_days=60,
        notice_days=30,
        start_date=date(2024, 3, 1),
        end_date=date(2025, 2, 28),
        parties_json="[]",
    )
    assert ending.effective_end(record, [], date(2026, 11, 24)) == date(2027, 2, 28)
    record.renewal = "none"
    assert ending.effective_end(record, [], date(2026, 11, 24)) == date(2025, 2, 28)
    prolonged = Agreement(start_date=date(2024, 3, 1), end_date=date(2027, 6, 30), parties_json="[]")
    assert ending.effective_end(record, [prolonged], date(2026, 11, 24)) == date(2027, 6, 30)


def test_reminders_come_before_the_end_within_each_agreements_delay(s):
    soon = ag.create_agreement(s, ready(end_date=date(2027, 1, 10)), TODAY)
    later = ag.create_agreement(s, ready(end_date=date(2027, 3, 1)), TODAY)
    tacit = ag.create_agreement(
        s,
        ready(
            start_date=date(2025, 12, 20), end_date=None, duration_months=12, renewal="tacit", notice_days=30
        ),
        TODAY,
    )
    unsigned = ag.create_agreement(s, ready(end_date=date(2026, 12, 1)), TODAY)
    for agreement in (soon, later, tacit):
        ag.mark_signed(s, agreement, date(2026, 1, 1))
    found = ending.reminders(s, TODAY)
    assert [r.agreement_id for r in found] == [tacit, soon]  # 60 days by default; unsigned: none
    assert text_of(found[1].message()) == (
        "La convention CONV-2026-001 « Parc de matériel partagé » se termine le 10/01/2027 (dans 47 jours)."
    )
    assert found[0].notice_by == date(2026, 11, 19) and "tacitement le 19/12/2026" in text_of(
        found[0].message()
    )
    ag.set_reminder_days(s, later, 120)
    assert later in [r.agreement_id for r in ending.reminders(s, TODAY)]
    assert [r.agreement_id for r in ending.reminders(s, TODAY, within_days=10)] == []
    assert unsigned not in [r.agreement_id for r in ending.reminders(s, TODAY, within_days=365)]
    amendment = ag.create_amendment(s, soon)
    content = content_of(ag.load(s, amendment))
    content.end_date, content.amendment_text = date(2028, 1, 10), "Prolongation d'un an."
    ag.update_agreement(s, amendment, content)
    ag.mark_signed(s, amendment, date(2026, 11, 24))
    assert soon not in [r.agreement_id for r in ending.reminders(s, TODAY)]  # prolonged by its amendment


def test_a_party_is_filled_in_from_the_contacts_with_its_signatory_and_network_id(s):
    s.add(NetworkAssociation(id=PARTNER, name="Vélo Solidaire", rna="W691234567"))
    org = Organisation(
        display_name="Vélo Solidaire",
        sort_key="velo solidaire",
        org_kind="association",
        rna="W691234567",
        siret="73282932000074",
        address="3 rue Neuve, 69001 Lyon",
    )
    person = Person(display_name="Paul Roux", sort_key="roux paul", first_name="Paul", last_name="Roux")
    s.add_all([org, person])
    s.flush()
    s.add(Role(person_id=person.id, organisation_id=org.id, role="tresorier", start_date=date(2020, 1, 1)))
    s.flush()
    party = party_from_organisation(s, org.id, "p2", TODAY)
    assert (party.name, party.legal_form, party.rna, party.siret, party.address) == (
        "Vélo Solidaire",
        "association loi 1901",
        "W691234567",
        "73282932000074",
        "3 rue Neuve, 69001 Lyon",
    )
    assert (party.signatory_name, party.signatory_role, party.association_id) == (
        "Paul Roux",
        "",  # no title typed for his role: the capacity is written in the agreement, as it is to print
        PARTNER,
    )


def test_clause_templates_are_kept_replaced_by_name_and_deleted(s):
    assert "{preavis}" in clauses.wording({}, "termination")
    assert clauses.filled(clauses.wording({}, "disputes"), 30, "le tribunal judiciaire de Lyon").endswith(
        "devant le tribunal judiciaire de Lyon."
    )
    first = clauses.save_template(s, "data", "Court", "Données protégées.")
    assert clauses.save_template(s, "data", "Court", "Données protégées, version 2.") == first
    assert [t.text for t in clauses.templates(s, "data")] == ["Données protégées, version 2."]
    with pytest.raises(InvalidInput):
        clauses.save_template(s, "inconnu", "", "")
    clauses.delete_template(s, first)
    assert clauses.templates(s) == []
