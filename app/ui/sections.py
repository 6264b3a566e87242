"""The window's sections, in sidebar order. Adding a section: its folder under app/ui/ with a
`section.py` implementing app/ui/section.py, and one line here."""

from __future__ import annotations

from app.ui.agreements.section import AgreementsSection
from app.ui.contacts.section import ContactsSection
from app.ui.equipment.section import EquipmentSection
from app.ui.needs.section import NeedsSection
from app.ui.practices.section import PracticesSection
from app.ui.section import Section, Window
from app.ui.sync.conflicts_section import ConflictsSection
from app.ui.sync.section import SyncSection
from app.ui.trash.section import TrashSection

SECTIONS: tuple[type[Section], ...] = (
    ContactsSection,
    EquipmentSection,
    PracticesSection,
    AgreementsSection,
    NeedsSection,
    SyncSection,
    ConflictsSection,
    TrashSection,
)


def make_sections(window: Window) -> list[Section]:
    return [section(window) for section in SECTIONS]
