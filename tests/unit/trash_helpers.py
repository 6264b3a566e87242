"""One record of each kind the trash holds, each deleted the way its screen deletes it."""

from __future__ import annotations

from datetime import date

from app.db import Database
from app.services.agreements import clauses
from app.services.agreements import records as ag
from app.services.contacts import records as contacts
from app.services.contacts import trash
from app.services.contacts.fields import ContactFields
from app.services.equipment import records as eq
from app.services.practices import records as pr
from tests.unit.loan_helpers import item
from tests.unit.practice_helpers import fields as practice_fields
from tests.unit.test_agreements_service import TODAY, ready


def one_of_each(db: Database) -> dict[str, str]:
    """A contact with a role and a consent, an item, a practice draft, an agreement draft and a
    clause template, each deleted the way its screen deletes it."""

    def make(s) -> dict[str, str]:
        org = contacts.create_contact(s, ContactFields(kind="organisation", name="Comité des fêtes"))
        lea = contacts.create_contact(s, ContactFields(kind="person", first_name="Léa", last_name="Martin"))
        contacts.add_role(s, lea, org, "benevole")
        contacts.add_consent(s, lea, "lettre d'information", date(2026, 1, 5), "formulaire papier")
        made = {
            "contact": lea,
            "equipment": item(s, "Barnum 3 × 3 m"),
            "practice": pr.create_draft(s, practice_fields(title="Tenir une buvette")),
            "agreement": ag.create_agreement(s, ready(), TODAY),
            "clause_template": clauses.save_template(s, "insurance", "Notre assurance", "Chacun s'assure."),
        }
        ag.attach_scan(s, made["agreement"], "scan.pdf", "application/pdf", b"%PDF-1.4 scan")
        trash.trash_contacts(s, [lea])
        eq.delete_equipment(s, made["equipment"])
        pr.delete_practice(s, made["practice"])
        ag.delete_draft(s, made["agreement"])
        clauses.delete_template(s, made["clause_template"])
        return made

    return db.run(make)
