"""The Corbeille through the real hub: shared equipment put in the trash disappears from the
other associations' catalogue and is not in their trash; restored, it comes back; deleted for
good, the hub keeps only its deletion."""

from __future__ import annotations

from datetime import date

from app.services import trash_listing
from app.services.equipment import records as eq
from app.services.equipment.records import CatalogueFilter, EquipmentFields
from tests.sync.support import HubDatabase


def _names(laptop) -> set[str]:
    return {row.name for row in laptop.run(eq.catalogue, CatalogueFilter(), date(2031, 6, 1))}


def test_shared_equipment_trashed_restored_and_emptied_on_every_laptop(laptops, live_hub):
    lender, partner = laptops("Les Amis du Quartier"), laptops("Comité des Fêtes")
    barnum = lender.run(eq.create_equipment, EquipmentFields(name="Barnum 3 × 3 m", shared=True))
    lender.sync()
    partner.sync()
    assert _names(partner) == {"Barnum 3 × 3 m"}

    lender.run(eq.delete_equipment, barnum)
    lender.sync()
    partner.sync()
    assert _names(partner) == set()
    assert partner.run(trash_listing.listing) == []  # not theirs to restore or purge
    assert [line.name for line in lender.run(trash_listing.listing)] == ["Barnum 3 × 3 m"]

    assert lender.run(trash_listing.restore, [("equipment", barnum)]) == 1
    lender.sync()
    partner.sync()
    assert _names(partner) == {"Barnum 3 × 3 m"}

    lender.run(eq.delete_equipment, barnum)
    assert lender.run(trash_listing.empty) == 1
    lender.sync()
    partner.sync()
    assert _names(partner) == set() and _names(lender) == set()
    hub = HubDatabase(live_hub)
    try:
        [record] = hub.records("Les Amis du Quartier", "equipment").values()
        assert record.deleted
    finally:
        hub.close()
