"""A data folder whose path holds accents (a Windows account named Hélène) opens, migrates and
keeps what is written: its percent-encoded URL once stopped the migrations from starting."""

from __future__ import annotations

from app.db import current_revision, head_revision, open_database
from app.paths import DataPaths
from app.services.contacts import records as contacts
from app.services.contacts.fields import ContactFields


def test_a_store_in_a_folder_with_accents_opens_and_keeps_its_data(tmp_path):
    paths = DataPaths(tmp_path / "Hélène" / "Données 100%").ensure()
    database = open_database(paths)
    try:
        assert current_revision(database.engine) == head_revision()
        made = database.run(
            contacts.create_contact, ContactFields(kind="person", first_name="Léa", last_name="Roux")
        )
    finally:
        database.close()
    again = open_database(paths)
    try:
        assert again.run(contacts.get_detail, made).fields.last_name == "Roux"
    finally:
        again.close()
